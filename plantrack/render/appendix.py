"""The appendix an office files with its year-end report, "Phụ lục: Kết quả thực hiện các chỉ
tiêu chủ yếu": one :class:`Appendix` a plan, its rows in the plan's own order and numbering,
each with the figures of every year, the pace achieved and still needed, the comparison with
the target and the verdict in words.

The Excel, Word and HTML reports (:mod:`~plantrack.render.report_xlsx`,
:mod:`~plantrack.render.report_docx`, :mod:`~plantrack.render.report_html`) lay out what this
module decides, so that the three say the same thing: which columns there are and what they are
headed, which figures are estimates, what each cell holds as a number (for a spreadsheet) and
as words (for a document). It computes nothing about the targets: every figure is the result's
own.

A target that applies to several areas (the communes of a district) is one row, its verdict
counted over the areas ("6/8 xã đạt"), with the areas side by side in :attr:`Row.areas`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from plantrack.assessment.status import Status
from plantrack.numbers.format import format_number, format_percent
from plantrack.plans.model import RATE_KINDS
from plantrack.render.appendix_words import LEVEL_WORDS, WORDS
from plantrack.render.describe import target_phrase
from plantrack.render.result_text import (
    SYMBOLS,
    area_name,
    catch_up_text,
    latest_text,
    point_text,
    rate_text,
    status_word,
    worst_first,
)
from plantrack.units import find_unit

if TYPE_CHECKING:
    from plantrack.assessment import Point, Result
    from plantrack.plans.model import Indicator, Plan
    from plantrack.report.build import CheckReport, Target

#: How a figure is written in a spreadsheet cell: an ``amount`` in the indicator's unit, a
#: ``percent`` (the value a fraction: 0.1296 shows as 12,96%), or ``text`` only.
FigureKind = Literal["amount", "percent", "text"]

#: The verdicts that count as met in "6/8 xã đạt".
MET = frozenset({Status.EXCEEDED, Status.ACHIEVED})


@dataclass(frozen=True, slots=True)
class Figure:
    """One cell: the number a spreadsheet stores (None: no number) and the words a document
    shows, with whether the figure is an estimate (ước thực hiện)."""

    value: float | None
    text: str
    kind: FigureKind = "amount"
    estimate: bool = False

    @classmethod
    def blank(cls) -> Figure:
        return cls(None, "", "text")


@dataclass(frozen=True, slots=True)
class AreaResult:
    """One area's result for a target that applies to several areas."""

    area: str  # its id
    name: str
    status: Status
    verdict: str  # "✔ Đạt"
    latest: Figure


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the appendix: one target (for every area it applies to)."""

    number: str  # STT: the plan's own item number ("1", "1.1"), else a running number
    section: str | None  # the source section the target is written in ("II.1.1")
    indicator: str
    unit: str  # ĐVT, in the language's words
    goal: str  # Mục tiêu, as the plan words it ("≈ 12,96%/năm 2021-2030")
    figures: dict[int, Figure]  # by year
    latest: Figure  # the figure judged (a total, a mean, a count...)
    achieved: Figure  # the pace achieved (%/năm, or per year in the unit)
    needed: Figure  # the pace still needed
    compared: Figure  # the figure judged as a share of the target
    status: Status
    verdict: str  # Đánh giá: "★ Vượt", or "2/2 xã đạt" for several areas
    note: str  # Ghi chú: where the latest figure comes from
    item: Target  # the result shown (for several areas, the first)
    areas: tuple[AreaResult, ...] = ()  # side by side, when the target applies to several

    @property
    def quantitative(self) -> bool:
        """The target has figures to chart (a growth or a level, not a state or a rating)."""
        return any(f.value is not None for f in self.figures.values())


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading between rows: "I. Về kinh tế"."""

    number: str  # I, II, III...
    title: str


@dataclass(slots=True)
class Appendix:
    """The appendix of one plan."""

    plan: Plan
    lang: str
    title: str  # PHỤ LỤC ...
    subtitle: str  # the plan, as its document names it
    area: str
    as_of: int | None
    years: list[int]
    estimate_years: set[int]
    lines: list[Heading | Row] = field(default_factory=list)
    areas: list[tuple[str, str]] = field(default_factory=list)  # the areas side by side

    @property
    def rows(self) -> list[Row]:
        return [line for line in self.lines if isinstance(line, Row)]

    def year_heading(self, year: int) -> str:
        """A year's column heading: "2025" or "Ước TH 2025" when its figures are estimates."""
        if year in self.estimate_years:
            return f"{WORDS[self.lang]['estimate_year']} {year}"
        return str(year)

    def heading(self, key: str) -> str:
        return WORDS[self.lang][key]


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    """``roman(4) == "IV"``: section headings are numbered as Vietnamese documents number them."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def appendices(report: CheckReport, lang: str) -> list[Appendix]:
    """One appendix a plan that has results, in the order the plans were loaded."""
    by_plan: dict[str, list[Target]] = {}
    for item in report.targets:
        by_plan.setdefault(item.plan.id, []).append(item)
    return [
        appendix(items, report.as_of, lang)
        for loaded in report.plans
        if (items := by_plan.get(loaded.plan.id))
    ]


def appendix(items: list[Target], as_of: int | None, lang: str) -> Appendix:
    """The appendix of one plan's results (``items`` all of one plan)."""
    plan = items[0].plan
    words = WORDS[lang]
    groups = _by_target(items)
    years = sorted({p.year for item in items for p in item.result.values} | {plan.base_year})
    if as_of is not None:
        years = [y for y in years if y <= as_of]
    if years:
        years = list(range(years[0], years[-1] + 1))
    estimate_years = {
        p.year for item in items for p in item.result.values if p.estimate and p.value is not None
    }
    out = Appendix(
        plan=plan,
        lang=lang,
        title=words["title"],
        subtitle=plan.title.get(lang),
        area=_area_words(plan, plan.area, lang),
        as_of=as_of,
        years=years,
        estimate_years=estimate_years,
    )
    titles = {section.id: section.title.get(lang) for section in plan.sections or ()}
    sections = list(dict.fromkeys(_source(group[0])[0] for group in groups))
    headed = len(sections) > 1 or bool(titles)
    numbers = _numbers(groups)
    side_by_side: dict[str, str] = {}
    current: str | None = None
    for group, number in zip(groups, numbers, strict=True):
        section = _source(group[0])[0]
        if headed and section != current:
            title = titles.get(section) or f"{words['section']} {section}"
            out.lines.append(Heading(roman(sections.index(section) + 1), title))
        current = section
        row = _row(group, number, section, lang)
        for area in row.areas:
            side_by_side.setdefault(area.area, area.name)
        out.lines.append(row)
    out.areas = list(side_by_side.items())
    return out


def document_line(plan: Plan, lang: str) -> str:
    """ "(Kèm theo Kế hoạch số 92/KH-UBND ngày 08/11/2022 của Ủy ban nhân dân huyện Cầu Ngang)"."""
    words = WORDS[lang]
    doc = plan.document
    kind, issuer = doc.type.get(lang), doc.issuer.get(lang) if doc.issuer else ""
    if doc.number and doc.date:
        date = doc.date.strftime("%d/%m/%Y" if lang == "vi" else "%d %B %Y")
        said = words["issued"].format(type=kind, number=doc.number, date=date, issuer=issuer)
    else:
        year = doc.date.year if doc.date else doc.year
        said = words["issued_no_number"].format(type=kind, year=year or "", issuer=issuer)
    return words["document"].format(document=said.strip())


# --------------------------------------------------------------------------------------------
# Rows


def _by_target(items: Iterable[Target]) -> list[list[Target]]:
    """The results grouped by target, section by section (in the order the plan lists its
    sections, else as its targets first cite them), then in the plan's order of indicators and
    targets; the areas of one target in the order the plan lists them."""
    groups: dict[str, list[Target]] = {}
    for item in items:
        groups.setdefault(item.result.target, []).append(item)
    if not groups:
        return []
    plan = next(iter(groups.values()))[0].plan
    order: dict[int, int] = {}  # by id() of the target model: its place in the plan
    sections: dict[str, int] = {s.id: i for i, s in enumerate(plan.sections or ())}
    for indicator in plan.indicators:
        for target in indicator.targets:
            order[id(target)] = len(order)
            section = (getattr(target, "source", None) or indicator.source).section
            sections.setdefault(section, len(sections))
    area_order = {area.id: i for i, area in enumerate(plan.areas)}

    def place(group: list[Target]) -> tuple[int, int]:
        item = group[0]
        return sections.get(_source(item)[0], len(sections)), order.get(id(item.target), 0)

    ordered = sorted(groups.values(), key=place)
    for group in ordered:
        group.sort(key=lambda item: area_order.get(item.result.area, len(area_order)))
    return ordered


def _source(item: Target) -> tuple[str, int | None]:
    """The section and item number a target is written at (the target's own, else its
    indicator's)."""
    source = getattr(item.target, "source", None) or item.indicator.source
    return source.section, source.item


def _numbers(groups: list[list[Target]]) -> list[str]:
    """STT: the plan's item number ("1" for its "(1)"); the further rows of one item "1.1",
    "1.2"; rows of a section with no item numbered on after the section's last item."""
    numbers: list[str] = []
    seen: dict[int, int] = {}
    last: dict[str, int] = {}
    for group in groups:
        section, item = _source(group[0])
        if item is None:
            last[section] = last.get(section, 0) + 1
            numbers.append(str(last[section]))
            continue
        last[section] = max(last.get(section, 0), item)
        if item in seen:
            seen[item] += 1
            numbers.append(f"{item}.{seen[item]}")
        else:
            seen[item] = 0
            numbers.append(str(item))
    return numbers


def _row(group: list[Target], number: str, section: str, lang: str) -> Row:
    item = _main(group)
    result, indicator = item.result, item.indicator
    areas: tuple[AreaResult, ...] = ()
    if len(group) > 1:
        areas = tuple(
            AreaResult(
                one.result.area,
                area_name(one, lang),
                one.result.status,
                _verdict(one.result.status, lang),
                _latest(one, lang),
            )
            for one in group
        )
        status, verdict = area_verdict(group, lang)
    else:
        status = result.status
        verdict = _verdict(status, lang)
    return Row(
        number=number,
        section=section,
        indicator=indicator.name.get(lang),
        unit=_unit_words(indicator, lang),
        goal=target_phrase(item.plan, indicator, item.target, lang, worded=True),
        figures=_figures(result, indicator, lang) if len(group) == 1 else {},
        latest=_latest(item, lang),
        achieved=_achieved(result, indicator, lang),
        needed=_needed(result, indicator, lang),
        compared=_compared(result, lang),
        status=status,
        verdict=verdict,
        note=_note(result.latest, lang),
        item=item,
        areas=areas,
    )


def _main(group: list[Target]) -> Target:
    """The result a row shows: the plan's own area's when it is among them, else the first."""
    plan_area = group[0].plan.area
    return next((one for one in group if one.result.area == plan_area), group[0])


def several_areas(items: Iterable[Target]) -> dict[tuple[str, str], list[Target]]:
    """The targets judged in more than one area, by plan and target id, each with its results
    (in the order given): what tables show side by side, one row a target."""
    groups: dict[tuple[str, str], list[Target]] = {}
    for item in items:
        groups.setdefault((item.result.plan, item.result.target), []).append(item)
    return {key: group for key, group in groups.items() if len(group) > 1}


def area_verdict(group: list[Target], lang: str) -> tuple[Status, str]:
    """A target over several areas: its verdict (:func:`_overall`) and the count said as
    offices say it, "6/8 xã đạt"."""
    met = sum(1 for one in group if one.result.status in MET)
    level = _count_word(group[0].plan, [one.result.area for one in group], lang)
    words = WORDS[lang]["met_of"].format(met=met, n=len(group), level=level)
    return _overall(group), " ".join(words.split())


def _overall(group: list[Target]) -> Status:
    """A target over several areas: met when every area met it (exceeded only when every one
    exceeded), else the worst of the areas' verdicts (a verdict before a lack of data)."""
    statuses = [one.result.status for one in group]
    if all(s is Status.EXCEEDED for s in statuses):
        return Status.EXCEEDED
    if all(s in MET for s in statuses):
        return Status.ACHIEVED
    return min((s for s in statuses if s not in MET), key=worst_first)


def _count_word(plan: Plan, area_ids: list[str], lang: str) -> str:
    levels = {a.level for a in plan.areas if a.id in area_ids}
    if len(levels) == 1:
        return LEVEL_WORDS[lang].get(levels.pop(), "")
    return "địa bàn" if lang == "vi" else "areas"


def _verdict(status: Status, lang: str) -> str:
    return f"{SYMBOLS[status]} {status_word(status, lang)}"


def _unit_words(indicator: Indicator, lang: str) -> str:
    unit = find_unit(indicator.unit)
    if unit is None:
        return indicator.unit
    if unit.is_qualitative:
        return ""
    return unit.symbol(lang)


def _area_words(plan: Plan, area_id: str, lang: str) -> str:
    area = next((a for a in plan.areas if a.id == area_id), None)
    return area.name.get(lang) if area else area_id


def _figures(result: Result, indicator: Indicator, lang: str) -> dict[int, Figure]:
    """Each year's figure as reported (a level, a year's rate, a state in words)."""
    out: dict[int, Figure] = {}
    percent = _is_percent(indicator)
    for point in result.values:
        if point.value is None:
            words = point_text(point, indicator.unit, lang).partition(": ")[2]
            out[point.year] = Figure(None, words, "text", point.estimate)
            continue
        if indicator.rating_scale is not None:
            words = indicator.rating_scale.level(point.value).get(lang)
            out[point.year] = Figure(None, words, "text", point.estimate)
        elif result.kind == "yearly_growth":
            out[point.year] = Figure(
                point.value, format_percent(point.value, lang), "percent", point.estimate
            )
        elif percent:
            value = point.value / 100  # a share in % is stored as a fraction, shown as 96,4%
            out[point.year] = Figure(
                value, _number(point.value, lang) + "%", "percent", point.estimate
            )
        else:
            out[point.year] = Figure(
                point.value, _number(point.value, lang), "amount", point.estimate
            )
    return out


def _is_percent(indicator: Indicator) -> bool:
    unit = find_unit(indicator.unit)
    return unit is not None and unit.is_percent and unit.scale == 1


def _number(value: float, lang: str) -> str:
    return format_number(value, lang, max_decimals=2)


def _latest(item: Target, lang: str) -> Figure:
    """The figure judged: the latest, or the total, mean or count that decides the target."""
    result = item.result
    words = latest_text(result, item.indicator.unit, lang, item.indicator.rating_scale)
    latest = result.latest
    estimate = bool(latest and latest.estimate)
    if result.kind == "cumulative" and result.total is not None:
        return Figure(result.total, words, "amount", estimate)
    if result.kind == "average" and result.observed_rate is not None:
        return Figure(result.observed_rate, words, "amount", estimate)
    if latest is None or latest.value is None or item.indicator.rating_scale is not None:
        return Figure(None, words if latest else "", "text", estimate)
    if result.kind == "yearly_growth":
        return Figure(latest.value, words, "percent", estimate)
    if _is_percent(item.indicator):
        return Figure(latest.value / 100, words, "percent", estimate)
    return Figure(latest.value, words, "amount", estimate)


def _rate(result: Result, rate: float | None, text: str) -> Figure:
    if rate is None or result.kind == "average":
        return Figure(None, "" if text == "–" else text, "text")
    if result.rate_unit == "fraction":
        return Figure(rate, text, "percent")
    return Figure(rate, text, "amount")


def _achieved(result: Result, indicator: Indicator, lang: str) -> Figure:
    if result.kind == "average":
        return Figure.blank()  # the mean is the figure judged, not a pace
    text = rate_text(result, result.observed_rate, indicator.unit, lang)
    return _rate(result, result.observed_rate, text)


def _needed(result: Result, indicator: Indicator, lang: str) -> Figure:
    if result.kind == "average":
        return Figure.blank()
    text = catch_up_text(result, indicator.unit, lang)
    return _rate(result, result.catch_up_rate, text)


def _compared(result: Result, lang: str) -> Figure:
    """The figure judged as a share of the target (the "so với mục tiêu (%)" of year-end
    tables): the pace achieved over the pace set for a growth target, the latest level (the
    total, the mean, the count) over the level set for the others; none for a target that has
    no one number to reach (a change per year, every year, a state, a rating)."""
    goal = result.target_low
    if goal is None or goal <= 0 or result.comparator is None:
        return Figure.blank()
    if result.kind in RATE_KINDS:
        if result.kind == "yearly_growth" or result.observed_rate is None:
            return Figure.blank()
        judged: float | None = result.observed_rate
    elif result.kind == "cumulative":
        judged = result.total
    elif result.kind == "average":
        judged = result.observed_rate
    elif result.kind in ("level", "count", "share", "structure"):
        judged = result.latest.value if result.latest is not None else None
    else:
        return Figure.blank()
    if judged is None:
        return Figure.blank()
    ratio = judged / goal
    return Figure(ratio, format_number(ratio * 100, lang, max_decimals=1), "percent")


def _note(latest: Point | None, lang: str) -> str:
    """Ghi chú: where the figure judged comes from, and whether it is an estimate."""
    if latest is None:
        return ""
    words = WORDS[lang]
    if latest.origin == "plan":
        where = words["plan_figure"]
    else:
        where = latest.where
    if latest.estimate:
        where = f"{words['estimate']}; {where}" if where else words["estimate"]
    return where
