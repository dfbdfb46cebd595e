"""Findings as text lines, a JSON document or GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from plantrack.findings import Finding


def finding_line(finding: Finding) -> str:
    """``plans/x.yaml:12:5: unknown-key unknown key 'yaer'`` (warnings say so)."""
    prefix = "" if finding.is_error else "warning: "
    where = f"{finding.location()}: " if finding.file else ""
    return f"{where}{finding.code} {prefix}{finding.message}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(finding: Finding) -> str:
    """A workflow command GitHub Actions shows on the file and line: ``::error file=...::...``."""
    level = "error" if finding.is_error else "warning"
    props = []
    if finding.file:
        props.append(f"file={_escape_property(finding.file)}")
    if finding.line is not None:
        props.append(f"line={finding.line}")
        if finding.col is not None:
            props.append(f"col={finding.col}")
    where = f" at {finding.cell}" if finding.cell else ""  # a workbook's sheet and cell
    props.append(f"title={_escape_property('plantrack ' + finding.code + where)}")
    return f"::{level} {','.join(props)}::{_escape_data(finding.message)}"


def summary_counts(findings: Iterable[Finding]) -> tuple[int, int]:
    errors = warnings = 0
    for finding in findings:
        if finding.is_error:
            errors += 1
        else:
            warnings += 1
    return errors, warnings


def validation_document(
    files: Sequence[str], valid: dict[str, str], findings: Sequence[Finding]
) -> dict[str, Any]:
    """The JSON that ``plantrack validate --format json`` prints.

    ``valid`` maps each file that holds a valid plan to that plan's id.
    """
    errors, warnings = summary_counts(findings)
    failed = {f.file for f in findings if f.is_error}
    return {
        "valid": errors == 0,
        "files": [
            {"path": file, "valid": file in valid and file not in failed, "plan": valid.get(file)}
            for file in files
        ],
        "findings": [finding.to_dict() for finding in findings],
        "summary": {
            "files": len(files),
            "plans": len(valid),
            "errors": errors,
            "warnings": warnings,
        },
    }
