"""Figures as year-end tables write them: "khoảng 24", "tăng 11,07%", "giảm 1,1 điểm %", "61-62".

:func:`read_reported_figure` reads such a cell (with :func:`plantrack.numbers.figures.parse_figure`)
and hands each plain number in it to :func:`plantrack.actuals.figures.read_figure`, which knows
units, scales and currencies; a cell with none of these forms goes to ``read_figure`` as it is.
What this module adds:

- approximate ("khoảng 24", "about 24", "~24"): the number, flagged ``approximate``;
- a change on the year before ("tăng", "giảm", or percentage points):

  - with a percent sign (or a rate unit) on an indicator that is not a percentage: a yearly
    growth rate, "giảm 1,5%" is -0.015;
  - in percentage points ("giảm 1,1 điểm %", "-1,1 điểm %", or the unit "điểm %") on a
    percentage indicator: a change of -1.1 points (``measure="change"``);
  - "tăng 3%" on a percentage indicator reads two ways (3 points, or 3 % of the value): it is
    an error (``ambiguous-change``) unless the unit says which (``điểm %`` or ``%/năm``);
  - "tăng 200" on any other indicator: a change of 200 in the indicator's unit;

- a range ("61-62"): both ends, each read like a single figure (``value`` and ``high``).

Nothing here opens files.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from plantrack import texts
from plantrack.actuals.figures import (
    ExchangeRates,
    Figure,
    FigureError,
    in_both,
    parsed,
    read_figure,
)
from plantrack.actuals.table import Cell
from plantrack.numbers.figures import ReportedNumber, parse_figure
from plantrack.numbers.parse import DecimalMark
from plantrack.plans.model import Indicator
from plantrack.units import Quantity, UnitError, fold, parse_unit

LabelKind = Literal["points", "percent", "rate", "other", "none"]


def label_kind(unit_label: str) -> LabelKind:
    """What a unit label says about a percentage figure, read with the unit grammar: points
    (``điểm %``, ``pp``; ``điểm`` alone, as poverty rows write it), a percentage itself (``%``),
    a yearly rate (``%/năm``), another unit, or no unit."""
    key = fold(unit_label)
    if not key:
        return "none"
    if key == "diem":
        return "points"
    try:
        unit = parse_unit(unit_label)
    except UnitError:
        return "other"
    if unit.quantity is Quantity.SHARE_CHANGE:
        return "points"
    if unit.quantity is Quantity.SHARE and unit.scale == 1:
        return {"share": "percent", "change": "rate"}.get(unit.percent or "share", "other")  # type: ignore[return-value]
    return "other"


def read_reported(cell: Cell, decimal: DecimalMark | None) -> ReportedNumber:
    """The figure in a text cell; FigureError (``bad-number``, ``ambiguous-decimal``) if none."""
    return parsed(parse_figure, cell.text, decimal)


def read_reported_figure(
    cell: Cell,
    indicator: Indicator,
    unit_label: str,
    year: int,
    decimal: DecimalMark | None,
    rates: ExchangeRates,
) -> Figure:
    """Read ``cell`` as a figure of ``indicator`` for ``year``; FigureError when it can't be."""
    unit = indicator.parsed_unit
    kind = label_kind(unit_label)
    share = unit.quantity is Quantity.SHARE
    if unit.is_qualitative or indicator.rating_scale is not None or cell.text.startswith("="):
        return read_figure(cell, indicator, unit_label, year, decimal, rates)
    if cell.number is None and cell.text.endswith("‰") and not unit_label:
        return _per_mille(cell, indicator, year, decimal, rates)
    if cell.number is not None:  # Excel's stored number: only the unit can make it a change
        if share and kind == "points":
            value = cell.number
            if cell.percent:  # 0.011 shown as 1.1 %
                value = float(Decimal(repr(value)) * 100)
            return _points(value, cell.text or repr(cell.number), unit.scale)
        return read_figure(cell, indicator, unit_label, year, decimal, rates)
    number = read_reported(cell, decimal)
    points = number.points or (share and kind == "points")
    if number.plain and not points:
        return read_figure(cell, indicator, unit_label, year, decimal, rates)
    if number.points and kind not in ("none", "points", *(("percent",) if share else ())):
        raise FigureError(
            "unit-mismatch",
            texts.text("data.unit-mismatch.points", cell=_clip(cell.text), unit=unit_label),
        )
    ends = [number.exact] if number.high is None else [number.exact, number.exact_high or ""]
    try:
        figures = [
            _one(end, number, cell, indicator, unit_label, year, rates, share=share, points=points)
            for end in ends
        ]
    except FigureError as error:
        clipped = _clip(cell.text)
        if error.message.startswith(repr(clipped)):
            raise
        message = texts.text("data.in-cell", cell=clipped, reason=error.message)
        raise FigureError(error.code, message) from None
    low = figures[0]
    high = figures[1].value if len(figures) > 1 else None
    return Figure(
        low.measure,
        low.value,
        qualifier=number.qualifier,
        reported=low.reported if high is None else _range_reported(figures, cell, unit_label),
        exchange_rate=low.exchange_rate,
        high=high,
        approximate=number.approximate,
    )


def _one(
    exact: str,
    number: ReportedNumber,
    cell: Cell,
    indicator: Indicator,
    unit_label: str,
    year: int,
    rates: ExchangeRates,
    *,
    share: bool,
    points: bool,
) -> Figure:
    """One number of the cell (``exact``: signed, a plain decimal string) as a figure."""
    if points:
        if share:
            return _points(float(exact), cell.text, indicator.parsed_unit.scale)
        unit_label = unit_label or "điểm %"  # a points indicator takes it; others refuse it
    if number.change is None:  # "-1,1 điểm %" on a points indicator is a level
        return _plain(exact, number.percent, indicator, unit_label, year, rates)
    if share:
        if label_kind(unit_label) == "rate":
            return _plain(exact, True, indicator, "%", year, rates, growth=True)
        shown = exact.lstrip("-")
        raise FigureError(
            "ambiguous-change",
            texts.text(
                "data.ambiguous-change",
                cell=_clip(cell.text),
                size=in_both(shown, shown.replace(".", ",")),
                word="giảm" if number.change == "down" else "tăng",
            ),
        )
    # Not a percentage: a growth rate when the cell or the unit says percent, else a change
    # in the indicator's unit (the size converted like a level, then the sign put back).
    size = exact.lstrip("-")
    figure = _plain(size, number.percent, indicator, unit_label, year, rates)
    if figure.measure == "growth":
        return _plain(exact, number.percent, indicator, unit_label, year, rates)
    assert figure.value is not None
    signed = -figure.value if exact.startswith("-") else figure.value
    return Figure(
        "change", signed or 0.0, reported=figure.reported, exchange_rate=figure.exchange_rate
    )


def _plain(
    exact: str,
    percent: bool,
    indicator: Indicator,
    unit_label: str,
    year: int,
    rates: ExchangeRates,
    *,
    growth: bool = False,
) -> Figure:
    """What ``read_figure`` makes of the plain number ``exact`` (with % when ``percent``)."""
    text = exact + ("%" if percent else "")
    if growth:
        rate = float(exact) / 100
        if rate <= -1:
            raise FigureError(
                "out-of-range",
                texts.text(
                    "data.out-of-range.growth",
                    rate=in_both(f"{exact} %", f"{exact.replace('.', ',')}%"),
                ),
            )
        return Figure("growth", _hundredth(exact))
    return read_figure(Cell(text), indicator, unit_label, year, "point", rates)


def _per_mille(
    cell: Cell, indicator: Indicator, year: int, decimal: DecimalMark | None, rates: ExchangeRates
) -> Figure:
    """``1,2‰`` or ``giảm 0,2‰``, as birth and death rates are written. A change written in ‰
    is a change of the rate in ‰ points ("tỷ suất sinh giảm 0,2‰"): reports use ‰ for no other
    change, unlike %, where "tăng 3%" may be relative (see ``ambiguous-change``)."""
    plain = Cell(cell.text[:-1].rstrip())
    number = read_reported(plain, decimal)
    if number.change is None or number.high is not None:
        return read_reported_figure(plain, indicator, "‰", year, decimal, rates)
    unit = indicator.parsed_unit
    if unit.quantity is not Quantity.SHARE:
        raise FigureError(
            "unit-mismatch",
            texts.text(
                "data.unit-mismatch.per-mille",
                cell=_clip(cell.text),
                own=unit.symbol_vi or unit.name_vi,
            ),
        )
    points = float(Decimal(number.exact) / 10)  # ‰ points in percentage points
    return _points(points, cell.text, unit.scale)


def _points(value: float, shown: str, scale: float = 1.0) -> Figure:
    """A change of a percentage, in percentage points, in the indicator's own unit: a point is
    10 ‰ for an indicator in ‰ (``scale`` is the unit's size in percent)."""
    if abs(value) > 100:
        raise FigureError(
            "out-of-range",
            texts.text("data.out-of-range.points", cell=_clip(shown)),
        )
    if scale != 1:
        value = float(Decimal(repr(value)) / Decimal(repr(scale)))
    return Figure("change", value or 0.0)


def _hundredth(exact: str) -> float:
    return float(Decimal(exact) / 100)


def _range_reported(figures: list[Figure], cell: Cell, unit_label: str) -> str | None:
    if all(figure.reported is None for figure in figures):
        return None
    return f"{cell.text} {unit_label}".strip()


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
