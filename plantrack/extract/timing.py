"""The time of a target: the year or period a clause names, or inherits, or the plan's.

"đến năm 2030" is a year; "giai đoạn 2021 – 2025" a period; a term "nhiệm kỳ 2020-2025" plans
the years 2021-2025; "so với năm 2020" and "giá so sánh 2010" are not the target's time. A
clause without a time takes it from the clause it belongs to, its lead, the time that opens its
sentence, its item, the time that opens its paragraph ("Đến năm 2030, tổng lượng khách ... .
Tổng thu ... ."), its headings, and last the plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plantrack.extract import words
from plantrack.extract.clauses import Clause, first_sentence, last_sentence, own_text
from plantrack.extract.names import VERB_OF_OWN, is_weak, subject
from plantrack.plans.wording import COMPARED_YEAR_RE, STANDARD_PERIOD_RE, planned_years, spellings

if TYPE_CHECKING:
    from plantrack.extract.reading import Reading


@dataclass(frozen=True)
class PlanTime:
    """The plan's own time: its period (first and last year) and whether it is one year."""

    start: int
    end: int

    @property
    def one_year(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class Times:
    year: int | None
    period: tuple[int, int] | None


#: What a text that names no year and no period names.
NO_TIME = Times(None, None)


#: A meeting named by the years it reviews and prepares, not a figure's time: "Thông tin tại Hội
#: nghị Tổng kết công tác năm 2023 và triển khai kế hoạch công tác năm 2024, …, tổng sản lượng
#: thủy sản năm 2023 ước đạt 9,269 triệu tấn".
_MEETING_RE = re.compile(
    rf"\bhội nghị\s+(?:tổng kết|sơ kết)[^.;:,\d]{{0,80}}?năm\s+{words.YEAR}"
    rf"(?:\s+và\s+(?:triển khai|phương hướng|nhiệm vụ|kế hoạch)[^.;:,\d]{{0,60}}?năm\s+{words.YEAR})?",
    re.IGNORECASE,
)


#: The horizon in the name of a document a clause cites, with its vision after it: "Theo mục
#: tiêu đặt ra tại Nghị quyết của Bộ Chính trị về … đô thị Việt Nam đến năm 2030, tầm nhìn đến
#: năm 2045, tỷ lệ đô thị hoá cả nước đến năm 2025 đạt tối thiểu 45%" (the clause's year: 2025),
#: or with the year of an aim after it: "Trong chương trình hành động thực hiện Chiến lược xuất,
#: nhập khẩu của tỉnh Khánh Hòa đến năm 2030, UBND tỉnh đặt mục tiêu phấn đấu đến năm 2025, kim
#: ngạch xuất khẩu hàng hóa đạt 2 tỷ USD" (2025).
_DOCUMENT_HORIZON_RE = re.compile(
    spellings(
        r"\b(?:nghị quyết|chiến lược|quy hoạch|đề án|chương trình|kế hoạch)\b[^;.:]{0,160}?"
        rf"\s(?:đến|tới)\s+năm\s+{words.YEAR}(?=\s*,?\s*(?:tầm nhìn|định hướng)\b"
        rf"|[^;.:\d]{{0,80}}?\b(?:phấn đấu|mục tiêu)\b[^;.:\d]{{0,30}}?\b(?:đến|tới)\s+năm\s+"
        rf"{words.YEAR})"
    ),
    re.IGNORECASE,
)


def times(text: str) -> Times:
    """The year and period a text names (not a comparison year, a price base, a vision's, the
    year of the level a change starts from, or the longer plan a year is one of)."""
    cleaned = words.PRICE_YEAR_RE.sub(" ", words.BASE_RE.sub(" ", text))
    cleaned = STANDARD_PERIOD_RE.sub(" ", words.COUNCIL_TERM_RE.sub(" ", cleaned))
    cleaned = words.FROM_LEVEL_RE.sub(" ", cleaned)  # "từ 2 xã năm 2020 lên 6 xã": a start
    cleaned = words.LONGER_PLAN_RE.sub(" ", cleaned)  # "năm cuối thực hiện Kế hoạch 2021-2025"
    cleaned = words.LOOKS_TO_RE.sub(" ", cleaned)  # "tạo tiền đề … giai đoạn 2026 - 2030"
    cleaned = words.ONWARDS_RE.sub(" ", cleaned)  # "… hai con số từ năm 2026 trở đi"
    cleaned = _MEETING_RE.sub(" ", cleaned)  # "Hội nghị tổng kết … năm 2023 và triển khai …"
    # the horizon of a document it cites ("… tại Nghị quyết … đến năm 2030, tầm nhìn đến năm
    # 2045, tỷ lệ đô thị hoá … đến năm 2025 đạt …"), when the text names a year of its own
    uncited = _DOCUMENT_HORIZON_RE.sub(" ", cleaned)
    if words.YEAR_RE.search(words.VISION_YEAR_RE.sub(" ", uncited)):
        cleaned = uncited
    # "đến năm 2030, tầm nhìn đến năm 2045": the plan's year; but a text that names only the
    # vision's ("Tầm nhìn đến năm 2045, tỷ lệ đô thị hóa đạt 60%") speaks of that year
    unseen = words.ORIENTATION_YEAR_RE.sub(" ", words.VISION_YEAR_RE.sub(" ", cleaned))
    if words.YEAR_RE.search(unseen) or words.PERIOD_RE.search(unseen):
        cleaned = unseen
    period_match = words.PERIOD_RE.search(cleaned)
    period = None
    if period_match:
        # a term "2020-2025" plans the years 2021-2025 (docs/extract.md)
        start, end = planned_years(int(period_match["start"]), int(period_match["end"]))
        if start < end:
            period = (start, end)
        cleaned = cleaned[: period_match.start()] + " " + cleaned[period_match.end() :]
    # several years: the latest is the target's ("kết quả năm 2024, ... năm 2025 đạt 13,6%")
    years = [int(m["year"] or m["year2"]) for m in words.YEAR_RE.finditer(cleaned)]
    return Times(max(years) if years else None, period)


#: A time that opens a sentence and holds for all of it: "Phấn đấu đến năm 2020, 50% số xã ...;
#: 95% số dân ...", "Năm 2025 tổng lượng khách ..." (with "năm", no comma is needed).
_OPENING_TIME = re.compile(
    # after the document it follows, if named first: "Theo đề án, đến năm 2025, …"; the time is
    # the words after it ("Theo Quy hoạch tỉnh thời kỳ 2021-2030, đến năm 2025, …": 2025)
    r"^\W*(?:theo\s+(?:mục tiêu\s+(?:của\s+)?)?(?:đề án|kế hoạch|nghị quyết|quy hoạch|chương trình"
    r"|đó)\b[^,;:.]{0,60},\s*)?"
    # the place that strives, before its time: "…, huyện phấn đấu đến năm 2025, sản lượng …"
    r"(?:(?:huyện|tỉnh|xã|phường|thị xã|thành phố|thị trấn)\s+(?=phấn đấu\s))?"
    r"(?P<time>(?:phấn đấu\s+|kỳ vọng\s+|dự kiến\s+|mục tiêu"
    # "Mục tiêu của Kế hoạch đến năm 2025, …"
    r"(?:\s+của\s+(?:kế hoạch|đề án|nghị quyết|chương trình|quy hoạch))?\s+)?"
    # "Theo đó, từ nay đến năm 2035, tỉnh … sẽ xây dựng khoảng 55 vùng …"
    r"(?:từ nay\s+)?(?:(?:đến|tới|vào|trong)\s+)?(?:cuối\s+)?"
    # (not a year described: "Năm 2024 là năm thứ tư huyện triển khai …")
    r"(?:năm\s+(?:19|20)\d\d(?!\s*[-–])(?!\s+là\b)(?:\s*[,:]|\s+(?=[^\W\d_]))|(?:năm\s+)?"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[,:]))"
    # a period, with its comma or before the words it opens: "Theo đó, giai đoạn 2020-2025 đưa
    # tốc độ tăng trưởng GRDP …; kim ngạch xuất khẩu 5 năm đạt 5,2 tỷ USD"
    r"|^\W*(?:theo\s+(?:đề án|kế hoạch|nghị quyết|quy hoạch|chương trình|đó)\b[^,;:.]{0,60},\s*)?"
    r"(?:phấn đấu\s+)?(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    r"(?:\s*[,:]|\s+(?=[^\W\d_]))",
    re.IGNORECASE,
)


def _opening_time(match: re.Match[str]) -> str:
    """The words of an opening time, without the document it follows."""
    return match.groupdict().get("time") or match.group(0)


def time_of(
    clause: Clause,
    chain: list[Clause],
    plan: PlanTime,
    *,
    level: bool,
    own: str,
) -> tuple[int | None, tuple[int, int] | None]:
    """The year (for a level) or the period the clause speaks of, from nearest to farthest."""
    for source in _sources(clause, chain, own):
        found = times(source)
        if found.period is None and found.year is None:
            continue
        if level:
            if found.year is not None:
                return found.year, None
            assert found.period is not None
            return found.period[1], None
        if found.period is not None:
            return None, found.period
        assert found.year is not None
        if plan.one_year or found.year <= plan.start or _the_year_itself(source, own, found.year):
            return None, (found.year, found.year)
        base = _compared_year(own)
        if base is not None and plan.start <= base < found.year:
            # "Đến năm 2026, … (tăng 20% so với năm 2025)": the growth over the years after it
            return None, (base + 1, found.year)
        return None, (plan.start, found.year)
    if level:
        return plan.end, None
    return None, (plan.start, plan.end)


def _the_year_itself(source: str, own: str, year: int) -> bool:
    """Whether the clause's own words name ``year`` as one year of its own ("Năm 2023, Bạc Liêu
    phấn đấu giảm 1% tỷ lệ hộ nghèo": that year's fall), not as the end of the years up to it
    ("đến năm 2023"), and say nothing of every year or an average ("tăng thu ngân sách bình quân
    hàng năm đạt 4,2%" under "năm 2020" is over the plan's years), nor compare it with a year
    before the one before it ("Tổng thu ngân sách năm 2025 tăng 15% so với năm 2020": the growth
    since 2020)."""
    if source is not own or words.YEARLY_RE.search(own) or words.AVERAGE_RE.search(own):
        return False
    base = _compared_year(own)
    if base is not None and base < year - 1:
        return False
    named = re.search(rf"(?:^|[^\w])(?:trong\s+)?năm\s+{year}\b", source, re.IGNORECASE)
    # "vào năm 2025", as "đến năm 2025", is the year a change is reached by
    return named is not None and not re.search(
        rf"\b(?:đến|tới|trước|vào|từ nay đến)\s+(?:(?:hết|cuối)\s+)?(?:năm\s+)?{year}\b",
        source,
        re.IGNORECASE,
    )


#: A time just before a list's first figure, with the verb that leads to it: "… phấn đấu đến
#: năm 2025 đạt 33 giường bệnh …".
_SERIES_TIME = re.compile(
    r"((?:(?:đến|tới|vào|trong)\s+)?(?:cuối\s+)?năm\s+(?:19|20)\d\d)\s+(?:đạt|là|có)\s+\d",
    re.IGNORECASE,
)
#: An item of a list that opens with its figure: "15 bác sĩ trên 10.000 dân", "và 25 điều dưỡng".
_BARE_ITEM = re.compile(r"\W*(?:và\s+)?\d", re.IGNORECASE)


def _compared_year(own: str) -> int | None:
    """The one year a clause compares its figure with ("tăng 20% so với năm 2025"), if any."""
    years = [
        int(m.group(0)[-4:])
        for m in COMPARED_YEAR_RE.finditer(own)
        if not re.search(r"\d{4}\s*[-–]\s*\d{4}", m.group(0))
    ]
    return years[-1] if years else None


#: The time a sentence's or paragraph's orientation opens with: "Định hướng đến năm 2030, …"
#: (in the middle of a sentence, "…, định hướng đến năm 2030 đạt trên 170 triệu đồng/ha", it is
#: that clause's own).
_GUIDED_TIME = re.compile(
    r"^\W*định hướng\s+(?:đến|tới)\s+năm\s+(?:19|20)\d\d\s*[,:]", re.IGNORECASE
)


def time_named(text: str) -> bool:
    """Whether a text names a year or a period."""
    found = times(text)
    return found.year is not None or found.period is not None


def time_stated(clause: Clause, chain: list[Clause], own: str) -> bool:
    """Whether the text names the clause's year or period anywhere it may (not the plan's
    time taken for it)."""
    return any(map(time_named, _sources(clause, chain, own)))


def _sources(clause: Clause, chain: list[Clause], own: str) -> list[str]:
    """Where a clause's time may be written, nearest first."""
    sources = [own] + [own_text(c) for c in chain[1:]]
    before = clause.subject_from  # the clauses before it in its sentence, nearest first
    crossed = clause.after_semicolon
    listing = bool(_BARE_ITEM.match(own))  # an item of a list that opens with its figure
    while before is not None:
        # a target of its own after a ";" takes no time that opens an item in the middle of the
        # sentence ("…, đến năm 2030 đạt khoảng 12.500 USD; tỷ lệ hộ nghèo giảm bình quân 2 -
        # 2,5%/năm"), only the one that opens the sentence ("Định hướng đến năm 2030, …; GRDP
        # bình quân đầu người đạt trên 90 triệu đồng")
        middle = crossed and VERB_OF_OWN.search(own) and before.subject_from is not None
        opening = None if middle else _OPENING_TIME.match(own_text(before))
        if opening is None and before.subject_from is None:
            opening = _GUIDED_TIME.match(own_text(before))  # the sentence's own "Định hướng …"
        if opening:  # "đến năm 2020 nông lâm nghiệp chiếm khoảng 21,59%, công nghiệp 29,62%"
            sources.append(_opening_time(opening))  # nearer than the sentence's lead: "Cơ cấu kinh
            break  # tế năm 2017: …; Đến năm 2020: Nông lâm thuỷ sản 16,4%, Công nghiệp 52,6%"
        series = _SERIES_TIME.search(own_text(before))
        if series and not crossed and (listing or before is clause.subject_from):
            # "… phấn đấu đến năm 2025 đạt 33 giường bệnh …, 15 bác sĩ …, 3,4 dược sĩ … và 25
            # điều dưỡng …": the time before the list's first figure holds for its items; and
            # for the clause right after it: "GRDP bình quân đầu người năm 2020 đạt 50 triệu
            # đồng trở lên, giá trị xuất khẩu đạt khoảng 200 triệu USD"
            sources.append(series.group(1))
            break
        # the items of a series end at a clause that names its own subject
        listing = listing and bool(_BARE_ITEM.match(own_text(before)))
        crossed = crossed or before.after_semicolon
        before = before.subject_from
    sources.append(clause.lead or "")
    sources.append(first_sentence(clause.context))
    if is_weak(subject(clause.text)) or not VERB_OF_OWN.search(own):
        sources.append(first_sentence(clause.head))
    if clause.opening is not None:
        opening = _OPENING_TIME.match(clause.opening) or _GUIDED_TIME.match(clause.opening)
        if opening:
            sources.append(_opening_time(opening))
    # the lead of the nearest sentence before it in its paragraph: "… đã đề ra mục tiêu cụ thể:
    # TT cho mọi người, giai đoạn 2024 - 2025: Số người tập luyện … 50%. Số gia đình TT tăng …"
    # gives the later sentences 2024-2025, until "Giai đoạn 2026 - 2030: …"
    if clause.led_by is not None:
        sources.append(re.split(r"[:.;]", clause.led_by)[-1])
    # a heading's last sentence, the one that opens the items under it: "Nhiệm kỳ 2020-2025,
    # Đảng bộ … đã hoàn thành các chỉ tiêu đề ra. Đại hội đề ra phương hướng nhiệm kỳ 2025-2030
    # với các chỉ tiêu:" gives its items 2026-2030
    sources += [last_sentence(h.text) for h in reversed(clause.headings)]
    return sources


#: A time that ends a clause: "… tỷ lệ các huyện đạt tiêu chí nông thôn mới 14,3% đến năm 2020".
_TRAILING_TIME = re.compile(
    r"\b(?:đến|vào)\s+(?:(?:hết|cuối)\s+)?năm\s+(?P<year>(?:19|20)\d\d)\W*$", re.IGNORECASE
)


def trailing_times(readings: Sequence[tuple[Clause, Reading | None]], plan: PlanTime) -> None:
    """Levels that name no time of their own take the time that ends the last clause of their
    part of the sentence (up to a ";"): "Tỷ lệ đô thị hóa đạt khoảng 25%, tỷ lệ các xã đạt tiêu
    chí nông thôn mới khoảng 40%, tỷ lệ các huyện … 14,3% đến năm 2020; đến năm 2030, …" are all
    2020's (read before as the plan's end, 2030). Changed in place."""
    later: int | None = None  # the trailing year of the part after the clause being read
    sentence: int | None = None
    for clause, reading in reversed(readings):
        if clause.sentence != sentence:
            sentence, later = clause.sentence, None
        own = own_text(clause)
        found = _TRAILING_TIME.search(own)
        if found is not None:
            later = int(found["year"])
        elif (
            later is not None
            and reading is not None
            and reading.kind in ("level", "share", "structure")
            and reading.year == plan.end
            and later < plan.end
            and not clause.lead
            and not time_named(own)
        ):
            reading.year = later
        if clause.after_semicolon:
            later = None  # the part ends here, going back
