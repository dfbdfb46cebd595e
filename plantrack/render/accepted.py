"""The words of a baseline in a report: the mark beside an accepted result, the line under a
table that counts them, and what ``--write-baseline`` did."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plantrack.report.baseline import Baseline
    from plantrack.report.build import Target


#: The mark beside the status of an accepted result in the table and Markdown.
MARK = "†"


def mark(item: Target) -> str:
    """`` †`` for a result the baseline accepts, else nothing."""
    accepted = item.accepted
    return f" {MARK}" if accepted is not None and accepted.covers else ""


def summary_line(summary: dict[str, Any], lang: str) -> str:
    """One line under a table or report: how many results the baseline accepts, and how many
    it lists that fail all the same."""
    accepted = summary["accepted"] + summary["improved"]
    failing = summary["worse"] + summary["changed"] + summary["expired"]
    if lang == "vi":
        line = (
            f"{MARK} kết quả đã chấp nhận trong {summary['file']}: {accepted} "
            "(không tính cho --fail-on)"
        )
        if summary["improved"]:
            line += f"; {summary['improved']} đã tốt hơn mức chấp nhận"
        if failing:
            line += f"; {failing} có trong danh sách nhưng vẫn tính (kém hơn hoặc đã hết hạn)"
        return line
    line = f"{MARK} accepted in {summary['file']}: {accepted} (not counted by --fail-on)"
    if summary["improved"]:
        line += f"; {summary['improved']} now better than accepted"
    if failing:
        line += f"; {failing} listed but counted all the same (worse, or expired)"
    return line


def written_line(file: str, baseline: Baseline, previous: Baseline | None, lang: str) -> str:
    """What ``--write-baseline`` did, for stderr."""
    old = set(previous.entries) if previous is not None else set()
    new = set(baseline.entries)
    added, dropped = len(new - old), len(old - new)
    if lang == "vi":
        return (
            f"đã ghi {file}: {len(new)} kết quả được chấp nhận ({added} mới, {dropped} bỏ đi "
            "vì không còn trượt hoặc không còn trong kế hoạch)"
        )
    return (
        f"wrote {file}: {len(new)} accepted results ({added} new, {dropped} dropped as no "
        "longer failing or no longer in the plan)"
    )
