"""The codes of ``plantrack check`` itself: filters and baselines."""

from __future__ import annotations

from plantrack.findings.registry import Code, Kind, Section

SECTIONS: tuple[Section, ...] = (
    Section(
        "The check command",
        level=2,
        codes=(
            Code(
                "unknown-filter",
                Kind.USAGE,
                "an `--area` or `--indicator` filter names nothing in the loaded plans",
                vi="bộ lọc không khớp chỉ tiêu hay địa bàn nào",
            ),
            Code(
                "baseline-invalid",
                Kind.USAGE,
                (
                    "the `--baseline` file cannot be used: an entry without one of its keys (plan, "
                    "indicator, target, area, status), an unknown key or status, an `expires` that is"
                    " not a date, an entry listed twice, not valid YAML/JSON; nothing is checked (a "
                    "missing file is `path-not-found`, a folder or a FIFO `file-unreadable`)"
                ),
                vi="tệp danh sách kết quả đã chấp nhận (--baseline) không dùng được",
            ),
            Code(
                "baseline-stale",
                Kind.WARNING,
                (
                    "a `--baseline` entry of a loaded plan names no target and area of it (renamed or"
                    " removed): remove it, or write the baseline again "
                    "([check.md](check.md#baselines))"
                ),
                vi="kết quả đã chấp nhận không còn trong kế hoạch",
            ),
            Code(
                "baseline-expired",
                Kind.WARNING,
                (
                    "a `--baseline` entry is past its `expires` date: it accepts nothing, the result "
                    "counts for `--fail-on` again"
                ),
                vi="kết quả đã chấp nhận đã quá hạn chấp nhận",
            ),
        ),
        group="check",
    ),
)
