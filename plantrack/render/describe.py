"""Targets in words: the short phrase a table shows and the stable dict that JSON carries."""

from __future__ import annotations

from typing import Any

from plantrack.numbers.format import format_number
from plantrack.plans.model import RATE_KINDS, Indicator, Plan, target_id
from plantrack.units import Quantity, find_unit

_SYMBOL = {
    "value": "",
    "about": "≈ ",
    "at_least": "≥ ",
    "more_than": "> ",
    "at_most": "≤ ",
    "less_than": "< ",
}

_WORDS = {
    "vi": {
        "by": "đến năm",
        "yr": "/năm",
        "total": "tổng",
        "every_year": "mỗi năm",
        "down": "giảm",
        "up": "tăng",
        "pp": "điểm %",
        "achieved": "đạt, đến năm",
        "maintained": "giữ vững",
        "of": "mức của",
        "vision": "tầm nhìn",
        "on_previous": "so với năm trước",
        "average": "bình quân",
        "of_structure": "trong cơ cấu",
        "or_better": "từ {level} trở lên",
        "reach": "đạt {level}",
        "share_of": "so với",
        "of_total": "tính trên tổng",
    },
    "en": {
        "by": "by",
        "yr": "/yr",
        "total": "total",
        "every_year": "every year",
        "down": "down",
        "up": "up",
        "pp": "pp",
        "achieved": "achieved by",
        "maintained": "maintained",
        "of": "the level of",
        "vision": "vision",
        "on_previous": "on the year before",
        "average": "on average",
        "of_structure": "of the structure",
        "or_better": "{level} or better",
        "reach": "{level}",
        "share_of": "of",
        "of_total": "totals",
    },
}


def amount(value: float, unit_id: str, lang: str) -> tuple[str, str]:
    """The number and the unit suffix that follows it (``("6.794", " USD/người")``)."""
    unit = find_unit(unit_id)
    symbol = unit.symbol(lang) if unit else unit_id
    number = format_number(value, lang)
    if not symbol:
        return number, ""
    return number, symbol if symbol.startswith(("%", "/")) else f" {symbol}"


def level_words(indicator: Indicator, rank: float, lang: str) -> str:
    """A rated indicator's level, by its rank, in words (never the rank itself)."""
    scale = indicator.rating_scale
    assert scale is not None  # only rated indicators have levels
    return scale.level(rank).get(lang)


#: "about" in words, for documents that write it as plans do ("khoảng 6.794"), not as "≈".
_ABOUT_WORDS = {"vi": "khoảng ", "en": "about "}


def _bounded(target: Any, render: Any, symbols: dict[str, str] = _SYMBOL) -> str:
    bound = target.bound
    if bound.is_range:
        (low, _), (high, suffix) = render(bound.low), render(bound.high)
        return f"{low}-{high}{suffix}"
    number, suffix = render(bound.low)
    return f"{symbols[bound.comparator]}{number}{suffix}"


_FLIPPED = {"at_least": "at_most", "more_than": "less_than", "at_most": "at_least"}
_FLIPPED["less_than"] = "more_than"


def _growth_bound(
    target: Any, words: dict[str, str], lang: str, symbols: dict[str, str] = _SYMBOL
) -> str:
    """A growth bound as a rise (``≥ 12%``) or, when it allows only falls, as a fall: "tăng
    bình quân < -10%/năm" reads ``giảm > 10%`` (a fall of more than 10 %)."""
    bound = target.bound
    if bound.high < 0 or (bound.high == 0 and bound.low < 0):
        low, high = -bound.high * 100, -bound.low * 100
        if bound.is_range:
            return f"{words['down']} {format_number(low, lang)}-{format_number(high, lang)}%"
        symbol = symbols[_FLIPPED.get(bound.comparator, bound.comparator)]
        return f"{words['down']} {symbol}{format_number(high, lang)}%"
    return _bounded(target, lambda v: (format_number(v * 100, lang), "%"), symbols)


def target_phrase(
    plan: Plan, indicator: Indicator, target: Any, lang: str = "en", *, worded: bool = False
) -> str:
    """``≈ 12.96%/yr 2021-2030``, ``≥ 1 cooperatives by 2025``, ``11-13 per 10,000 people by 2030``;
    ``worded``: "about" in words, as a document writes it (``khoảng 6.794 USD/người đến năm
    2030``)."""
    words = _WORDS["vi" if lang == "vi" else "en"]
    kind = target.kind
    symbols = (
        {**_SYMBOL, "about": _ABOUT_WORDS["vi" if lang == "vi" else "en"]} if worded else _SYMBOL
    )

    def bounded(target: Any, render: Any) -> str:
        return _bounded(target, render, symbols)

    def in_unit(value: float) -> tuple[str, str]:
        return amount(value, indicator.unit, lang)

    if kind == "growth":
        phrase = f"{_growth_bound(target, words, lang, symbols)}{words['yr']} {target.period}"
    elif kind == "level":
        phrase = f"{bounded(target, in_unit)} {words['by']} {target.year}"
    elif kind == "cumulative":
        phrase = f"{bounded(target, in_unit)} {words['total']} {target.period}"
    elif kind == "annual":
        phrase = f"{bounded(target, in_unit)} {words['every_year']} {target.period}"
    elif kind == "change":
        unit = indicator.unit_info
        way = words["down"] if indicator.direction == "decrease" else words["up"]
        if unit is not None and unit.quantity is Quantity.SHARE and unit.scale == 1:
            step = bounded(target, lambda v: (format_number(v, lang), f" {words['pp']}"))
        else:
            step = bounded(target, in_unit)
        phrase = f"{way} {step}{words['yr']} {target.period}"
    elif kind == "yearly_growth":
        rate = bounded(target, lambda v: (format_number(v * 100, lang), "%"))
        phrase = f"{rate} {words['on_previous']}, {words['every_year']} {target.period}"
    elif kind == "average":
        phrase = f"{bounded(target, in_unit)}{words['yr']} {words['average']} {target.period}"
    elif kind == "structure":
        share = bounded(target, lambda v: (format_number(v, lang), "%"))
        phrase = f"{share} {words['of_structure']} {words['by']} {target.year}"
    elif kind == "relative":
        area = next((a for a in plan.areas if a.id == target.reference_area), None)
        name = area.name.get(lang) if area else target.reference_area
        relation = _SYMBOL.get(target.relation, "").strip() or "="
        phrase = f"{relation} {words['of']} {name}, {target.period}"
    elif kind == "rating":
        bound = words["or_better" if target.comparator == "at_least" else "reach"]
        phrase = bound.format(level=level_words(indicator, target.rank, lang))
        phrase += (
            f" {words['by']} {target.year}"
            if target.year is not None
            else f" {words['every_year']} {target.period}"
        )
    elif kind == "share":
        whole = plan.indicator(target.denominator)
        name = whole.name.get(lang) if whole else target.denominator
        percent = bounded(target, lambda v: (format_number(v, lang), "%"))
        when = (
            f"{words['by']} {target.year}"
            if target.year is not None
            else f"{words['of_total']} {target.period}"
        )
        phrase = f"{percent} {words['share_of']} {name}, {when}"
    elif kind == "count":
        out_of = target.total

        def counted(value: float) -> tuple[str, str]:
            number, suffix = in_unit(value)
            return (number, suffix) if out_of is None else (f"{number}/{out_of}", suffix)

        bound = target.bound
        if bound.is_range:  # 5-6/8 xã, not 5/8-6/8 xã
            low, (high, suffix) = format_number(bound.low, lang), counted(bound.high)
            phrase = f"{low}-{high}{suffix} {words['by']} {target.year}"
        else:
            phrase = f"{bounded(target, counted)} {words['by']} {target.year}"
    else:  # qualitative
        phrase = (
            f"{words['achieved']} {target.year}"
            if target.year is not None
            else f"{words['maintained']} {target.period}"
        )
    if target.vision:
        phrase += f" ({words['vision']})"
    return phrase


def target_dict(plan: Plan, indicator: Indicator, target: Any) -> dict[str, Any]:
    """A target as JSON-ready data with the same keys for every kind (absent values are null).

    Growth rates are fractions (0.1296); other values are in the indicator's unit.
    """
    bound = getattr(target, "bound", None)
    period = getattr(target, "period", None)
    out = {
        "id": target_id(indicator, target, plan.area),
        "kind": target.kind,
        "areas": list(target.areas or [plan.area]),
        "year": getattr(target, "year", None),
        "period": {"start": period.start, "end": period.end} if period else None,
        "base_year": target.effective_base_year if target.kind == "growth" else None,
        "comparator": bound.comparator if bound else None,
        "value": None if bound is None or bound.is_range else bound.low,
        "min": bound.low if bound is not None and bound.is_range else None,
        "max": bound.high if bound is not None and bound.is_range else None,
        "rate_unit": "fraction_per_year" if target.kind in RATE_KINDS else None,
        "reference_area": getattr(target, "reference_area", None),
        "relation": getattr(target, "relation", None),
        "vision": target.vision,
        "text": target.text,
        "phrase": {
            "vi": target_phrase(plan, indicator, target, "vi"),
            "en": target_phrase(plan, indicator, target, "en"),
        },
        "source": (target.source or indicator.source).as_data(),
        "note": target.note,
    }
    if target.kind == "rating":  # value is the level's rank; its words, in both languages
        out["level"] = {lang: level_words(indicator, target.rank, lang) for lang in ("vi", "en")}
    return out


def plan_dict(plan: Plan, file: str | None = None) -> dict[str, Any]:
    """A plan, its areas and indicators with their targets, as JSON-ready data (a plan's
    scales, and a rated indicator's scale, only when it has them)."""
    out = {
        "id": plan.id,
        "file": file,
        "title": plan.title.model_dump(),
        "document": plan.document.model_dump(mode="json"),
        "level": plan.level,
        "area": plan.area,
        "period": {"start": plan.period.start, "end": plan.period.end},
        "base_year": plan.base_year,
        "vision": ({"start": plan.vision.start, "end": plan.vision.end} if plan.vision else None),
        "areas": [area.model_dump(mode="json") for area in plan.areas],
        "indicators": [
            {
                "id": indicator.id,
                "name": indicator.name.model_dump(),
                "unit": indicator.unit,
                "direction": indicator.direction,
                "part_of": indicator.part_of,
                "aliases": list(indicator.aliases),
                "projection": indicator.projection,
                "baseline": (
                    indicator.baseline.model_dump(mode="json") if indicator.baseline else None
                ),
                "source": indicator.source.as_data(),
                "note": indicator.note,
                "targets": [target_dict(plan, indicator, t) for t in indicator.targets],
                **({"scale": indicator.scale} if indicator.scale else {}),
            }
            for indicator in plan.indicators
        ],
    }
    if plan.scales:
        out["scales"] = [scale.model_dump(mode="json") for scale in plan.scales]
    return out
