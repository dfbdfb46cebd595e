"""Converting a value between two units of one measure, exactly; refusing, with both units
named, anything else."""

from __future__ import annotations

from decimal import Decimal

from plantrack.units.registry import get_unit
from plantrack.units.unit import Unit, UnitMismatch
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
    if reason:
        raise UnitMismatch(
            f"cannot convert {src.symbol_vi or src.name_vi!r} to "
            f"{dst.symbol_vi or dst.name_vi!r}: {reason}"
        )
    return (src.scale * dst.per_scale, dst.scale * src.per_scale)


def _mismatch(src: Unit, dst: Unit) -> str:
    if src.quantity is not dst.quantity:
        return f"{src.quantity.value} is not {dst.quantity.value}"
    if src.currency != dst.currency:
        return f"{src.currency} to {dst.currency} needs an exchange rate"
    if not _same_thing(src.noun, dst.noun):
        return f"{src.describe()} is not {dst.describe()}"
    if src.basis is not None and dst.basis is not None and src.basis != dst.basis:
        return f"prices at {src.basis} are not prices at {dst.basis}"
    if not _same_per(src.per, dst.per):
        per_src = src.per.symbol_en if src.per else "nothing"
        per_dst = dst.per.symbol_en if dst.per else "nothing"
        return f"per {per_src} is not per {per_dst}"
    return ""


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
