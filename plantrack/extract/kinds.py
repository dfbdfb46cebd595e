"""The kind of target a clause's figure states, from the words around it.

Pure: what the words before the figure do (:func:`verbs_of`: falls to, rises to, is kept at,
adds) and the texts of the clause and those it belongs to (:class:`Said`) in, the kind with its
unit (:func:`kind_of`) out. The rules, in the order they are tried, are listed in
docs/extract.md ("The kind"); :mod:`plantrack.extract.reading` reads the rest of the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from plantrack.extract import words
from plantrack.extract.clauses import Clause, own_text
from plantrack.extract.figures import Figure, number_of
from plantrack.extract.names import PER_PERSON, masked_cues
from plantrack.extract.timing import NO_TIME, PlanTime, times
from plantrack.plans.wording import PLANNED, spellings

#: Areas a plan counts: "8/8 xã được công nhận nông thôn mới nâng cao" counts xã out of 8.
_AREA_FRACTION_RE = re.compile(
    spellings(rf"(?P<count>\d+)\s*/\s*(?P<out_of>\d+)\s+(?P<noun>{words.AREA_NOUN})\b"),
    re.IGNORECASE,
)

#: The whole term, before a figure: "Khai thác thủy sản trong cả nhiệm kỳ đạt 18.000 tấn".
_WHOLE_TERM = re.compile(
    r"\b(?:cả|suốt)\s+nhiệm kỳ\b|\btrong\s+toàn\s+nhiệm kỳ\b", re.IGNORECASE
)  # (not "Quy mô dân số toàn nhiệm kỳ dưới 15.000 người", a stock)

_RATE_INDICATOR = re.compile(
    spellings(r"tỷ lệ tăng (?:dân số )?tự nhiên|tỷ lệ sinh|mức giảm sinh|tỷ suất"), re.IGNORECASE
)

#: A price index, whose percentage is its rise (inflation): "kiểm soát chỉ số giá tiêu dùng dưới
#: 4,5%", "CPI tăng dưới 4%".
_PRICE_INDEX = re.compile(r"chỉ số giá|\bCPI\b|lạm phát", re.IGNORECASE)

#: The economy's output alone as a clause's name: a percentage of it is its growth ("mục tiêu
#: GRDP trên 12,5%"), a share of it says "chiếm" or names its part.
_THE_ECONOMY = re.compile(
    r"(?:mục tiêu\s+)?(?:GRDP|GDP|tổng (?:giá trị )?sản phẩm(?: trên địa bàn)?(?: \((?:GRDP|GDP)\))?"
    r"|giá trị (?:gia tăng|tăng thêm)(?: kinh tế| của nền kinh tế)?)",  # ("giá trị gia tăng kinh tế")
    re.IGNORECASE,
)
#: The end a clause's own words set: "đến năm 2025 đạt 900 tỷ đồng", "đạt trên 2 tỷ đồng vào năm
#: 2030", "năm 2030 đạt …" (not a year it is compared with or starts from: "so với năm 2020").
_BY_A_YEAR = re.compile(
    r"\b(?:(?:đến|tới|vào|trong)\s+(?:cuối\s+)?)?(?<!với )(?<!từ )(?<!sau )năm\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: "Giảm <a rate> dưới": the level the rate falls below.
_TO_BELOW = re.compile(r"\W*giảm\b.*\s(?:dưới|không quá)\s*$", re.IGNORECASE)
_BELOW = re.compile(r"\s*(?:dưới|không quá)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verbs:
    """What the words before a clause's figure say of it."""

    remains: bool  # "xuống còn", "giảm dưới": the level it falls to
    reaches: bool  # "tăng từ 90% lên trên 95%": the level it rises to
    decreasing: bool
    increasing: bool
    leading: bool  # the name opened with its verb ("giảm tỷ lệ hộ nghèo"), taken off it
    added: bool  # "tăng thêm", "có thêm": new ones
    keeps: bool  # "duy trì", "giữ vững": kept at its bound
    against_plan: bool  # "… so với kế hoạch": a share of the plan's figure


def verbs_of(
    name: str, before: str, inherited: str | None, text: str, fig: Figure
) -> tuple[Verbs, str]:
    """What the words ``before`` the figure (and ``inherited``, the words before the figure of
    the clause whose subject it takes, if any) say of it, and the name without a verb that
    opens it."""
    verbs = words.VALUE_ADDED_RE.sub(  # "giá trị tăng thêm" names value added: no verb
        " ", before + " " + (inherited or "")
    )
    remains = bool(
        re.search(
            rf"(?:xuống còn|còn lại|\bcòn|\bxuống){words.TO_LEVEL}"
            r"|\bgiảm\s+(?:dưới|không quá)\s*$",  # "giảm dưới 1%": falls below 1 %
            before.rstrip(),
            re.IGNORECASE,
        )
    ) or bool(
        # "Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 10% vào năm 2017": to below 10 %, unless it is
        # a fall a year ("giảm tỷ lệ hộ nghèo dưới 1%/năm"); and "… và dưới 5% vào năm 2020",
        # which says it again of the same rate
        _TO_BELOW.match(inherited if inherited is not None and _BELOW.fullmatch(before) else before)
        and not words.YEARLY_RE.search(text)
    )
    # "… giảm còn khoảng 3% vào năm 2023, dưới 1% vào năm 2025": the series goes on falling to
    # a level, its verb written once
    remains = remains or bool(
        inherited is not None
        and re.fullmatch(rf"\s*(?:{words.BOUND_WORD})?\s*", before, re.IGNORECASE)
        and re.search(rf"(?:xuống còn|\bcòn|\bxuống){words.TO_LEVEL}", inherited.rstrip(), re.I)
    )
    # "tỷ lệ … tăng từ 90% lên trên 95%": the level it reaches, as "xuống còn" is the one it
    # falls to
    reaches = bool(re.search(rf"\blên{words.TO_LEVEL}", before.rstrip(), re.IGNORECASE))
    decreasing = remains or bool(re.search(r"\bgiảm\b|kéo giảm", verbs, re.IGNORECASE))
    # (not growth as a noun: "tỷ trọng đóng góp của năng suất … vào tăng trưởng kinh tế là 50%")
    increasing = bool(re.search(r"\btăng\b", words.GROWTH_NOUN_RE.sub(" ", verbs), re.IGNORECASE))
    if re.search(r"\bđiều chỉnh\s+(?:giảm|tăng)\b", verbs, re.IGNORECASE):
        # "đàn lợn điều chỉnh giảm từ 140 nghìn con xuống 130 nghìn con": the target lowered,
        # not the herd's way
        decreasing = increasing = False
    opening = re.match(r"\s*(giảm|tăng|nâng|hạ)\s+(?=tỷ lệ|tỉ lệ|tỷ trọng)", name, re.IGNORECASE)
    leading = opening is not None
    if opening is not None:
        name = name[opening.end() :]
        if re.search(rf"\b(?:đạt|lên|tới){words.TO_LEVEL}", before.rstrip(), re.IGNORECASE) or (
            # "tăng tỷ trọng … vào GDP đến năm 2025 khoảng 55%": the level by that year (a
            # fall by a year stays a fall: "giảm tỷ lệ hộ nghèo đến năm 2025 khoảng 1,5%")
            opening.group(1).lower() in ("tăng", "nâng")
            and re.search(rf"\bđến (?:cuối )?năm \d{{4}}{words.TO_LEVEL}", before.rstrip(), re.I)
            # (a rise over a base or each year: "… khoảng 3% so với năm 2020", "2-3%/năm")
            and not fig.per_year
            and not re.match(r"\s*so(?:\s+với)?\b", fig.after, re.I)
        ):
            leading = False  # "nâng tỷ lệ lao động qua đào tạo lên 85%": the level it reaches
            decreasing = increasing = False
    added = bool(
        re.search(
            rf"(?:tăng thêm|có thêm|thêm)(?:\s+(?:là|{words.BOUND_WORD}))*\s*$",
            before.rstrip(),
            re.IGNORECASE,
        )
    )
    against_plan = bool(re.match(rf"[^,;.]{{0,30}}?so với {PLANNED}", fig.after, re.IGNORECASE))
    keeps = bool(
        re.search(
            r"(?:giữ|duy trì|ổn định)(?: vững)?(?: ở)? mức\s*$"
            r"|^\W*(?:(?:tiếp tục|phấn đấu)\s+)?(?:giữ vững|duy trì|giữ ổn định)\b"
            # "Tỷ lệ che phủ rừng duy trì trên 75,38%": kept at its bound every year
            r"|\b(?:duy trì|giữ vững|giữ ổn định)(?:\s+ở)?(?:\s+mức)?"
            rf"(?:\s+(?:{words.BOUND_WORD}))?\s*$"
            # the measure it keeps named after it: "tỉnh Cà Mau duy trì diện tích 1.670 ha"
            r"|\b(?:duy trì|giữ vững|giữ ổn định)\s+(?:diện tích|quy mô|sản lượng|tổng đàn)"
            r"[^,;:]*$"
            # an area assured, not one reached by a year ("Đảm bảo sản lượng lương thực đến năm
            # 2030 đạt 500.000 tấn", "bảo đảm quy mô dân số … khoảng 1,5 triệu người")
            r"|\b(?:đảm bảo|bảo đảm)\s+diện tích(?:(?!\bđạt\b|\bnăm\s+\d)[^,;:])*$",
            before,
            re.IGNORECASE,
        )
    )
    return (
        Verbs(remains, reaches, decreasing, increasing, leading, added, keeps, against_plan),
        name,
    )


@dataclass(frozen=True, slots=True)
class Said:
    """The words a clause's kind is read from."""

    text: str  # the clause
    own: str  # its own words, without those of the clauses inside it
    name: str  # what it measures (:func:`verbs_of`'s name)
    before: str  # its words before its figure
    context: str  # its own words, those of the clauses it belongs to, its lead and headings
    around: str  # its lead, headings and the clauses it belongs to, without its own words
    first: str  # the first clause of a list of shares ("Nông nghiệp chiếm 12,1%; …"), or ""


@dataclass(frozen=True, slots=True)
class Kind:
    """A figure's kind, with what reading it changed: the unit, the figure and its bound (a
    decrease each year is a negative growth), a structure's name, a share's part and whole,
    a count's number of areas."""

    kind: str
    unit: str | None
    fig: Figure
    comparator: str
    structure: str | None = None
    share: tuple[str, str | None] | None = None
    out_of: int | None = None


def kind_of(
    fig: Figure,
    comparator: str,
    verbs: Verbs,
    said: Said,
    chain: list[Clause],
    plan: PlanTime,
) -> Kind:
    """The kind of target ``fig`` states in the clause ``chain[0]`` (``chain``: the clause and
    those it belongs to, :func:`~plantrack.extract.reading.chain_of`)."""
    name, context, text, own = said.name, said.context, said.text, said.own
    ratio_name = bool(
        re.match(r"(?:tỷ lệ|tỷ trọng|tỉ lệ|tỉ trọng|mức)\b", name, re.IGNORECASE)
    ) and not re.match(r"(?:tỷ lệ|tỉ lệ|mức) tăng(?! dân số tự nhiên)", name, re.IGNORECASE)
    # the poor are counted as a rate: "hộ nghèo giảm bình quân 4 - 5%/năm" is the poverty rate's
    ratio_name = ratio_name or bool(fig.percent and words.POVERTY_RE.search(name))
    # … or named after the figure: "Bình quân mỗi năm giảm được 3 - 5% hộ nghèo"
    ratio_name = ratio_name or bool(fig.percent and words.POVERTY_RE.match(fig.after.lstrip()))
    rate_indicator = bool(_RATE_INDICATOR.search(context))
    cues = masked_cues(context)
    if PER_PERSON.search(name) or PER_PERSON.search(context):
        cues = re.sub(r"/\s*năm", " ", cues)  # "45 triệu đồng/năm" a person: not every year
    if _BY_A_YEAR.search(own) and not words.YEARLY_RE.search(masked_cues(own)):
        # "Thu ngân sách … tăng bình quân 15%/năm; đến năm 2025 đạt 900 tỷ đồng": its own year,
        # the level by then; "bình quân …/năm" was the growth's before it
        cues = masked_cues(own)
    decreasing, increasing = verbs.decreasing, verbs.increasing
    structure = None
    unit = fig.unit
    kind: str
    shares_cues = masked_cues(context + " " + said.first)
    share = share_of(name, context, text, fig, shares_cues)
    per_mille = fig.unit == "‰"
    if fig.percent and on_the_year_before(own, plan):
        # "Doanh thu vận tải 10.500 tỷ đồng, bằng 105,86% so với cùng kỳ": a growth of 5,86 %
        kind, unit = "growth", None
        fig = _over_the_base(fig)
    elif verbs.against_plan and fig.percent:
        kind, unit = ("level" if plan.one_year else "annual"), "%"
    elif (
        not fig.percent
        and not per_mille
        and not verbs.remains
        and not fig.per_year
        and _FALL_BY.search(said.before)
        and not words.YEARLY_RE.search(cues)  # "mỗi năm giảm 300 hộ": each year's
        and not words.AVERAGE_RE.search(cues)
    ):
        kind = "change"  # "phấn đấu giảm 2.000 hộ nghèo": the count falls by the figure
    elif (
        (fig.percent or per_mille or (verbs.leading and ratio_name))
        and not verbs.remains
        and not verbs.reaches
        and (
            fig.points
            or (ratio_name and (decreasing or increasing or verbs.leading))
            or (rate_indicator and decreasing)
        )
    ):
        kind, unit = "change", ("‰" if per_mille else "%")
    elif (
        fig.percent
        and (rate_indicator or verbs.remains or verbs.reaches)
        # "nâng tỷ trọng ngành công nghiệp - xây dựng lên khoảng 36 - 38% GRDP": a share of the
        # whole it names, raised to the figure (not the level of a rate); or of the economy a
        # sector's share is of ("giảm tỷ trọng nông nghiệp xuống còn 28,43%")
        and not (
            share is not None
            and (share[1] is not None or words.SECTOR_RE.match(share[0].strip()))
            and not rate_indicator
        )
    ):
        yearly = _kept(verbs, said.before, plan) or (
            words.YEARLY_RE.search(cues) and not plan.one_year
        )
        kind, unit = ("annual" if yearly else "level"), "%"
    elif share is not None and (
        # the share it reaches or falls to: "giảm tỷ trọng nông nghiệp xuống còn 10% GRDP"
        (not increasing and not decreasing) or verbs.remains or verbs.reaches
    ):
        kind, unit = "share", "%"
    elif (
        fig.percent
        and (
            words.STRUCTURE_RE.search(shares_cues)
            or (words.SHARE_WORD_RE.search(shares_cues) and not ratio_name)
        )
        and not increasing
        and not decreasing
    ):
        kind, unit = "structure", "%"
        structure = "co_cau_kinh_te" if words.SECTOR_RE.search(context) else "co_cau"
    elif (
        fig.percent
        and fig.per_year
        and ratio_name
        and not plan.one_year
        and not words.GROWTH_RE.search(masked_cues(own))
    ):
        kind, unit = "annual", "%"  # "Tỷ lệ hộ được công nhận Gia đình văn hóa 93-95 %/năm"
    elif fig.percent and (
        fig.per_year
        or words.GROWTH_RE.search(masked_cues(text[: fig.start + 1]))
        or words.GROWTH_RE.search(masked_cues(said.around))
        or (increasing and not ratio_name)
        or (decreasing and not ratio_name)
        or (share is None and bool(_THE_ECONOMY.fullmatch(name.strip())))
        # (the last subject named: not "kiểm soát chỉ số giá tiêu dùng, tỷ lệ thất nghiệp … dưới 3%")
        or bool(_PRICE_INDEX.search(name.rsplit(",", 1)[-1]))
    ):
        a_year = r"%(?:\s*(?:trở lên|trở xuống))?\s*/\s*năm"  # "10%/năm", "10% trở lên/năm"
        each_year = bool(words.YEARLY_RE.search(re.sub(a_year, "%", own))) and not (
            words.AVERAGE_RE.search(context)
        )
        kind = (
            "yearly_growth"
            if (re.search(r"so (?:với )?(?:cùng kỳ )?năm trước", text, re.IGNORECASE) or each_year)
            and not plan.one_year
            else "growth"
        )
        unit = None
        if decreasing and not ratio_name:
            # "giảm tai nạn giao thông hằng năm 5% trở lên": each year at least 5 % fewer, a
            # growth of at most -5 % on the year before; "giảm 6,52% so với ước thực hiện năm
            # 2017": a growth of -6.52 % (a fall of 2 %/yr is `value: -2%`, docs/assessment.md)
            comparator, written, numbers = _negated(comparator, fig.written, fig.numbers)
            fig = replace(fig, written=written, numbers=numbers)
    elif verbs.added and not fig.percent:
        # "xây dựng thêm từ 7-8 trường đạt chuẩn" over a term, "có thêm 05 xã được công nhận
        # đạt chuẩn NTM" in a year's plan: the total of new ones over the plan's years (one year
        # or five: the corpus's analysts read 12 of 15 such targets of one-year plans so); but
        # a year's "Số xã đạt chuẩn nông thôn mới tăng thêm 7 xã" is the year's change of the
        # number it names
        # (the figure's own verb: "Tạo việc làm tăng thêm, có thêm 1.500 lao động" names it)
        grows = re.search(
            rf"\btăng\s+thêm(?:\s+(?:là|{words.BOUND_WORD}))*\s*$", said.before, re.IGNORECASE
        )
        kind = "change" if plan.one_year and grows else "cumulative"
    elif words.YEARLY_RE.search(cues) and words.AVERAGE_RE.search(cues) and not plan.one_year:
        kind = "average"
    elif _kept(verbs, said.before, plan) or (
        words.EVERY_YEAR_NAME_RE.search(name) and not plan.one_year
    ):
        kind = "annual"
    elif (
        fig.per_year
        and not words.YEARLY_RE.search(re.sub(r"/\s*năm", " ", cues))
        and re.search(r"\b(?:đạt|là|ở mức)\b", said.before, re.IGNORECASE)
    ):
        kind = "level"  # "năng suất lúa đạt (là) 127 tạ/ha/năm": a yearly amount, its level
    elif words.YEARLY_RE.search(cues) and not plan.one_year:
        kind = "average" if words.AVERAGE_RE.search(cues) else "annual"
    elif (
        not fig.percent
        and not plan.one_year
        and not _a_year_of_the_period(own, chain)
        and (
            words.FLOW_RE.search(context)
            or (words.TOTAL_RE.search(context) and _explicit_period(chain))
            # the term's length before the figure: "kim ngạch xuất khẩu 5 năm đạt 5,2 tỷ USD",
            # "Tạo việc làm mới trong 5 năm 1.250 lao động" (not an average: "bình quân 5 năm")
            or (
                words.TERM_LENGTH_RE.search(said.before)
                and not words.AVERAGE_RE.search(said.before)
            )
            # a flow over the whole term or the period it names: "Khai thác thủy sản trong cả
            # nhiệm kỳ đạt 18.000 tấn", "Thu ngân sách giai đoạn 2021-2025 đạt 73.645 tỷ đồng"
            # (not a stock, "Quy mô dân số toàn nhiệm kỳ", an average, a value per hectare, nor
            # a year of it: "…, đến năm 2025 đạt …")
            or (
                (
                    _WHOLE_TERM.search(said.before)
                    or (words.FLOW_TOTAL_RE.search(said.before) and _named_period(said.before))
                )
                and not words.AVERAGE_RE.search(said.before)
                and not words.PER_RE.search(said.before)
                and not re.search(r"\bnăm\s+(?:19|20)\d\d\b(?!\s*[-–])", said.before)
            )
            or (
                (
                    words.NEW_COUNT_RE.search(said.before)
                    or _NEW_NAMED_AFTER.search(said.before + " \x00" + fig.after)
                    or (
                        words.PLANTING_RE.search(said.before)
                        and not words.AREA_OR_OUTPUT_RE.search(said.before)
                    )
                )
                and not words.OUT_OF_RE.match(text, fig.start)
                and not _one_year_of_its_own(own, said.before)
                # "- Năm 2024: trồng 500 ha rừng; trồng lại 300 ha …": the lead's year
                and not (times(own) == NO_TIME and _one_year_of_its_own(chain[0].lead or "", ""))
            )
        )
    ):
        kind = "cumulative"
    else:
        kind = "level"
    if kind == "level" and (unit or "").endswith("/vụ") and not plan.one_year:
        kind = "annual"  # "diện tích trồng màu 80– 100ha/vụ": every season of every year
    counted = _AREA_FRACTION_RE.match(text, fig.start)
    if counted is not None and kind == "level" and not fig.percent:
        # "có 8/8 xã được công nhận nông thôn mới": how many areas meet it, out of how many
        return Kind(
            "count", counted["noun"].lower(), fig, comparator, out_of=int(counted["out_of"])
        )
    return Kind(kind, unit, fig, comparator, structure, share)


#: A target that opens with "duy trì" ("Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế 100%",
#: "tiếp tục duy trì …", "phấn đấu duy trì …").
_OPENS_KEEPING = re.compile(r"^\W*(?:(?:tiếp tục|phấn đấu)\s+)?duy trì\b", re.IGNORECASE)


def _kept(verbs: Verbs, before: str, plan: PlanTime) -> bool:
    """Whether the figure is kept every year of the plan ("giữ vững", "duy trì"): in a plan of
    several years whatever keeps it; in a one-year plan a target that opens with "duy trì"
    (the corpus's analysts read 11 of 13 such targets of one-year plans as every-year, and a
    mid-sentence "… duy trì đạt từ 98,4%" or "giữ vững công nhận … 13 xã" as the year's level)."""
    if verbs.reaches:
        return False  # "Duy trì và nâng tỷ lệ trường đạt chuẩn quốc gia lên 85%": a new level
    return verbs.keeps and (not plan.one_year or bool(_OPENS_KEEPING.match(before)))


def share_of(
    name: str, context: str, text: str, fig: Figure, cues: str
) -> tuple[str, str | None] | None:
    """A share of the economy, as (what it is of, the whole when the text names it): "Tỷ trọng
    kinh tế số trong GRDP đạt khoảng 30%", "đạt tối thiểu 20% GRDP", "tỷ lệ vốn đầu tư thực
    hiện so với tổng sản phẩm", "tỷ trọng khu vực dịch vụ đạt khoảng 44%" (the whole not
    named); None otherwise."""
    if not fig.percent:
        return None
    whole_match = words.SHARE_OF_ECONOMY_RE.search(context) or words.ECONOMY_AFTER_RE.match(
        fig.after
    )
    named = words.SHARE_NAME_RE.match(name)
    if whole_match is None and not named:
        return None
    if whole_match is None and words.GROWTH_NOUN_RE.search(name):
        return None  # a share of growth, not of a total: "đóng góp của TFP vào tăng trưởng"
    if whole_match is None and (
        words.STRUCTURE_RE.search(cues) or re.search(r"\btrong tổng\b", text, re.IGNORECASE)
    ):
        # "Tỷ trọng cơ cấu kinh tế: ... chiếm 52%" is a structure; "tỷ trọng lao động nông
        # nghiệp trong tổng lao động xã hội dưới 35%" the level of a ratio
        return None
    part = name[named.end() :] if named else name
    part = re.sub(r"^\s*(?:tỷ lệ|tỉ lệ)\s+", "", part, flags=re.IGNORECASE)
    cut = words.SHARE_OF_ECONOMY_RE.search(part)
    part = (part[: cut.start()] if cut else part).strip(" ,:")
    whole = None
    if whole_match is not None:
        found = whole_match["whole"]
        whole = found.upper() if found.isascii() else found
    return (part or name), whole


def _a_year_of_the_period(own: str, chain: list[Clause]) -> bool:
    """Whether a part names one year of the period the clause it belongs to totals: "Tổng thu
    ngân sách ... giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng, trong đó, năm 2025 đạt 18.700 tỷ
    đồng" is that year's level, not a total (Tiền Giang)."""
    match = words.YEAR_RE.search(own)
    if match is None or match["year"] is None or times(own).period is not None:
        return False
    if (match["word"] or "").strip().lower() not in ("", "trong"):
        return False  # "đến năm 2025": up to it, which a total may be
    return any(times(own_text(c)).period is not None for c in chain[1:])


def _one_year_of_its_own(own: str, before: str) -> bool:
    """Whether a clause's own words name one year and no period: new things counted in "Năm
    2020 tạo việc làm cho 20.400 lao động", "đến năm 2030 tạo việc làm cho khoảng 48.000 lao
    động" are that year's, or the level by then, not a total over the plan's years (a flow's
    total "đến năm 2020" is still one: "Tổng vốn đầu tư toàn xã hội đến năm 2020 = …"; and so
    are things named new up to a year, "Đến năm 2025, kết nạp mới 600 đảng viên": the new ones
    of the years to it)."""
    found = times(own)
    if found.year is None or found.period is not None:
        return False
    up_to = any(
        re.match(r"(?:đến|tới|hết)\b", (m["word"] or m["word2"] or "").strip(), re.IGNORECASE)
        for m in words.YEAR_RE.finditer(own)
        if int(m["year"] or m["year2"]) == found.year
    )
    return not (up_to and _NAMED_NEW.search(before))


#: What a verb may be said with before its figure: "giảm được", "thu hút ít nhất".
_SAID_WITH = rf"(?:\s+(?:được|thêm|{words.BOUND_WORD}))*"
#: A fall by a count, its verb just before the figure: "giảm 2.000 hộ nghèo", "giảm ít nhất 750 hộ"
#: (not "giảm còn 500 hộ", the level it falls to).
_FALL_BY = re.compile(rf"\bgiảm{_SAID_WITH}\s*$", re.IGNORECASE)
#: A count of new things made, "new" after their noun: "trong nhiệm kỳ phát triển 20 đảng viên
#: mới", "thu hút ít nhất 5 dự án đầu tư mới" (the figure's place marked by a NUL).
_NEW_NAMED_AFTER = re.compile(
    rf"\b(?:phát triển|thành lập|thu hút|kết nạp|có thêm){_SAID_WITH}"
    r"\s*\x00\s*(?:(?!mới\b)[^\W\d_]+\s+){0,4}?(?<!kiểu )mới\b",  # (not "kiểu mới", a kind)
    re.IGNORECASE,
)
#: Things named new as they are counted: "thành lập mới", "kết nạp (mới)", "trồng mới".
_NAMED_NEW = re.compile(r"\bmới\b|kết nạp", re.IGNORECASE)


def _named_period(before: str) -> bool:
    """Whether the words before a figure name a period of several years ("giai đoạn 2021-2025")."""
    period = times(before).period
    return period is not None and period[0] < period[1]


def _explicit_period(chain: list[Clause]) -> bool:
    """Whether the clause (``chain[0]``), or one it belongs to, names a period: "giai đoạn
    2021-2025", or the term's length, "Tổng vốn đầu tư toàn xã hội (5 năm)"."""
    texts = [own_text(c) for c in chain] + [chain[0].lead or ""]
    return any(times(t).period is not None or words.TERM_LENGTH_RE.search(t) for t in texts)


_NEGATED = {"at_least": "at_most", "more_than": "less_than", "at_most": "at_least",
            "less_than": "more_than"}  # fmt: skip


def on_the_year_before(text: str, plan: PlanTime) -> bool:
    """Whether ``text`` opens with a figure's index on the year before its one-year plan ("bằng
    106,38% so với năm 2022" in the plan for 2023, "bằng 105,54% so với cùng kỳ"): a growth, as
    "tăng 6,38% so với cùng kỳ" is (benchmarks/extract/expected/README.md, round 2). Of a base
    further back, or in a plan of several years, it restates the figure before it."""
    index = words.INDEX_RE.match(text)
    return bool(
        index
        and plan.one_year
        and (index["last"] is not None or int(index["year"]) == plan.start - 1)
    )


def index_falls(text: str) -> bool:
    """Whether ``text`` opens with an index under 100 ("bằng 95% so với cùng kỳ": a fall of 5 %,
    written as "giảm 5%" is)."""
    index = words.INDEX_RE.match(text)
    if index is None:
        return False
    written = index["index"]
    value = number_of(written, "comma" if "," in written else "point")
    return value is not None and value < 100


def _over_the_base(fig: Figure) -> Figure:
    """An index in % (100 = the base) as the growth it says: 105,86 is 5,86, 250 is 150; under
    100, the fall, as "giảm 5%" is read: 95 is -5 (a range of falls, 90-95, is -10 to -5)."""

    def rate(n: float) -> Decimal:
        return Decimal(repr(n)) - 100

    growth = tuple(float(rate(n)) for n in fig.numbers)
    written = tuple(
        _plain(rate(n), comma="," in w) for n, w in zip(fig.numbers, fig.written, strict=True)
    )
    return replace(fig, numbers=growth, written=written)


def _plain(number: Decimal, *, comma: bool) -> str:
    digits = format(number, "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits.replace(".", ",") if comma else digits


def _negated(
    comparator: str, written: tuple[str, ...], numbers: tuple[float, ...]
) -> tuple[str, tuple[str, ...], tuple[float, ...]]:
    """A decrease written as a positive rate, as the growth it is: at least 5 % fewer is at
    most -5 %; a range [1, 2] of decrease is [-2, -1]."""
    flipped_written = tuple(f"-{w}" for w in reversed(written))
    flipped = tuple(-n for n in reversed(numbers))
    return _NEGATED.get(comparator, comparator), flipped_written, flipped
