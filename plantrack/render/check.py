"""``plantrack check`` output: a table for people, JSON / CSV / Markdown for scripts and reports,
GitHub workflow annotations for CI, and the working of one indicator (``--explain``).

Every function takes a :class:`~plantrack.check.CheckReport` and a language; none of them
computes anything the report does not already hold.
"""

from __future__ import annotations

import contextlib
import csv
import io
from typing import IO, TYPE_CHECKING, Any

from plantrack import __version__
from plantrack.baseline import mark, summary_line
from plantrack.describe import amount, target_phrase
from plantrack.i18n import code_gloss, note_text
from plantrack.model import CEILINGS, EVERY_YEAR_KINDS
from plantrack.numfmt import format_number, format_percent
from plantrack.render.findings import _escape_data, _escape_property, github_annotation
from plantrack.scales import key
from plantrack.status import LABELS, Status
from plantrack.units import Quantity, find_unit

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from plantrack.assessment import Point, Result
    from plantrack.check import CheckReport, Target
    from plantrack.model import Scale
    from plantrack.observations import Observation

SYMBOLS: dict[Status, str] = {
    Status.EXCEEDED: "★",
    Status.ACHIEVED: "✔",
    Status.ON_TRACK: "●",
    Status.IN_PROGRESS: "◐",
    Status.AT_RISK: "▲",
    Status.OFF_TRACK: "▼",
    Status.REGRESSING: "✖",
    Status.NOT_ACHIEVED: "✘",
    Status.INSUFFICIENT_DATA: "?",
    Status.NO_DATA: "·",
}
STYLES: dict[Status, str] = {
    Status.EXCEEDED: "bold green",
    Status.ACHIEVED: "green",
    Status.ON_TRACK: "green",
    Status.IN_PROGRESS: "cyan",
    Status.AT_RISK: "yellow",
    Status.OFF_TRACK: "red",
    Status.REGRESSING: "bold red",
    Status.NOT_ACHIEVED: "bold red",
    Status.INSUFFICIENT_DATA: "dim",
    Status.NO_DATA: "dim",
}
HEAD: dict[str, dict[str, str]] = {
    "vi": {
        "indicator": "Chỉ tiêu",
        "target": "Mục tiêu",
        "base": "Gốc",
        "latest": "Mới nhất",
        "rate": "Tốc độ",
        "catch_up": "Cần đạt",
        "gap": "Chênh lệch",
        "projected": "Dự báo",
        "trend": "Xu hướng",
        "status": "Đánh giá",
        "as_of": "Đánh giá đến năm",
        "area": "Địa bàn",
        "est": "ước",
        "derived": "suy ra",
        "at_most": "tối đa",
        "years": "năm",
        "total": "lũy kế đến",
        "mean": "bình quân đến",
        "yr": "/năm",
        "pp": "điểm %",
        "counts": "Tổng hợp",
        "inputs": "Số liệu đã đọc",
        "findings": "Vấn đề trong dữ liệu",
        "none": "không có kết quả nào khớp bộ lọc",
        "figures": "Số liệu",
        "working": "Cách tính",
        "reason": "Lý do",
        "note": "Ghi chú",
        "baseline": "số liệu gốc của kế hoạch",
        "reference": "Địa bàn so sánh",
        "growth": "tăng",
        "change": "thay đổi",
        "points": " điểm %",
        "each_year": "Từng năm (✔ đạt, ✘ không đạt)",
        "plan": "Kế hoạch",
        "results": "kết quả",
    },
    "en": {
        "indicator": "Indicator",
        "target": "Target",
        "base": "Base",
        "latest": "Latest",
        "rate": "Rate",
        "catch_up": "Needed",
        "gap": "Gap",
        "projected": "Projected",
        "trend": "Trend",
        "status": "Status",
        "as_of": "Assessed as of",
        "area": "Area",
        "est": "est.",
        "derived": "derived",
        "at_most": "at most",
        "years": "years",
        "total": "total to",
        "mean": "mean to",
        "yr": "/yr",
        "pp": "pp",
        "counts": "Summary",
        "inputs": "Data read",
        "findings": "Problems in the data",
        "none": "no result matches the filters",
        "figures": "Figures",
        "working": "Working",
        "reason": "Reason",
        "note": "Note",
        "baseline": "the plan's baseline",
        "reference": "Compared with",
        "growth": "growth",
        "change": "change",
        "points": " pp",
        "each_year": "Each year (✔ met, ✘ not met)",
        "plan": "Plan",
        "results": "results",
    },
}
_SPARK = "▁▂▃▄▅▆▇█"
STATE_WORDS = {
    "vi": {"achieved": "đạt", "not_achieved": "chưa đạt", "in_progress": "đang thực hiện"},
    "en": {"achieved": "achieved", "not_achieved": "not achieved", "in_progress": "in progress"},
}


# --------------------------------------------------------------------------------------------
# Pieces shared by every format


def estimated(estimate: bool, lang: str) -> str:
    """`` (ước)`` / `` (est.)`` after a figure that is an estimate (ước thực hiện); else nothing."""
    return f" ({HEAD[lang]['est']})" if estimate else ""


def status_word(status: Status, lang: str) -> str:
    return LABELS[status][0 if lang == "vi" else 1]


def point_text(
    point: Point | None,
    unit_id: str,
    lang: str,
    *,
    unit: bool = True,
    decimals: int = 4,
    scale: Scale | None = None,
) -> str:
    """``2023: 62,41 triệu đồng/người (ước)``; a bound shows as ``> 91%``; a milestone's
    reported state as ``2021: đạt``; a level of a rated indicator (``scale``) in its words,
    ``2023: Hoàn thành tốt nhiệm vụ``."""
    if point is None:
        return "–"
    if scale is not None and point.value is not None:
        est = estimated(point.estimate, lang)
        return f"{point.year}: {scale.level(point.value).get(lang)}{est}"
    if point.value is None:
        word = STATE_WORDS[lang].get(point.state or "", "–")
        return f"{point.year}: {word}" + (estimated(point.estimate, lang))
    number = format_number(point.value, lang, max_decimals=decimals)
    if point.high is not None:  # the range as reported, not only the end judged
        low = point.value if point.low is None else point.low
        number = (
            f"{format_number(low, lang, max_decimals=decimals)}–"
            f"{format_number(point.high, lang, max_decimals=decimals)}"
        )
    if unit:
        _, suffix = amount(point.value, unit_id, lang)
    else:
        suffix = _percent_sign(unit_id)
    bound = {"more_than": "> ", "less_than": "< "}.get(point.qualifier or "", "")
    about = "≈ " if point.approximate else ""
    text = f"{bound}{about}{number}{suffix}"
    if point.derived:
        text += f" ({HEAD[lang]['derived']})"
    if point.estimate:
        text += f" ({HEAD[lang]['est']})"
    return f"{point.year}: {text}"


def latest_text(result: Result, unit_id: str, lang: str, scale: Scale | None = None) -> str:
    """The latest figure; for a cumulative target the total so far, which decides it; for an
    every-year target also the years met (``2025: 3.050 (ước); 4/5 năm``); for a rated
    indicator (``scale``) the level in words; for a count target the count out of how many
    there are ("2025: 6/8")."""
    if result.kind == "cumulative" and result.total is not None and result.latest is not None:
        total = format_number(result.total, lang, max_decimals=2)
        suffix = estimated(result.latest.estimate, lang)
        return f"{HEAD[lang]['total']} {result.latest.year}: {total}{suffix}"
    if result.kind == "count" and result.out_of is not None and result.latest is not None:
        counted = result.latest  # "2025: 6/8" (count / out of)
        count = format_number(counted.value or 0.0, lang, max_decimals=2)
        suffix = estimated(counted.estimate, lang)
        return f"{counted.year}: {count}/{result.out_of}{suffix}"
    if result.kind == "average" and result.observed_rate is not None and result.latest is not None:
        mean = format_number(result.observed_rate, lang, max_decimals=2)
        suffix = estimated(result.latest.estimate, lang)
        return f"{HEAD[lang]['mean']} {result.latest.year}: {mean}{suffix}"
    latest = result.latest
    if (
        result.kind == "growth"
        and latest is not None
        and latest.value is None
        and result.observed_rate is not None
        and result.base is not None
        and latest.year == result.base.year + 1
    ):  # a year's growth reported with no level: the rate is the figure
        est = estimated(latest.estimate, lang)
        rate = format_percent(result.observed_rate, lang)
        return f"{latest.year}: {HEAD[lang]['growth']} {rate}{est}"
    if result.kind == "yearly_growth" and latest is not None and latest.value is not None:
        est = estimated(latest.estimate, lang)
        text = f"{latest.year}: {format_percent(latest.value, lang)}{est}"  # the year's rate
    else:
        text = point_text(latest, unit_id, lang, unit=False, decimals=2, scale=scale)
    if result.kind in EVERY_YEAR_KINDS and result.counted_years:
        text += f"; {result.met_years}/{result.counted_years} {HEAD[lang]['years']}"
    return text


def catch_up_text(result: Result, unit_id: str, lang: str) -> str:
    """The pace still needed; for a ceiling the most the value may still move (``tối đa``)."""
    text = rate_text(result, result.catch_up_rate, unit_id, lang)
    if result.catch_up_rate is not None and result.comparator in CEILINGS:
        return f"{HEAD[lang]['at_most']} {text}"
    return text


def _percent_sign(unit_id: str) -> str:
    """``%`` (or ``‰``) after a percentage in a compact cell; nothing after other amounts."""
    unit = find_unit(unit_id)
    if unit is None or unit.quantity is not Quantity.SHARE:
        return ""
    return "%" if unit.scale == 1 else unit.symbol_vi


def rate_text(result: Result, rate: float | None, unit_id: str, lang: str) -> str:
    """A growth rate as ``12,96%/năm``, or a slope as ``+1,5 điểm %/năm``."""
    if rate is None:
        return "–"
    yr = HEAD[lang]["yr"]
    if result.rate_unit == "fraction":
        return format_percent(rate, lang) + yr
    unit = find_unit(unit_id)
    sign = "+" if rate > 0 else ""
    if unit is not None and unit.quantity is Quantity.SHARE and unit.scale == 1:
        return f"{sign}{format_number(rate, lang, max_decimals=2)} {HEAD[lang]['pp']}{yr}"
    number, suffix = amount(rate, unit_id, lang)
    return f"{sign}{number}{suffix}{yr}"


def gap_text(result: Result, lang: str) -> str:
    """The CAGR gap of a growth target, in percentage points: ``−1,2 điểm %``."""
    if result.gap is None or result.rate_unit != "fraction":
        return "–"
    points = result.gap * 100
    sign = "+" if points > 0 else ""
    return f"{sign}{format_number(points, lang, max_decimals=2)} {HEAD[lang]['pp']}"


def sparkline(result: Result) -> str:
    values = [p.value for p in result.values if p.value is not None]
    if len(values) < 2:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return _SPARK[3] * len(values)
    return "".join(_SPARK[round((v - low) / (high - low) * (len(_SPARK) - 1))] for v in values)


def area_name(item: Target, lang: str) -> str:
    area = next((a for a in item.plan.areas if a.id == item.result.area), None)
    return area.name.get(lang) if area else item.result.area


# --------------------------------------------------------------------------------------------
# JSON


def result_dict(item: Target, shared: dict[Any, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The engine's stable result shape, with the names and phrases a reader needs.

    ``shared``: a dict in which what every area of one target has in common (the names and the
    phrases) is kept, to build it once a target rather than once a result."""
    data = item.result.to_dict()
    key = (item.plan.id, item.result.target)
    common = shared.get(key) if shared is not None else None
    if common is None:
        common = {
            "indicator_name": item.indicator.name.model_dump(),
            "unit": item.indicator.unit,
            "target_phrase": {
                lang: target_phrase(item.plan, item.indicator, item.target, lang)
                for lang in ("vi", "en")
            },
            "target_text": item.target.text,
        }
        if shared is not None:
            shared[key] = common
    data.update(common)
    scale = item.indicator.rating_scale
    if scale is not None:
        _level_words(data, scale)
    data["status_label"] = {
        "vi": LABELS[item.result.status][0],
        "en": LABELS[item.result.status][1],
    }
    data["plan_file"] = item.plan_file
    return data


def _level_words(data: dict[str, Any], scale: Scale) -> None:
    """A rated result's levels in words, in both languages, beside their ranks (``value``)."""

    def words(rank: float) -> dict[str, str]:
        level = scale.level(rank)
        return {"vi": level.vi, "en": level.en}

    if data["goal"]["value"] is not None:
        data["goal"]["level"] = words(data["goal"]["value"])
    for point in (data["base"], data["latest"], *data["years"], *data["values"]):
        if point is not None and point.get("value") is not None:
            point["level"] = words(point["value"])


def check_document(report: CheckReport) -> dict[str, Any]:
    """The one JSON document of ``check --format json`` (schema/check.schema.json)."""
    shared: dict[Any, dict[str, Any]] = {}
    document = _head(report)
    document["results"] = [
        _accepted(report, result_dict(item, shared), item) for item in report.targets
    ]
    document["summary"] = report.summary()
    main = report.main_summary()
    if main is not None:
        document["main_targets"] = main
    if report.baseline is not None:
        document["baseline"] = report.baseline_summary()
    return document


def _accepted(report: CheckReport, data: dict[str, Any], item: Target) -> dict[str, Any]:
    """With ``--baseline``: the result's entry in it and how the result stands (or null)."""
    if report.baseline is not None:
        data["accepted"] = item.accepted.to_dict() if item.accepted is not None else None
    return data


def main_line(report: CheckReport, lang: str) -> str | None:
    """The main targets as offices report them: "Đạt và vượt 20/21 chỉ tiêu chủ yếu; không đạt
    1" (None when no plan marks them)."""
    main = report.main_summary()
    if main is None:
        return None
    n, met, missed, other = main["counted"], main["met"], main["not_achieved"], main["other"]
    if lang == "vi":
        line = f"Đạt và vượt {met}/{n} chỉ tiêu chủ yếu; không đạt {missed}"
        return line + (f"; chưa đánh giá được hoặc đang thực hiện {other}" if other else "")
    line = f"{met} of {n} main targets achieved or exceeded; {missed} not achieved"
    return line + (f"; {other} in progress or not assessable" if other else "")


def _head(report: CheckReport) -> dict[str, Any]:
    return {
        "plantrack": __version__,
        "as_of": report.as_of,
        "plans": [{"id": p.plan.id, "file": p.file} for p in report.plans],
        "inputs": [file.to_dict() for file in report.data.files],
        "filters": report.filters,
        "findings": [finding.to_dict() for finding in report.findings],
    }


def write_json(report: CheckReport, stream: IO[str]) -> None:
    """:func:`check_document` as JSON text, written as it is made: the document indented, each
    result on one line (encoded by the ``json`` module's C encoder; an indented result is encoded
    in Python, ten times slower, and a national check has 166,050 results)."""
    import json

    document = _head(report)
    document["results"] = _RESULTS
    document["summary"] = _SUMMARY
    text = json.dumps(document, ensure_ascii=False, indent=2)
    before, rest = text.split(json.dumps(_RESULTS), 1)
    between, after = rest.split(json.dumps(_SUMMARY), 1)
    stream.write(before)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    shared: dict[Any, dict[str, Any]] = {}
    opened = False
    for item in report.stream():  # made one at a time when the report is lazy
        stream.write(",\n    " if opened else "[\n    ")
        stream.write(encode(_accepted(report, result_dict(item, shared), item)))
        opened = True
    stream.write("\n  ]" if opened else "[]")
    stream.write(between)
    summary = json.dumps(report.summary(), ensure_ascii=False, indent=2)
    stream.write(summary.replace("\n", "\n  "))  # at the document's second level
    main = report.main_summary()
    if main is not None:  # only for plans that mark their main targets
        text = json.dumps(main, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        stream.write(f',\n  "main_targets": {text}')
    if report.baseline is not None:  # only with --baseline
        text = json.dumps(report.baseline_summary(), ensure_ascii=False, indent=2)
        text = text.replace("\n", "\n  ")
        stream.write(f',\n  "baseline": {text}')
    stream.write(after)
    stream.write("\n")


_RESULTS = "\u0000results\u0000"
_SUMMARY = "\u0000summary\u0000"


# --------------------------------------------------------------------------------------------
# CSV

CSV_COLUMNS = (
    "plan",
    "area",
    "indicator",
    "indicator_name",
    "unit",
    "target",
    "target_phrase",
    "kind",
    "deadline",
    "status",
    "status_label",
    "base_year",
    "base_value",
    "latest_year",
    "latest_value",
    "latest_estimate",
    "observed_rate",
    "required_rate",
    "catch_up_rate",
    "gap",
    "ratio",
    "projected_year",
    "projected_value",
    "reason",
)


def _safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is prefixed with ``'``."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _safe(value)


def check_csv(report: CheckReport, lang: str) -> str:
    out = io.StringIO()
    write_csv(report, lang, out)
    return out.getvalue()


def write_csv(report: CheckReport, lang: str, out: IO[str]) -> None:
    """One row a result (:data:`CSV_COLUMNS`), written as each is made (when the report is
    lazy). What a target's areas share is made into cells once a target."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS + (("accepted",) if report.baseline is not None else ()))
    heads: dict[tuple[str, str], list[Any]] = {}
    areas: dict[str, Any] = {}  # an area's cell, made once (a national check has 3,321)
    words = {status: (status.value, _cell(status_word(status, lang))) for status in Status}
    for item in report.stream():
        r = item.result
        head = heads.get((r.plan, r.target))
        if head is None:
            head = heads[(r.plan, r.target)] = [
                _cell(value)
                for value in (
                    r.plan,
                    "",  # the area's place
                    r.indicator,
                    item.indicator.name.get(lang),
                    item.indicator.unit,
                    r.target,
                    target_phrase(item.plan, item.indicator, item.target, lang),
                    r.kind,
                    r.deadline,
                )
            ]
        area = areas.get(r.area)
        if area is None:
            area = areas[r.area] = _cell(r.area)
        head[1] = area
        base, latest, projected, reason = r.base, r.latest, r.projected, r.reason
        scale = item.indicator.rating_scale
        writer.writerow(
            [
                *head,
                *words[r.status],
                "" if base is None else base.year,
                "" if base is None else _value(base.value, scale, lang),
                "" if latest is None else latest.year,
                "" if latest is None else _value(latest.value, scale, lang),
                "" if latest is None else ("true" if latest.estimate else "false"),
                _number(r.observed_rate),
                _number(r.required_rate),
                _number(r.catch_up_rate),
                _number(r.gap),
                _number(r.ratio),
                "" if projected is None else projected.year,
                "" if projected is None else _number(projected.value),
                "" if reason is None else reason.code,
                *(_state(item) if report.baseline is not None else ()),
            ]
        )


def _state(item: Target) -> tuple[str]:
    """The CSV's ``accepted`` cell (with ``--baseline``): how the result stands against its
    entry in the baseline (accepted, improved, worse, changed, expired), or empty."""
    return (item.accepted.state if item.accepted is not None else "",)


def _number(value: float | None) -> Any:
    return "" if value is None else value


def _value(value: float | None, scale: Scale | None, lang: str) -> Any:
    """A figure's cell: the number, or for a rated indicator its level in words."""
    if scale is None or value is None:
        return _number(value)
    return _safe(scale.level(value).get(lang))


# --------------------------------------------------------------------------------------------
# Markdown


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def check_markdown(report: CheckReport, lang: str) -> str:
    head = HEAD[lang]
    lines = [f"## plantrack: {head['as_of'].lower()} {report.as_of or '–'}", ""]
    counts = [(Status(s), n) for s, n in report.summary().items() if n]
    lines += [
        "| " + " | ".join(f"{SYMBOLS[s]} {status_word(s, lang)}" for s, _ in counts) + " |",
        "|" + "---|" * len(counts),
        "| " + " | ".join(str(n) for _, n in counts) + " |",
        "",
    ]
    main = main_line(report, lang)
    if main is not None:
        lines += [f"**{_md(main)}**", ""]
    columns = [
        head["plan"],
        head["area"],
        head["indicator"],
        head["target"],
        head["latest"],
        head["catch_up"],
        head["status"],
    ]
    lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for item in report.targets:
        r = item.result
        unit = item.indicator.unit
        cells = [
            r.plan,
            area_name(item, lang),
            item.indicator.name.get(lang),
            target_phrase(item.plan, item.indicator, item.target, lang),
            latest_text(r, unit, lang, item.indicator.rating_scale),
            catch_up_text(r, unit, lang),
            f"{SYMBOLS[r.status]} {status_word(r.status, lang)}{mark(item)}",
        ]
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    accepted = report.baseline_summary()
    if accepted is not None:
        lines += ["", _md(summary_line(accepted, lang))]
    errors = len(report.errors)
    if errors:
        lines += ["", f"{errors} error(s) in the inputs: see `plantrack check` output."]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# GitHub annotations


def check_github(report: CheckReport, lang: str, fail_on: Status | None) -> list[str]:
    """Data problems at their file:line; results at or below ``--fail-on`` (default: off
    track and worse) as annotations on the plan file."""
    lines = [github_annotation(finding) for finding in report.findings]
    threshold = fail_on or Status.OFF_TRACK
    for item in report.failing(threshold):
        r = item.result
        title = f"plantrack {r.status.value}: {r.indicator} ({r.area})"
        message = (
            f"{item.indicator.name.get(lang)}: "
            f"{target_phrase(item.plan, item.indicator, item.target, lang)}; "
            f"{HEAD[lang]['latest'].lower()} "
            f"{point_text(r.latest, item.indicator.unit, lang, scale=item.indicator.rating_scale)}; "
            f"{status_word(r.status, lang)}"
        )
        level = "error" if fail_on is not None else "warning"
        where = f"file={_escape_property(item.plan_file)}"
        if item.plan_line is not None:
            where += f",line={item.plan_line}"
        lines.append(f"::{level} {where},title={_escape_property(title)}::{_escape_data(message)}")
    return lines


# --------------------------------------------------------------------------------------------
# The table


def print_table(report: CheckReport, console: Console, lang: str) -> None:
    from rich.table import Table
    from rich.text import Text

    head = HEAD[lang]
    width = console.width
    wide = width >= 140  # gap, projection and trend as well
    medium = width >= 100  # base and observed rate as well
    needed = width >= 76  # the catch-up rate; below it: name, target, latest, status
    latest = width >= 60
    plans = {loaded.plan.id: loaded.plan for loaded in report.plans}
    console.print(Text(f"{head['as_of']} {report.as_of or '–'}", style="heading"))
    if not report.targets:
        console.print(Text(head["none"], style="muted"))
    groups: dict[tuple[str, str], list[Target]] = {}
    for item in report.targets:
        groups.setdefault((item.result.plan, item.result.area), []).append(item)
    shown_plan = None
    longest = max(len(f"{SYMBOLS[s]} {status_word(s, lang)}") for s in Status)
    for (plan_id, _area), items in groups.items():
        plan = plans[plan_id]
        if plan_id != shown_plan:
            console.print()
            console.print(Text(plan.title.get(lang), style="heading"), overflow="fold")
            shown_plan = plan_id
        table = Table(
            title=Text(f"{head['area']}: {area_name(items[0], lang)}", style="bold"),
            title_justify="left",
            expand=False,
            pad_edge=False,
            collapse_padding=True,
        )
        table.add_column(head["indicator"], overflow="fold", ratio=3, min_width=12)
        table.add_column(head["target"], overflow="fold", ratio=2, min_width=10)
        if medium:
            table.add_column(head["base"], overflow="fold", ratio=1)
        if latest:
            table.add_column(head["latest"], overflow="fold", ratio=1, min_width=9)
        if medium:
            table.add_column(head["rate"], overflow="fold", ratio=1)
        if needed:
            table.add_column(head["catch_up"], overflow="fold", ratio=1, min_width=8)
        if wide:
            table.add_column(head["gap"], overflow="fold")
            table.add_column(head["projected"], overflow="fold")
            table.add_column(head["trend"], no_wrap=True)
        table.add_column(head["status"], no_wrap=True, min_width=min(longest, 20))
        for item in items:
            r = item.result
            unit = item.indicator.unit
            scale = item.indicator.rating_scale
            cells: list[Any] = [
                item.indicator.name.get(lang),
                target_phrase(item.plan, item.indicator, item.target, lang),
            ]
            if medium:
                cells.append(point_text(r.base, unit, lang, unit=False, decimals=2, scale=scale))
            if latest:
                cells.append(latest_text(r, unit, lang, scale))
            if medium:
                cells.append(rate_text(r, r.observed_rate, unit, lang))
            if needed:
                cells.append(catch_up_text(r, unit, lang))
            if wide:
                cells += [
                    gap_text(r, lang),
                    point_text(r.projected, unit, lang, unit=False, decimals=2),
                    sparkline(r),
                ]
            cells.append(
                Text(
                    f"{SYMBOLS[r.status]} {status_word(r.status, lang)}{mark(item)}",
                    style=STYLES[r.status],
                )
            )
            table.add_row(*cells)
        console.print(table)
    print_footer(report, console, lang)


def print_footer(report: CheckReport, console: Console, lang: str) -> None:
    from rich.text import Text

    head = HEAD[lang]
    console.print()
    counts = Text(f"{head['counts']}: ")
    first = True
    for status, number in report.summary().items():
        if not number:
            continue
        if not first:
            counts.append("  |  ")
        first = False
        state = Status(status)
        counts.append(f"{SYMBOLS[state]} {status_word(state, lang)} {number}", STYLES[state])
    console.print(counts)
    main = main_line(report, lang)
    if main is not None:
        console.print(Text(main, style="bold"))
    accepted = report.baseline_summary()
    if accepted is not None:
        console.print(Text(summary_line(accepted, lang)), overflow="fold")
    if report.data.files:
        console.print(Text(f"{head['inputs']}:", style="heading"))
        for file in report.data.files:
            console.print(Text(f"  {file.summary(lang)}"), overflow="fold")
    if report.findings:
        console.print(Text(f"{head['findings']}:", style="heading"))
        for finding in report.findings:
            style = "error" if finding.is_error else "warning"
            line = Text(f"  {finding.location()}: " if finding.file else "  ", style=style)
            line.append(f"{finding.code} ", style=style)
            gloss = code_gloss(finding.code, lang)
            if gloss:
                line.append(f"({gloss}) ", style=style)
            line.append(finding.message)
            console.print(line, overflow="fold")


# --------------------------------------------------------------------------------------------
# --explain


def explain_lines(
    item: Target,
    lang: str,
    observations: Sequence[Observation] = (),
    as_of: int | None = None,
) -> list[str]:
    """The working of one result: every figure of the indicator in its area (and in the
    reference area, for a target relative to another area) with where it came from, then each
    formula with its numbers."""
    head = HEAD[lang]
    r = item.result
    unit = item.indicator.unit
    scale = item.indicator.rating_scale
    lines = [
        f"{item.indicator.name.get(lang)} ({r.indicator}), {area_name(item, lang)}",
        f"  {head['target']}: {target_phrase(item.plan, item.indicator, item.target, lang)}"
        f"  [{r.target}]",
        f'  "{item.target.text}"',
        f"  {head['status']}: {SYMBOLS[r.status]} {status_word(r.status, lang)} ({r.status.value})",
    ]
    if r.reason is not None:
        reason = note_text(r.reason.code, dict(r.reason.params), lang, r.reason.message)
        lines.append(f"  {head['reason']}: {r.reason.code}: {reason}")
    for note in r.notes:
        text = note_text(note.code, dict(note.params), lang, note.message)
        lines.append(f"  {head['note']}: {note.code}: {text}")
    lines.append(f"  {head['figures']}:")
    if r.base is not None and r.base.origin == "plan":
        lines.append(f"    {point_text(r.base, unit, lang)}  {head['baseline']}")
    areas = [r.area]
    reference = getattr(item.target, "reference_area", None)
    if reference:
        areas.append(reference)
    for area in areas:
        mine = sorted(
            (
                obs
                for obs in observations
                if obs.indicator == r.indicator
                and obs.plan in (None, item.plan.id)
                and (obs.area or item.plan.area) == area
                and (as_of is None or obs.year <= as_of)
            ),
            key=lambda obs: (obs.year, obs.measure, obs.estimate),
        )
        if area != r.area and mine:
            other = next((a.name.get(lang) for a in item.plan.areas if a.id == area), area)
            lines.append(f"    {head['reference']} {other}:")
        for obs in mine:
            text = _level_text(obs, scale, lang) if scale else _figure_text(obs, unit, lang)
            lines.append(f"    {text}  {obs.where}".rstrip())
    for indicator_id, area in input_series(item):  # what a share or a count is made from
        indicator = item.plan.indicator(indicator_id)
        assert indicator is not None
        mine = sorted(
            (
                obs
                for obs in observations
                if obs.indicator == indicator_id
                and obs.plan in (None, item.plan.id)
                and (obs.area or item.plan.area) == area
                and (as_of is None or obs.year <= as_of)
            ),
            key=lambda obs: (obs.year, obs.measure, obs.estimate),
        )
        where = next((a.name.get(lang) for a in item.plan.areas if a.id == area), area)
        lines.append(f"    {indicator.name.get(lang)} ({indicator_id}), {where}:")
        for obs in mine:
            text = _figure_text(obs, indicator.unit, lang)
            lines.append(f"      {text}  {obs.where}".rstrip())
    if r.years:
        lines.append(f"  {head['each_year']}:")
        for check in r.years:
            if check.value is None:
                value = "–"
            elif scale is not None:
                value = scale.level(check.value).get(lang)
            elif r.kind == "yearly_growth":  # a rate: 12,5%
                value = format_percent(check.value, lang)
            else:
                value = format_number(check.value, lang)
            versus = (
                f" / {format_number(check.reference, lang)}" if check.reference is not None else ""
            )
            est = f" ({head['est']})" if check.estimate else ""
            mark = "✔" if check.met else "✘"
            lines.append(f"    {check.year}: {value}{versus}{est} {mark}")
    if r.steps:
        lines.append(f"  {head['working']}:")

        def number(value: float) -> str:
            if float(value).is_integer() and 1900 <= value <= 2200:
                return str(int(value))  # a year, not an amount
            return format_number(value, lang, max_decimals=6)

        for step in r.steps:
            result = "–" if step.value is None else number(step.value)
            lines.append(f"    {step.name} = {step.formula}")
            lines.append(f"      = {step.substituted(number)} = {result}")
    return lines


def _level_text(obs: Observation, scale: Scale, lang: str) -> str:
    """A rated figure as the working lists it: its level, and the words as reported when they
    differ (``2021: Hoàn thành tốt nhiệm vụ (HTTNV)``)."""
    est = estimated(obs.estimate, lang)
    if obs.value is None:
        return f"{obs.year}: –{est}"
    level = scale.level(obs.value).get(lang)
    same = obs.reported is None or key(obs.reported) == key(level)
    written = "" if same else f" ({obs.reported})"
    return f"{obs.year}: {level}{written}{est}"


def input_series(item: Target) -> list[tuple[str, str]]:
    """The (indicator, area) series a share target is computed from (numerator, denominator in
    its area) or a count target rolled up from (the criterion in each area counted)."""
    target, area = item.target, item.result.area
    numerator = getattr(target, "numerator", None)
    if numerator is not None:
        return [(numerator, area), (target.denominator, area)]
    criterion = getattr(target, "criterion", None)
    if criterion is not None:
        return [(criterion, among) for among in target.among or []]
    return []


def _figure_text(obs: Observation, unit_id: str, lang: str) -> str:
    """One reported figure as the working lists it: ``2022: 2.600,42 USD/người = 62,41 triệu
    đồng/người ÷ 24.000 VND/USD (ước)``."""
    est = estimated(obs.estimate, lang)
    if obs.measure == "state":
        return f"{obs.year}: {STATE_WORDS[lang].get(obs.state or '', '–')}{est}"
    about = "≈ " if obs.approximate else ""
    if obs.measure == "growth" and obs.value is not None:
        rate = format_percent(obs.value, lang)
        if obs.high is not None:
            rate = f"{rate.rstrip('%')}–{format_percent(obs.high, lang)}"
        return f"{obs.year}: {HEAD[lang]['growth']} {about}{rate}{est}"
    if obs.value is None:
        return f"{obs.year}: –"
    number, suffix = amount(obs.value, unit_id, lang)
    if obs.high is not None:
        number = f"{number}–{amount(obs.high, unit_id, lang)[0]}"
    bound = {"more_than": "> ", "less_than": "< "}.get(obs.qualifier or "", "")
    if obs.measure == "change" and obs.high is not None and obs.high <= 0:
        # "giảm 1-2": a fall of 1 to 2, written with the sign once (not "-2–-1")
        small, _ = amount(-obs.high, unit_id, lang)
        large, _ = amount(-obs.value, unit_id, lang)
        number = f"({small}–{large})"
    if obs.measure == "change":
        sign = "+" if obs.value > 0 else "-" if obs.high is not None and obs.high <= 0 else ""
        if _percent_sign(unit_id) == "%":
            suffix = HEAD[lang]["points"]
        text = f"{obs.year}: {HEAD[lang]['change']} {bound}{about}{sign}{number}{suffix}"
    else:
        text = f"{obs.year}: {bound}{about}{number}{suffix}"
    if obs.reported:
        written, _, unit_label = obs.reported.partition(" ")
        with contextlib.suppress(ValueError):
            written = format_number(float(written), lang, max_decimals=6)
        text += f" = {written} {unit_label}".rstrip()
        if obs.exchange_rate:
            text += f" ÷ {format_number(obs.exchange_rate, lang)} VND/USD"
    return text + est
