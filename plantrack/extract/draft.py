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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from plantrack import texts
from plantrack.extract import words
from plantrack.extract.clauses import Clause, Heading, Segmented, own_text, segment
from plantrack.extract.figures import has_figure, names_a_rank
from plantrack.extract.items import BlockLike
from plantrack.extract.listed import Unread, before_the_plan, in_a_report, parts_of_a_result
from plantrack.extract.not_targets import is_narrative
from plantrack.extract.plan_facts import (
    DraftArea,
    area_of,
    decimal_of,
    document_type,
    issuer_of,
    named_areas,
    slug,
    title_of,
)
from plantrack.extract.plan_time import plan_time_of
from plantrack.extract.reading import Reading, of_flows, read_clause
from plantrack.extract.repeats import once
from plantrack.extract.respectively import read_respectively
from plantrack.extract.timing import PlanTime, times, trailing_times
from plantrack.extract.wholes import one_structure_a_sentence, whole_shares
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
    written: str | None = None  # the words to keep as its text, when not the clause's (a table row)
    numerator: str | None = None  # a share: the ids of the indicators it divides
    denominator: str | None = None

    @property
    def text(self) -> str:
        return self.written or self.clause.text


@dataclass
class DraftIndicator:
    id: str
    name: str
    unit: str
    direction: str | None
    targets: list[DraftTarget] = field(default_factory=list)
    part: DraftTarget | None = None  # a share's numerator or denominator: the share's target


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
    no_year: bool = False  # the text names no year: the period is a placeholder
    vision: tuple[int, int] | None = None
    areas: list[DraftArea] = field(default_factory=list)  # named by targets, below the plan's
    document: str = "Kế hoạch"
    issuer: str | None = None  # the body that issues the plan, when the text names it
    broken_font: tuple[str, ...] = ()  # words that show its letters broken by a font
    beside: bool = False  # a report of results, its targets the plan's figures beside them

    @property
    def targets(self) -> list[DraftTarget]:
        return [t for indicator in self.indicators for t in indicator.targets]

    @property
    def to_review(self) -> list[DraftTarget]:
        return [t for t in self.targets if t.reading.review]


def build_draft(
    blocks: Sequence[BlockLike],
    *,
    decimal: DecimalMark | None = None,
    year: int | None = None,
    planned: frozenset[int] = frozenset(),
) -> Draft:
    """The draft plan of a text given as blocks (paragraphs or lines, in order). ``planned``
    are blocks whose figures are all the plan's, never read as a report's, and ``year`` the
    plan's one year, when the text says them otherwise (a report of results beside the plan's
    figures, the results blanked, is the plan of the year it reports on)."""
    seg = segment(blocks)
    mark = decimal or decimal_of([c.text for c in seg.clauses])
    vision_year = _vision_year(seg)
    stated = [
        # a result's figure names no time of the plan's targets ("Tổng thu ngân sách giai đoạn
        # 2020-2024 đạt 67,038 tỷ đồng (bằng 105% chỉ tiêu kế hoạch)" before a term's targets)
        (found, has_figure(c.text) and not words.RESULT_RE.search(c.text))
        for c in seg.clauses
        if not any(words.VISION_RE.search(h.text) for h in c.headings)
        and ((found := times(c.text)).year is None or found.year != vision_year)
    ]
    explicit = [t for t, _ in stated]
    of_targets = [t for t, figure in stated if figure]
    plan_time, guessed = plan_time_of(seg, explicit, of_targets)
    if year is not None:
        plan_time, guessed = PlanTime(year, year), False
    readings: list[tuple[Clause, Reading | None]] = []
    for clause in seg.clauses:
        several = read_respectively(clause, plan_time, mark)
        if several:
            readings.extend((clause, reading) for reading in several)
        else:
            planning = clause.span.block in planned
            readings.append((clause, read_clause(clause, plan_time, mark, planned=planning)))
    one_structure_a_sentence(readings)
    whole_shares(readings)
    trailing_times(readings, plan_time)
    indicators: dict[str, DraftIndicator] = {}
    unread: list[Unread] = []
    readings, repeated = once(readings, blocks)
    unread.extend(repeated)
    unique = readings
    held = {id(c) for c, _ in readings if c.span.block in planned}
    readings = [(c, r) for c, r in readings if id(c) not in held]
    readings, past = before_the_plan(readings, plan_time, blocks, stated=not guessed)
    unread.extend(past)
    readings, reported = in_a_report(readings, plan_time, blocks)
    unread.extend(reported)
    readings, parts = parts_of_a_result(readings, unique)
    unread.extend(parts)
    if held:  # back in their places
        kept = {id(c) for c, _ in readings} | held
        readings = [(c, r) for c, r in unique if id(c) in kept]
    used_ids: set[str] = set()
    items_read = {(c.span.block, c.item) for c, r in readings if r is not None}
    items_listed: set[tuple[int, str | None]] = set()
    named: dict[str, DraftArea] = {}
    for clause, reading in readings:
        if reading is None:
            item = (clause.span.block, clause.item)
            if has_figure(clause.text):
                result = (
                    words.RESULT_RE.search(clause.text)
                    or words.COMPARISON_RE.search(clause.text)
                    or words.RESTATED_RE.match(clause.text)
                    or words.INDEX_RE.match(clause.text)
                )
                reason = (
                    texts.text("extract.result")
                    if result
                    else texts.text("extract.report")
                    if is_narrative(clause)
                    else texts.text("extract.fraction")
                    if words.FRACTION_OF_RE.search(clause.text)
                    else texts.text("extract.no-name")
                    if words.BARE_FIGURE_RE.fullmatch(clause.text)
                    else texts.text("extract.equivalent")
                    if words.EQUIVALENT_RE.match(clause.text)
                    else texts.text("extract.quarter")
                    if words.QUARTER_RE.search(clause.text)
                    else texts.text("extract.misprint")
                    if words.MISPRINTED_NUMBER_RE.search(clause.text)
                    else None
                )
                unread.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
            elif names_a_rank(clause.text):  # "PCI thuộc nhóm 10 tỉnh, thành phố dẫn đầu"
                reason = texts.text("extract.rank")
                unread.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
            elif clause.item is not None and item not in items_read and item not in items_listed:
                # a numbered item that gave no target: listed, never dropped
                items_listed.add(item)
                reason = texts.text("extract.item-without-target")
                unread.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
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
        areas = named_areas(clause.text)
        for area in areas:
            named.setdefault(area.id, area)
        target = DraftTarget(
            reading,
            clause,
            _section(clause.headings),
            _item(clause.item),
            tuple(area.id for area in areas),
        )
        indicator.targets.append(target)
        if reading.kind == "share":
            _parts(target, indicators, used_ids)
    _after_milestones(indicators.values())
    plan_time, vision, widened = _cover(
        plan_time,
        [t.reading for i in indicators.values() for t in i.targets],
        vision_year,
        stated=not guessed,
    )
    level, area_name, area_id = area_of(
        [h.text for h in seg.headings] + [p.text for p in seg.intro] + [b.text for b in blocks[:3]]
    )
    title, document = title_of(seg, blocks)
    issuer = issuer_of([p.text for p in seg.intro] + [b.text for b in blocks[:12]])
    period = (plan_time.start, plan_time.end)
    # a text that names no year at all (an article's body without its headline): the period
    # is a placeholder, and so is every target's time
    no_year = not any(
        words.YEAR_RE.search(b.text) or words.PERIOD_RE.search(b.text) for b in blocks
    )
    if no_year:
        for indicator in indicators.values():
            for target in indicator.targets:
                target.reading.review.append("no-year")
    _mark_cut_off(indicators.values(), blocks)
    ident = slug(
        f"{area_id} {period[0]} {period[1]}" if period[0] != period[1] else f"{area_id} {period[1]}"
    )
    draft = Draft(
        id=ident.replace("_", "-"),
        title=title,
        document=document or document_type(title),
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
        no_year=no_year,
        areas=[a for a in named.values() if a.id != area_id.replace("_", "-")],
        vision=vision,
    )
    one_sided = {
        n
        for n, target in enumerate(draft.targets)
        if target.reading.kind == "structure" and target.reading.comparator in _ONE_SIDED
    }
    if one_sided:  # "khu vực III từ 37% trở lên": a bound no part of a structure takes
        as_shares(draft, one_sided)
    return draft


#: Bounds of one side: a structure's parts are each about a figure or a range (the parts of
#: one whole sum to 100), so shares with such a bound are shares of their whole.
_ONE_SIDED = ("at_least", "more_than", "at_most", "less_than")


#: The whole of a share whose text does not name it: to be named in review.
_UNNAMED_WHOLE = "Tổng (ghi rõ)"


def _part_key(name: str, unit: str) -> str:
    return "|".join(("part", fold(name), unit))


def _parts(target: DraftTarget, indicators: dict[str, DraftIndicator], used: set[str]) -> None:
    """The two indicators a share divides, made once each (a whole such as GRDP is shared by
    its shares): in tỷ đồng when the whole is the economy, else in a unit to write ("?")."""
    reading = target.reading
    economy = reading.whole is not None
    money = economy or bool(_MONEY_SERIES.search(reading.part or ""))
    unit = "tỷ đồng" if money else "?"
    ids = []
    for name in (reading.part or reading.name, reading.whole or _UNNAMED_WHOLE):
        key = _part_key(name, unit)
        indicator = indicators.get(key)
        if indicator is None:
            indicator = DraftIndicator(
                id=_unique(slug(name), used),
                name=_capitalised(name),
                unit=unit,
                direction=None,
                part=target,
            )
            indicators[key] = indicator
        ids.append(indicator.id)
    target.numerator, target.denominator = ids
    if not money:
        reading.review.append("share-unit")


#: What names a structure, not its part: "Tỷ trọng ", "Cơ cấu kinh tế ", "Cơ cấu GRDP (...) ".
_PART_PREFIX = re.compile(
    r"^\s*(?:t[ỷỉ] trọng\s+)?(?:cơ cấu(?:\s+(?:kinh tế|GRDP|GDP))?(?:\s*\([^)]*\))?\s+)?",
    re.IGNORECASE,
)


def as_shares(draft: Draft, positions: set[int]) -> None:
    """The structures of the targets at these positions (in the order of ``draft.targets``),
    each share made a share of its whole: a "cơ cấu" whose bands cannot sum to 100 (a part left
    out, "khu vực III từ 37% trở lên") is not a structure (docs/extract.md). A sector's share of
    the economy is of GRDP; farming's is to fall as the economy moves away from it."""
    targets = draft.targets
    chosen = {
        (t.reading.structure, t.reading.year) for n, t in enumerate(targets) if n in positions
    }
    indicators = {_part_key(i.name, i.unit): i for i in draft.indicators if i.part}
    used = {i.id for i in draft.indicators}
    for indicator in list(draft.indicators):
        for target in indicator.targets:
            reading = target.reading
            if reading.kind != "structure" or (reading.structure, reading.year) not in chosen:
                continue
            part = _PART_PREFIX.sub("", reading.name)
            economy = reading.structure == "co_cau_kinh_te"
            reading.kind, reading.part = "share", part
            reading.whole = "GRDP" if economy else None
            reading.direction = "decrease" if words.FARMING_RE.search(part) else "increase"
            if of_flows(reading.name, PlanTime(*draft.period)):
                reading.year, reading.period = None, draft.period
            indicator.direction = reading.direction
            if not economy:
                reading.review.append("share-whole")
            _parts(target, indicators, used)
    for part_indicator in indicators.values():
        if part_indicator not in draft.indicators:
            draft.indicators.append(part_indicator)


def _same_time(a: Reading, b: Reading) -> bool:
    return a.kind == b.kind and a.year == b.year and a.period == b.period


def _years(reading: Reading) -> tuple[int, int] | None:
    if reading.year is not None:
        return reading.year, reading.year
    return reading.period


#: Kinds over a period, which a later milestone's target covers from the one before it.
_OVER_A_PERIOD = ("growth", "cumulative", "change", "annual", "yearly_growth", "average")


def _after_milestones(indicators: Iterable[DraftIndicator]) -> None:
    """A target over a period at a later milestone covers the years after the one before it:
    "Đến năm 2015: tốc độ tăng trưởng kinh tế bình quân đạt trên 10% …" then "Đến năm 2020: …
    trên 9% - 10%" is growth over 2011-2015, then over 2016-2020 (as analysts and the plans'
    own reports read it), unless its clause states its period, or the one before is a single
    year's."""
    for indicator in indicators:
        for kind in _OVER_A_PERIOD:
            timed = sorted(
                (t for t in indicator.targets if t.reading.kind == kind and t.reading.period),
                key=lambda t: t.reading.period or (0, 0),
            )
            periods = [t.reading.period for t in timed]  # as read, before any is changed
            for (first, later), after in zip(pairwise(periods), timed[1:], strict=True):
                assert first is not None and later is not None
                stated = times(own_text(after.clause)).period is not None
                # the one before is a milestone over years, not one year's ("…, tăng bình
                # quân 8%/năm; năm 2021 tăng 5%": the average is still over the plan's period)
                several = first[0] < first[1]
                if several and first[0] == later[0] and first[1] < later[1] and not stated:
                    after.reading.period = (first[1] + 1, later[1])


#: How a text that is whole ends its last line: a sentence's or a list's end.
_WHOLE_END = (".", ";", "!", "?", "…", ")", '"', "”", "%")
#: A list's item: "- …", "+ …", "• …", "1. …", "a) …".
_ITEM_RE = re.compile(r"\s*(?:[-+•*–]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")


def _mark_cut_off(indicators: Iterable[DraftIndicator], blocks: Sequence[BlockLike]) -> None:
    """Mark for review the targets read from the text's last words when the text stops without
    ending a sentence, as a page's stored excerpt does ("… 60% trường tiểu họ", "70% cơ quan,
    đơn vị đạt danh hiệu Đơn"): the target may be cut short; not when the last item and the one
    before it are a list's items that end without a stop, as a plan's list may."""
    if not blocks or blocks[-1].text.rstrip().endswith(_WHOLE_END):
        return
    if len(blocks) > 1 and all(
        _ITEM_RE.match(b.text) and not b.text.rstrip().endswith((".", ";")) for b in blocks[-2:]
    ):
        return  # a list whose items end without a stop ("- Thu ngân sách đạt 500 tỷ đồng")
    last, end = len(blocks) - 1, len(blocks[-1].text.rstrip())
    for indicator in indicators:
        for target in indicator.targets:
            span = target.clause.span
            if span.block == last and span.end >= end:
                target.reading.review.append("cut-off")


def _vision_year(seg: Segmented) -> int | None:
    """The year of the vision the text names beside its plan ("tầm nhìn đến năm 2045", or an
    orientation's: "định hướng đến năm 2030")."""
    texts = [p.text for p in seg.intro] + seg.announcements + [c.text for c in seg.clauses]
    found = next((m for text in texts if (m := words.VISION_YEAR_RE.search(text))), None)
    if found is None:  # an orientation is a vision too: "Định hướng đến năm 2030, …"
        found = next((m for text in texts if (m := words.ORIENTATION_YEAR_RE.search(text))), None)
    return int(found["year"]) if found else None


def _cover(
    plan: PlanTime,
    readings: list[Reading],
    vision_year: int | None = None,
    *,
    stated: bool = False,
) -> tuple[PlanTime, tuple[int, int] | None, bool]:
    """The plan's period widened to its targets' years, and the vision's (targets under a
    heading "Tầm nhìn", or after the plan's end in the year of the vision the text names: "Kế
    hoạch … đến năm 2025, tầm nhìn đến năm 2030" with "Đến năm 2030, đón 4 triệu lượt
    khách"; or after the end of a period the text states: "Các chỉ tiêu phát triển chủ yếu
    nhiệm kỳ 2020 – 2025:" with "40% đến năm 2030", a look past the plan); whether it had to be
    widened."""
    start, end = plan.start, plan.end
    vision: tuple[int, int] | None = None
    for reading in readings:
        years = _years(reading)
        if years is None:
            continue
        if years[1] > plan.end and (
            years[1] == vision_year
            or (stated and plan.start < plan.end)
            # an aim with no figure two terms or more past the plan: "Tỉnh đặt mục tiêu đến
            # năm 2045 trở thành vùng đô thị lớn …" beside the targets of 2026-2030 (not one
            # term past: "Nghị quyết … đến năm 2030" with "Mục tiêu năm 2025: …" runs to 2030)
            or (reading.kind == "qualitative" and years[1] - plan.end >= 10)
        ):
            reading.vision = True
        if reading.vision and years[1] > plan.end:
            # the vision's years after the plan's: a period from the plan's start into the
            # vision ("tính chung cả giai đoạn 2021 - 2030") is a vision target of its own
            first = max(years[0], plan.end + 1)
            low = min(first, vision[0]) if vision else first
            high = max(years[1], vision[1]) if vision else years[1]
            vision = (low, high)
            continue
        reading.vision = False
        start, end = min(start, years[0]), max(end, years[1])
    if vision is not None:
        vision = (max(vision[0], end + 1) if vision[0] <= end else vision[0], vision[1])
        vision = (min(vision[0], end + 1), vision[1])
        if vision[0] > vision[1]:  # the plan's own targets reach the vision's end: no vision
            for reading in readings:
                reading.vision = False
            vision = None
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
                span = target.clause.span
                draft.unread.append(Unread(target.text, span.block, reason, span.start))
            position += 1
        indicator.targets = kept
    shared = {
        part
        for indicator in draft.indicators
        for target in indicator.targets
        for part in (target.numerator, target.denominator)
    }
    draft.indicators = [
        indicator
        for indicator in draft.indicators
        if indicator.targets or (indicator.part is not None and indicator.id in shared)
    ]
