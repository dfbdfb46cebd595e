"""The unit registry: which units a plan may use, and how values convert between them.

Units of the same *quantity* and the same *currency* convert by their scale (tỷ đồng -> nghìn tỷ
đồng). Anything else (VND against USD, a percentage against a count) raises
:class:`UnitMismatch`: converting a currency needs an exchange rate the user declares, and the
registry never guesses one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache


class Quantity(StrEnum):
    SHARE = "share"  # a percentage of a whole, 0..100
    SHARE_CHANGE = "share_change"  # a difference of two shares, in percentage points
    COUNT = "count"  # people, communes, cooperatives, criteria met...
    MONEY = "money"
    MONEY_PER_PERSON = "money_per_person"
    DENSITY = "density"  # per 10,000 people
    STATUS = "status"  # qualitative: achieved / not yet / in progress


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    symbol_vi: str
    symbol_en: str
    name_vi: str
    name_en: str
    quantity: Quantity
    scale: float = 1.0
    currency: str | None = None
    maximum: float | None = None  # e.g. 100 for a share
    minimum: float | None = None  # e.g. 0 for a count
    aliases: tuple[str, ...] = field(default=())

    @property
    def is_qualitative(self) -> bool:
        return self.quantity is Quantity.STATUS

    def symbol(self, lang: str = "vi") -> str:
        return self.symbol_vi if lang == "vi" else self.symbol_en

    def name(self, lang: str = "vi") -> str:
        return self.name_vi if lang == "vi" else self.name_en


class UnitMismatch(ValueError):
    """Two units that cannot be converted into each other without outside information."""


_UNITS: tuple[Unit, ...] = (
    Unit(
        "percent",
        "%",
        "%",
        "phần trăm",
        "percent",
        Quantity.SHARE,
        maximum=100,
        minimum=0,
        aliases=("%", "phần trăm", "tỷ lệ %", "percent", "pct"),
    ),
    Unit(
        "percentage_points",
        "điểm %",
        "pp",
        "điểm phần trăm",
        "percentage points",
        Quantity.SHARE_CHANGE,
        aliases=("điểm %", "điểm phần trăm", "pp", "percentage points"),
    ),
    Unit(
        "persons",
        "người",
        "persons",
        "người",
        "persons",
        Quantity.COUNT,
        minimum=0,
        aliases=("người", "lao động", "lượt người", "persons", "people", "workers"),
    ),
    Unit(
        "households",
        "hộ",
        "households",
        "hộ",
        "households",
        Quantity.COUNT,
        minimum=0,
        aliases=("hộ", "hộ gia đình", "households"),
    ),
    Unit(
        "communes",
        "xã",
        "communes",
        "xã",
        "communes",
        Quantity.COUNT,
        minimum=0,
        aliases=("xã", "xã, thị trấn", "communes"),
    ),
    Unit(
        "cooperatives",
        "HTX",
        "cooperatives",
        "hợp tác xã",
        "cooperatives",
        Quantity.COUNT,
        minimum=0,
        aliases=("htx", "hợp tác xã", "cooperatives"),
    ),
    Unit(
        "criteria",
        "tiêu chí",
        "criteria",
        "tiêu chí",
        "criteria",
        Quantity.COUNT,
        minimum=0,
        aliases=("tiêu chí", "criteria"),
    ),
    Unit(
        "per_10000_people",
        "/1 vạn dân",
        "per 10,000 people",
        "trên 1 vạn dân",
        "per 10,000 people",
        Quantity.DENSITY,
        minimum=0,
        aliases=(
            "/1 vạn dân",
            "/vạn dân",
            "bác sĩ/vạn dân",
            "giường/vạn dân",
            "per 10000 people",
            "per 10,000 people",
        ),
    ),
    Unit(
        "vnd",
        "đồng",
        "VND",
        "đồng",
        "Vietnamese dong",
        Quantity.MONEY,
        1.0,
        "VND",
        aliases=("đồng", "vnđ", "vnd"),
    ),
    Unit(
        "million_vnd",
        "triệu đồng",
        "million VND",
        "triệu đồng",
        "million VND",
        Quantity.MONEY,
        1e6,
        "VND",
        aliases=("triệu đồng", "tr.đ", "trđ", "tr đồng", "million vnd"),
    ),
    Unit(
        "billion_vnd",
        "tỷ đồng",
        "billion VND",
        "tỷ đồng",
        "billion VND",
        Quantity.MONEY,
        1e9,
        "VND",
        aliases=("tỷ đồng", "tỉ đồng", "tỷ", "billion vnd"),
    ),
    Unit(
        "trillion_vnd",
        "nghìn tỷ đồng",
        "trillion VND",
        "nghìn tỷ đồng",
        "trillion VND",
        Quantity.MONEY,
        1e12,
        "VND",
        aliases=("nghìn tỷ đồng", "ngàn tỷ đồng", "nghìn tỷ", "trillion vnd"),
    ),
    Unit(
        "usd",
        "USD",
        "USD",
        "đô la Mỹ",
        "US dollars",
        Quantity.MONEY,
        1.0,
        "USD",
        aliases=("usd", "đô la", "us$", "$"),
    ),
    Unit(
        "million_vnd_per_person",
        "triệu đồng/người",
        "million VND per person",
        "triệu đồng/người",
        "million VND per person",
        Quantity.MONEY_PER_PERSON,
        1e6,
        "VND",
        aliases=(
            "triệu đồng/người",
            "triệu đồng/người/năm",
            "tr.đ/người",
            "million vnd per person",
        ),
    ),
    Unit(
        "usd_per_person",
        "USD/người",
        "USD per person",
        "USD/người",
        "USD per person",
        Quantity.MONEY_PER_PERSON,
        1.0,
        "USD",
        aliases=("usd/người", "usd/người/năm", "usd per person", "usd per capita"),
    ),
    Unit(
        "status",
        "",
        "",
        "đạt / chưa đạt",
        "achieved / not yet",
        Quantity.STATUS,
        aliases=("đạt/không đạt", "status"),
    ),
)

UNITS: dict[str, Unit] = {unit.id: unit for unit in _UNITS}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent- and space-insensitive form of a label, for matching what people type.

    ``đ`` has no combining mark in Unicode, so it is folded by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


_BY_ALIAS: dict[str, Unit] = {}
for _unit in _UNITS:
    for _label in (
        _unit.id,
        _unit.symbol_vi,
        _unit.symbol_en,
        _unit.name_vi,
        _unit.name_en,
        *_unit.aliases,
    ):
        if _label:
            _BY_ALIAS.setdefault(fold(_label), _unit)


def get_unit(unit_id: str) -> Unit:
    """The registered unit with this id; KeyError if there is none."""
    return UNITS[unit_id]


def find_unit(label: str) -> Unit | None:
    """A unit by id, symbol, name or alias, in Vietnamese or English, ignoring case and accents."""
    return _BY_ALIAS.get(fold(label))


def convert(value: float, source: str | Unit, target: str | Unit) -> float:
    """Convert ``value`` from one unit to another of the same quantity and currency.

    >>> convert(25, "trillion_vnd", "billion_vnd")
    25000.0
    """
    src = source if isinstance(source, Unit) else UNITS[source]
    dst = target if isinstance(target, Unit) else UNITS[target]
    if src.id == dst.id:
        return value
    if src.quantity is not dst.quantity:
        raise UnitMismatch(
            f"cannot convert {src.name_en} ({src.quantity.value}) to "
            f"{dst.name_en} ({dst.quantity.value})"
        )
    if src.currency != dst.currency:
        raise UnitMismatch(
            f"cannot convert {src.currency} to {dst.currency} without an exchange rate"
        )
    return value * (src.scale / dst.scale)
