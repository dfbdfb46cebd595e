"""The ids plans have used since the start (:data:`UNITS`), their aliases, and
:func:`parse_unit`, the one way in: a text that means a registered unit gives that unit. Also the
questions other stages ask of a unit's words (is it a known one, does it name a currency)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from plantrack.units.grammar import TOKEN_SPLIT, clean_text, read_unit, split_fused
from plantrack.units.quantity import Quantity
from plantrack.units.unit import (
    ANY_INDEX,
    INDEX,
    PER_MILLE,
    PERCENTAGE_POINTS,
    STATUS,
    Unit,
    UnitError,
    percentage,
)
from plantrack.units.vocabulary import MEASURE_WORDS, NOUN_WORDS, SCALE_SPELLINGS, SCALES, fold


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
    unit = read_unit(of)
    return replace(
        unit,
        id=uid,
        symbol_vi=vi,
        symbol_en=en,
        name_vi=name_vi,
        name_en=name_en,
        aliases=aliases,
    )


def _first_registry() -> tuple[Unit, ...]:
    return (
        replace(
            percentage("share"), aliases=("%", "phần trăm", "tỷ lệ %", "percent", "pct", "per cent")
        ),
        PERCENTAGE_POINTS,
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
        STATUS,
    )


#: Registered units by their labels.
_BY_ALIAS: dict[str, Unit] = {}
_FIRST: tuple[Unit, ...] = _first_registry()
#: The ids plans have used since the start.
UNITS: dict[str, Unit] = {unit.id: unit for unit in _FIRST}
PERCENT = UNITS["percent"]

_BY_STRUCTURE: dict[tuple[object, ...], Unit] = {}
for _unit in (*_FIRST, INDEX, ANY_INDEX, PER_MILLE):
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
    clean = " ".join(clean_text(text).split())
    known = _BY_ALIAS.get(fold(clean))
    if known is not None:
        return known
    unit = read_unit(clean, _BY_ALIAS)
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
    for raw in TOKEN_SPLIT.split(fold(clean_text(text)).replace("/", " ")):
        for token in split_fused(raw) if raw else ():
            word = MEASURE_WORDS.get(token)
            if word is not None and word.quantity is Quantity.MONEY:
                return True
    return False


def is_known(unit: Unit) -> bool:
    """A unit of a known measure or a known thing counted (not a count of any other noun)."""
    if unit.quantity is not Quantity.COUNT or unit.noun is None:
        return True
    return fold(unit.noun) in NOUN_WORDS


#: A Vietnamese syllable, folded: an onset, one to three vowels, a coda (a "k" too, as the
#: names of the Central Highlands write it: Đắk, Lắk). A word that is one is
#: a word of the language ("đường", "cục", "nghi"), never taken for a typo of a measure word one
#: letter away ("đồng", "chục", "nghìn"); "tấnn", "dongg", "tonnnes" are not syllables.
_SYLLABLE = re.compile(
    r"(?:ngh(?=[ie])|ng(?![ie])|gh(?=[ie])|nh|ch|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnptk])?"
)


def near_measure_word(unit: Unit) -> str | None:
    """For a count of an unknown noun: a measure or scale word it is close to (a likely typo),
    in the word's own spelling. A word of the language is no typo (:data:`_SYLLABLE`); a word
    written with accents is compared with the measures' accented spellings ("tấnn" is near
    "tấn"), one without them with every spelling ("tonnnes" is near "tonnes")."""
    if unit.quantity is not Quantity.COUNT or unit.noun is None:
        return None
    key = fold(unit.noun)
    if key in NOUN_WORDS or key in MEASURE_WORDS:
        return None
    spellings = _typo_targets()
    for token in unicodedata.normalize("NFC", unit.noun).lower().split():
        folded = fold(token)
        if len(token) < 3 or _SYLLABLE.fullmatch(folded):
            continue
        if folded != token:  # with accents: "tấnn" is near "tấn"
            accented = [w for w in spellings if w != fold(w)]
            close = difflib.get_close_matches(token, accented, n=1, cutoff=0.8)
            if close and close[0] != token:
                return close[0]
        # typed without accents, or with accents that missed ("dongg", "dồngg"): folded
        close = difflib.get_close_matches(folded, list(_folded_targets()), n=1, cutoff=0.8)
        if close and close[0] != folded:
            return close[0] if folded == token else _folded_targets()[close[0]]
    return None


@lru_cache(maxsize=1)
def _folded_targets() -> dict[str, str]:
    """The folded forms of the typo targets of four letters or more, each with its spelling,
    the accented one where there is one ("dong": "đồng")."""
    out: dict[str, str] = {}
    for spelling in _typo_targets():
        key = fold(spelling)
        if len(key) >= 4 and (key not in out or (out[key] == key and spelling != key)):
            out[key] = spelling
    return out


@lru_cache(maxsize=1)
def _typo_targets() -> list[str]:
    """The spellings a typo of a measure or scale word is compared with (lower case, NFC)."""
    written = [
        spelling
        for word in MEASURE_WORDS.values()
        if word.quantity is not Quantity.COUNT
        for spelling in (word.vi, word.en, *word.spellings)
    ]
    written += [spelling for key in SCALES for spelling in (key, *SCALE_SPELLINGS.get(key, ()))]
    return sorted({unicodedata.normalize("NFC", w).lower() for w in written})
