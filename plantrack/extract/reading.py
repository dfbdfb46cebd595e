"""One clause read as a target: its kind, bound, figures, unit, time, direction and name.

Pure: a :class:`~plantrack.extract.clauses.Clause` and the plan's context in, a
:class:`Reading` (with the reasons a reviewer should look at it) or ``None`` out. The rules,
in the order they are tried, are listed in docs/extract.md; the words they look for are in
:mod:`plantrack.extract.words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrack.extract import words
from plantrack.extract.clauses import Clause, after_lead, first_sentence, own_text
from plantrack.extract.figures import (
    before_figure,
    bound_of,
    equivalent_figure,
    figures,
    main_figure,
    per_mille_two_ways,
)
from plantrack.extract.kinds import Said, index_falls, kind_of, on_the_year_before, verbs_of
from plantrack.extract.names import (
    COUNTING_WORDS,
    OPENER,
    VERB_OF_OWN,
    bracketed_unit,
    by_its_act,
    is_weak,
    moved_from_unit,
    name_after,
    noun_unit,
    per_from_name,
    sibling_unit,
    subject,
    variant_of,
)
from plantrack.extract.not_targets import a_result, is_narrative
from plantrack.extract.timing import PlanTime, time_of, time_stated, times
from plantrack.numbers.parse import DecimalMark
from plantrack.plans.wording import one_spelling
from plantrack.units import parse_unit


@dataclass
class Reading:
    kind: str
    comparator: str  # value, about, at_least, more_than, at_most, less_than, range
    figures: tuple[str, ...]  # as written: ("12,96",), ("11", "13")
    numbers: tuple[float, ...]
    percent: bool  # the figures are in % (a rate for growth kinds)
    unit: str | None
    year: int | None
    period: tuple[int, int] | None
    direction: str | None
    name: str
    structure: str | None = None
    vision: bool = False
    review: list[str] = field(default_factory=list)
    part: str | None = None  # a share: the name of what it is the share of the whole of
    out_of: int | None = None  # a count of areas: how many there are ("8/8 xã")
    whole: str | None = None  # a share: the whole's name (None: the text does not name it)


#: Bound words alone before a clause's figure: "trên 57,5% xã đạt chuẩn" opens with its figure.
_BOUND_WORDS = re.compile(
    rf"\s*(?:(?:{words.BOUND_WORD})\s+)+",
    re.IGNORECASE,
)


#: A clause that opens by keeping or having what its figure names: "giữ vững 100% trường học đạt
#: chuẩn quốc gia", "Hằng năm có trên 90% tổ chức cơ sở đảng … được … xếp loại …" name the
#: schools and the party bodies after the figure, not the subject of the clause before.
#: What a clause does before it aims, with no figure: "Sở tiếp tục triển khai tốt công tác giảm
#: nghèo, các mô hình, giải pháp hỗ trợ hộ nghèo vươn lên trong cuộc sống, phấn đấu giảm 1,25%
#: số hộ nghèo trở lên" (the aim is the clause's; what comes before it names no target).
_AIMS_AFTER = re.compile(r"^[^\d]*,\s*(?=(?:phấn đấu|quyết tâm|nỗ lực)\s)", re.IGNORECASE)
_KEEPING = re.compile(
    r"^\W*(?:(?:hằng|hàng|mỗi)\s+năm\s*,?\s*)?"
    r"(?:(?:toàn|cả)\s+(?:huyện|tỉnh|xã|phường|thành phố|thị xã)\s+)?"
    r"(?:tiếp tục\s+)?(?:giữ vững|duy trì|có(?:\s+thêm)?)\s+",
    re.IGNORECASE,
)


def chain_of(clause: Clause, own_name: str) -> list[Clause]:
    """The clause, then those it belongs to: the clause a "trong đó" part or a parenthesis is
    part of, and, for a clause with no subject of its own, the one before it in the sentence."""
    out: list[Clause] = [clause]
    current: Clause | None = clause.parent
    if clause.subject_from is not None and (
        is_weak(own_name) or variant_of(own_name, subject(clause.subject_from.text), clause.text)
    ):
        current = clause.subject_from
    while current is not None and current not in out:
        out.append(current)
        current = current.parent or (
            current.subject_from
            if is_weak(subject(current.text)) and not _BEFORE_ITS_NAME.match(current.text)
            else None
        )
    return out


#: A clause that opens with its figure and names what it counts after it: "trên 78% tổng số xã
#: đạt chuẩn nông thôn mới" has a subject of its own (a "trong đó" part after it belongs to it,
#: not to the clause before it).
_BEFORE_ITS_NAME = re.compile(rf"\W*(?:(?:{words.BOUND_WORD})\s+)*[\d.,]+\s*%?\s+[^\W\d_]", re.I)


#: A name that is a sector or its output ("Công nghiệp – Tiểu thủ công nghiệp", "Thương mại dịch
#: vụ", "Sản lượng nông nghiệp"), not a rate that names one ("Tỷ lệ lao động nông nghiệp").
_A_SECTOR = re.compile(
    r"\W*(?:(?:giá trị(?: sản xuất)?|sản lượng|khu vực|ngành)\s+)*"
    r"(?:nông|lâm|thủy sản|thuỷ sản|ngư|công nghiệp|tiểu thủ|xây dựng|dịch vụ|thương mại|du lịch)",
    re.IGNORECASE,
)


def _list_heading(clause: Clause, name: str) -> str:
    """The heading right above a sector's clause that opens a list of the sectors, as a lead
    would ("1. Tốc độ tăng trưởng kinh tế bình quân:" above "- Nông nghiệp 3%"), not one that
    opens the targets ("Các chỉ tiêu chủ yếu:"); other items of the list ("Nâng cấp đường cấp
    phối 80%" under "1. Tăng trưởng kinh tế:") take nothing of it."""
    if not clause.headings or not clause.listed or not _A_SECTOR.match(name):
        return ""
    heading = clause.headings[-1].text.rstrip()
    if not heading.endswith(":") or words.TARGETS_CUE_RE.search(heading):
        return ""
    return heading


#: A sector's growth named in its clause: "tăng trưởng công nghiệp 11-11,5%".
_SECTOR_GROWTH = re.compile(r"\W*(?:tốc độ\s+)?tăng(?: trưởng)?\s+(?=\S)", re.IGNORECASE)


def _sectors_growth(clause: Clause, name: str) -> str:
    """The clause of a list of sectors that names their growth, for a sector named alone after
    it: "tăng trưởng công nghiệp 11-11,5%, dịch vụ 13-13,5%, nông nghiệp 2,5-3,5%" (the list goes
    on naming the sectors only); "" when the list before it does not."""
    if not _sector_alone(name):
        return ""
    before = clause.subject_from
    while before is not None:
        named = subject(own_text(before))
        growth = _SECTOR_GROWTH.match(named)
        if growth is not None and _sector_alone(named[growth.end() :]):
            return own_text(before)
        if not _sector_alone(named):
            return ""
        before = before.subject_from
    return ""


def _sector_alone(name: str) -> bool:
    """A name that is a sector and nothing more: "dịch vụ", "nông nghiệp", "công nghiệp - xây
    dựng" (not "nông nghiệp ứng dụng công nghệ cao đạt …")."""
    return bool(_A_SECTOR.match(name)) and len(name.split()) <= 5 and not VERB_OF_OWN.search(name)


def _series_about(clause: Clause, decimal: DecimalMark) -> str | None:
    """ "about" for a figure that goes on a series of milestones whose first is "about": "tỷ lệ
    dân số thành thị đạt khoảng 33% vào năm 2015 và 40% vào năm 2020" (40 % is about 40 %, as
    the text writes "khoảng" once); None when the clause before it is no such milestone (a year
    after its figure): "Thu ngân sách đạt khoảng 500 tỷ đồng; 100% xã …" is no series."""
    before = clause.subject_from
    if before is None or not re.search(r"(?:vào |đến |tới )?năm\s+\d{4}", own_text(clause)):
        return None
    found = figures(before.text, before.aside, decimal)
    if not found:
        return None
    fig = found[-1]
    if not re.search(r"năm\s+\d{4}", before.text[fig.end :]):
        return None  # "Thu ngân sách đạt khoảng 500 tỷ đồng; 100% xã …": no milestone before
    return "about" if bound_of(before.text[: fig.start], fig) == "about" else None


#: A rank just before the figure (:data:`words.RANK_WORDS`): "xếp hạng 15/34 trên cả nước".
_RANKED = re.compile(
    rf"\b(?:{words.RANK_WORDS})\s*(?:(?:trong\s+)?(?:top|nhóm)\s+)?$", re.IGNORECASE
)
#: A list's lead that says "every year" of the figure after it, named after it: "… phấn đấu hằng
#: năm có trên 90% hộ gia đình …" (not a measure's own name: "tốc độ tăng trưởng hàng năm đạt …").
_EVERY_YEAR_LEAD = re.compile(
    r"\b(?:hằng|hàng|mỗi)\s+năm\s*,?\s*(?:phấn đấu\s+)?(?:có\s+)?"
    r"(?:(?:trên|hơn|khoảng|gần|từ|ít nhất|tối thiểu)\s*)?$",
    re.IGNORECASE,
)
#: The words before a figure that are its own verb of state, and bound words: "đạt dưới",
#: "chiếm khoảng", "là", "ở mức".
_STATED = re.compile(
    rf"\W*(?:đạt|chiếm|là|ở mức)(?:\s+(?:mức|{words.BOUND_WORD}))*\s*", re.IGNORECASE
)


def _a_report(clause: Clause) -> bool:
    """Whether a clause reports what was or is (a result, a report, a comparison)."""
    return bool(
        a_result(clause, clause.text)
        or words.COMPARISON_RE.search(clause.text)
        or is_narrative(clause)
    )


def read_clause(
    clause: Clause, plan: PlanTime, decimal: DecimalMark, *, planned: bool = False
) -> Reading | None:
    """The target a clause states, or None when it holds none (see the module's description);
    a ``planned`` clause's figures are the plan's, whatever its words report."""
    text = clause.text
    own = own_text(clause)
    own_name = subject(after_lead(clause))
    chain = chain_of(clause, own_name)
    source_of_subject = next((c for c in chain[1:] if not is_weak(subject(c.text))), None)
    parents = [c for c in chain[1:] if c is not source_of_subject and c is clause.parent]
    kin = [clause] + ([source_of_subject] if source_of_subject else []) + parents
    weak = is_weak(own_name) or not VERB_OF_OWN.search(own)
    heads = [
        first_sentence(clause.context),
        first_sentence(clause.head) if weak else "",
        _list_heading(clause, own_name or subject(clause.lead or "")),
        _sectors_growth(clause, own_name),
    ]
    context = " ".join([own_text(c) for c in kin] + [clause.lead or ""] + heads)
    # a list of shares: "Nông nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; ..."
    first = clause.first.text if clause.first is not None and not VERB_OF_OWN.search(own) else ""
    name = own_name
    if is_weak(name) or (len(name.split()) <= 3 and clause.lead):
        inherited = next((subject(c.text) for c in chain[1:] if not is_weak(subject(c.text))), "")
        if not inherited and clause.context:
            inherited = subject(clause.context)
        base = subject(clause.lead) if clause.lead else inherited
        name = f"{base} {name}".strip() if not is_weak(name) and base else (base or name)
    elif clause.subject_from is not None:
        name = variant_of(name, subject(clause.subject_from.text), clause.text) or name
    vision = any(words.VISION_RE.search(h.text) for h in clause.headings)
    if (
        (_a_report(clause) and not planned)
        or words.FRACTION_OF_RE.search(text)
        or words.MISPRINTED_NUMBER_RE.search(text)
        # (a quarter beside the plan's figure is its result's: "Đến hết quý III năm 2020, tăng
        # trưởng … mới đạt 6,58%, … khó đạt kế hoạch đề ra là 7,91%")
        or (words.QUARTER_RE.search(text) and not planned)
    ):
        # a result, a comparison with a base year, a report, a fraction of a number not given,
        # a misprinted number or a quarter's figure: listed, not a target
        return None
    restated = words.RESTATED_RE.match(text)
    if (
        restated
        and clause.subject_from is not None
        and not plan.one_year
        and int(restated["year"]) < plan.start
    ):
        return None  # "..., tăng 42,9% so với năm 2015": the figure before it, compared
    if words.EQUIVALENT_RE.match(text) and clause.subject_from is not None:
        return None  # "… 5,9 tỷ kWh; tương đương khoảng 0,912 triệu TOE": the figure before it
    if words.INDEX_RE.match(text) and (
        not on_the_year_before(text, plan)
        # (the index of a result is a result: "Sáu tháng đầu năm 2024, tổng thu … đạt 620 tỷ
        # đồng, bằng 110% so với cùng kỳ")
        or (clause.subject_from is not None and _a_report(clause.subject_from))
    ):
        return None  # "…, bằng 250% so với năm 2020" in a plan of 2021-2025: restated
    found = figures(text, clause.aside, decimal)
    if not found:
        return _without_figure(clause, chain, plan, text, name, vision)
    fig = main_figure(text, found)
    review: list[str] = []
    equivalent = equivalent_figure(clause.text, clause.aside, decimal)
    if (
        equivalent is not None
        and not fig.percent
        and fig.unit
        and parse_unit(fig.unit).quantity.value == "ratio"
    ):
        fig = equivalent
    if len(found) > 1:
        review.append("more-figures")
    if any(re.fullmatch(r"\d{1,3}[.,]\d{3}", w) for w in fig.written) and (
        ("," in "".join(fig.written)) == (decimal == "comma")
    ):
        review.append("ambiguous-number")  # "3,098" with decimal commas: 3.098, not 3098?
    if per_mille_two_ways(text, fig):
        review.append("per-mille")  # "dưới 20/00": 2 ‰ or 20 ‰?
    # the clause opens with its figure, after bound words or the time that opens it ("phấn đấu
    # đến năm 2030, 100% thủ tục hành chính …")
    lead_in = _KEEPING.sub("", OPENER.sub("", _AIMS_AFTER.sub("", text[: fig.start])))
    opens = fig.start <= 2 or not lead_in.strip() or bool(_BOUND_WORDS.fullmatch(lead_in))
    # (and a rate's change named after its figure: "…; giảm 6% tỷ lệ hộ nghèo")
    rate_after = bool(
        re.fullmatch(
            rf"\W*(?:(?:phấn đấu|quyết tâm|nỗ lực)\s+)?(?:giảm|tăng)(?:\s+thêm)?"
            rf"(?:\s+(?:{words.BOUND_WORD}))*\s*",
            lead_in,
            re.IGNORECASE,
        )
        and re.match(
            r"\s*(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|số hộ (?:cận )?nghèo)\b", fig.after, re.IGNORECASE
        )
    )
    named_after = (opens or rate_after) and len(name_after(fig).split()) >= 3
    if named_after:
        name = name_after(fig)
        if fig.percent and source_of_subject is not None and source_of_subject is not clause.parent:
            # "…; tăng trưởng đàn gia súc trên 5%/năm; trên 57,5% xã đạt chuẩn nông thôn mới":
            # a share of things named after its figure takes no cue of the clause before it
            kin = [c for c in kin if c is not source_of_subject]
            context = " ".join([own_text(c) for c in kin] + [clause.lead or ""] + heads)
        # but a list's lead says it of each: "… phấn đấu hằng năm có trên 90% hộ gia đình đạt
        # chuẩn văn hóa; trên 90% ấp, khu phố …; 98% cơ quan …" (not an average's: "bình quân")
        opening = before_figure(clause.first.text) if clause.first is not None else ""
        if _EVERY_YEAR_LEAD.search(opening) and not words.AVERAGE_RE.search(opening):
            context = f"{context} {opening}"
    elif is_weak(own_name) and not (clause.lead or len(chain) > 1 or clause.context):
        name = name_after(fig) or name
    name = by_its_act(name, fig)
    before = text[: fig.start] if fig.start <= len(text) else text
    comparator = "about" if fig is equivalent else bound_of(before, fig)
    if comparator == "value" and opens and not lead_in.strip():
        comparator = _series_about(clause, decimal) or comparator
    # "doanh số … tăng 23-25% mỗi năm, chiếm khoảng 30% tổng mức bán lẻ …", "tỷ lệ hộ nghèo giảm
    # 1,5%/năm, đạt dưới 3%": a figure its own verb states is a level or a share, whatever the
    # clause whose subject it takes says of its own figure (its rise, its "/năm"); the subject's
    # words before its figure still count ("Tốc độ tăng trưởng bình quân hàng năm … đạt 12-13%,
    # …, đạt …")
    stated = bool(_STATED.fullmatch(before))
    if stated and source_of_subject is not None and not named_after:
        kin = [c for c in kin if c is not source_of_subject]
        context = " ".join(
            [own_text(c) for c in kin]
            + [before_figure(source_of_subject.text), clause.lead or ""]
            + heads
        )
    inherits = (
        source_of_subject is not None and is_weak(own_name) and not named_after and not stated
    )
    verbs, name = verbs_of(
        name,
        before,
        before_figure(source_of_subject.text) if inherits and source_of_subject else None,
        text,
        fig,
    )
    said = Said(
        text=text,
        own=own,
        name=name,
        before=before,
        context=context,
        around=" ".join([clause.lead or "", *heads] + [c.text for c in kin[1:]]),
        first=first,
    )
    read = kind_of(fig, comparator, verbs, said, chain, plan)
    kind, unit, fig, comparator = read.kind, read.unit, read.fig, read.comparator
    if unit is not None and "/" not in unit and kind not in ("growth", "yearly_growth"):
        # the denominator before the figure or right after it: "Số bác sĩ đạt 9 bác sĩ trên
        # 10.000 dân"
        after = words.PER_RE.match(fig.after.lstrip())
        # (and the words before it: "thu nhập bình quân đến năm 2030 đạt 136,5 triệu đồng" is a
        # person's, though the name is "thu nhập")
        unit = per_from_name(
            unit, f"{name} {before} {clause.lead or ''} {after.group(0) if after else ''}"
        )
    if unit is None and kind not in ("growth", "yearly_growth"):
        unit = (
            moved_from_unit(text, fig)
            or noun_unit(own_name)
            or noun_unit(name)
            or bracketed_unit(text[: fig.start])
        )
        if unit is not None and "/" not in unit:  # "Số bác sỹ cho 10000 dân đạt 10"
            unit = per_from_name(unit, name)
        unit = unit or sibling_unit(clause, decimal)
        if unit is None:
            review.append("unit")
            unit = "?"
    ranked = bool(_RANKED.search(before)) and not fig.percent
    if ranked:
        unit = "hạng"  # "Chỉ số PCI xếp hạng 15/34 trên cả nước": a rank, the lower the better
    index_fall = kind == "growth" and index_falls(text)  # "bằng 95% so với cùng kỳ"
    if (
        kind in ("growth", "yearly_growth")
        and (verbs.decreasing or index_fall)
        and not words.less_is_better(name)
    ):
        review.append("negative-growth")
    flows = kind == "share" and of_flows(context, plan)
    level_kind = kind in ("level", "structure", "share", "count") and not flows
    year, period = time_of(clause, chain, plan, level=level_kind, own=own)
    if stated and kind == "growth" and source_of_subject is not None:
        # "GRDP tăng bình quân 7,5%/năm, đạt 8% vào năm 2025": that year's growth
        own_time = times(own)
        if own_time.year is not None and own_time.period is None:
            period = (own_time.year, own_time.year)
    if words.SHARE_WORD_RE.search(text) and kind == "level" and fig.percent:
        review.append("share")
    if (
        kind in ("level", "cumulative")
        and not plan.one_year
        and not (fig.percent and name.startswith("Tỷ lệ"))  # "Tỷ lệ hoàn thành kế hoạch giải ngân"
        and words.FLOW_TOTAL_RE.search(name)
        and not time_stated(clause, chain, own)
        and not words.YEARLY_RE.search(context)
    ):
        review.append("period-total")  # "tổng thu ngân sách 29.000 tỷ đồng": a year's, or 5?
    part = whole = None
    if kind == "share" and read.share is not None:
        part, whole = read.share
        if whole is None:
            review.append("share-whole")
    # a figure stated of a subject that falls falls too ("Tỷ suất sinh thô giảm bình quân
    # 0,2‰/năm, ở mức 14‰ vào năm 2025"); an index under 100 is a fall ("bằng 95% so với cùng kỳ")
    falls = (
        stated
        and source_of_subject is not None
        and bool(re.search(r"\bgiảm\b", before_figure(source_of_subject.text), re.IGNORECASE))
    ) or index_fall
    if kind == "structure":
        direction = None
    elif (
        verbs.decreasing
        or falls
        or ranked
        or words.less_is_better(name)
        or words.less_is_better(own[: fig.start] if fig.start <= len(own) else own)
        or comparator in ("at_most", "less_than")
    ):
        direction = "decrease"
    else:
        direction = "increase"
    if not name:
        if words.BARE_FIGURE_RE.fullmatch(text):
            return None  # "17,9%", "2016" on a line of their own: a table's cell, its row lost
        review.append("name")
        name = text[: fig.start].strip() or text
    return Reading(
        kind=kind,
        comparator=comparator,
        figures=fig.written,
        numbers=fig.numbers,
        percent=fig.percent,
        unit=unit,
        year=year if level_kind else None,
        period=None if level_kind else period,
        direction=direction,
        name=name,
        structure=read.structure,
        vision=vision,
        review=review,
        part=part,
        whole=whole,
        out_of=read.out_of,
    )


def of_flows(text: str, plan: PlanTime) -> bool:
    """Whether a share is of flows over the plan's years, so of the period's totals, not of one
    year's: "vốn ngân sách địa phương …, chiếm 28,7%" of a five-year programme's funds."""
    return not plan.one_year and bool(words.FLOW_RE.search(text))


#: "các", "những", "bất kỳ" before what a clause counts: "không để xảy ra các vụ cháy lớn",
#: "… bất kỳ vụ cháy lớn nào".
_THE_MANY = re.compile(r"^(?:các|những|bất kỳ|bất kì|bất cứ)\s+", re.IGNORECASE)
#: Words of two syllables a counting word opens, kept whole: "trường hợp tái nghèo", "nhà máy".
_WHOLE_WORDS = {
    one_spelling(words)
    for words in ("trường hợp", "nhà máy", "nhà trẻ", "nhà văn hóa", "nhà hàng", "nhà nghỉ")
}
#: What a clause with no figure counts by its first word: the names' counting words, and "vụ cháy"
#: counts vụ, "nhà tạm" nhà.
_COUNTING_WORDS = (*COUNTING_WORDS, "vụ", "nhà")


def _counted(noun: str) -> str:
    """The unit of what a clause with no figure counts, up to a comma: its counting word, else
    its first two words ("không còn địa bàn trọng điểm, phức tạp …" counts "địa bàn")."""
    first = re.split(r"[,;]", noun)[0].split()
    whole = one_spelling(" ".join(first[:2]).lower()) in _WHOLE_WORDS
    if first and first[0].lower() in _COUNTING_WORDS and not whole:
        return first[0]
    return " ".join(first[:2])


def _without_figure(
    clause: Clause, chain: list[Clause], plan: PlanTime, text: str, name: str, vision: bool
) -> Reading | None:
    """A clause with no figure: "không còn hộ nghèo" (none left), "chiếm đa số" (a majority),
    or a state to reach (qualitative)."""
    own = own_text(clause)
    # (not "không còn là nơi …", no longer being, nor "không có núi, không có biển nhưng có
    # nhiều …", what a place has and has not: a description, no aim)
    nothing_left = re.search(r"không còn(?!\s+là\b)", text, re.IGNORECASE)
    majority = re.search(r"chiếm đa số", text, re.IGNORECASE)
    none_at_all = re.search(r"\bkhông (?:có|để(?: xảy ra)?)\s+(?=[^\W\d_])", text, re.IGNORECASE)
    if (
        none_at_all
        and none_at_all.group(0).lower().startswith("không có")
        and re.search(
            r"\b(?:nhưng|song|mà)\s+(?:lại\s+)?có\s+(?:nhiều|tiềm năng|lợi thế|thế mạnh)\b",
            text[none_at_all.end() :],
            re.IGNORECASE,
        )
    ):
        return None
    if none_at_all and not nothing_left:
        noun = _THE_MANY.sub("", text[none_at_all.end() :].split("(")[0].strip(" ,.;"))
        # what is counted, up to a comma: "không có hộ nghèo, hộ cận nghèo" counts hộ nghèo
        counted = _counted(noun) if noun else "trường hợp"
        year, period = time_of(clause, chain, plan, level=plan.one_year, own=own)
        return Reading(
            kind="level" if plan.one_year else "annual",
            comparator="at_most",
            figures=("0",),
            numbers=(0.0,),
            percent=False,
            unit=counted,
            year=year if plan.one_year else None,
            period=None if plan.one_year else period,
            direction="decrease",
            name=f"Số {noun}" if noun else text,
            vision=vision,
        )
    if nothing_left or majority:
        year, _ = time_of(clause, chain, plan, level=True, own=own)
        if nothing_left:
            noun = _THE_MANY.sub("", text[nothing_left.end() :].strip().split("(")[0].strip(" ,.;"))
            unit = noun_unit(noun) or (_counted(noun) if noun else "hộ")
            figure, number, direction = "0", 0.0, "decrease"
            comparator, label = "value", name or noun
        else:
            figure, number, unit, direction = "50", 50.0, "%", "increase"
            comparator, label = "more_than", name
        return Reading(
            kind="level",
            comparator=comparator,
            figures=(figure,),
            numbers=(number,),
            percent=unit == "%",
            unit=unit,
            year=year,
            period=None,
            direction=direction,
            name=label,
            vision=vision,
        )
    if words.QUALITATIVE_RE.search(text):
        year, _ = time_of(clause, chain, plan, level=True, own=own)
        return Reading(
            kind="qualitative",
            comparator="value",
            figures=(),
            numbers=(),
            percent=False,
            unit="status",
            year=year,
            period=None,
            direction=None,
            name=name or text,
            vision=vision,
        )
    return None
