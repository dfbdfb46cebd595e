"""Findings as text lines, a JSON document or GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from plantrack.findings import Finding
from plantrack.safe_text import visible
from plantrack.texts import in_language

_WARNING = {"en": "warning: ", "vi": "cảnh báo: "}


def finding_line(finding: Finding, lang: str = "en") -> str:
    """``plans/x.yaml:12:5: unknown-key unknown key 'yaer'`` (warnings say so), in ``lang``."""
    prefix = "" if finding.is_error else _WARNING.get(lang, _WARNING["en"])
    where = f"{finding.location()}: " if finding.file else ""
    return visible(f"{where}{finding.code} {prefix}{in_language(finding.message, lang)}")


def _escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped as GitHub reads them, then any other
    control character written out (a runner's log is shown in a terminal too)."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(finding: Finding, lang: str = "en") -> str:
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
    message = in_language(finding.message, lang)
    return f"::{level} {','.join(props)}::{_escape_data(message)}"


#: What GitHub shows of each kind of annotation (error, warning) in one step; it drops the rest
#: without a word.
ANNOTATIONS_PER_KIND = 10

_MORE = {
    "vi": "còn {more} chú thích không hiện ({detail}): GitHub chỉ hiện {limit} chú thích mỗi "
    "loại trong một bước. Xem đủ: {where}",
    "en": "{more} more annotations not shown ({detail}): GitHub shows {limit} of each kind per "
    "step. All of them: {where}",
}
_KINDS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo"},
    "en": {"error": "errors", "warning": "warnings"},
}
_WHERE = {
    "vi": "bảng tóm tắt của bước (plantrack check --format markdown >> $GITHUB_STEP_SUMMARY), "
    "hoặc plantrack check --format csv -o ket-qua.csv",
    "en": "the step summary (plantrack check --format markdown >> $GITHUB_STEP_SUMMARY), or "
    "plantrack check --format csv -o results.csv",
}


def capped_annotations(
    errors: list[str],
    warnings: list[str],
    lang: str = "en",
    limit: int | None = ANNOTATIONS_PER_KIND,
    where: str | None = None,
) -> list[str]:
    """The first ``limit`` error and warning annotations (None: all; give them the worst
    first), then one ``::notice`` counting those left out and saying ``where`` they all are."""
    if limit is None or (len(errors) <= limit and len(warnings) <= limit):
        return errors + warnings
    left_out = {"error": len(errors) - limit, "warning": len(warnings) - limit}
    detail = ", ".join(f"{n} {_KINDS[lang][kind]}" for kind, n in left_out.items() if n > 0)
    more = sum(n for n in left_out.values() if n > 0)
    notice = _MORE[lang].format(more=more, detail=detail, limit=limit, where=where or _WHERE[lang])
    return [*errors[:limit], *warnings[:limit], f"::notice title=plantrack::{_escape_data(notice)}"]


def github_annotations(
    findings: Iterable[Finding], limit: int | None = ANNOTATIONS_PER_KIND, lang: str = "en"
) -> list[str]:
    """``plantrack validate --format github``: each finding at its place, errors first, capped
    as :func:`capped_annotations` says (all of them: ``plantrack validate``)."""
    errors: list[str] = []
    warnings: list[str] = []
    for finding in findings:
        (errors if finding.is_error else warnings).append(github_annotation(finding, lang))
    return capped_annotations(errors, warnings, lang, limit, "plantrack validate")


def validation_summary(files: int, valid: int, errors: int, warnings: int, lang: str) -> str:
    """``3 plan files checked, all valid: 0 errors, 1 warning.`` in ``lang``."""
    if lang == "vi":
        verdict = "tất cả hợp lệ" if errors == 0 else f"{files - valid} không hợp lệ"
        return f"đã kiểm tra {files} tệp kế hoạch, {verdict}: {errors} lỗi, {warnings} cảnh báo."
    verdict = "all valid" if errors == 0 else f"{files - valid} invalid"
    return (
        f"{files} plan file{'s' if files != 1 else ''} checked, {verdict}: "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}."
    )


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
