"""Converting a value between two units of one measure, exactly; refusing, with both units
named, anything else."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from plantrack import texts
from plantrack.texts import Text
from plantrack.units.quantity import Quantity
from plantrack.units.registry import get_unit
from plantrack.units.unit import Unit, UnitMismatch, UnitWords
from plantrack.units.vocabulary import fold


def convert(value: float, source: str | Unit, target: str | Unit) -> float:
    """Convert ``value`` from one unit to another of the same measure (and currency, noun).

    Computed in decimal, so that 52 tạ/ha is 5.2 tấn/ha, not 5.199999999999999.

    >>> convert(25, "trillion_vnd", "billion_vnd")
    25000.0
    >>> convert(52, "tạ/ha", "tấn/ha")
    5.2
    """
    src = source if isinstance(source, Unit) else get_unit(source)
    dst = target if isinstance(target, Unit) else get_unit(target)
    times, divide = conversion_factor(src, dst)
    if times == divide:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(times)) / Decimal(repr(divide)))


def conversion_factor(src: Unit, dst: Unit) -> tuple[float, float]:
    """``(times, divide)``: a value in ``src`` times ``times`` over ``divide`` is in ``dst``.

    Raises UnitMismatch, naming both units, when the two do not measure the same thing.
    """
    if src.id == dst.id and src.dimension == dst.dimension:
        return (1.0, 1.0)
    reason = _mismatch(src, dst)
    if reason is not None:
        raise UnitMismatch(
            texts.text(
                "unit.cannot-convert",
                source=src.symbol_vi or src.name_vi,
                target=dst.symbol_vi or dst.name_vi,
                reason=reason,
            )
        )
    return (src.scale * dst.per_scale, dst.scale * src.per_scale)


def _mismatch(src: Unit, dst: Unit) -> Text | None:
    """Why ``src`` does not convert to ``dst``, or None when it does."""
    if src.quantity is not dst.quantity:
        names = _quantity_names()
        return texts.text("unit.is-not", source=names[src.quantity], target=names[dst.quantity])
    if src.currency != dst.currency:
        return texts.text("unit.needs-exchange-rate", source=src.currency, target=dst.currency)
    if not _same_thing(src.noun, dst.noun):
        return texts.text("unit.is-not", source=_described(src), target=_described(dst))
    if src.basis is not None and dst.basis is not None and src.basis != dst.basis:
        return texts.text("unit.price-basis", source=_basis(src.basis), target=_basis(dst.basis))
    if not _same_per(src.per, dst.per):
        if dst.per is None:
            assert src.per is not None
            return texts.text("unit.per-source-only", source=_symbol(src.per))
        if src.per is None:
            return texts.text("unit.per-target-only", target=_symbol(dst.per))
        return texts.text("unit.per-differs", source=_symbol(src.per), target=_symbol(dst.per))
    return None


@cache
def _quantity_names() -> dict[Quantity, Text]:
    """What each quantity is called in a message."""
    return {
        Quantity.SHARE: texts.text("unit.quantity.share"),
        Quantity.SHARE_CHANGE: texts.text("unit.quantity.share-change"),
        Quantity.INDEX: texts.text("unit.quantity.index"),
        Quantity.RATIO: texts.text("unit.quantity.ratio"),
        Quantity.COUNT: texts.text("unit.quantity.count"),
        Quantity.MONEY: texts.text("unit.quantity.money"),
        Quantity.MASS: texts.text("unit.quantity.mass"),
        Quantity.AREA: texts.text("unit.quantity.area"),
        Quantity.LENGTH: texts.text("unit.quantity.length"),
        Quantity.ENERGY: texts.text("unit.quantity.energy"),
        Quantity.POWER: texts.text("unit.quantity.power"),
        Quantity.VOLUME: texts.text("unit.quantity.volume"),
        Quantity.TIME: texts.text("unit.quantity.time"),
        Quantity.STATUS: texts.text("unit.quantity.status"),
    }


def _described(unit: Unit) -> UnitWords:
    return UnitWords(unit.describe("en"), unit.describe("vi"))


def _symbol(unit: Unit) -> UnitWords:
    return UnitWords(unit.symbol_en, unit.symbol_vi)


def _basis(basis: str) -> str:
    """``current``, ``constant``, ``constant 2010`` in the message's language; any other basis
    as the unit wrote it."""
    if basis == "current":
        return texts.text("unit.basis.current")
    if basis == "constant":
        return texts.text("unit.basis.constant")
    kind, _, year = basis.partition(" ")
    if kind == "constant" and year.isdigit():
        return texts.text("unit.basis.constant-year", year=year)
    return basis


def _same_thing(a: str | None, b: str | None) -> bool:
    """Counts of the same thing; a count that names nothing (per 10,000 people) fits any."""
    return a is None or b is None or fold(a) == fold(b)


def _same_per(a: Unit | None, b: Unit | None) -> bool:
    if a is None or b is None:
        return a is b
    return (
        a.quantity is b.quantity
        and a.currency == b.currency
        and _same_thing(a.noun, b.noun)
        and _same_per(a.per, b.per)
    )
