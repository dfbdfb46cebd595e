"""Findings: problems and notes about inputs, as data.

A finding has a stable kebab-case ``code`` (documented in docs/codes.md), a severity, a plain-words
message and a position (file, line, column; lines and columns count from 1). Loaders and checks
*return* findings instead of raising, so every problem in a file is reported at once; the CLI turns
the collected findings into output and an exit code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.file or "", finding.line or 0, finding.col or 0, finding.code)


#: Every code a plan check can emit, with a one-line meaning. docs/codes.md is written from the
#: same facts and a test keeps the two in step.
PLAN_CODES: dict[str, str] = {
    # reading the file
    "path-not-found": "a path given on the command line does not exist",
    "no-plans": "a folder holds no plan files (*.yaml, *.yml)",
    "file-unreadable": "the file cannot be read (permissions, a folder, an I/O error)",
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
    "unknown-unit": "an indicator's unit is not in the unit registry",
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
}

#: Codes about reported figures (the readers add theirs here), with their meaning.
DATA_CODES: dict[str, str] = {
    "conflicting-values": "two different final figures (or two different estimates, when no "
    "final figure exists) for the same indicator, area and year; the year is not used",
}
