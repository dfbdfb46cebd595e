"""Findings about a plan file at the position of the value they are about, and the "did you
mean" every plan check offers."""

from __future__ import annotations

import difflib

from plantrack.findings import Finding, Severity
from plantrack.plans.yaml_reader import Path, YamlDocument


class Reporter:
    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc = doc
        self.file = file

    def at(
        self,
        path: Path,
        code: str,
        message: str,
        *,
        key: bool = False,
        severity: Severity = Severity.ERROR,
    ) -> Finding:
        position = self.doc.position(path, key=key)
        line, col = position if position else (None, None)
        return Finding(code, message, self.file, line, col, severity)


def unknown_area(report: Reporter, path: Path, area: str, known: set[str]) -> Finding:
    return report.at(
        path,
        "unknown-area",
        f"area {area!r} is not declared in the plan's areas{suggest(area, known)}",
    )


def suggest(word: str, choices: set[str] | list[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (declared: {', '.join(sorted(choices))})" if len(choices) <= 12 else ""
