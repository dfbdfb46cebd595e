"""The codes of ``plantrack check`` itself: filters, baselines and the previous report."""

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
            Code(
                "since-not-json",
                Kind.USAGE,
                (
                    "the `--since` file is not valid JSON: it takes a report written by "
                    "`plantrack check --format json`; nothing is checked (a missing file is "
                    "`path-not-found`, a folder `file-unreadable`, one over 1 GB `file-too-large`)"
                ),
                vi="báo cáo kỳ trước (--since) không phải JSON hợp lệ",
            ),
            Code(
                "since-not-a-report",
                Kind.USAGE,
                (
                    "the `--since` file is JSON but not a report of `plantrack check --format "
                    "json` (an object with `plantrack`, `as_of` and a list `results`): a baseline"
                    " or another program's JSON; nothing is checked"
                ),
                vi="tệp --since không phải báo cáo của plantrack",
            ),
            Code(
                "since-bad-result",
                Kind.USAGE,
                (
                    "a result of the `--since` report lacks one of its keys (plan, area, "
                    "indicator, target, status, values), has an unknown status or values that "
                    "are not `{year, value, estimate}`, or is listed twice; nothing is checked "
                    "(half a report would list the rest as new)"
                ),
                vi="một kết quả trong báo cáo kỳ trước thiếu thông tin",
            ),
        ),
        group="check",
    ),
)
