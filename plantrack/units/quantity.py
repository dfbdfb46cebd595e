"""What a unit measures, and the values a percentage may take by what it measures."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class Quantity(StrEnum):
    """What a unit measures. Two units convert only within one quantity (and currency, noun)."""

    SHARE = "share"  # a percentage (of a whole, of another amount, a change, a balance)
    SHARE_CHANGE = "share_change"  # a difference of two percentages, in percentage points
    INDEX = "index"  # previous year (or another base) = 100
    RATIO = "ratio"  # times (lần), or one money amount over another
    COUNT = "count"  # people, households, communes, cooperatives, criteria met...
    MONEY = "money"
    MASS = "mass"
    AREA = "area"
    LENGTH = "length"
    ENERGY = "energy"
    POWER = "power"
    VOLUME = "volume"
    TIME = "time"  # only after a slash: per month, per day
    STATUS = "status"  # qualitative: achieved / not yet / in progress


PercentKind = Literal["share", "ratio", "change", "balance"]
#: The values a percentage may take, by what it measures.
PERCENT_RANGES: dict[str, tuple[float | None, float | None]] = {
    "share": (0, 100),  # tỷ lệ, tỷ trọng: a part of a whole
    "ratio": (0, None),  # so với GRDP: one amount against another, may pass 100 %
    "change": (-100, None),  # a rate of change: prices can fall, never by more than all
    "balance": (None, None),  # a signed difference over a base: nhập siêu below 0 is xuất siêu
}
