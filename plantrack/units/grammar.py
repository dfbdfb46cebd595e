"""Reading a unit's text with the grammar ``[scale] measure [/ per] [/ năm]`` (see the package's
docstring): :func:`read_unit`. Registered ids and their aliases are the registry's
(:mod:`plantrack.units.registry`), which hands them in."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from plantrack import texts
from plantrack.units.quantity import Quantity
from plantrack.units.unit import (
    INDEX,
    PER_MILLE,
    PERCENTAGE_POINTS,
    Unit,
    UnitError,
    UnitWords,
    percentage,
)
from plantrack.units.vocabulary import (
    FUSED,
    MEASURE_WORDS,
    PER_TIME,
    POPULATION_SCALES,
    SCALE_NAMES,
    SCALES,
    YEARLY,
    fold,
    is_scale,
)

_SLASH = re.compile(r"\s*/\s*")
_PER_WORD = re.compile(r"\s+(?:per|mỗi)\s+", re.IGNORECASE)
#: A caption's lead-in (ĐVT: tỷ đồng), and an English gloss after a dash (Triệu đồng - Mill. dongs).
_LEAD_IN = re.compile(r"^(?:đvt|đ\.vị|đơn vị tính|đơn vị|đv tính|unit|units)\s*[:：/-]?\s*", re.I)
_GLOSS = re.compile(r"\s+-\s+.*$")
TOKEN_SPLIT = re.compile(r"[\s.]+")
_INDEX_BASE = re.compile(r"=\s*100\b")
_ID_TEXT = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")


def _scale_words(scale: float, lang: str) -> str:
    if scale == 1:
        return ""
    words = SCALE_NAMES.get(scale)
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
        raise UnitError(texts.text("unit.number-in-unit", text=text))
    return float(digits), text[match.end() :]


def split_fused(key: str) -> tuple[str, ...]:
    """``trđ`` -> tr, đ; ``tỷđồng`` -> tỷ, đồng; ``kusd`` -> k, usd: a scale written together
    with its measure."""
    if key in FUSED:
        return FUSED[key]
    if key in MEASURE_WORDS or key in SCALES:
        return (key,)
    for scale in sorted(SCALES, key=len, reverse=True):
        rest = key[len(scale) :]
        # only a scale before an amount (tỷđồng, kUSD), never a word cut in two (khô: k + hộ)
        if key.startswith(scale) and _is_amount(rest) and (len(scale) > 1 or _is_money(rest)):
            return (scale, rest)
    return (key,)


def _is_money(key: str) -> bool:
    word = MEASURE_WORDS.get(key)
    return word is not None and word.quantity is Quantity.MONEY


#: Land measures whose size depends on the region: never guessed.
_REGIONAL = {"sao": "sào", "mau": "mẫu"}
#: Abbreviations that read two ways: MT is a metric tonne or a megatonne.
_TWO_WAYS = frozenset({"mt"})


def _is_amount(key: str) -> bool:
    """A word of a measured amount (money, mass, area...), not of a thing counted."""
    word = MEASURE_WORDS.get(key)
    return word is not None and word.quantity is not Quantity.COUNT


_PRODUCT = re.compile(r"(?P<head>.+?)\s*[.·×]\s*km", re.IGNORECASE)


def _product(text: str, head: str, *, strict: bool) -> Unit:
    """Transport turnover: ``tấn.km``, ``nghìn người.km``, ``Hk.Km`` (an amount times the km it
    travels). Each is its own thing; a scale converts (nghìn tấn.km = 1.000 tấn.km)."""
    inner = _measure(head, strict=strict)
    base = "kg" if inner.quantity is Quantity.MASS else (inner.noun or inner.symbol_vi)
    vi = f"{inner.symbol_vi}.km"
    label = " ".join(clean_text(text).split())
    return Unit(label, vi, vi, vi, vi, Quantity.COUNT, inner.scale, noun=f"{base}.km", minimum=0)


def _measure(text: str, *, strict: bool) -> Unit:
    """``[scale] measure [qualifier]`` without a slash: ``Tr.đồng``, ``nghìn tấn``,
    ``USD million``, ``km đường``, ``m² sàn``."""
    product = _PRODUCT.fullmatch(" ".join(clean_text(text).split()))
    if product is not None:
        return _product(text, product.group("head"), strict=strict)
    scale, body = _digit_scale(" ".join(clean_text(text).split()))
    # pieces as written, with their separators, so that a noun keeps its own spelling
    pieces = [p for p in _PIECES.split(body) if p]
    words = [(fold(p), p) for p in pieces if not _PIECES.fullmatch(p)]
    written: list[tuple[str, str]] = []  # each token's key, and the word as written
    for key, word_as_written in words:
        parts = split_fused(key)
        written.extend((part, word_as_written if len(parts) == 1 else part) for part in parts)
    while len(written) > 1 and is_scale(*written[0]):
        scale *= SCALES[written.pop(0)[0]]
    while len(written) > 1 and is_scale(*written[-1]):
        scale *= SCALES[written.pop()[0]]
    tokens = [key for key, _ in written]
    if tokens in (["ty"], ["ti"]):  # tỷ, ng.tỷ, nghìn tỷ: the offices' shorthand for đồng
        scale *= 1e9
        tokens = ["d"]
    rest = " ".join(tokens)
    if not rest or (len(written) == 1 and is_scale(*written[0]) and rest not in MEASURE_WORDS):
        raise UnitError(texts.text("unit.scale-without-measure", text=text))
    for token in tokens:
        if token in _TWO_WAYS:
            raise UnitError(texts.text("unit.mt-two-ways"))
        if token in _REGIONAL:
            raise UnitError(texts.text("unit.regional-land", land=_REGIONAL[token]))
    vi_scale, en_scale = _scale_words(scale, "vi"), _scale_words(scale, "en")
    label = " ".join(clean_text(text).split())
    word = MEASURE_WORDS.get(rest) or MEASURE_WORDS.get(rest.replace(" ", ""))
    qualifier = ""
    if word is None and _is_amount(tokens[0]) and not any(_is_amount(t) for t in tokens[1:]):
        # km đường, m² sàn, tấn lúa: an amount, and what it is an amount of
        word, qualifier = MEASURE_WORDS[tokens[0]], " ".join(label.split()[-(len(tokens) - 1) :])
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
        raise UnitError(texts.text("unit.number-in-unit", text=text))
    amounts = [t for t in tokens if _is_amount(t)]
    if strict or amounts:
        vocabulary = [*MEASURE_WORDS, *SCALES]
        hints: list[str] = []
        for token in tokens:
            if token in MEASURE_WORDS or token in SCALES:
                continue
            close = difflib.get_close_matches(token, vocabulary, n=1, cutoff=0.75)
            hints.append(
                texts.text("unit.did-you-mean", word=token, close=close[0])
                if close
                else repr(token)
            )
        if strict:
            raise UnitError(texts.text("unit.unknown-id-word", words=tuple(hints)))
        if len(amounts) > 1:  # M USD: "M" is metres to plantrack, not a scale
            named = repr(amounts[-1])  # 'a' and 'b' and 'c', in the message's language
            for amount in reversed(amounts[:-1]):
                named = texts.text("unit.and", first=repr(amount), rest=named)
            raise UnitError(texts.text("unit.two-measures", text=text, named=named))
        # Bil dongs, trăm nghìn USD: an amount with a word that is not a scale plantrack knows
        if not hints:
            raise UnitError(texts.text("unit.not-a-scale.unnamed", text=text, amount=amounts[0]))
        raise UnitError(
            texts.text("unit.not-a-scale", text=text, words=tuple(hints), amount=amounts[0])
        )
    # Any other noun is a count of that thing, named as written without its scale words.
    while len(pieces) > 1 and is_scale(fold(pieces[0]), pieces[0]):
        pieces = pieces[2:] if len(pieces) > 2 else pieces[1:]
    while len(pieces) > 1 and is_scale(fold(pieces[-1]), pieces[-1]):
        pieces = pieces[:-2] if len(pieces) > 2 else pieces[:-1]
    noun = "".join(pieces).strip(" .")
    vi, en = _join(vi_scale, noun), _join(en_scale, noun)
    return Unit(label, vi, en, vi, en, Quantity.COUNT, scale, noun=noun, minimum=0)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_text(text: str) -> str:
    """NFKC (％ is %, ｋｇ is kg, m² is m2), without invisible characters, stripped."""
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).replace("^", "")
    return text.strip()


def _per(text: str, *, strict: bool) -> Unit:
    """The unit after a slash or "per": người, hộ, ha, vạn dân, nghìn dân, tháng, tỷ đồng..."""
    key = fold(text)
    population = POPULATION_SCALES.get(key.removeprefix("per ").strip())
    if population is not None:
        vi = "vạn dân" if population == 1e4 else "nghìn dân"
        en = f"{population:,.0f} people"
        return Unit(vi, vi, en, vi, en, Quantity.COUNT, population, noun="người")
    if key in PER_TIME:
        vi, en = PER_TIME[key]
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


def _percent_unit(text: str) -> Unit:
    """``%``, ``%/năm``, ``% GRDP``, ``% so với GRDP``, ``%(năm trước = 100)``."""
    rest = clean_text(text)[1:].strip()
    key = fold(rest).lstrip("/ ").strip()
    if not key:
        return percentage("share")
    if _INDEX_BASE.search(rest):
        return INDEX
    if key in YEARLY or key in ("so cung ky", "so voi cung ky", "yoy", "y/y", "change"):
        return percentage("change", f"%{'/năm' if key in YEARLY else ' so cùng kỳ'}", "%/yr")
    if key in ("points", "diem"):
        return PERCENTAGE_POINTS
    if key in PER_TIME:
        vi, en = PER_TIME[key]
        raise UnitError(texts.text("unit.percent-per-time", text=text, period=UnitWords(en, vi)))
    of = re.sub(r"^(so với|so|of|trên|/)\s*", "", rest, flags=re.IGNORECASE).strip()
    return percentage("ratio", f"% {of}", f"% of {of}")


_BASE = re.compile(r"([^()=:-]*?)\s*=\s*100")
_YEAR_BEFORE = frozenset({"nam truoc", "previous year", "same period last year", "cung ky"})


def _index(written: str, clean: str) -> Unit:
    """An index: ``năm trước = 100``, ``tháng trước = 100``, ``2010 = 100``; indexes of two
    different bases do not convert."""
    match = _BASE.search(clean)
    base = " ".join((match.group(1) if match else "").split())
    key = fold(base).removeprefix("chi so phat trien").removeprefix("index").strip(" (")
    if key in _YEAR_BEFORE:
        return replace(INDEX, id=written)
    vi = f"{base} = 100"
    return replace(INDEX, id=written, symbol_vi=vi, symbol_en=vi, name_vi=vi, name_en=vi, noun=key)


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


def read_unit(text: str, aliases: Mapping[str, Unit] | None = None) -> Unit:
    """Read ``text`` with the grammar. ``aliases`` (folded label -> unit) are the registered
    units a part left after the grammar's own steps may name: ``điểm %/năm`` is points."""
    aliases = aliases or {}
    written = " ".join(clean_text(text).split())
    before = None
    while before != written:  # ĐVT: tỷ đồng; (tạ/ha); Triệu đồng - Mill. dongs; (ĐVT: %)
        before = written
        written = _GLOSS.sub("", _LEAD_IN.sub("", written)).strip()
        if written.startswith("(") and written.endswith(")"):
            written = written[1:-1].strip()
    written = written.rstrip(".;:,").strip() if not written.endswith("..") else written
    if not written:
        raise UnitError(texts.text("unit.empty"))
    strict = bool(_ID_TEXT.fullmatch(written))
    clean = written.replace("_", " ") if strict else written
    basis = _PRICE_BASIS.match(clean)
    if basis is not None and basis.group("unit").strip():
        unit = read_unit(basis.group("unit"), aliases)
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
            raise UnitError(texts.text("unit.rate-without-percent", text=text))
        return percentage("share")
    if clean.startswith("%"):
        return _percent_unit(clean)
    if clean.startswith("‰") or fold(clean) in ("phan nghin", "per mille"):
        return PER_MILLE
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
    while len(parts) > 1 and fold(parts[-1]) in YEARLY:
        parts.pop()
    if len(parts) == 1 and fold(parts[0]) in aliases:  # điểm %/năm, pp/năm: points
        return aliases[fold(parts[0])]
    if any(not part for part in parts[1:]):
        raise UnitError(texts.text("unit.nothing-after-slash", text=text))
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
            raise UnitError(texts.text("unit.two-pers.with-time", text=text))
        vi, en = f"{per.symbol_vi}/{time.symbol_vi}", f"{per.symbol_en} per {time.symbol_en}"
        per = replace(per, symbol_vi=vi, symbol_en=en, name_vi=vi, name_en=en, per=time)
    elif len(parts) > 3:
        raise UnitError(texts.text("unit.two-pers", text=text))
    if per.quantity is Quantity.MONEY and numerator.quantity is Quantity.MONEY:
        if per.currency != numerator.currency:
            raise UnitError(texts.text("unit.currency-ratio", text=text))
        vi = f"{numerator.symbol_vi}/{per.symbol_vi}"
        en = f"{numerator.symbol_en} per {per.symbol_en}"
        return Unit(written, vi, en, vi, en, Quantity.RATIO, numerator.scale / per.scale, minimum=0)
    vi = f"{numerator.symbol_vi}/{per.symbol_vi}"
    en = f"{numerator.symbol_en} per {per.symbol_en}".strip()
    return replace(
        numerator, id=written, symbol_vi=vi, symbol_en=en, name_vi=vi, name_en=en, per=per
    )
