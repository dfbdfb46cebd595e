"""Findings: problems and notes about inputs, as data.

A finding has a stable kebab-case ``code`` (documented in docs/codes.md), a severity, a plain-words
message and a position (file, line, column; lines and columns count from 1). Loaders and checks
*return* findings instead of raising, so every problem in a file is reported at once; the CLI turns
the collected findings into output and an exit code.
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


#: Every code a plan check can emit, with a one-line meaning. docs/codes.md is written from the
#: same facts and a test keeps the two in step.
PLAN_CODES: dict[str, str] = {
    # reading the file
    "path-not-found": "a path given on the command line does not exist",
    "no-plans": "a folder holds no plan files (*.yaml, *.yml)",
    "file-unreadable": "the file cannot be read (permissions, a folder, an I/O error)",
    "search-too-wide": "a folder to search is the root of the file system, or holds more than "
    "100,000 files and folders",
    "file-too-large": "the file is larger than a plan can reasonably be (limit: 5 MB)",
    "encoding": "the file is not valid UTF-8",
    "empty-plan": "the file is empty or holds only comments",
    # YAML
    "yaml-syntax": "the file is not well-formed YAML",
    "yaml-tab": "a tab character is used for indentation (YAML allows only spaces)",
    "yaml-duplicate-key": "the same key appears twice in one mapping",
    "yaml-tag": "an explicit YAML tag such as !!python/object; plans are plain data",
    "yaml-alias-limit": "anchors and aliases expand to too many nodes, or refer to themselves",
    "yaml-multiple-documents": "the file holds more than one YAML document",
    # structure (the JSON Schema)
    "not-a-mapping": "the top level of the file is not a mapping of keys to values",
    "unknown-key": "a key that the plan format does not know (often a typo)",
    "missing-key": "a required key is absent",
    "wrong-type": "a value has the wrong type (text where a number is needed, a list for a mapping...)",
    "invalid-value": "a value has the right type but is not allowed (pattern, range, choice)",
    "unknown-kind": "a target's kind is not one of the known kinds",
    # meaning (checks across the plan)
    "duplicate-plan-id": "two plan files declare the same plan id",
    "duplicate-area": "two areas of one plan share an id",
    "duplicate-indicator": "two indicators of one plan share an id",
    "duplicate-target": "two targets of one plan share an id",
    "unknown-unit": "an indicator's unit cannot be read (a scale without a measure, two 'per'...)",
    "unit-as-count": "warning: a unit read as a count of a noun spelled close to a unit word",
    "unit-percent": "percent: (what a percentage measures) on a unit that is not in %",
    "unknown-area": "a target, baseline or area refers to an area the plan does not declare",
    "unknown-parent": "part_of names an indicator the plan does not have, or forms a cycle",
    "missing-direction": "a quantitative indicator does not say whether higher or lower is better",
    "target-outside-period": "a target's year or period falls outside the plan period (or its vision)",
    "base-year": "the base year is not before or at the start of the period it serves",
    "range-reversed": "a range whose minimum is above its maximum",
    "milestone-direction": "a later milestone is worse than an earlier one for the indicator's direction",
    "subtarget-period": "a sub-target's period is not inside its parent indicator's target period",
    "unit-kind": "the target kind does not fit the indicator's unit (a number for a qualitative indicator...)",
    "value-out-of-range": "a value outside what its unit allows (a share above 100 %, a negative count)",
    "bound-direction": "warning: an upper bound on a higher-is-better indicator (or the reverse)",
    "structure-cannot-sum": "warning: the bands of one structure's shares for a year cannot sum "
    "to 100 %, or the structure has only one share",
    "duplicate-scale": "two rating scales of one plan share an id",
    "unknown-scale": "an indicator names a scale the plan does not declare, or a rating target's "
    "indicator names no scale",
    "unknown-level": "a rating target's bound is not a level (name or alias) of its scale",
    "scale-ambiguous": "a word (name or alias) names two levels of one scale",
    "unknown-indicator": "a share target's numerator or denominator, or a count target's "
    "criterion, names no indicator of the plan",
    "share-units": "a share target's numerator and denominator are in units that do not convert "
    "into each other",
    "indicator-without-targets": "an indicator has no targets and no share or count target uses it",
    # numbers as the plan writes them (docs/plan-format.md#numbers)
    "plan-ambiguous-decimal": 'a number in quotes that reads two ways ("6.794": 6794 or 6.794) in '
    "a plan that does not say its decimal mark (decimal: comma or point) and whose other numbers "
    "do not decide it",
    "plan-decimal-mismatch": "a number in quotes written with the other decimal mark than the "
    "plan's decimal: key, or than its other numbers",
    "plan-number-misread": "a number that reads two ways (6.794 unquoted is 6.794 in YAML) read "
    "the way that the target's text does not say, where the text says the other reading (6794)",
    "plan-number-ambiguous": "warning: an unquoted number such as 68.000 that YAML reads as 68 "
    "while a Vietnamese reader reads 68000, with nothing in the target's text to say which",
    "text-value-mismatch": "warning: a target's bound is not among the numbers of its text",
    "text-year-mismatch": "warning: a target's year or period is not the one its text names",
    "text-unit-mismatch": "warning: a target's text writes its value in a unit that is not the indicator's",
    # safe output (docs/codes.md)
    "control-character": "warning: a text of the plan holds a control character (ESC, BEL...) "
    "that a terminal would obey; every output shows it written out (\\x1b)",
}

#: Codes about reading reported figures (data files), with their meaning. Severity and what
#: happens to the row are in docs/codes.md; ``path-not-found`` and ``file-unreadable`` above
#: apply to data paths too.
DATA_CODES: dict[str, str] = {
    # the file
    "no-data-files": "a folder holds no data files (*.csv, *.tsv, *.txt, *.xlsx)",
    "empty-file": "the file (or workbook) is empty",
    "unsupported-format": "a spreadsheet format plantrack does not read (.xls, .ods...)",
    "binary-file": "the file holds NUL bytes: not a text (CSV) file",
    "undecodable-text": "the text is neither UTF-8 (with or without BOM), UTF-16 with BOM nor "
    "Windows-1258, or the encoding given does not fit",
    "mixed-encoding": "part of the file is UTF-8 and part is not",
    "encoding-guessed": "warning: the file is not UTF-8 and was read as Windows-1258",
    "xlsx-unreadable": "not a readable .xlsx workbook (damaged, password-protected, an old .xls)",
    "sheet-not-found": "the workbook has no sheet of the name given",
    "field-too-large": "a CSV cell longer than 1 MiB (usually a quote that is never closed); "
    "reading stops there",
    # Excel's limits and the decompressed-size budget (docs/data-format.md#limits)
    "xlsx-too-large": "the workbook's XML decompresses to more than 256 MiB (the zip's declared "
    "sizes, or what is read), or a sheet spans more than 50,000,000 cells, or more than 5,000,000 "
    "cells of rows out of order; reading stops there",
    "xlsx-row-out-of-range": "a row numbered outside Excel's rows 1 to 1,048,576; reading stops "
    "there",
    "xlsx-column-out-of-range": "a cell beyond Excel's last column XFD (16,384); reading stops "
    "there",
    "xlsx-cell-too-long": "a cell (or shared string) longer than Excel's 32,767 characters, or "
    "more than 1 MiB of text without markup; reading stops there",
    "csv-syntax": "the CSV text cannot be split into cells",
    "no-header": "no header row in the first 30 rows: every row of the file is an error",
    "no-data-rows": "warning: the file has a header but no figures",
    "unread-column": "warning: a wide table's column names a year but not whether it holds "
    "final figures (TH), estimates (ƯTH) or plan figures (KH); its cells are not read",
    # rows that are not figures (ignored, no finding)
    "header-row": "ignored: the header (one or two rows)",
    "title-row": "ignored: a row above the header (title, office, date)",
    "blank-row": "ignored: a row with no text",
    "section-row": "ignored: a heading such as 'I. Kinh tế' with no figures",
    "no-values": "ignored: an indicator row with no figure in any year column",
    "plan-figure": "ignored: a plan figure (KH), which is not an actual",
    # rows that are not used, with a warning
    "unmatched-indicator": "warning: the indicator matches no id, name or alias of the loaded "
    "plans; the row is not used",
    "unmatched-area": "warning: the area is not one of the plan's areas; the row is not used",
    "unmatched-plan": "warning: the plan column names no loaded plan; the row is not used",
    "duplicate-row": "warning: the same figure again (same indicator, area, year and kind); "
    "the first is used",
    "file-not-for-plan": "warning: no loaded plan matches the file (by its name, its rows' areas "
    "or plan column, or the command line); one finding for the file, its rows are not used",
    # rows in error
    "extra-cells": "the row has more cells than the header",
    "split-number": "in a comma-separated file, a number followed by 1-3 digits in a text column "
    "(source, note): a decimal comma left without quotes ('120,5' read as '120' and '5')",
    "missing-indicator": "figures in a row with no indicator",
    "unknown-figure-kind": "the kind column is not TH (final), ƯTH (estimate) or KH (plan)",
    "bad-year": "the year is not a year (2O23, 20233, blank)",
    "ambiguous-plan": "rows that name no plan and no area of one (a blank area, Toàn huyện), in "
    "a file that does not say which of several loaded plans it is for; one finding for the file",
    "decimal-mismatch": "a number written with the other decimal mark than the rest of the file",
    "ambiguous-decimal": "numbers such as 6.794 that read two ways, in a file whose other "
    "numbers do not say which (give --decimal)",
    "bad-number": "the value is not a number",
    "ambiguous-change": "a change of a percentage written so that it reads two ways "
    "(tăng 3%: 3 percentage points, or 3 % of the value); write điểm % or give the unit %/năm",
    "formula": "the cell holds a spreadsheet formula (=...), not a value",
    "bad-state": "a qualitative indicator's value is not đạt / chưa đạt / đang thực hiện",
    "bad-level": "a rated indicator's value is not a level (name or alias) of its scale",
    "unrecognised-unit": "the unit column or cell holds a text that cannot be read as a unit",
    "unit-mismatch": "the unit does not fit the indicator (another measure, thing counted or per)",
    "no-exchange-rate": "a figure in another currency than the target's, with no exchange rate "
    "declared for its year",
    "out-of-range": "a value its unit cannot take (a share above 100 %, a negative count, a "
    "fall of 100 % or more)",
    "conflicting-values": "two different final figures (or two different estimates, when no "
    "final figure exists) for the same indicator, area and year; the year is not used",
    "structure-sum": "warning: the reported shares of one structure in an area and year sum to "
    "more than 0.5 points away from 100",
}

#: Codes about the command itself (``plantrack check``).
CHECK_CODES: dict[str, str] = {
    "unknown-filter": "an --area or --indicator filter names nothing in the loaded plans (exit 2)",
    "baseline-invalid": "the --baseline file cannot be used: an entry without its keys, an "
    "unknown status, a date that is not one, an entry listed twice (exit 2)",
    "baseline-stale": "a --baseline entry of a loaded plan names no target and area of it",
    "baseline-expired": "a --baseline entry is past its expires date: it accepts nothing",
}
