"""Units as plans and reports write them: a scale, a measure and an optional "per".

``tạ/ha``, ``triệu đồng/ha``, ``tỷ USD``, ``giường bệnh/vạn dân``, ``doanh nghiệp``, ``%``,
``điểm %``, ``Tr.đồng/người``, ``million VND per person``, ``tonnes``: :func:`parse_unit` reads
each into a :class:`Unit`, and :func:`convert` converts between two units of the same measure by
their scales (tạ <-> tấn, triệu đồng <-> tỷ đồng, m² <-> ha). Anything else raises
:class:`UnitMismatch`: VND against USD needs an exchange rate the user declares (the registry
never guesses one), a count of communes is not a count of schools, a percentage is not a count.

The grammar, also in docs/plan-format.md (section Units):

- ``[scale] measure [/ per] [/ năm]`` in Vietnamese, ``[scale] measure [per per]`` in English;
  scales are words (nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ; thousand, million, billion, trillion;
  the offices' abbreviations tr., ng., đ: ``Tr.đồng``, ``trđ``, ``Tỷ đ``, ``ng.tỷ``);
- a measure is money (đồng, USD), mass, area, length, energy, power, volume, or a count of
  something: people (người, lao động, dân: one measure), households (hộ) or any other noun
  (con, xã, trường, doanh nghiệp, giường bệnh...). An unknown noun is a count of that thing;
- percent (``%``; what it measures, ``share``/``ratio``/``change``/``balance``, decides the
  values it may take), percentage points (``điểm %``), an index (``năm trước = 100``), a ratio
  (``lần``), and ``status`` for milestones;
- a trailing ``/năm`` ("a year") only says the figure is yearly; it converts freely with the same
  unit without it. ``/tháng`` or ``/ngày`` is a different unit.

The ids of the first registry (``billion_vnd``, ``usd_per_person``...) keep working; any other
snake_case id is read word by word (``million_usd``, ``tonnes_per_ha``) and must be understood
in full, so that a typo in an id is an error, never a count of "milion".
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
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
            thing = _NOUNS_BY_KEY.get(fold(self.noun))
            label = thing.name(lang) if thing else self.noun
            what = f"số {label}" if lang == "vi" else f"count of {label}"
            if self.per is not None:
                what += f"/{self.per.symbol_vi}" if lang == "vi" else f" per {self.per.symbol_en}"
            return what
        return self.name(lang)


class UnitMismatch(ValueError):
    """Two units that cannot be converted into each other without outside information."""


class UnitError(ValueError):
    """A unit text that cannot be read; the message says how units are written."""


# --------------------------------------------------------------------------------------------
# Vocabulary


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent- and space-insensitive form of a label, for matching what people type.

    ``đ`` has no combining mark in Unicode, so it is folded by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True, slots=True)
class _Word:
    """A measure word: its quantity, scale to the quantity's base, and its names."""

    quantity: Quantity
    scale: float
    vi: str
    en: str
    currency: str | None = None
    noun: str | None = None
    spellings: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


def _money(currency: str, vi: str, en: str, *spellings: str) -> _Word:
    return _Word(Quantity.MONEY, 1.0, vi, en, currency=currency, spellings=spellings)


def _count(vi: str, en: str, *spellings: str, noun: str | None = None) -> _Word:
    return _Word(Quantity.COUNT, 1.0, vi, en, noun=noun or vi, spellings=spellings)


_MEASURES: tuple[_Word, ...] = (
    _money("VND", "đồng", "VND", "đ", "vnđ", "vnd", "dong", "dongs", "việt nam đồng"),
    _money("USD", "USD", "USD", "usd", "us$", "$", "đô la", "đô la mỹ", "dollar", "dollars"),
    _Word(Quantity.MASS, 1e-3, "g", "g", spellings=("gam", "gram", "grams")),
    _Word(Quantity.MASS, 1, "kg", "kg", spellings=("kilôgam", "kilogam", "kilogram", "kilograms")),
    _Word(Quantity.MASS, 100, "tạ", "quintals", spellings=("quintal", "quintals")),
    _Word(Quantity.MASS, 1000, "tấn", "tonnes", spellings=("tonne", "tonnes", "ton", "tons", "t")),
    _Word(Quantity.MASS, 1e6, "nghìn tấn", "kt", spellings=("kt", "kilotonnes")),
    _Word(Quantity.AREA, 1, "m²", "m²", spellings=("m2", "mét vuông", "square metres", "sq m")),
    _Word(Quantity.AREA, 1e4, "ha", "ha", spellings=("hecta", "héc-ta", "hectare", "hectares")),
    _Word(Quantity.AREA, 1e6, "km²", "km²", spellings=("km2", "ki-lô-mét vuông", "square km")),
    _Word(Quantity.LENGTH, 1, "m", "m", spellings=("mét", "metre", "metres", "meter", "meters")),
    _Word(Quantity.LENGTH, 1000, "km", "km", spellings=("ki-lô-mét", "kilômét", "kilometres")),
    _Word(Quantity.ENERGY, 1e-3, "Wh", "Wh"),
    _Word(Quantity.ENERGY, 1, "kWh", "kWh", spellings=("kw/h", "kw.h", "số điện")),
    _Word(Quantity.ENERGY, 1e3, "MWh", "MWh"),
    _Word(Quantity.ENERGY, 1e6, "GWh", "GWh"),
    _Word(Quantity.ENERGY, 1e9, "TWh", "TWh"),
    _Word(Quantity.POWER, 1, "kW", "kW"),
    _Word(Quantity.POWER, 1e3, "MW", "MW"),
    _Word(Quantity.POWER, 1e6, "GW", "GW"),
    _Word(Quantity.VOLUME, 1, "m³", "m³", spellings=("m3", "mét khối", "cubic metres")),
    _Word(Quantity.VOLUME, 1e-3, "lít", "litres", spellings=("lit", "litre", "liter", "liters")),
    _Word(Quantity.VOLUME, 1e-6, "ml", "ml", spellings=("mililít", "millilitres")),
    _Word(Quantity.RATIO, 1, "lần", "times", spellings=("times",)),
    # Counts. People are one measure whatever the word (người, lao động, dân...).
    _count(
        "người",
        "persons",
        "persons",
        "person",
        "people",
        "nhân khẩu",
        "dân",
        "người dân",
        "lao động",
        "workers",
        "inhabitants",
        "capita",
        noun="người",
    ),
    _count("hộ", "households", "hộ gia đình", "household", "households"),
    _count("xã", "communes", "xã, thị trấn", "xã, phường, thị trấn", "commune", "communes"),
    _count("hợp tác xã", "cooperatives", "htx", "cooperative", "cooperatives"),
    _count("tiêu chí", "criteria", "criterion", "criteria"),
    _count("doanh nghiệp", "enterprises", "dn", "enterprise", "enterprises", "businesses"),
    _count("trường", "schools", "trường học", "school", "schools"),
    _count("thôn", "villages", "village", "villages"),
    _count("ấp", "hamlets", "hamlet", "hamlets"),
    _count("con", "head", "head of livestock"),
    _count("giường bệnh", "hospital beds", "giường", "hospital bed", "beds"),
    _count("bác sĩ", "doctors", "bác sỹ", "doctor", "doctors"),
    _count("lượt người", "person-visits"),
    _count("cơ sở", "establishments", "establishment", "establishments"),
    _count("dự án", "projects", "project", "projects"),
    _count("học sinh", "pupils", "pupil", "pupils", "students"),
    _count("lượt khách", "visitors", "visitor", "visitors"),
    _count("sản phẩm", "products", "product", "products"),
    _count("căn nhà", "houses", "căn", "nhà", "house", "houses"),
)

#: Scale words. Consecutive scale words multiply (nghìn tỷ = 10^12).
_SCALES: dict[str, float] = {
    "nghin": 1e3,
    "ngan": 1e3,
    "ng": 1e3,
    "thousand": 1e3,
    "trieu": 1e6,
    "tr": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "ty": 1e9,
    "ti": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "chuc": 10,
    "thous": 1e3,
    "mil": 1e6,
    "mill": 1e6,
    "bill": 1e9,
    "bil": 1e9,
    "trill": 1e12,
    "trillion": 1e12,
    "tram": 100,
    "van": 1e4,
    "k": 1e3,
}
_SCALE_WORDS: dict[float, tuple[str, str]] = {
    100: ("trăm", "hundred"),
    1e3: ("nghìn", "thousand"),
    1e4: ("vạn", "ten thousand"),
    1e6: ("triệu", "million"),
    1e8: ("trăm triệu", "hundred million"),
    1e9: ("tỷ", "billion"),
    1e10: ("chục tỷ", "ten billion"),
    1e12: ("nghìn tỷ", "trillion"),
    1e15: ("triệu tỷ", "quadrillion"),
}
#: Words written together as offices abbreviate them: trđ = tr. đ = triệu đồng.
_FUSED = {"trd": ("tr", "d"), "tyd": ("ty", "d"), "ngd": ("ng", "d"), "ngty": ("ng", "ty")}

#: After a slash, a population in tens of thousands or thousands (per 10,000 people).
_POPULATION_SCALES = {
    "van dan": 1e4,
    "1 van dan": 1e4,
    "10.000 dan": 1e4,
    "10000 dan": 1e4,
    "10,000 dan": 1e4,
    "10.000 nguoi": 1e4,
    "10,000 people": 1e4,
    "10000 people": 1e4,
    "10,000 population": 1e4,
    "10,000 inhabitants": 1e4,
    "nghin dan": 1e3,
    "ngan dan": 1e3,
    "1.000 dan": 1e3,
    "1000 dan": 1e3,
    "1,000 people": 1e3,
    "1000 people": 1e3,
}
#: After a slash, a span of time other than the year. Each is its own thing: a month is not 30
#: days, and a crop season (vụ) is no fixed time, so none of them converts into another.
_PER_TIME: dict[str, tuple[str, str]] = {
    "thang": ("tháng", "month"),
    "month": ("tháng", "month"),
    "ngay": ("ngày", "day"),
    "day": ("ngày", "day"),
    "vu": ("vụ", "crop season"),
    "season": ("vụ", "crop season"),
}
#: "a year" after a slash: the figure is yearly, as every figure plantrack reads is.
_YEARLY = frozenset(
    {"nam", "year", "yr", "a year", "per year", "annual", "annually", "hang nam", "moi nam"}
)

_MEASURE_BY_KEY: dict[str, _Word] = {}
#: Registered units by their labels (filled once the registry below is built).
_BY_ALIAS: dict[str, Unit] = {}
_NOUNS_BY_KEY: dict[str, _Word] = {}
for _word in _MEASURES:
    for _spelling in (_word.vi, _word.en, *_word.spellings):
        _MEASURE_BY_KEY.setdefault(fold(_spelling), _word)
    if _word.noun is not None:
        _NOUNS_BY_KEY[fold(_word.noun)] = _word


# --------------------------------------------------------------------------------------------
# The first registry: ids plans have used since the start, with their exact symbols.


def _registered(
    uid: str,
    vi: str,
    en: str,
    name_vi: str,
    name_en: str,
    of: str,
    *aliases: str,
) -> Unit:
    """A registered id; ``of`` is the unit text it stands for (read with the grammar)."""
    unit = _read(of)
    return replace(
        unit,
        id=uid,
        symbol_vi=vi,
        symbol_en=en,
        name_vi=name_vi,
        name_en=name_en,
        aliases=aliases,
    )


def _percent(kind: PercentKind, symbol_vi: str = "%", symbol_en: str = "%") -> Unit:
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


_PERCENTAGE_POINTS = Unit(
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
_STATUS = Unit(
    "status",
    "",
    "",
    "đạt / chưa đạt",
    "achieved / not yet",
    Quantity.STATUS,
    aliases=("đạt/không đạt", "status"),
)
_INDEX = Unit(
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
_ANY_INDEX = Unit(
    "chỉ số",
    "chỉ số",
    "index",
    "chỉ số",
    "index",
    Quantity.INDEX,
    minimum=0,
    aliases=("chỉ số", "index"),
)


def _first_registry() -> tuple[Unit, ...]:
    return (
        replace(
            _percent("share"), aliases=("%", "phần trăm", "tỷ lệ %", "percent", "pct", "per cent")
        ),
        _PERCENTAGE_POINTS,
        _registered("persons", "người", "persons", "người", "persons", "người"),
        _registered("households", "hộ", "households", "hộ", "households", "hộ"),
        _registered("communes", "xã", "communes", "xã", "communes", "xã"),
        _registered("cooperatives", "HTX", "cooperatives", "hợp tác xã", "cooperatives", "htx"),
        _registered("criteria", "tiêu chí", "criteria", "tiêu chí", "criteria", "tiêu chí"),
        _registered(
            "per_10000_people",
            "/1 vạn dân",
            "per 10,000 people",
            "trên 1 vạn dân",
            "per 10,000 people",
            "/vạn dân",
            "/1 vạn dân",
            "/vạn dân",
            "per 10000 people",
            "per 10,000 people",
        ),
        _registered("vnd", "đồng", "VND", "đồng", "Vietnamese dong", "đồng", "vnđ", "vnd"),
        _registered(
            "million_vnd", "triệu đồng", "million VND", "triệu đồng", "million VND", "triệu đồng"
        ),
        _registered(
            "billion_vnd",
            "tỷ đồng",
            "billion VND",
            "tỷ đồng",
            "billion VND",
            "tỷ đồng",
            "tỷ",
            "tỉ",
        ),
        _registered(
            "trillion_vnd",
            "nghìn tỷ đồng",
            "trillion VND",
            "nghìn tỷ đồng",
            "trillion VND",
            "nghìn tỷ đồng",
            "nghìn tỷ",
            "ngàn tỷ",
        ),
        _registered("usd", "USD", "USD", "đô la Mỹ", "US dollars", "USD"),
        _registered(
            "million_vnd_per_person",
            "triệu đồng/người",
            "million VND per person",
            "triệu đồng/người",
            "million VND per person",
            "triệu đồng/người",
        ),
        _registered(
            "usd_per_person",
            "USD/người",
            "USD per person",
            "USD/người",
            "USD per person",
            "USD/người",
            "usd per capita",
        ),
        _STATUS,
    )


# --------------------------------------------------------------------------------------------
# Reading a unit


_SLASH = re.compile(r"\s*/\s*")
_PER_WORD = re.compile(r"\s+(?:per|mỗi)\s+", re.IGNORECASE)
#: A caption's lead-in (ĐVT: tỷ đồng), and an English gloss after a dash (Triệu đồng - Mill. dongs).
_LEAD_IN = re.compile(r"^(?:đvt|đ\.vị|đơn vị tính|đơn vị|đv tính|unit|units)\s*[:：/-]?\s*", re.I)
_GLOSS = re.compile(r"\s+-\s+.*$")
_TOKEN_SPLIT = re.compile(r"[\s.]+")
_INDEX_BASE = re.compile(r"=\s*100\b")
_ID_TEXT = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")


def _scale_words(scale: float, lang: str) -> str:
    if scale == 1:
        return ""
    words = _SCALE_WORDS.get(scale)
    if words is not None:
        return words[0] if lang == "vi" else words[1]
    number = f"{scale:,.0f}" if scale >= 1 else f"{scale:g}"
    return number.replace(",", ".") if lang == "vi" else number


def _join(scale: str, word: str) -> str:
    return f"{scale} {word}".strip()


_LEADING_NUMBER = re.compile(r"^(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)\s*")
_PIECES = re.compile(r"([\s.]+)")


def _digit_scale(text: str) -> tuple[float, str]:
    """A scale written in digits, as statistical tables do: ``1000 tấn``, ``1.000.000đ``,
    ``10 nghìn dân``. Only a power of ten is a scale; any other number is refused."""
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return 1.0, text
    digits = re.sub(r"\D", "", match.group(1))
    if not re.fullmatch(r"10*", digits) or not text[match.end() :].strip():
        raise UnitError(
            f"{text!r}: a number in a unit can only be a scale such as 1000 or 1.000.000 "
            "(better written as a word: nghìn, triệu)"
        )
    return float(digits), text[match.end() :]


def _split_fused(key: str) -> tuple[str, ...]:
    """``trđ`` -> tr, đ; ``tỷđồng`` -> tỷ, đồng; ``kusd`` -> k, usd: a scale written together
    with its measure."""
    if key in _FUSED:
        return _FUSED[key]
    if key in _MEASURE_BY_KEY or key in _SCALES:
        return (key,)
    for scale in sorted(_SCALES, key=len, reverse=True):
        rest = key[len(scale) :]
        # only a scale before an amount (tỷđồng, kUSD), never a word cut in two (khô: k + hộ)
        if key.startswith(scale) and _is_amount(rest) and (len(scale) > 1 or _is_money(rest)):
            return (scale, rest)
    return (key,)


def _is_money(key: str) -> bool:
    word = _MEASURE_BY_KEY.get(key)
    return word is not None and word.quantity is Quantity.MONEY


#: Land measures whose size depends on the region: never guessed.
_REGIONAL = {"sao": "sào", "mau": "mẫu"}
#: Abbreviations that read two ways: MT is a metric tonne or a megatonne.
_TWO_WAYS = {"mt": "'MT' can be metric tonnes or megatonnes (Mt): write tấn or triệu tấn"}


def _is_amount(key: str) -> bool:
    """A word of a measured amount (money, mass, area...), not of a thing counted."""
    word = _MEASURE_BY_KEY.get(key)
    return word is not None and word.quantity is not Quantity.COUNT


_PRODUCT = re.compile(r"(?P<head>.+?)\s*[.·×]\s*km", re.IGNORECASE)


def _product(text: str, head: str, *, strict: bool) -> Unit:
    """Transport turnover: ``tấn.km``, ``nghìn người.km``, ``Hk.Km`` (an amount times the km it
    travels). Each is its own thing; a scale converts (nghìn tấn.km = 1.000 tấn.km)."""
    inner = _measure(head, strict=strict)
    base = "kg" if inner.quantity is Quantity.MASS else (inner.noun or inner.symbol_vi)
    vi = f"{inner.symbol_vi}.km"
    label = " ".join(_clean(text).split())
    return Unit(label, vi, vi, vi, vi, Quantity.COUNT, inner.scale, noun=f"{base}.km", minimum=0)


def _measure(text: str, *, strict: bool) -> Unit:
    """``[scale] measure [qualifier]`` without a slash: ``Tr.đồng``, ``nghìn tấn``,
    ``USD million``, ``km đường``, ``m² sàn``."""
    product = _PRODUCT.fullmatch(" ".join(_clean(text).split()))
    if product is not None:
        return _product(text, product.group("head"), strict=strict)
    scale, body = _digit_scale(" ".join(_clean(text).split()))
    # pieces as written, with their separators, so that a noun keeps its own spelling
    pieces = [p for p in _PIECES.split(body) if p]
    words = [(fold(p), p) for p in pieces if not _PIECES.fullmatch(p)]
    tokens: list[str] = []
    for key, _ in words:
        tokens.extend(_split_fused(key))
    while len(tokens) > 1 and tokens[0] in _SCALES:
        scale *= _SCALES[tokens.pop(0)]
    while len(tokens) > 1 and tokens[-1] in _SCALES:
        scale *= _SCALES[tokens.pop()]
    if tokens in (["ty"], ["ti"]):  # tỷ, ng.tỷ, nghìn tỷ: the offices' shorthand for đồng
        scale *= 1e9
        tokens = ["d"]
    rest = " ".join(tokens)
    if not rest or (rest in _SCALES and rest not in _MEASURE_BY_KEY):
        raise UnitError(
            f"{text!r} is a scale without a measure: say what is counted or measured, "
            "e.g. 'triệu đồng', 'nghìn tấn', 'nghìn người'"
        )
    for token in tokens:
        if token in _TWO_WAYS:
            raise UnitError(_TWO_WAYS[token])
        if token in _REGIONAL:
            raise UnitError(
                f"a {_REGIONAL[token]} is not the same size in every region (360 m² or "
                "1.000 m²): write the area in m² or ha"
            )
    vi_scale, en_scale = _scale_words(scale, "vi"), _scale_words(scale, "en")
    label = " ".join(_clean(text).split())
    word = _MEASURE_BY_KEY.get(rest) or _MEASURE_BY_KEY.get(rest.replace(" ", ""))
    qualifier = ""
    if word is None and _is_amount(tokens[0]) and not any(_is_amount(t) for t in tokens[1:]):
        # km đường, m² sàn, tấn lúa: an amount, and what it is an amount of
        word, qualifier = _MEASURE_BY_KEY[tokens[0]], " ".join(label.split()[-(len(tokens) - 1) :])
    if word is not None:
        vi, en = _join(vi_scale, word.vi), _join(en_scale, word.en)
        if qualifier:
            vi, en = f"{vi} {qualifier}", f"{en} {qualifier}"
        minimum = None if word.quantity is Quantity.MONEY else 0
        return Unit(
            label,
            vi,
            en,
            vi,
            en,
            word.quantity,
            scale * word.scale,
            word.currency,
            word.noun,
            minimum=minimum,
        )
    if any(ch in "0123456789" for ch in rest):
        raise UnitError(
            f"{text!r}: a number in a unit can only be a scale such as 1000 or 1.000.000 "
            "(better written as a word: nghìn, triệu)"
        )
    amounts = [t for t in tokens if _is_amount(t)]
    if strict or amounts:
        vocabulary = [*_MEASURE_BY_KEY, *_SCALES]
        hints = []
        for token in tokens:
            if token in _MEASURE_BY_KEY or token in _SCALES:
                continue
            close = difflib.get_close_matches(token, vocabulary, n=1, cutoff=0.75)
            hints.append(f"{token!r} (did you mean {close[0]!r}?)" if close else repr(token))
        if strict:
            raise UnitError(f"unknown word {', '.join(hints)} in a unit id")
        if len(amounts) > 1:  # M USD: "M" is metres to plantrack, not a scale
            named = " and ".join(repr(a) for a in amounts)
            raise UnitError(
                f"{text!r} names two measures ({named}); write one, with its scale as a word: "
                "nghìn, triệu, tỷ (thousand, million, billion)"
            )
        # Bil dongs, trăm nghìn USD: an amount with a word that is not a scale plantrack knows
        raise UnitError(
            f"{text!r}: {', '.join(hints) or 'what comes'} before {amounts[0]!r} is not a scale "
            "plantrack knows; write the scale as nghìn, triệu, tỷ (thousand, million, billion)"
        )
    # Any other noun is a count of that thing, named as written without its scale words.
    while len(pieces) > 1 and fold(pieces[0]) in _SCALES:
        pieces = pieces[2:] if len(pieces) > 2 else pieces[1:]
    while len(pieces) > 1 and fold(pieces[-1]) in _SCALES:
        pieces = pieces[:-2] if len(pieces) > 2 else pieces[:-1]
    noun = "".join(pieces).strip(" .")
    vi, en = _join(vi_scale, noun), _join(en_scale, noun)
    return Unit(label, vi, en, vi, en, Quantity.COUNT, scale, noun=noun, minimum=0)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _clean(text: str) -> str:
    """NFKC (％ is %, ｋｇ is kg, m² is m2), without invisible characters, stripped."""
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).replace("^", "")
    return text.strip()


def _per(text: str, *, strict: bool) -> Unit:
    """The unit after a slash or "per": người, hộ, ha, vạn dân, nghìn dân, tháng, tỷ đồng..."""
    key = fold(text)
    population = _POPULATION_SCALES.get(key.removeprefix("per ").strip())
    if population is not None:
        vi = "vạn dân" if population == 1e4 else "nghìn dân"
        en = f"{population:,.0f} people"
        return Unit(vi, vi, en, vi, en, Quantity.COUNT, population, noun="người")
    if key in _PER_TIME:
        vi, en = _PER_TIME[key]
        return Unit(vi, vi, en, vi, en, Quantity.TIME, noun=vi)
    if key == "ng":  # USD/ng, trđ/ng: after a slash, the offices' "ng" is người
        key, text = "nguoi", "người"
    unit = _measure(text, strict=strict)
    if unit.quantity is Quantity.COUNT and unit.noun == "người" and unit.scale != 1:
        vi = "vạn dân" if unit.scale == 1e4 else f"{_scale_words(unit.scale, 'vi')} dân"
        en = f"{unit.scale:,.0f} people"
        return replace(unit, symbol_vi=vi, symbol_en=en, name_vi=vi, name_en=en)
    en = _singular(unit.symbol_en)
    return replace(unit, symbol_en=en, name_en=en)


def _singular(english: str) -> str:
    """``persons`` -> ``person`` after "per": per person, per household, per tonne."""
    head, _, last = english.rpartition(" ")
    if last.endswith("s") and last.islower() and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


_PER_MILLE = Unit(
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


def _percent_unit(text: str) -> Unit:
    """``%``, ``%/năm``, ``% GRDP``, ``% so với GRDP``, ``%(năm trước = 100)``."""
    rest = _clean(text)[1:].strip()
    key = fold(rest).lstrip("/ ").strip()
    if not key:
        return _percent("share")
    if _INDEX_BASE.search(rest):
        return _INDEX
    if key in _YEARLY or key in ("so cung ky", "so voi cung ky", "yoy", "y/y", "change"):
        return _percent("change", f"%{'/năm' if key in _YEARLY else ' so cùng kỳ'}", "%/yr")
    if key in ("points", "diem"):
        return _PERCENTAGE_POINTS
    if key in _PER_TIME:
        raise UnitError(
            f"{text!r}: a percentage per {_PER_TIME[key][1]} is not a unit plantrack reads; "
            "give the yearly rate in % (or %/năm)"
        )
    of = re.sub(r"^(so với|so|of|trên|/)\s*", "", rest, flags=re.IGNORECASE).strip()
    return _percent("ratio", f"% {of}", f"% of {of}")


_BASE = re.compile(r"([^()=:-]*?)\s*=\s*100")
_YEAR_BEFORE = frozenset({"nam truoc", "previous year", "same period last year", "cung ky"})


def _index(written: str, clean: str) -> Unit:
    """An index: ``năm trước = 100``, ``tháng trước = 100``, ``2010 = 100``; indexes of two
    different bases do not convert."""
    match = _BASE.search(clean)
    base = " ".join((match.group(1) if match else "").split())
    key = fold(base).removeprefix("chi so phat trien").removeprefix("index").strip(" (")
    if key in _YEAR_BEFORE:
        return replace(_INDEX, id=written)
    vi = f"{base} = 100"
    return replace(_INDEX, id=written, symbol_vi=vi, symbol_en=vi, name_vi=vi, name_en=vi, noun=key)


_PRICE_BASIS = re.compile(
    r"^(?P<unit>.*?)\s*\((?P<basis>[^()]*(?:giá|gia|price)[^()]*)\)$", re.IGNORECASE
)
_RATE_WORDS = re.compile(r"t[yi] (?:le|trong)\s*\(?\s*%?\s*\)?")


def _price_basis(text: str) -> str:
    """``giá hiện hành`` -> current; ``giá so sánh 2010``, ``giá SS 2010`` -> constant 2010."""
    key = fold(text)
    year = re.search(r"\b(1[89]\d\d|2[01]\d\d)\b", key)
    if "hien hanh" in key or "current" in key:
        return "current"
    if "so sanh" in key or re.search(r"\bss\b", key) or "constant" in key:
        return f"constant {year.group(1)}" if year else "constant"
    return key


def _read(text: str) -> Unit:
    """Read ``text`` with the grammar (no registry look-up)."""
    written = " ".join(_clean(text).split())
    before = None
    while before != written:  # ĐVT: tỷ đồng; (tạ/ha); Triệu đồng - Mill. dongs; (ĐVT: %)
        before = written
        written = _GLOSS.sub("", _LEAD_IN.sub("", written)).strip()
        if written.startswith("(") and written.endswith(")"):
            written = written[1:-1].strip()
    written = written.rstrip(".;:,").strip() if not written.endswith("..") else written
    if not written:
        raise UnitError("the unit is empty")
    strict = bool(_ID_TEXT.fullmatch(written))
    clean = written.replace("_", " ") if strict else written
    basis = _PRICE_BASIS.match(clean)
    if basis is not None and basis.group("unit").strip():
        unit = _read(basis.group("unit"))
        inner = basis.group("basis").strip()
        vi, en = f"{unit.symbol_vi} ({inner})", f"{unit.symbol_en} ({inner})"
        return replace(
            unit,
            id=written,
            symbol_vi=vi,
            symbol_en=en,
            name_vi=vi,
            name_en=en,
            basis=_price_basis(inner),
        )
    rate = _RATE_WORDS.fullmatch(fold(clean))
    if rate is not None:  # tỷ lệ %, Tỷ lệ (%): "tỷ" here is not a billion
        if "%" not in clean:
            raise UnitError(
                f"{text!r} names a rate but not how it is written: write % (or fraction, for "
                "a number from 0 to 1)"
            )
        return UNITS["percent"]
    if clean.startswith("%"):
        return _percent_unit(clean)
    if clean.startswith("‰") or fold(clean) in ("phan nghin", "per mille"):
        return _PER_MILLE
    if _INDEX_BASE.search(clean):
        return _index(written, clean)
    words = fold(clean)
    if words.startswith(("percent ", "phan tram ")):  # percent annually, phần trăm/năm
        return _percent_unit("%" + clean.split(" ", 1)[1])
    if clean.casefold().startswith("per "):
        parts = ["", clean[4:]]
    elif _PER_WORD.search(clean):
        parts = _PER_WORD.split(clean)
    else:
        parts = _SLASH.split(clean)
    while len(parts) > 1 and fold(parts[-1]) in _YEARLY:
        parts.pop()
    if len(parts) == 1 and fold(parts[0]) in _BY_ALIAS:  # điểm %/năm, pp/năm: points
        return _BY_ALIAS[fold(parts[0])]
    if any(not part for part in parts[1:]):
        raise UnitError(f"{text!r}: nothing follows the '/' (write e.g. triệu đồng/người)")
    if parts[0]:
        numerator = _measure(parts[0], strict=strict)
    else:  # "/vạn dân", "per 10,000 people": a count of whatever the indicator names
        numerator = Unit("", "", "", "", "", Quantity.COUNT, minimum=0)
    if len(parts) == 1:
        return replace(numerator, id=written)
    per = _per(parts[1], strict=strict)
    if len(parts) == 3:  # triệu đồng/người/tháng: a per with its own time
        time = _per(parts[2], strict=strict)
        if time.quantity is not Quantity.TIME:
            raise UnitError(
                f"{text!r} has more than one 'per': write it as measure/per, "
                "e.g. triệu đồng/người (or triệu đồng/người/tháng)"
            )
        vi, en = f"{per.symbol_vi}/{time.symbol_vi}", f"{per.symbol_en} per {time.symbol_en}"
        per = replace(per, symbol_vi=vi, symbol_en=en, name_vi=vi, name_en=en, per=time)
    elif len(parts) > 3:
        raise UnitError(
            f"{text!r} has more than one 'per': write it as measure/per, e.g. triệu đồng/người"
        )
    if per.quantity is Quantity.MONEY and numerator.quantity is Quantity.MONEY:
        if per.currency != numerator.currency:
            raise UnitError(f"{text!r}: a ratio of two currencies needs an exchange rate")
        vi = f"{numerator.symbol_vi}/{per.symbol_vi}"
        en = f"{numerator.symbol_en} per {per.symbol_en}"
        return Unit(written, vi, en, vi, en, Quantity.RATIO, numerator.scale / per.scale, minimum=0)
    vi = f"{numerator.symbol_vi}/{per.symbol_vi}"
    en = f"{numerator.symbol_en} per {per.symbol_en}".strip()
    return replace(
        numerator, id=written, symbol_vi=vi, symbol_en=en, name_vi=vi, name_en=en, per=per
    )


_FIRST: tuple[Unit, ...] = _first_registry()
#: The ids plans have used since the start.
UNITS: dict[str, Unit] = {unit.id: unit for unit in _FIRST}
PERCENT = UNITS["percent"]

_BY_STRUCTURE: dict[tuple[object, ...], Unit] = {}
for _unit in (*_FIRST, _INDEX, _ANY_INDEX, _PER_MILLE):
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
    if _unit.id in UNITS:
        _BY_STRUCTURE.setdefault((*_unit.dimension, _unit.scale, _unit.per_scale), _unit)


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> Unit:
    """The unit ``text`` names, as a plan or a report writes it; UnitError when it can't be read.

    A text that means the same as a registered id (``Tr.đồng/người``) gives that unit, so the
    same unit written two ways is one unit.

    >>> parse_unit("nghìn tấn").scale
    1000000.0
    """
    clean = " ".join(_clean(text).split())
    known = _BY_ALIAS.get(fold(clean))
    if known is not None:
        return known
    unit = _read(clean)
    if unit.percent in (None, "share") and unit.basis is None:
        same = _BY_STRUCTURE.get((*unit.dimension, unit.scale, unit.per_scale))
        if same is not None and same.quantity is not Quantity.STATUS:
            return same
    return unit


def find_unit(label: str) -> Unit | None:
    """The unit ``label`` names, or None when it cannot be read."""
    try:
        return parse_unit(label)
    except UnitError:
        return None


def get_unit(unit_id: str) -> Unit:
    """The unit with this id or text; KeyError if it cannot be read."""
    unit = find_unit(unit_id)
    if unit is None:
        raise KeyError(unit_id)
    return unit


def names_currency(text: str) -> bool:
    """Whether a unit text names its currency (``tỷ đồng``, ``Tr.đ``, ``USD``), not only a scale
    (``tỷ``, ``nghìn tỷ``, which offices write for đồng)."""
    for raw in _TOKEN_SPLIT.split(fold(_clean(text)).replace("/", " ")):
        for token in _split_fused(raw) if raw else ():
            word = _MEASURE_BY_KEY.get(token)
            if word is not None and word.quantity is Quantity.MONEY:
                return True
    return False


def is_known(unit: Unit) -> bool:
    """A unit of a known measure or a known thing counted (not a count of any other noun)."""
    if unit.quantity is not Quantity.COUNT or unit.noun is None:
        return True
    return fold(unit.noun) in _NOUNS_BY_KEY


def near_measure_word(unit: Unit) -> str | None:
    """For a count of an unknown noun: a measure or scale word it is close to (a likely typo)."""
    if unit.quantity is not Quantity.COUNT or unit.noun is None:
        return None
    key = fold(unit.noun)
    if key in _NOUNS_BY_KEY or key in _MEASURE_BY_KEY:
        return None
    candidates = [
        w
        for w in [
            *(w for w, word in _MEASURE_BY_KEY.items() if word.quantity is not Quantity.COUNT),
            *_SCALES,
        ]
        if len(w) >= 4  # Vietnamese syllables fold close to short words (làng ~ lần)
    ]
    for token in key.split():
        if len(token) < 4:  # short words (nhà, hoa) are near too many: only longer ones count
            continue
        close = difflib.get_close_matches(token, candidates, n=1, cutoff=0.8)
        if close and close[0] != token:
            return close[0]
    return None


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
