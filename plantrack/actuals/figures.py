"""From a reported cell to a figure in the indicator's own unit: numbers, units, currencies.

Pure functions over one file's cells; nothing here opens files.

- :func:`decide_decimal` looks at every numeric text cell of a file and decides whether its
  decimal mark is the comma (``1.234,5``) or the point (``1,234.5``). Cells that say so by
  themselves vote; cells that fit both readings (``6.794``) follow the vote; a file with only such
  cells has no answer, and its ambiguous cells are errors that say how to choose.
- :func:`read_figure` turns one cell into a value, a growth rate or a state, converting its unit
  to the indicator's (scales such as tỷ đồng -> nghìn tỷ đồng; currencies only with a declared
  exchange rate, which the figure then carries).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Literal, TypeVar, get_args

from plantrack import texts
from plantrack.actuals.table import Cell
from plantrack.numbers.figures import parse_figure
from plantrack.numbers.parse import (
    AmbiguousNumber,
    DecimalMark,
    NumberFormatError,
    ParsedNumber,
    parse_number,
)
from plantrack.observations import Measure, State, parse_state
from plantrack.plans.model import ExchangeRate, Indicator, Scale
from plantrack.units import (
    PERCENT,
    Quantity,
    Unit,
    UnitError,
    UnitMismatch,
    conversion_factor,
    fold,
    names_currency,
    parse_unit,
)

_PERCENT_UNITS = {
    fold(label)
    for label in ("%", "%/năm", "% / năm", "%/year", "% per year", "%/yr", "% năm", "tỷ lệ %")
}
_FRACTION_UNITS = {fold(label) for label in ("fraction", "tỷ lệ (0-1)", "0-1", "ratio")}


# --------------------------------------------------------------------------------------------
# Decimal mark


@dataclass(frozen=True, slots=True)
class DecimalDecision:
    """The decimal mark of a file (given, voted by its cells, or None), and the cells that
    could not be read."""

    mark: DecimalMark | None
    votes: dict[str, int]
    ambiguous: tuple[int, ...] = ()  # indexes (into the cells given) of ambiguous cells
    against: tuple[int, ...] = ()  # cells written in the style that lost the vote


def decide_decimal(
    texts: Sequence[str], option: DecimalMark | None, more: Mapping[str, int] | None = None
) -> DecimalDecision:
    """Decide one decimal mark for the numeric cells ``texts`` of a file; ``more`` counts the
    votes of cells read elsewhere (:mod:`plantrack.actuals.duckdb_reader`)."""
    if option is not None:
        return DecimalDecision(option, {})
    style: list[DecimalMark | Literal["ambiguous"] | None] = []
    for text in texts:
        try:
            style.append(parse_figure(text).decimal)
        except AmbiguousNumber:
            style.append("ambiguous")
        except NumberFormatError:
            style.append(None)
    more = more or {}
    votes = {mark: style.count(mark) + more.get(mark, 0) for mark in ("comma", "point")}
    ambiguous = tuple(i for i, s in enumerate(style) if s == "ambiguous")
    if votes["comma"] == votes["point"]:
        if votes["comma"] == 0:
            return DecimalDecision(None, votes, ambiguous)
        losers = tuple(i for i, s in enumerate(style) if s in ("comma", "point"))
        return DecimalDecision(None, votes, ambiguous, losers)
    mark: DecimalMark = "comma" if votes["comma"] > votes["point"] else "point"
    other = "point" if mark == "comma" else "comma"
    return DecimalDecision(mark, votes, (), tuple(i for i, s in enumerate(style) if s == other))


# --------------------------------------------------------------------------------------------
# Exchange rates


class ExchangeRates:
    """Declared rates, đồng per unit of a foreign currency, for one year or for every year."""

    def __init__(self, rates: Iterable[ExchangeRate] = ()) -> None:
        self._rates: dict[tuple[str, int | None], float] = {}
        for rate in rates:
            self._rates[(rate.currency, rate.year)] = rate.rate

    def overridden_by(self, other: ExchangeRates) -> ExchangeRates:
        merged = ExchangeRates()
        merged._rates = {**self._rates, **other._rates}
        return merged

    def rate(self, currency: str, year: int) -> float | None:
        """Đồng per unit of ``currency`` in ``year``; the every-year rate if none for the year."""
        if currency == "VND":
            return 1.0
        return self._rates.get((currency, year), self._rates.get((currency, None)))

    def __bool__(self) -> bool:
        return bool(self._rates)


_RATE = re.compile(
    r"^\s*(?:(?P<year>[0-9]{4})\s*:\s*)?(?P<currency>[A-Za-z]{3})\s*=\s*(?P<rate>.+)$"
)


def parse_exchange_rate(text: str, decimal: DecimalMark | None = None) -> ExchangeRate:
    """``"USD=24000"``, ``"2022:USD=23.600"`` (Vietnamese style), as on the command line.

    Raises ValueError with a message that shows the expected form.
    """
    match = _RATE.match(text)
    if match is None:
        raise ValueError(texts.text("data.exchange-rate.form", rate=text))
    parsed = parse_number(match.group("rate"), decimal)
    if parsed.qualifier or parsed.percent or parsed.value <= 0:
        raise ValueError(texts.text("data.exchange-rate.positive", rate=text))
    year = int(match.group("year")) if match.group("year") else None
    if year is not None and not 1900 <= year <= 2200:
        raise ValueError(texts.text("data.exchange-rate.year", rate=text, year=year))
    currency = match.group("currency").upper()
    known = get_args(ExchangeRate.model_fields["currency"].annotation)
    if currency not in known:
        raise ValueError(
            texts.text(
                "data.exchange-rate.currency", rate=text, currency=currency, known=", ".join(known)
            )
        )
    return ExchangeRate(
        currency=currency,  # type: ignore[arg-type]  # checked against the choices above
        rate=parsed.value,
        year=year,
        source="command line",
    )


# --------------------------------------------------------------------------------------------
# One figure


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported figure read and converted to the indicator's unit."""

    measure: Measure
    value: float | None = None
    state: State | None = None
    qualifier: Literal["more_than", "less_than"] | None = None
    reported: str | None = None  # the cell and its unit, when a conversion was made
    exchange_rate: float | None = None
    high: float | None = None  # the high end of a reported range ("61-62"); value is the low
    approximate: bool = False  # reported as "khoảng", "about"
    rated: bool = False  # a level of a rating scale: value is its rank, reported its words


class FigureError(ValueError):
    """A cell that cannot become a figure; ``code`` is a stable finding code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def read_number(cell: Cell, decimal: DecimalMark | None) -> ParsedNumber:
    """The number in a cell: Excel's stored number, or the text read with the file's mark."""
    if cell.number is not None:
        value = _scaled(cell.number, 100) if cell.percent else cell.number
        return ParsedNumber(value, None, cell.percent, None)
    text = cell.text
    if text.startswith("="):
        raise FigureError(
            "formula",
            texts.text("data.formula", cell=_clip(text)),
        )
    return parsed(parse_number, text, decimal)


_Parsed = TypeVar("_Parsed")


def parsed(
    parse: Callable[[str, DecimalMark | None], _Parsed], text: str, decimal: DecimalMark | None
) -> _Parsed:
    """``parse(text, decimal)``, its errors as the findings a cell gives: ``ambiguous-decimal``
    (with how to choose) and ``bad-number``."""
    try:
        return parse(text, decimal)
    except AmbiguousNumber:
        raise FigureError(
            "ambiguous-decimal",
            texts.text("data.ambiguous-decimal", cell=_clip(text)),
        ) from None
    except NumberFormatError as error:
        raise FigureError("bad-number", reason(error)) from None


def read_figure(
    cell: Cell,
    indicator: Indicator,
    unit_label: str,
    year: int,
    decimal: DecimalMark | None,
    rates: ExchangeRates,
) -> Figure:
    """Read ``cell`` as a figure of ``indicator`` for ``year``; FigureError when it can't be."""
    scale = indicator.rating_scale
    if scale is not None:
        return read_level(cell, scale)
    unit = indicator.parsed_unit
    if unit.is_qualitative:
        state = parse_state(cell.text)
        if state is None:
            raise FigureError(
                "bad-state",
                texts.text("data.bad-state", cell=_clip(cell.text)),
            )
        return Figure("state", state=state)

    number = read_number(cell, decimal)
    value = number.value
    key = fold(unit_label)
    reported_unit: Unit | None = None
    percent = number.percent or key in _PERCENT_UNITS
    fraction = key in _FRACTION_UNITS
    if key and not percent and not fraction:
        try:
            reported_unit = parse_unit(unit_label)
        except UnitError as error:
            raise FigureError(
                "unrecognised-unit",
                texts.text(
                    "data.unrecognised-unit",
                    unit=_clip(unit_label),
                    reason=reason(error),
                    own=unit.symbol_vi or unit.id,
                ),
            ) from None

    if unit.quantity is Quantity.SHARE_CHANGE and key in _PERCENT_UNITS:
        raise _mismatch(unit_label, PERCENT, unit)  # a rate of 3 % is not a fall of 3 points
    if unit.is_percent:
        if fraction:
            value = _scaled(value, 100)
        source = reported_unit
        if source is None and unit.quantity is Quantity.SHARE and (percent or fraction):
            source = PERCENT  # a figure in % for an indicator in ‰
        if source is not None:
            try:
                times, divide = conversion_factor(source, unit)
            except UnitMismatch:
                raise _mismatch(unit_label, source, unit) from None
            if times != divide:
                value = _scaled(value, times, divide)
        _check_range(value, unit, cell)
        return Figure("level", value, qualifier=number.qualifier)

    if percent or fraction:
        rate = _scaled(value, 1, 100) if percent else value
        if rate <= -1:
            raise FigureError(
                "out-of-range",
                texts.text("data.out-of-range.growth", rate=_clip(cell.text)),
            )
        return Figure("growth", rate, qualifier=number.qualifier)

    reported = None
    exchange_rate = None
    if (
        reported_unit is not None
        and reported_unit.currency == "VND"
        and unit.currency not in (None, "VND")
        and not names_currency(unit_label)
    ):
        raise FigureError(
            "unrecognised-unit",
            texts.text(
                "data.unrecognised-unit.no-currency",
                unit=_clip(unit_label),
                own=unit.symbol_vi,
                label=unit_label.strip(),
                currency=unit.currency,
            ),
        )
    if reported_unit is not None:
        source, per_read = _with_indicator_per(reported_unit, unit)
        currency = source.quantity is Quantity.MONEY and source.currency != unit.currency
        try:
            times, divide = conversion_factor(
                replace(source, currency=unit.currency) if currency else source, unit
            )
        except UnitMismatch:
            raise _mismatch(unit_label, reported_unit, unit) from None
        if currency:
            src = rates.rate(source.currency or "", year)
            dst = rates.rate(unit.currency or "", year)
            if src is None or dst is None:
                missing = unit.currency if dst is None else source.currency
                raise FigureError(
                    "no-exchange-rate",
                    texts.text(
                        "data.no-exchange-rate",
                        source=in_both(source.symbol_en, source.symbol_vi),
                        target=in_both(unit.symbol_en, unit.symbol_vi),
                        currency=missing,
                        year=year,
                    ),
                )
            exchange_rate = dst if source.currency == "VND" else src
            value = value * times * src / dst / divide
        elif times != divide:
            value = _scaled(value, times, divide)
        if currency or times != divide or per_read:
            reported = f"{_plain(number.value)} {unit_label}"
            if per_read:
                reported += f" (/{unit.per.symbol_vi if unit.per else ''})"
    _check_range(value, unit, cell)
    return Figure(
        "level", value, qualifier=number.qualifier, reported=reported, exchange_rate=exchange_rate
    )


def read_level(cell: Cell, scale: Scale) -> Figure:
    """A rated indicator's cell: the level its words name (its name or an alias, ignoring case
    and accents; a number only on a numeric or numbered scale), held as the level's rank with
    the words as reported. A word that names no level is an error listing the levels: a level
    is never guessed."""
    text = cell.text
    if not text and cell.number is not None:
        text = f"{cell.number:g}"
    rank = scale.rank_of(text) if text else None
    if rank is None:
        numbers: str = ""
        if scale.numbers is None and any(ch.isdigit() for ch in text):
            numbers = texts.text("data.bad-level.numbers")
        raise FigureError(
            "bad-level",
            texts.text(
                "data.bad-level",
                cell=_clip(text),
                scale=scale.id,
                levels=scale.listed("vi"),
                numbers=numbers,
            ),
        )
    return Figure("level", float(rank), reported=text, rated=True)


def _with_indicator_per(reported: Unit, unit: Unit) -> tuple[Unit, bool]:
    """A figure in triệu đồng for an indicator in triệu đồng/người: reports give the row's
    name ("Thu nhập bình quân đầu người") and the unit of the amount; it is read per person.
    Only money, and only per person: a total in tấn on a row in tạ/ha is output put on a yield
    row, never read per ha."""
    if (
        reported.per is None
        and unit.per is not None
        and reported.quantity is Quantity.MONEY
        and unit.quantity is Quantity.MONEY
        and unit.per.quantity is Quantity.COUNT
        and unit.per.noun == "người"
        and unit.per.per is None
    ):
        return replace(reported, per=unit.per), True
    return reported, False


def _plain(value: float) -> str:
    """A number as plain text with a decimal point and no exponent: ``6850``, ``62.41``."""
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(value: float, times: float, divide: float = 1) -> float:
    """``value * times / divide`` in decimal, so 0.0321 * 100 is 3.21 and 1.07 nghìn tỷ is 1070
    tỷ exactly (in binary floating point they are 3.2099999999999995 and 1070.0000000000002,
    which would make the same figure given two ways a conflict)."""
    exact = Decimal(repr(value)) * Decimal(repr(times)) / Decimal(repr(divide))
    return float(exact)


def _mismatch(unit_label: str, reported: Unit, unit: Unit) -> FigureError:
    return FigureError(
        "unit-mismatch",
        texts.text(
            "data.unit-mismatch",
            unit=_clip(unit_label),
            reported=in_both(reported.describe(), reported.describe("vi")),
            own=unit.symbol_vi or unit.name_vi,
            described=in_both(unit.describe(), unit.describe("vi")),
        ),
    )


def _check_range(value: float, unit: Unit, cell: Cell) -> None:
    if unit.maximum is not None and value > unit.maximum:
        raise FigureError(
            "out-of-range",
            texts.text(
                "data.out-of-range.above",
                cell=_clip(cell.text),
                limit=unit.maximum,
                symbol=in_both(unit.symbol_en, unit.symbol_vi),
                name=in_both(unit.name_en, unit.name_vi),
            ),
        )
    if unit.minimum is not None and value < unit.minimum:
        raise FigureError(
            "out-of-range",
            texts.text(
                "data.out-of-range.below",
                cell=_clip(cell.text),
                limit=unit.minimum,
                name=in_both(unit.name_en, unit.name_vi),
            ),
        )


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def reason(error: Exception) -> str:
    """What an exception says, as a message: its :class:`~plantrack.texts.Text` (which writes
    itself in either language), else its English text."""
    said = error.args[0] if error.args else None
    return said if isinstance(said, texts.Text) else str(error)


class _InBoth(texts.Text):
    """Data that comes in both languages (a unit's name: ``tonnes`` / ``tấn``), given to a
    message as a parameter and written in the message's language. Not a catalogue entry: the
    words are the data's own (:class:`plantrack.units.Unit` has both)."""

    vi: str

    def __new__(cls, en: str, vi: str) -> _InBoth:
        self = str.__new__(cls, en)
        self.key, self.params, self.vi = "", {}, vi
        return self

    def render(self, lang: str) -> str:
        return self.vi if lang == "vi" else str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_InBoth, (str(self), self.vi))


def in_both(en: str, vi: str) -> texts.Text:
    """``en`` in an English message and ``vi`` in a Vietnamese one (see :class:`_InBoth`)."""
    return _InBoth(en, vi)
