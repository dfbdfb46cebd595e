"""The words units are written with, as data: measures and the things counted (with their
spellings in Vietnamese and English), scale words, the words after a slash. Matching folds case,
accents and spaces (:func:`fold`). Nothing here reads a whole unit: that is
:mod:`plantrack.units.grammar`."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from plantrack.units.quantity import Quantity

_D = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ƣ": "u", "Ƣ": "U"})


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent- and space-insensitive form of a label, for matching what people type.

    ``đ`` has no combining mark in Unicode, so it is folded by hand, and so are the letters
    some fonts and converters of Vietnamese text put in the place of Đ and Ư: the Icelandic
    eth (``Ð``, ``ð``: "triệu Ðồng" is "triệu đồng") and the letter OI (``Ƣ``, ``ƣ``: "ngƣời"
    is "người").
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True, slots=True)
class Word:
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


def _money(currency: str, vi: str, en: str, *spellings: str) -> Word:
    return Word(Quantity.MONEY, 1.0, vi, en, currency=currency, spellings=spellings)


def _count(vi: str, en: str, *spellings: str, noun: str | None = None) -> Word:
    return Word(Quantity.COUNT, 1.0, vi, en, noun=noun or vi, spellings=spellings)


_MEASURES: tuple[Word, ...] = (
    _money("VND", "đồng", "VND", "đ", "vnđ", "vnd", "dong", "dongs", "việt nam đồng"),
    _money("USD", "USD", "USD", "usd", "us$", "$", "đô la", "đô la mỹ", "dollar", "dollars"),
    Word(Quantity.MASS, 1e-3, "g", "g", spellings=("gam", "gram", "grams")),
    Word(Quantity.MASS, 1, "kg", "kg", spellings=("kilôgam", "kilogam", "kilogram", "kilograms")),
    Word(Quantity.MASS, 100, "tạ", "quintals", spellings=("quintal", "quintals")),
    Word(Quantity.MASS, 1000, "tấn", "tonnes", spellings=("tonne", "tonnes", "ton", "tons", "t")),
    Word(Quantity.MASS, 1e6, "nghìn tấn", "kt", spellings=("kt", "kilotonnes")),
    Word(Quantity.AREA, 1, "m²", "m²", spellings=("m2", "mét vuông", "square metres", "sq m")),
    Word(Quantity.AREA, 1e4, "ha", "ha", spellings=("hecta", "héc-ta", "hectare", "hectares")),
    Word(Quantity.AREA, 1e6, "km²", "km²", spellings=("km2", "ki-lô-mét vuông", "square km")),
    Word(Quantity.LENGTH, 1, "m", "m", spellings=("mét", "metre", "metres", "meter", "meters")),
    Word(Quantity.LENGTH, 1000, "km", "km", spellings=("ki-lô-mét", "kilômét", "kilometres")),
    Word(Quantity.ENERGY, 1e-3, "Wh", "Wh"),
    Word(Quantity.ENERGY, 1, "kWh", "kWh", spellings=("kw/h", "kw.h", "số điện")),
    Word(Quantity.ENERGY, 1e3, "MWh", "MWh"),
    Word(Quantity.ENERGY, 1e6, "GWh", "GWh"),
    Word(Quantity.ENERGY, 1e9, "TWh", "TWh"),
    Word(Quantity.POWER, 1, "kW", "kW"),
    Word(Quantity.POWER, 1e3, "MW", "MW"),
    Word(Quantity.POWER, 1e6, "GW", "GW"),
    Word(Quantity.VOLUME, 1, "m³", "m³", spellings=("m3", "mét khối", "cubic metres")),
    Word(Quantity.VOLUME, 1e-3, "lít", "litres", spellings=("lit", "litre", "liter", "liters")),
    Word(Quantity.VOLUME, 1e-6, "ml", "ml", spellings=("mililít", "millilitres")),
    Word(Quantity.RATIO, 1, "lần", "times", spellings=("times",)),
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
    _count("lượt lao động", "worker-times"),
    _count("cơ sở", "establishments", "establishment", "establishments"),
    _count("dự án", "projects", "project", "projects"),
    _count("câu lạc bộ", "clubs", "clb", "club", "clubs"),
    _count("học sinh", "pupils", "pupil", "pupils", "students"),
    _count("lượt khách", "visitors", "visitor", "visitors"),
    _count("sản phẩm", "products", "product", "products"),
    _count("căn nhà", "houses", "căn", "nhà", "house", "houses"),
)

#: Scale words. Consecutive scale words multiply (nghìn tỷ = 10^12).
SCALES: dict[str, float] = {
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
#: The Vietnamese spellings of the scales whose folded key is also another word: "trạm" (a
#: station) and "tràm" (a tree) fold to "tram" as "trăm" does, "vân" to "van" as "vạn".
SCALE_SPELLINGS: dict[str, tuple[str, ...]] = {
    "tram": ("trăm",),
    "van": ("vạn",),
    "ty": ("tỷ", "tỉ"),
    "ti": ("tỉ", "tỷ"),
    "nghin": ("nghìn",),
    "ngan": ("ngàn",),
    "trieu": ("triệu",),
    "chuc": ("chục",),
}


def is_scale(key: str, written: str) -> bool:
    """Whether a word is a scale: its folded ``key`` is one, and it is written without accents
    ("tram", as typed on a keyboard without them) or in the scale's own spelling ("trăm", never
    "trạm")."""
    if key not in SCALES:
        return False
    spellings = SCALE_SPELLINGS.get(key)
    if spellings is None:
        return True
    word = unicodedata.normalize("NFC", written).strip(" .").lower()
    return word == key or word in spellings


SCALE_NAMES: dict[float, tuple[str, str]] = {
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
FUSED = {"trd": ("tr", "d"), "tyd": ("ty", "d"), "ngd": ("ng", "d"), "ngty": ("ng", "ty")}

#: After a slash, a population in tens of thousands or thousands (per 10,000 people).
POPULATION_SCALES = {
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
PER_TIME: dict[str, tuple[str, str]] = {
    "thang": ("tháng", "month"),
    "month": ("tháng", "month"),
    "ngay": ("ngày", "day"),
    "day": ("ngày", "day"),
    "vu": ("vụ", "crop season"),
    "season": ("vụ", "crop season"),
}
#: "a year" after a slash: the figure is yearly, as every figure plantrack reads is.
YEARLY = frozenset(
    {"nam", "year", "yr", "a year", "per year", "annual", "annually", "hang nam", "moi nam"}
)

MEASURE_WORDS: dict[str, Word] = {}
NOUN_WORDS: dict[str, Word] = {}
for _word in _MEASURES:
    for _spelling in (_word.vi, _word.en, *_word.spellings):
        MEASURE_WORDS.setdefault(fold(_spelling), _word)
    if _word.noun is not None:
        NOUN_WORDS[fold(_word.noun)] = _word
