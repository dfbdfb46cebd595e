"""Findings about a plan file at the position of the value they are about, and the "did you
mean" every plan check offers."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence

from plantrack.findings import Finding, Severity
from plantrack.plans.yaml_reader import Path, YamlDocument
from plantrack.texts import Text, text


class Reporter:
    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc = doc
        self.file = file

    def at(
        self,
        path: Path,
        code: str,
        message: Text,
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
        text("plan.unknown-area", area=area, hint=suggest(area, known)),
    )


def listed_twice(
    report: Reporter, key: str, ids: Iterable[str], code: str, message: Callable[[str], Text]
) -> Iterator[Finding]:
    """A finding ``code`` at ``key[index].id`` for each id of a plan's list given again, its
    message what ``message`` says of the id."""
    seen: set[str] = set()
    for index, one in enumerate(ids):
        if one in seen:
            yield report.at((key, index, "id"), code, message(one))
        seen.add(one)


def suggest(word: str, choices: set[str] | list[str]) -> Text | str:
    """`` (did you mean 'x'?)``, or the few choices there are, or nothing."""
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    if close:
        return text("plan.did-you-mean", close=close[0])
    if len(choices) <= 12:
        return text("plan.declared", choices=sorted(choices))
    return ""


def and_list(items: Sequence[object]) -> Text | str:
    """``a, b and c`` in the language of the message (``a`` alone for one item)."""
    if len(items) == 1:
        return str(items[0])
    return text("plan.and-list", items=list(items[:-1]), last=items[-1])


def reason_of(error: BaseException) -> Text | str:
    """An exception's message as it was raised: its :class:`Text` (written again in the
    output's language), else its English text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Text) else str(error)
