"""A draft plan from a plan's text: the clauses read as targets, grouped by indicator.

The plan's own facts come first: its period and base year (from the sentence or heading that
announces the targets, else the title, else the periods its targets name), its level and area
("huyện Cầu Ngang", "xã Khun Há", "tỉnh Lào Cai"), its title. Then every clause that states a
target becomes one, under an indicator named by the clause's subject (two clauses with the same
subject share it). What could not be read is kept: a numbered item or a clause with a figure
that gives no target is listed as not understood, with its place; figures outside the targets'
sections are counted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrack import texts
from plantrack.extract import words
from plantrack.extract.clauses import BlockLike, Clause, Heading, Segmented, has_figure, segment
from plantrack.extract.reading import (
    PlanTime,
    Reading,
    Times,
    read_clause,
    read_respectively,
    times,
)
from plantrack.numbers.parse import DecimalMark
from plantrack.texts import Text
from plantrack.units import fold


@dataclass
class DraftTarget:
    reading: Reading
    clause: Clause
    section: str | None
    item: int | None
    areas: tuple[str, ...] = ()  # ids of the areas the sentence names ("xã Tân Hộ Cơ, Bình Phú")


@dataclass(frozen=True)
class DraftArea:
    id: str
    name: str
    level: str  # commune, locality


@dataclass
class DraftIndicator:
    id: str
    name: str
    unit: str
    direction: str | None
    targets: list[DraftTarget] = field(default_factory=list)


@dataclass(frozen=True)
class Unread:
    """A piece of the targets' text that holds a figure or is a numbered item, not read; with
    the reason when a target was drafted from it but refused by the plan's rules."""

    text: str
    block: int
    reason: Text | None = None


@dataclass
class Draft:
    id: str
    title: str
    level: str
    area_id: str
    area_name: str
    period: tuple[int, int]
    base_year: int
    decimal: DecimalMark
    indicators: list[DraftIndicator]
    unread: list[Unread]
    outside: int  # pieces with figures outside the targets' sections
    period_guessed: bool
    vision: tuple[int, int] | None = None
    areas: list[DraftArea] = field(default_factory=list)  # named by targets, below the plan's
    document: str = "Kế hoạch"
    issuer: str | None = None  # the body that issues the plan, when the text names it

    @property
    def targets(self) -> list[DraftTarget]:
        return [t for indicator in self.indicators for t in indicator.targets]

    @property
    def to_review(self) -> list[DraftTarget]:
        return [t for t in self.targets if t.reading.review]


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
    """The decimal mark the text uses: votes of numbers that show it (``12,96``, ``1.234``)."""
    comma = point = 0
    for text in texts:
        for match in re.finditer(r"(?<![\d.,])\d+([.,])(\d+)(?![.,]?\d)", text):
            mark, digits = match.group(1), match.group(2)
            if len(digits) == 3:
                continue  # reads both ways
            if mark == ",":
                comma += 1
            else:
                point += 1
        comma += len(re.findall(r"\d{1,3}(?:\.\d{3})+,\d", text))
        point += len(re.findall(r"\d{1,3}(?:,\d{3})+\.\d", text))
    return "point" if point > comma else "comma"


_AREA_RE = re.compile(
    r"\b(?P<level>xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh|quận)\s+"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})"
)


def _proper(words_after: str) -> str:
    """The capitalised words a place name is made of: "Cầu Ngang" of "Cầu Ngang ban hành"."""
    out: list[str] = []
    for word in words_after.split():
        if not word[:1].isupper():
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


def _named_areas(text: str) -> list[DraftArea]:
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


def _capitals_as_words(text: str) -> str:
    """A heading in capitals ("HUYỆN ỦY TÂN HỒNG") written as words ("huyện Tân Hồng")."""
    out: list[str] = []
    cursor = 0
    for match in _LEVEL_CAPS_RE.finditer(text):
        if match.start() < cursor:
            continue
        names: list[str] = []
        for word in text[match.end() :].split()[:4]:
            if not (word.isalpha() and word.isupper()):
                break
            names.append(word)
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


def _issuer(texts: Sequence[str]) -> str | None:
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


def _area(texts: Sequence[str]) -> tuple[str, str, str]:
    """(level, name, id) of the plan's area from its title and introduction."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for n, text in enumerate(texts):
        for match in _AREA_RE.finditer(_capitals_as_words(text)):
            proper = _proper(match["name"])
            if not proper or (proper.isupper() and len(proper) > 4):
                continue
            key = (match["level"].lower(), proper)
            counts[key] += 1
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


_DATE_RE = re.compile(
    r"ngày\s+\d{1,2}\s*(?:tháng|/|-)\s*\d{1,2}\s*(?:năm|/|-)\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}"
    r"|tháng\s+\d{1,2}\s+năm\s+\d{4}",
    re.IGNORECASE,
)
_PLAN_WORD_RE = re.compile(r"kế hoạch|nghị quyết|chỉ tiêu|phấn đấu|mục tiêu", re.IGNORECASE)


def _stated_time(text: str, *, announce: bool, issued: int | None) -> tuple[PlanTime, bool] | None:
    """The plan's period or year as one sentence states it, if it does, and whether it gives
    only the end ("đến năm 2030": the start is then the year it was issued, or five years
    before the end)."""
    cleaned = _DATE_RE.sub(" ", text)
    found = times(cleaned)
    if found.period is not None:
        return PlanTime(*found.period), False
    if not announce and not _PLAN_WORD_RE.search(cleaned):
        return None
    match = words.YEAR_RE.search(words.BASE_RE.sub(" ", cleaned))
    if match is None:
        return None
    if match["year"] and not match["word"]:
        year = int(match["year"])
        return PlanTime(year, year), False
    end = int(match["year"] or match["year2"])
    if issued is not None and issued < end:
        return PlanTime(issued, end), False
    return PlanTime(end - 4, end), True


def _issued(texts: Sequence[str]) -> int | None:
    """The year the text was issued or published, from the first date it shows."""
    for text in texts:
        match = re.search(
            r"\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(\d{4})\b|tháng\s+\d{1,2}\s+năm\s+(\d{4})", text
        )
        if match:
            return int(match.group(1) or match.group(2))
    return None


def _plan_time(seg: Segmented, clauses_times: list[Times]) -> tuple[PlanTime, bool]:
    """The plan's period, and whether it was guessed (no sentence or title states it whole):
    from what announces the targets, the lines before them, else the times its targets name."""
    issued = _issued([p.text for p in seg.intro] + seg.announcements)
    periods = [t.period for t in clauses_times if t.period is not None]
    stated = next(
        (
            found
            for text in seg.announcements
            if (found := _stated_time(text, announce=True, issued=None)) is not None
        ),
        None,
    ) or next(
        (
            found
            for piece in seg.intro
            if (found := _stated_time(piece.text, announce=False, issued=None)) is not None
        ),
        None,
    )
    if stated is not None:
        plan, only_end = stated
        if not only_end:
            return plan, False
        # "đến năm 2030": the start from a period its targets name with that end, else the
        # year it was issued, else five years before the end
        starts = [p[0] for p in periods if p[1] == plan.end]
        if starts:
            return PlanTime(min(starts), plan.end), False
        if issued is not None and issued < plan.end:
            return PlanTime(issued, plan.end), False
        return plan, True
    if periods:
        return PlanTime(min(p[0] for p in periods), max(p[1] for p in periods)), True
    years = [t.year for t in clauses_times if t.year is not None]
    if years:
        end = max(years)
        return PlanTime(end - 4, end), True
    if issued is not None:
        return PlanTime(issued, issued + 4), True
    return PlanTime(2021, 2025), True


_KIND_LINE = re.compile(r"(KẾ HOẠCH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)\s*")
_KINDS = {"KẾ HOẠCH": "Kế hoạch", "NGHỊ QUYẾT": "Nghị quyết", "QUYẾT ĐỊNH": "Quyết định",
          "CHƯƠNG TRÌNH": "Chương trình"}  # fmt: skip


def _title(seg: Segmented, blocks: Sequence[BlockLike]) -> tuple[str, str | None]:
    """The plan's title, and the kind of document when a line names it ("KẾ HOẠCH")."""
    every = [p.text for p in seg.intro]
    for n, text in enumerate(every):
        kind = _KIND_LINE.fullmatch(text.strip())
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
    return (_shortened(blocks[0].text) if blocks else "Kế hoạch"), None


def _shortened(title: str, limit: int = 300) -> str:
    """A title cut at a word, with "…", when it is longer than ``limit``."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + " …"


def build_draft(blocks: Sequence[BlockLike], *, decimal: DecimalMark | None = None) -> Draft:
    """The draft plan of a text given as blocks (paragraphs or lines, in order)."""
    seg = segment(blocks)
    mark = decimal or decimal_of([c.text for c in seg.clauses])
    explicit = [
        times(c.text)
        for c in seg.clauses
        if not any(words.VISION_RE.search(h.text) for h in c.headings)
    ]
    plan_time, guessed = _plan_time(seg, explicit)
    readings: list[tuple[Clause, Reading | None]] = []
    for clause in seg.clauses:
        several = read_respectively(clause, plan_time, mark)
        if several:
            readings.extend((clause, reading) for reading in several)
        else:
            readings.append((clause, read_clause(clause, plan_time, mark)))
    indicators: dict[str, DraftIndicator] = {}
    unread: list[Unread] = []
    readings, repeated = _once(readings)
    unread.extend(repeated)
    used_ids: set[str] = set()
    items_read = {(c.span.block, c.item) for c, r in readings if r is not None}
    items_listed: set[tuple[int, str | None]] = set()
    named: dict[str, DraftArea] = {}
    for clause, reading in readings:
        if reading is None:
            item = (clause.span.block, clause.item)
            if has_figure(clause.text):
                unread.append(Unread(clause.text, clause.span.block))
            elif clause.item is not None and item not in items_read and item not in items_listed:
                # a numbered item that gave no target: listed, never dropped
                items_listed.add(item)
                reason = texts.text("extract.item-without-target")
                unread.append(Unread(clause.text, clause.span.block, reason))
            continue
        key = "|".join((fold(reading.name), reading.unit or "", reading.structure or ""))
        indicator = indicators.get(key)
        if indicator is not None and any(_same_time(t.reading, reading) for t in indicator.targets):
            n = 2
            while f"{key}|{n}" in indicators:
                n += 1
            key = f"{key}|{n}"
            indicator = None
        if indicator is None:
            ident = _unique(slug(reading.name) if reading.name else "chi_tieu", used_ids)
            indicator = DraftIndicator(
                id=ident,
                name=_capitalised(reading.name),
                unit=reading.unit or "?",
                direction=reading.direction,
                targets=[],
            )
            if reading.kind in ("growth", "yearly_growth"):
                indicator.unit = _growth_unit(reading.name)
                reading.review.append("series-unit")
            indicators[key] = indicator
        areas = _named_areas(clause.text)
        for area in areas:
            named.setdefault(area.id, area)
        indicator.targets.append(
            DraftTarget(
                reading,
                clause,
                _section(clause.headings),
                _item(clause.item),
                tuple(area.id for area in areas),
            )
        )
    plan_time, vision, widened = _cover(
        plan_time, [t.reading for i in indicators.values() for t in i.targets]
    )
    level, area_name, area_id = _area(
        [h.text for h in seg.headings] + [p.text for p in seg.intro] + [b.text for b in blocks[:3]]
    )
    title, document = _title(seg, blocks)
    issuer = _issuer([p.text for p in seg.intro] + [b.text for b in blocks[:12]])
    period = (plan_time.start, plan_time.end)
    ident = slug(
        f"{area_id} {period[0]} {period[1]}" if period[0] != period[1] else f"{area_id} {period[1]}"
    )
    return Draft(
        id=ident.replace("_", "-"),
        title=title,
        document=document or _document_type(title),
        issuer=issuer,
        level=level,
        area_id=area_id.replace("_", "-"),
        area_name=area_name,
        period=period,
        base_year=plan_time.start - 1,
        decimal=mark,
        indicators=list(indicators.values()),
        unread=unread,
        outside=len(seg.outside),
        period_guessed=guessed or widened,
        areas=[a for a in named.values() if a.id != area_id.replace("_", "-")],
        vision=vision,
    )


def _document_type(title: str) -> str:
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


def _once(
    readings: list[tuple[Clause, Reading | None]],
) -> tuple[list[tuple[Clause, Reading | None]], list[Unread]]:
    """Each target once: a text that states a target twice (a summary, then the list) keeps the
    one in a numbered or bulleted item, else the first; the other is listed, naming it."""

    def key(reading: Reading) -> tuple[object, ...]:
        return (fold(reading.name), reading.kind, reading.comparator, reading.numbers,
                reading.year, reading.period)  # fmt: skip

    keep: dict[tuple[object, ...], Clause] = {}
    for clause, reading in readings:
        if reading is None or reading.kind == "qualitative":
            continue
        held = keep.get(key(reading))
        if held is None or (clause.listed and not held.listed):
            keep[key(reading)] = clause
    kept: list[tuple[Clause, Reading | None]] = []
    repeated: list[Unread] = []
    for clause, reading in readings:
        if reading is None or reading.kind == "qualitative" or keep[key(reading)] is clause:
            kept.append((clause, reading))
        else:
            held = keep[key(reading)]
            reason = texts.text("extract.repeated", kept=held.text)
            repeated.append(Unread(clause.text, clause.span.block, reason))
    return kept, repeated


def _same_time(a: Reading, b: Reading) -> bool:
    return a.kind == b.kind and a.year == b.year and a.period == b.period


def _years(reading: Reading) -> tuple[int, int] | None:
    if reading.year is not None:
        return reading.year, reading.year
    return reading.period


def _cover(
    plan: PlanTime, readings: list[Reading]
) -> tuple[PlanTime, tuple[int, int] | None, bool]:
    """The plan's period widened to its targets' years, and the vision's (targets under a
    heading "Tầm nhìn"); whether it had to be widened."""
    start, end = plan.start, plan.end
    vision: tuple[int, int] | None = None
    for reading in readings:
        years = _years(reading)
        if years is None:
            continue
        if reading.vision and years[0] > plan.end:
            low = min(years[0], vision[0]) if vision else years[0]
            high = max(years[1], vision[1]) if vision else years[1]
            vision = (low, high)
            continue
        reading.vision = False
        start, end = min(start, years[0]), max(end, years[1])
    if vision is not None:
        vision = (max(vision[0], end + 1) if vision[0] <= end else vision[0], vision[1])
        vision = (min(vision[0], end + 1), vision[1])
    widened = (start, end) != (plan.start, plan.end)
    return PlanTime(start, end), vision, widened


def _unique(ident: str, used: set[str]) -> str:
    candidate = ident
    n = 2
    while candidate in used:
        candidate = f"{ident}_{n}"
        n += 1
    used.add(candidate)
    return candidate


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:] if name else name


_MONEY_SERIES = re.compile(
    r"giá trị|grdp|gdp|thu ngân sách|ngân sách|vốn|doanh thu|kim ngạch|xuất khẩu|tổng sản phẩm"
    r"|tổng mức|thu nhập|sản xuất",
    re.IGNORECASE,
)


def _growth_unit(name: str) -> str:
    """The series' unit for a growth target: the text names only the rate."""
    if re.search(r"thu nhập|bình quân đầu người|/người", name, re.IGNORECASE):
        return "triệu đồng/người"
    if re.search(r"dân số", name, re.IGNORECASE):
        return "người"
    if re.search(r"năng suất lao động", name, re.IGNORECASE):
        return "triệu đồng/lao động"
    if re.search(r"chỉ số giá|cpi", name, re.IGNORECASE):
        return "chỉ số"
    if _MONEY_SERIES.search(name):
        return "tỷ đồng"
    return "tỷ đồng"


def _section(headings: tuple[Heading, ...]) -> str | None:
    numbers = [h.number for h in headings if h.number]
    if numbers:
        return ".".join(n.split(".")[-1] if "." in n else n for n in numbers)
    titled = [h.text for h in headings]
    return titled[-1][:80] if titled else None


def _item(item: str | None) -> int | None:
    if item is None:
        return None
    head = item.split(".")[-1]
    return int(head) if head.isdigit() and int(head) >= 1 else None


def refuse(draft: Draft, refused: dict[int, Text]) -> None:
    """Move the targets at these positions (in the order of ``draft.targets``) to the list of
    what was not understood, each with the reason the plan's rules gave."""
    position = 0
    for indicator in draft.indicators:
        kept: list[DraftTarget] = []
        for target in indicator.targets:
            reason = refused.get(position)
            if reason is None:
                kept.append(target)
            else:
                clause = target.clause
                draft.unread.append(Unread(clause.text, clause.span.block, reason))
            position += 1
        indicator.targets = kept
    draft.indicators = [indicator for indicator in draft.indicators if indicator.targets]
