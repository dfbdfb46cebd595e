"""What a plan's text says of the plan itself: its area, issuer, title and decimal mark (its
period: :mod:`plantrack.extract.plan_time`).

The area and level from "xã / huyện / tỉnh + a name
in capitals" (headings in capitals too), the most local of equals; the issuer from "Ủy ban nhân
dân huyện ...", "Đảng bộ xã ..."; the title from the line after "KẾ HOẠCH" or the first sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from plantrack.extract.clauses import Segmented
from plantrack.extract.items import BlockLike
from plantrack.extract.plan_time import KIND_LINE
from plantrack.numbers.parse import DecimalMark
from plantrack.units import fold


@dataclass(frozen=True)
class DraftArea:
    id: str
    name: str
    level: str  # commune, locality


def slug(text: str, limit: int = 48) -> str:
    """An ASCII id from Vietnamese words: "Tỷ lệ hộ nghèo" -> "ty_le_ho_ngheo"."""
    folded = fold(text)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for part in parts:
        candidate = f"{out}_{part}" if out else part
        if len(candidate) > limit:
            break
        out = candidate
    if not out or not out[0].isalpha():
        out = f"x_{out}" if out else "x"
    return out


def decimal_of(texts: Sequence[str]) -> DecimalMark:
    """The decimal mark the text uses: votes of numbers that show it (``12,96``, ``1.234,5``,
    ``280.000``)."""
    comma = point = 0
    for text in texts:
        for match in re.finditer(r"(?<![\d.,])\d+([.,])(\d+)(?![.,]?\d)", text):
            mark, digits = match.group(1), match.group(2)
            if len(digits) == 3:
                # reads both ways, but for round thousands: nobody writes 280 as "280.000" (or
                # "280,000"), so those show the other mark ("280.000ha" beside "2.5 tỷ USD")
                if digits == "000":
                    point += mark == ","
                    comma += mark == "."
                continue
            if mark == ",":
                comma += 1
            else:
                point += 1
        comma += len(re.findall(r"\d{1,3}(?:\.\d{3})+,\d", text))
        point += len(re.findall(r"\d{1,3}(?:,\d{3})+\.\d", text))
    return "point" if point > comma else "comma"


#: A place: its level's word, then the words of its name. Matched where it starts without
#: taking the text after it, so that a level's word that names none ("kinh tế - xã hội tỉnh Phú
#: Yên": "xã hội …") leaves the place after it to be found.
_AREA_RE = re.compile(
    r"\b(?=(?P<level>(?<!thị )xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh|quận)\s+"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}))"
)


def _proper(words_after: str) -> str:
    """The capitalised words a place name is made of: "Cầu Ngang" of "Cầu Ngang ban hành", "Đắk
    Hà" of "Đắk Hà NHIỆM KỲ" (a title's capitals go on after a name written as words)."""
    out: list[str] = []
    for word in words_after.split():
        if not word[:1].isupper():
            break
        roman = re.fullmatch(r"[IVX]+", word)  # "phường Tân Phú II"
        if out and not out[-1].isupper() and word.isupper() and len(word) > 1 and not roman:
            break
        out.append(word)
    return " ".join(out)


_LEVELS = {
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "huyện": "district",
    "thị xã": "district",
    "quận": "district",
    "thành phố": "province",
    "tỉnh": "province",
}


_COUNTRY_RE = re.compile(r"cả nước|quốc hội|chính phủ|\bGDP\b|toàn quốc", re.IGNORECASE)


_LEVEL_CAPS_RE = re.compile(
    r"\b(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|THỊ XÃ|THÀNH PHỐ|TỈNH|QUẬN)(?:\s+(?:ỦY|UỶ))?\s+"
)


_NAMED_RE = re.compile(
    r"\b(?P<level>xã|phường|thị trấn|thôn|ấp|bản|tổ dân phố)\s+(?P<names>[^\W\d_][^;:()]*)"
)


def named_areas(text: str) -> list[DraftArea]:
    """The communes or villages a sentence names, for its target's ``areas``: "(xã Tân Hộ Cơ,
    Bình Phú)", "xã Thông Bình cơ bản đạt ..." (a name is a run of capitalised words)."""
    found: list[DraftArea] = []
    for match in _NAMED_RE.finditer(text):
        level = "commune" if match["level"] in ("xã", "phường", "thị trấn") else "locality"
        for part in re.split(r",\s*|\s+và\s+", match["names"]):
            name = _proper(part)
            if not name or name != part.strip()[: len(name)]:
                break
            found.append(DraftArea(slug(name).replace("_", "-"), f"{match['level']} {name}", level))
            if name != part.strip():
                break
    return found


#: Words a title in capitals goes on with after a place's name, never part of one: "HUYỆN ĐẮK
#: HÀ NHIỆM KỲ 2025-2030", "XÃ HỘI XUÂN LẦN THỨ XV" ("NĂM" only before a figure: Năm Căn is a
#: district).
_AFTER_A_NAME = frozenset(
    {"NHIỆM", "THỜI", "GIAI", "LẦN", "KHÓA", "KHOÁ", "VỀ", "CỦA", "TRONG", "VÀ", "TẠI", "THEO"}
    | {"TRÊN", "ĐẾN", "GIỮA", "SAU", "TRƯỚC"}
    # another place's level: "… XÃ HỘI HUYỆN TÂN HỒNG"
    | {"XÃ", "PHƯỜNG", "HUYỆN", "QUẬN", "TỈNH", "THỊ", "THÀNH"}
)
#: "XÃ HỘI" after these words is society ("KINH TẾ - XÃ HỘI", "AN SINH XÃ HỘI"), not a commune.
_SOCIETY_RE = re.compile(
    r"(?:(?:KINH TẾ|VĂN HÓA|VĂN HOÁ|CHÍNH TRỊ)\s*[-–]?|AN SINH|BẢO HIỂM|CHÍNH SÁCH|TỆ NẠN|TRẬT TỰ"
    r"|PHÁT TRIỂN)\s*$"
)


def _capital_name(text: str) -> list[str]:
    """The words in capitals a place's name is made of at the start of ``text``."""
    names: list[str] = []
    tokens = text.split()[:5]
    for n, word in enumerate(tokens[:4]):
        if not (word.isalpha() and word.isupper()) or word in _AFTER_A_NAME:
            break
        if word == "NĂM" and n + 1 < len(tokens) and tokens[n + 1][:1].isdigit():
            break
        names.append(word)
    return names


def _capitals_as_words(text: str) -> str:
    """A heading in capitals ("HUYỆN ỦY TÂN HỒNG") written as words ("huyện Tân Hồng")."""
    out: list[str] = []
    cursor = 0
    for match in _LEVEL_CAPS_RE.finditer(text):
        if match.start() < cursor:
            continue
        names = _capital_name(text[match.end() :])
        society = len(names) == 1 or _SOCIETY_RE.search(text[: match.start()])
        if match.group(1) == "XÃ" and names[:1] == ["HỘI"] and society:
            continue  # "KINH TẾ - XÃ HỘI NĂM 2025": society
        if not names:
            continue
        name = " ".join(names)
        end = text.index(name, match.end()) + len(name)
        out.append(text[cursor : match.start()] + f"{match.group(1).lower()} {name.title()}")
        cursor = end
    return "".join(out) + text[cursor:]


_ISSUER_RE = re.compile(
    r"(?P<body>Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban Chấp hành Đảng bộ"
    r"|Ban Thường vụ (?:Huyện|Tỉnh|Thành) ủy|Đảng bộ|Đảng ủy)\s+"
    r"(?P<level>xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh|quận)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})"
)


def issuer_of(texts: Sequence[str]) -> str | None:
    """The body that issues the plan, when the text names it: "Ủy ban nhân dân huyện Cầu Ngang"."""
    for text in texts:
        for match in _ISSUER_RE.finditer(
            _capitals_as_words(text.replace("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"))
        ):
            name = _proper(match["name"])
            if name:
                body = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}.get(
                    match["body"], match["body"]
                )
                return f"{body} {match['level']} {name}"
    return None


#: The body a place's name follows when it is the plan's own: "Đảng bộ phường …", "UBND huyện …".
_OWNER_RE = re.compile(
    r"(?:Đảng bộ|Đảng ủy|Đảng uỷ|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s*$"
)


def _owner(before: str) -> bool:
    """Whether the words before a place name a body of it that is the plan's own: not one whose
    document is cited ("Căn cứ Quyết định … của UBND tỉnh Quảng Nam" in a district's plan)."""
    owner = _OWNER_RE.search(before)
    return owner is not None and not re.search(r"\bcủa\s*$", before[: owner.start()], re.I)


def _a_title(match: re.Match[str], proper: str) -> bool:
    """Whether a commune's or district's "name" is a title it earns: "xã Nông thôn mới", "huyện
    Nông thôn mới" (one capitalised word before small ones; such places' names have two)."""
    return (
        match["level"] in ("xã", "phường", "huyện")
        and " " not in proper
        and match["name"] != proper
    )


def area_of(texts: Sequence[str]) -> tuple[str, str, str]:
    """(level, name, id) of the plan's area from its title and introduction."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for n, text in enumerate(texts):
        text = _capitals_as_words(text)
        for match in _AREA_RE.finditer(text):
            proper = _proper(match["name"])
            if not proper or (proper.isupper() and len(proper) > 4) or _a_title(match, proper):
                continue
            key = (match["level"].lower(), proper)
            # the place of the body that holds the congress or issues the plan weighs most:
            # "Đảng bộ phường Đông Ngàn, thị xã Từ Sơn tổ chức … Đại hội"
            counts[key] += 5 if _owner(text[: match.start()]) else 1
            first.setdefault(key, n)
    if counts:
        local = {"xã": 3, "phường": 3, "thị trấn": 3, "huyện": 2, "thị xã": 2, "quận": 2}
        (level_word, name), _ = max(
            counts.items(), key=lambda kv: (kv[1], local.get(kv[0][0], 1), -first[kv[0]])
        )
        if level_word == "thành phố" and any("tỉnh" in t for t in texts):
            level = "district"
        else:
            level = _LEVELS[level_word]
        return level, f"{level_word} {name}", slug(name)
    if any(_COUNTRY_RE.search(t) for t in texts):
        return "country", "Việt Nam", "viet-nam".replace("-", "_")
    return "district", "địa bàn", "dia_ban"


_KINDS = {"KẾ HOẠCH": "Kế hoạch", "NGHỊ QUYẾT": "Nghị quyết", "QUYẾT ĐỊNH": "Quyết định",
          "CHƯƠNG TRÌNH": "Chương trình"}  # fmt: skip


def title_of(seg: Segmented, blocks: Sequence[BlockLike]) -> tuple[str, str | None]:
    """The plan's title, and the kind of document when a line names it ("KẾ HOẠCH")."""
    every = [p.text for p in seg.intro]
    for n, text in enumerate(every):
        kind = KIND_LINE.fullmatch(text.strip())
        if kind and n + 1 < len(every):
            lines = []
            for line in every[n + 1 : n + 5]:  # a title set over several lines
                if re.match(r"(?:Căn cứ|Số\b|[-_*]{3,}|[IVX]+[.-]|\d+\.)", line) or len(line) > 400:
                    break
                lines.append(_capitals_as_words(line).lower() if line.isupper() else line)
            title = " ".join(lines) or every[n + 1]
            return _shortened(f"{_KINDS[kind.group(1)]} {title[:1].lower()}{title[1:]}"), _KINDS[
                kind.group(1)
            ]
    intro = [t for t in every if len(t) > 12 and not re.match(r"(?:Số|Căn cứ)\b", t)]
    if intro:
        return _shortened(re.split(r"(?<=[.!?])\s", intro[0], maxsplit=1)[0]), None
    # (the first block up to a list it opens: "Mục tiêu cụ thể của đề án đến năm 2025: - Thu
    # nhập …")
    first = re.split(r"\s*:\s+[-–]\s", blocks[0].text, maxsplit=1)[0] if blocks else ""
    return (_shortened(first) if first else "Kế hoạch"), None


def _shortened(title: str, limit: int = 300) -> str:
    """A title cut at a word, with "…", when it is longer than ``limit``."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + " …"


def document_type(title: str) -> str:
    """The kind of document a title names ("Nghị quyết về ...", "Kế hoạch ...")."""
    lowered = title.lower()
    for word, name in (
        ("nghị quyết", "Nghị quyết"),
        ("kế hoạch", "Kế hoạch"),
        ("quyết định", "Quyết định"),
        ("chương trình", "Chương trình"),
    ):
        if lowered.startswith(word) or f" {word} về" in lowered:
            return name
    return "Kế hoạch"
