"""Findings: problems and notes about inputs, as data.

A finding has a stable kebab-case ``code`` (each registered, with its severity, meaning and
Vietnamese gloss, in :mod:`plantrack.findings.registry`; docs/codes.md is generated from it), a
severity, a plain-words message and a position (file, line, column; lines and columns count from
1). Loaders and checks *return* findings instead of raising, so every problem in a file is
reported at once; the CLI turns the collected findings into output and an exit code.

- :mod:`~plantrack.findings.registry`: every code, its severity and documentation, in one place;
  findings made from a code; ``--strict`` as one function;
- :mod:`~plantrack.findings.plan_codes`, :mod:`~plantrack.findings.data_codes`,
  :mod:`~plantrack.findings.check_codes`, :mod:`~plantrack.findings.extract_codes`: the codes, by
  what they are about;
- :mod:`~plantrack.findings.docs`: docs/codes.md, written from the registry.

It knows nothing of plans, data or output formats: codes are data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    col: int | None = None
    severity: Severity = Severity.ERROR
    cell: str | None = None  # a spreadsheet address, ``Sheet1!C7``

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        """``file:line:col`` with whatever parts are known."""
        if self.cell is not None:
            return f"{self.file or '<input>'}:{self.cell}"
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "cell": self.cell,
        }


class HasFindings:
    """``errors`` and ``warnings`` of a result that keeps its ``findings`` in a list."""

    __slots__ = ()
    findings: list[Finding]
    #: Codes that mean nothing could be checked at a path (exit 2).
    usage_codes: ClassVar[frozenset[str]] = frozenset()

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_error]

    @property
    def warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if not finding.is_error]

    @property
    def usage_error(self) -> bool:
        return any(finding.code in self.usage_codes for finding in self.findings)


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.file or "", finding.line or 0, finding.col or 0, finding.code)
