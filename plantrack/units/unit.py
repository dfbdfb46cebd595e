"""A unit as data (:class:`Unit`), its errors, and the units that are not an amount of a
measure word: percent, percentage points, per mille, an index, a status."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from plantrack.texts import Text
from plantrack.units.quantity import PERCENT_RANGES, PercentKind, Quantity
from plantrack.units.vocabulary import NOUN_WORDS, fold


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: a quantity with a scale (to the quantity's base), and an optional "per" unit.

    Bases: đồng or USD (``currency``), kg, m², m, kWh, kW, m³, one thing counted (``noun``),
    one month (time). ``per`` is itself a unit (người, hộ, ha, vạn dân: people x 10,000).
    """

    id: str
    symbol_vi: str
    symbol_en: str
    name_vi: str
    name_en: str
    quantity: Quantity
    scale: float = 1.0
    currency: str | None = None
    noun: str | None = None  # for a count: what is counted (its canonical Vietnamese word)
    per: Unit | None = None
    percent: PercentKind | None = None
    basis: str | None = None  # prices: "current" or "constant 2010" (giá hiện hành, giá so sánh)
    minimum: float | None = None
    maximum: float | None = None
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_qualitative(self) -> bool:
        return self.quantity is Quantity.STATUS

    @property
    def is_percent(self) -> bool:
        return self.quantity in (Quantity.SHARE, Quantity.SHARE_CHANGE)

    def symbol(self, lang: str = "vi") -> str:
        return self.symbol_vi if lang == "vi" else self.symbol_en

    def name(self, lang: str = "vi") -> str:
        return self.name_vi if lang == "vi" else self.name_en

    @property
    def per_scale(self) -> float:
        """The scale of what the unit is per (a per of a per multiplies: người/tháng)."""
        return self.per.scale * self.per.per_scale if self.per is not None else 1.0

    @property
    def dimension(self) -> tuple[object, ...]:
        """What must be equal for two units to convert by their scales alone."""
        per = self.per.dimension if self.per is not None else None
        return (self.quantity, self.currency, self.noun, per)

    def as_percent(self, kind: PercentKind) -> Unit:
        """This percentage unit declared to measure a ``kind`` (its range follows)."""
        low, high = PERCENT_RANGES[kind]
        # in the unit's own numbers: a share of at most 100 % is at most 1.000 ‰
        low = None if low is None else low / self.scale
        high = None if high is None else high / self.scale
        return replace(self, percent=kind, minimum=low, maximum=high)

    def describe(self, lang: str = "en") -> str:
        """The unit as a reader should understand it: ``count of doanh nghiệp``."""
        if self.quantity is Quantity.COUNT and self.noun is not None:
            thing = NOUN_WORDS.get(fold(self.noun))
            label = thing.name(lang) if thing else self.noun
            what = f"số {label}" if lang == "vi" else f"count of {label}"
            if self.per is not None:
                what += f"/{self.per.symbol_vi}" if lang == "vi" else f" per {self.per.symbol_en}"
            return what
        return self.name(lang)


class UnitMismatch(ValueError):
    """Two units that cannot be converted into each other without outside information. The
    message is a :class:`~plantrack.texts.Text` (English as ``str(error)``); its ``reason``
    parameter says why without the two units' names."""


class UnitError(ValueError):
    """A unit text that cannot be read; the message (a :class:`~plantrack.texts.Text`) says how
    units are written."""


class UnitWords(Text):
    """A unit's own words in both languages (``month``/``tháng``, ``count of communes``/``số
    xã``), as the vocabulary gives them: not a sentence, so not in the text catalogue. A message
    that names a unit takes one as a parameter, and it is written in the message's language."""

    def __new__(cls, en: str, vi: str) -> UnitWords:
        self = str.__new__(cls, en)
        self.key = "unit.words"
        self.params = {"en": en, "vi": vi}
        return self

    def render(self, lang: str) -> str:
        return str(self.params["vi"]) if lang == "vi" else str(self)

    def __reduce__(self) -> tuple[object, ...]:
        return (UnitWords, (str(self), self.params["vi"]))


def percentage(kind: PercentKind, symbol_vi: str = "%", symbol_en: str = "%") -> Unit:
    low, high = PERCENT_RANGES[kind]
    uid = "percent" if kind == "share" else f"percent_{kind}"
    name_vi = {"share": "phần trăm", "ratio": "phần trăm (so với)", "change": "phần trăm thay đổi"}
    name_en = {"share": "percent", "ratio": "percent (of)", "change": "percent change"}
    return Unit(
        uid,
        symbol_vi,
        symbol_en,
        name_vi.get(kind, "phần trăm (cân đối)"),
        name_en.get(kind, "percent (balance)"),
        Quantity.SHARE,
        percent=kind,
        minimum=low,
        maximum=high,
    )


PERCENTAGE_POINTS = Unit(
    "percentage_points",
    "điểm %",
    "pp",
    "điểm phần trăm",
    "percentage points",
    Quantity.SHARE_CHANGE,
    aliases=(
        "điểm %",
        "điểm%",
        "điểm phần trăm",
        "pp",
        "p.p.",
        "p.p",
        "percentage points",
        "percentage point",
        "% points",
        "% point",
        "điểm ph.trăm",
    ),
)
STATUS = Unit(
    "status",
    "",
    "",
    "đạt / chưa đạt",
    "achieved / not yet",
    Quantity.STATUS,
    aliases=("đạt/không đạt", "status"),
)
INDEX = Unit(
    "index",
    "năm trước = 100",
    "previous year = 100",
    "chỉ số (năm trước = 100)",
    "index (previous year = 100)",
    Quantity.INDEX,
    noun="nam truoc",
    minimum=0,
    aliases=("năm trước = 100", "previous year = 100", "%(năm trước = 100)"),
)
#: An index whose base the text does not give ("chỉ số"): it fits an index of any base.
ANY_INDEX = Unit(
    "chỉ số",
    "chỉ số",
    "index",
    "chỉ số",
    "index",
    Quantity.INDEX,
    minimum=0,
    aliases=("chỉ số", "index"),
)


PER_MILLE = Unit(
    "‰",
    "‰",
    "‰",
    "phần nghìn",
    "per mille",
    Quantity.SHARE,
    scale=0.1,
    percent="share",
    minimum=0,
    maximum=1000,
    aliases=("‰", "phần nghìn", "per mille", "per mil"),
)
