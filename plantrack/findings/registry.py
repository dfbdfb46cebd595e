"""Every finding code in one place: its severity, its meaning (docs/codes.md is generated from
it) and its Vietnamese gloss.

A code is registered once, in :mod:`~plantrack.findings.plan_codes`,
:mod:`~plantrack.findings.data_codes`, :mod:`~plantrack.findings.check_codes` or
:mod:`~plantrack.findings.extract_codes`, in a
:class:`Section` that docs/codes.md shows as one table. :func:`make` builds a finding from its
code, so its severity comes from here; :func:`strict` is what ``--strict`` does to findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from plantrack.findings import Finding, Severity


class Kind(StrEnum):
    """What a code does to a run, as docs/codes.md says it."""

    USAGE = "usage (exit 2)"  # an error: nothing could be checked at that path
    ERROR = "error"
    WARNING = "warning"
    IGNORED = "ignored"  # a data row that holds no figure: counted, no finding


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    kind: Kind
    meaning: str  # Markdown, one line of docs/codes.md
    vi: str  # the Vietnamese gloss that introduces a finding of this code

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.kind is Kind.WARNING else Severity.ERROR


@dataclass(frozen=True, slots=True)
class Section:
    """One table of docs/codes.md: a heading, the text before and after, the codes."""

    title: str
    level: int = 2
    intro: str = ""
    after: str = ""
    codes: tuple[Code, ...] = ()
    group: str = ""  # "plans", "data", "check" or "extract"


@cache
def sections() -> tuple[Section, ...]:
    """Every section, in the order of docs/codes.md."""
    from plantrack.findings import check_codes, data_codes, extract_codes, plan_codes

    return (
        *plan_codes.SECTIONS,
        *check_codes.SECTIONS,
        *data_codes.SECTIONS,
        *extract_codes.SECTIONS,
    )


@cache
def _by_code() -> dict[str, Code]:
    found: dict[str, Code] = {}
    for section in sections():
        for entry in section.codes:
            if entry.code in found:
                raise ValueError(f"finding code {entry.code!r} is registered twice")
            found[entry.code] = entry
    return found


def lookup(code: str) -> Code:
    """The registered code; KeyError for a code that is not registered."""
    return _by_code()[code]


def codes(group: str | None = None) -> dict[str, Code]:
    """The registered codes (of one group: ``plans``, ``data``, ``check`` or ``extract``), by
    name."""
    if group is None:
        return dict(_by_code())
    return {c.code: c for s in sections() if s.group == group for c in s.codes}


def usage_codes(*groups: str) -> frozenset[str]:
    """The codes that mean nothing could be checked at a path (exit 2)."""
    return frozenset(c.code for g in groups for c in codes(g).values() if c.kind is Kind.USAGE)


def gloss(code: str, lang: str) -> str:
    """The Vietnamese gloss of a code in Vietnamese output, ``""`` otherwise."""
    if lang != "vi":
        return ""
    entry = _by_code().get(code)
    return entry.vi if entry is not None else ""


def make(
    code: str,
    message: object,
    file: str | None = None,
    line: int | None = None,
    col: int | None = None,
    *,
    cell: str | None = None,
) -> Finding:
    """A finding of a registered code, with the code's severity."""
    entry = lookup(code)
    if entry.kind is Kind.IGNORED:
        raise ValueError(f"{code!r} marks an ignored row; it is not a finding")
    return Finding(code, message, file, line, col, entry.severity, cell)  # type: ignore[arg-type]


def strict(findings: Iterable[Finding]) -> list[Finding]:
    """``--strict``: every warning an error, the rest as it is."""
    return [
        finding
        if finding.is_error
        else Finding(
            finding.code,
            finding.message,
            finding.file,
            finding.line,
            finding.col,
            Severity.ERROR,
            finding.cell,
        )
        for finding in findings
    ]
