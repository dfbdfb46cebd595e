"""The words and figures of one result, as every format of ``plantrack check`` shows them:
status symbols and words, headings in both languages, a figure with its year and marks, a rate,
a gap, a sparkline.

Nothing here writes anything; the format modules (``report_table``, ``report_csv``,
``report_markdown``, ``report_github``, ``report_json``, ``explain``) do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrack.assessment.status import LABELS, Status
from plantrack.numbers.format import format_number, format_percent
from plantrack.plans.model import CEILINGS, EVERY_YEAR_KINDS
from plantrack.render.describe import amount
from plantrack.units import Quantity, find_unit

if TYPE_CHECKING:
    from plantrack.assessment import Point, Result
    from plantrack.plans.model import Scale
    from plantrack.report.build import CheckReport, Target


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


def worst_first(status: Status) -> tuple[bool, int]:
    """A sort key putting results the worst first: not achieved, regressing, off track... down
    to exceeded, then those without enough data (not worse, but not known)."""
    return (status in (Status.INSUFFICIENT_DATA, Status.NO_DATA), -status.rank)
