"""The plan's period and base year, from what its text says of it.

From what announces the targets ("Các chỉ tiêu chủ yếu nhiệm kỳ 2025-2030"), else the lines
before them (a date line is not a period), else the times its targets name; a term "2020-2025"
plans the years 2021-2025 (docs/extract.md, "The plan.").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from plantrack.extract import words
from plantrack.extract.clauses import Segmented
from plantrack.extract.figures import has_figure
from plantrack.extract.timing import PlanTime, Times, times

__all__ = ["KIND_LINE", "plan_time_of"]

#: A line that names the kind of document: "KẾ HOẠCH", "NGHỊ QUYẾT".
KIND_LINE = re.compile(r"(KẾ HOẠCH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)\s*")


#: Words that say a sentence names a plan ("… triển khai phương án phát triển kinh tế - xã hội và
#: chương trình công tác trọng tâm năm 2026").
_PLAN_WORD_RE = re.compile(
    r"kế hoạch|nghị quyết|chỉ tiêu|phấn đấu|mục tiêu|chương trình công tác|phương án phát triển",
    re.IGNORECASE,
)


#: The aims named as one year's: "Mục tiêu tổng quát năm 2023", "kế hoạch ... năm 2025",
#: "triển khai nhiệm vụ trọng tâm năm 2024", "phương hướng ... năm 2026".
_AIMS_OF_A_YEAR_RE = re.compile(
    rf"(?:mục tiêu|kế hoạch|chỉ tiêu|nhiệm vụ|phương hướng|chương trình công tác)\b[^.;:\d]{{0,40}}?"
    rf"\bnăm\s+(?P<year>{words.YEAR})(?!\s*[-–])",
    re.IGNORECASE,
)


#: A year a meeting reviews: "tổng kết Chương trình mục tiêu quốc gia … năm 2022", "đánh giá kết
#: quả thực hiện kế hoạch năm 2022".
_REVIEW_RE = re.compile(
    rf"\b(?:tổng kết|sơ kết|đánh giá)\b[^.;:\d]{{0,80}}?\bnăm\s+{words.YEAR}", re.IGNORECASE
)


#: The aims named as one period's: "Đại hội đã tổng kết … nhiệm kỳ 2020-2025; đề ra phương hướng,
#: mục tiêu, giải pháp đột phá cho giai đoạn 2025-2030".
_AIMS_OF_A_PERIOD_RE = re.compile(
    rf"(?:mục tiêu|kế hoạch|chỉ tiêu|nhiệm vụ|phương hướng)\b[^.;:\d]{{0,60}}?"
    rf"\b(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+{words.YEAR}\s*[-–]\s*{words.YEAR}",
    re.IGNORECASE,
)


#: The aims set to an end: "mục tiêu đến năm 2030", "Chiến lược đã đặt ra mục tiêu cho ngành Thủy sản
#: đến năm 2030".
_AIMS_TO_AN_END_RE = re.compile(
    rf"(?:mục tiêu|chỉ tiêu)\b[^.;:\d]{{0,40}}?\b(?:đến|tới)\s+năm\s+(?P<year>{words.YEAR})",
    re.IGNORECASE,
)


#: Another document the plan cites by its number, and what it is about to the end of the
#: clause: "… theo Nghị quyết số 61-NQ/TU ngày 20/10/2021 của Ban Thường vụ Tỉnh ủy về việc tiếp
#: tục lãnh đạo … giai đoạn 2021-2025, …" (its period is not the plan's: "Kế hoạch … năm 2024"),
#: up to a comma before the sentence's own subject or year.
_CITED_RE = re.compile(
    r"\b(?:theo|căn cứ|thực hiện)\s+(?:các\s+)?(?:nghị quyết|quyết định|chỉ thị|kết luận|kế hoạch"
    r"|chương trình|đề án|thông báo)\s+số\s+(?:(?!,\s*(?:"
    # … up to the sentence's own subject or year after a comma: "Căn cứ Nghị quyết số 05-NQ/ĐH
    # … nhiệm kỳ 2020-2025, UBND xã xây dựng kế hoạch … năm 2024", "Theo Nghị quyết số …, năm
    # 2026 tỉnh phấn đấu …" (the plan's time is the sentence's, not the document's)
    r"(?-i:UBND|HĐND|BCH|Ủy ban|Uỷ ban|Hội đồng|Ban|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Huyện ủy|Tỉnh ủy"
    r"|Thành ủy|Thị ủy|Sở|Phòng|Xã|Phường|Huyện|Tỉnh|Thành phố|Thị xã)\b"
    r"|(?:trong\s+)?năm\s+(?:19|20)\d\d|toàn\s+(?:xã|huyện|tỉnh|thành phố|thị xã|phường)\b))[^;.])*",
    re.IGNORECASE,
)
#: A meeting at a year's end, when targets are put to it: "… 27 chỉ tiêu … trình HĐND tỉnh tại
#: kỳ họp cuối năm 2017" (its year no end of the plan's; the plan is the year after).
_MEETING_AT_YEAR_END_RE = re.compile(
    rf"\b(?:kỳ họp|hội nghị|phiên họp)(?:\s+[^\W\d_]+){{0,3}}\s+cuối\s+năm\s+{words.YEAR}",
    re.IGNORECASE,
)
#: A year and the period after it: "Kế hoạch phát triển hạ tầng số … năm 2025, giai đoạn
#: 2026–2030" (a plan of 2025-2030).
_YEAR_THEN_PERIOD_RE = re.compile(
    rf"\bnăm\s+(?P<year>{words.YEAR})\s*(?:,|và)\s*(?:giai đoạn|thời kỳ)\s+"
    rf"(?P<start>{words.YEAR})\s*[-–]\s*(?P<end>{words.YEAR})",
    re.IGNORECASE,
)
#: A period, then a later end the plan runs to: "2021-2025 và đến năm 2030", "2021 - 2025,
#: giai đoạn 2026 - 2030" (not a vision's: "2021-2025, định hướng đến năm 2030").
_AND_LATER_RE = re.compile(
    rf"(?P<start>{words.YEAR})\s*[-–]\s*(?P<end>{words.YEAR})\s*(?:,|và)\s*(?:(?:giai đoạn|thời kỳ)"
    rf"\s+{words.YEAR}\s*[-–]\s*|(?:đến|tới)\s+năm\s+)(?P<later>{words.YEAR})",
    re.IGNORECASE,
)


def _stated_time(text: str, *, announce: bool, issued: int | None) -> tuple[PlanTime, bool] | None:
    """The plan's period or year as one sentence states it, if it does, and whether it gives
    only the end ("đến năm 2030": the start is then the year it was issued, or five years
    before the end)."""
    cleaned = words.PLANNING_OFFICE_RE.sub(" ", words.DATE_WITH_YEAR_RE.sub(" ", text))
    cleaned = _MEETING_AT_YEAR_END_RE.sub(" ", _CITED_RE.sub(" ", cleaned))
    if not announce and words.RESULT_RE.search(cleaned):
        # "Nhiệm kỳ qua, … 30/33 chỉ tiêu … Tổng thu ngân sách giai đoạn 2020-2024 …": a report
        # states no time, but the aims of a year after the one reported ("… nghe báo cáo kết quả
        # … năm 2025 và … thông qua Nghị quyết về kế hoạch … năm 2026")
        base = words.BASE_RE.sub(" ", cleaned)
        # (not an end the aims run to: "… đạt và vượt các chỉ tiêu … Theo mục tiêu Nghị quyết Đại
        # hội, huyện phấn đấu đến năm 2025, …" is no plan of 2025 alone)
        aims = [int(m["year"]) for m in _AIMS_OF_A_YEAR_RE.finditer(base) if not _ends_at(m[0])]
        named = [int(y) for y in re.findall(words.YEAR, base)]
        if aims and max(aims) > min(named):
            return PlanTime(max(aims), max(aims)), False
        return None
    found = times(cleaned)
    if found.period is not None:
        # "giai đoạn 2021-2025 và đến năm 2030", "giai đoạn 2021 - 2025, giai đoạn 2026 - 2030":
        # the plan runs to the later end, not a vision's ("…, định hướng đến năm 2030")
        after = _YEAR_THEN_PERIOD_RE.search(cleaned)
        if (
            after is not None
            and (int(after["start"]), int(after["end"])) == found.period
            and int(after["year"]) == found.period[0] - 1
        ):
            return PlanTime(int(after["year"]), found.period[1]), False
        later = _AND_LATER_RE.search(cleaned)
        if (
            later is not None
            and (int(later["start"]), int(later["end"])) == found.period
            and int(later["later"]) > found.period[1]
        ):
            return PlanTime(found.period[0], int(later["later"])), False
        return PlanTime(*found.period), False
    if not announce and not _PLAN_WORD_RE.search(words.RESULT_RE.sub(" ", cleaned)):
        return None  # "… năm 2024 … ước đạt 7,52%, vượt mục tiêu đề ra": a result, no plan
    # (not a year the aims come after: "Sau năm 2025 tăng trưởng mạnh …, hướng tới mục tiêu
    # đón 20 triệu lượt khách trong năm 2026")
    match = words.YEAR_RE.search(_AFTER_A_YEAR_RE.sub(" ", words.BASE_RE.sub(" ", cleaned)))
    if match is None:
        return None
    if match["year"] and not _as_end(cleaned, match):
        # "họp sơ kết tình hình KT-XH năm 2023, triển khai nhiệm vụ trọng tâm năm 2024": the
        # year of the aims, not the year reviewed before them, whose tasks may be named too
        # ("tổng kết thực hiện nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024"): the latest
        aims = [
            int(m["year"]) for m in _AIMS_OF_A_YEAR_RE.finditer(words.BASE_RE.sub(" ", cleaned))
        ]
        year = max(aims) if aims else int(match["year"])
        return PlanTime(year, year), False
    end = int(match["year"] or match["year2"])
    if issued is not None and issued < end:
        return PlanTime(issued, end), False
    return PlanTime(end - 4, end), True


def _start_issued(issued: tuple[int, int], end: int) -> int:
    """The first year of a plan to ``end`` issued in (year, month): that year, or the next for the
    five years after a five-year period's last half-year ("Quy hoạch … đến năm 2020" of 8/7/2015
    is 2016-2020's)."""
    year, month = issued
    return year + 1 if end - year == 5 and year % 5 == 0 and month >= 7 else year


def _congress_held(texts: Sequence[str]) -> tuple[PlanTime, bool] | None:
    """The term of a congress the text opens by reporting ("Ngày 11/8, Đảng bộ phường Pleiku tổ
    chức Đại hội Đại biểu lần thứ nhất nhiệm kỳ 2025-2030"): its resolution's period, whatever
    the past term's results after it name (not a congress whose resolution is carried out, one
    greeted, nor a year's congresses: ``_CONGRESS_HELD_RE``)."""
    for text in texts:
        held = _CONGRESS_HELD_RE.search(text)
        if held is not None:
            period = times(held["a"] or held["b"]).period
            if period is not None:
                return PlanTime(*period), False
    return None


#: A congress held and its term: "… tổ chức Đại hội Đại biểu lần thứ nhất nhiệm kỳ 2025-2030",
#: "Đại hội … nhiệm kỳ 2020-2025 đã khai mạc" (not one whose resolution is cited, "thực hiện Nghị
#: quyết Đại hội … nhiệm kỳ 2020-2025"; greeted, "chào mừng Đại hội …"; nor a year's, "Năm 2025
#: là năm diễn ra Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030").
_A_CONGRESS_TERM = rf"đại hội\b(?:(?!nghị quyết|các cấp)[^.;:]){{0,100}}?\bnhiệm kỳ\s+{words.YEAR}\s*[-–]\s*{words.YEAR}"
_CONGRESS_HELD_RE = re.compile(
    rf"(?<!năm )\b(?:tổ chức|khai mạc|diễn ra|bế mạc)(?:\s+thành công)?\s+(?P<a>{_A_CONGRESS_TERM})"
    rf"|^\W*(?:(?:sáng|chiều|ngày)\s+[\d/.-]+\s*,\s*)?(?P<b>{_A_CONGRESS_TERM})"
    r"[^.;:]{0,30}?\b(?:đã\s+)?(?:khai mạc|bế mạc|diễn ra)\b",
    re.IGNORECASE,
)


#: A year the text goes on from: "Sau năm 2025 tăng trưởng mạnh …".
_AFTER_A_YEAR_RE = re.compile(r"\bsau\s+năm\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _start_before(end: int, texts: Sequence[str]) -> int:
    """The first year of a plan known by its end only: five years before it, a term's, but a
    decade's for a document to a decade's end when no term is named ("Mục tiêu của Kế hoạch đến
    năm 2030, …": 2021-2030, as the ten-year strategies run)."""
    if (
        end % 10 == 0
        and any(
            (m := _A_DOCUMENT_TO_RE.search(text)) is not None and int(m["end"]) == end
            for text in texts
        )
        and not any(_A_TERM_RE.search(text) for text in texts)
    ):
        return end - 9
    return end - 4


def _as_end(text: str, match: re.Match[str]) -> bool:
    """Whether a year of ``YEAR_RE`` is written as the end of a time ("đến năm 2025", "cuối năm
    2030", "trước năm 2030"), not as the one year ("năm 2025", "trong năm 2025", "6 tháng cuối
    năm 2025")."""
    half = re.search(r"tháng\s*$", text[: match.start()], re.IGNORECASE)
    word = match["word"] or match["word2"] or ""
    # "trở thành tỉnh có thu nhập trung bình cao trước năm 2030": by then, as "đến năm 2030"
    before = re.search(r"\btrước\s*$", text[: match.start()], re.IGNORECASE)
    return not half and bool(re.search(r"đến|tới|hết|cuối", word, re.IGNORECASE) or before)


def _year_end(match: re.Match[str]) -> bool:
    """Whether a year of ``YEAR_RE`` is written as its own end ("cuối năm 2025", "đến hết năm
    2025"), which a plan of that one year may name, not as an end a plan runs to ("đến năm
    2025")."""
    return bool(re.search(r"cuối|hết", match["word"] or "", re.IGNORECASE))


def _ends_at(text: str) -> bool:
    """Whether the last year ``text`` names is written as an end ("mục tiêu đến năm 2030")."""
    found = list(words.YEAR_RE.finditer(text))
    return bool(found) and _as_end(text, found[-1])


def _near_cue(text: str) -> str:
    """The part of an announcement that names its targets, from the "." or ";" before its cue:
    "Quy chế ..., nhiệm kỳ 2021 - 2026; Nghị quyết về ... 6 tháng cuối năm 2025 với 20 chỉ tiêu
    chủ yếu là:" is a plan of 2025, not of the council's term; the last cue, the one that opens
    the targets: "Nhiệm kỳ 2020-2025, Đảng bộ … đã hoàn thành các chỉ tiêu đề ra. Đại hội đề ra
    phương hướng nhiệm kỳ 2025-2030 với các chỉ tiêu:" is a plan of 2026-2030."""
    found = list(words.SENTENCE_CUE_RE.finditer(text)) or list(words.TARGETS_CUE_RE.finditer(text))
    cue = found[-1] if found else None
    if cue is None:
        return text
    stops = [m.end() for m in re.finditer(r"[;.]\s", text[: cue.start()])]
    return text[stops[-1] :] if stops else text


def _issued(texts: Sequence[str]) -> tuple[int, int] | None:
    """The year and month the text was issued or published, from the first date it shows that
    is not a document's it quotes ("Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 …, ngày
    10/3/2025, UBND huyện ban hành Kế hoạch": March 2025)."""
    for text in texts:
        for match in re.finditer(
            r"\b\d{1,2}\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b|tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
            r"|\b((?:19|20)\d\d)-(\d\d)-\d\d\b",  # (and year first: "2015-10-24 08:15:00")
            text,
        ):
            if not _QUOTED_DATE.search(text, 0, match.start()):
                year = match.group(2) or match.group(4) or match.group(5)
                return int(year), int(match.group(1) or match.group(3) or match.group(6))
    return None


#: The words before a date that make it a quoted document's: "… số 19-NQ/TW ngày ".
_QUOTED_DATE = re.compile(r"\bsố\s+[\w./-]*[/-]\w+[\w./-]*\s*,?\s*(?:ngày\s*)?$", re.IGNORECASE)


#: Words of a plan over several years: a term, a yearly rate or amount ("giai đoạn đầu" is not
#: one: a period with its years is read as one before this).
_SEVERAL_YEARS_RE = re.compile(
    r"nhiệm kỳ|hằng năm|hàng năm|mỗi năm|bình quân(?: hằng| hàng| mỗi)? năm", re.IGNORECASE
)
#: The rest of the year a text was written in, its year not named: "những tháng cuối năm", "6
#: tháng cuối năm", "từ nay đến cuối năm", "trong năm nay".
_REST_OF_THE_YEAR_RE = re.compile(
    r"\b(?:(?:những|các|\d+)\s+tháng\s+cuối\s+năm|từ\s+nay\s+đến\s+cuối\s+năm"
    # (not the years up to now: "Nhiều năm nay, …", "Trong 5 năm nay")
    r"|(?<!nhiều )(?<!những )(?<!mấy )(?<!các )(?<!\d )năm\s+nay)\b(?!\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: Words of a term of five years: "nhiệm kỳ", a party committee's congress, "kế hoạch 5 năm".
_A_TERM_RE = re.compile(
    # (not a congress cited, "quán triệt Nghị quyết Đại hội … lần thứ XIII", nor years past, "sau
    # 5 năm thực hiện")
    r"nhiệm kỳ|(?<!nghị quyết )đại hội (?:đại biểu )?đảng bộ|kế hoạch (?:5|năm) năm|khóa [IVXL]+\b"
    r"|\b(?:5|năm) năm\s+(?:giai đoạn\s+)?(?:19|20)\d\d",  # "… 5 năm 2016 - 2020"
    re.IGNORECASE,
)
#: A strategy, plan or programme to an end: "Chiến lược phát triển năng lượng quốc gia của Việt
#: Nam đến năm 2030", "Mục tiêu của Kế hoạch đến năm 2030".
_A_DOCUMENT_TO_RE = re.compile(
    r"\b(?:kế hoạch|chiến lược|đề án|chương trình|quy hoạch)\b[^.;:]{0,60}?\b(?:đến|tới)\s+năm\s+"
    r"(?P<end>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: A rate a year: a plan over several years, unless the text names its aims as one year's.
_RATE_A_YEAR_RE = re.compile(r"%\s*/\s*năm", re.IGNORECASE)


def _one_year(texts: Sequence[str], year: int) -> bool:
    """Whether a text that states no period plans the one year it names: "mục tiêu năm 2025",
    "trong năm 2025", never "đến năm 2025", and no words of a plan over several years (a rate
    a year, "14%/năm", is one only where the aims are not named as the year's)."""
    named = rate_a_year = aims_of_the_year = False
    for text in texts:
        cleaned = words.BASE_RE.sub(" ", words.DATE_WITH_YEAR_RE.sub(" ", text))
        cleaned = words.COUNCIL_TERM_RE.sub(" ", cleaned)  # the council's term is not the plan's
        if _SEVERAL_YEARS_RE.search(cleaned):
            return False
        rate_a_year = rate_a_year or bool(_RATE_A_YEAR_RE.search(cleaned))
        aims_of_the_year = aims_of_the_year or any(
            int(m["year"]) == year for m in _AIMS_OF_A_YEAR_RE.finditer(cleaned)
        )
        for match in words.YEAR_RE.finditer(cleaned):
            if int(match["year"] or match["year2"]) != year:
                continue
            if _as_end(cleaned, match):
                if _year_end(match):
                    continue  # "Đến cuối năm 2025 thu nhập … đạt": by the year's end, no longer
                return False
            named = True
    # "tốc độ tăng trưởng kinh tế đạt 14%/năm" in "Mục tiêu tổng quát năm 2023": that year's rate
    return named and (aims_of_the_year or not rate_a_year)


def plan_time_of(
    seg: Segmented, clauses_times: list[Times], targets_times: Sequence[Times] = ()
) -> tuple[PlanTime, bool]:
    """The plan's period, and whether it was guessed (no sentence or title states it whole):
    from what announces the targets, the lines before them, else the times its targets name."""
    # the first date of the lines before the targets, of a page's date line, or of the
    # sentences before the first figure ("Ngày 05/4/2021, UBND tỉnh ban hành Kế hoạch. …")
    ahead = list(itertools.takewhile(lambda c: not has_figure(c.text), seg.clauses))
    issued_on = _issued([p.text for p in seg.intro] + seg.announcements) or _issued(
        [c.text for c in seg.clauses if words.DATE_LINE_RE.fullmatch(c.text)]
        + [c.text for c in ahead]
    )
    issued = issued_on[0] if issued_on is not None else None
    periods = [t.period for t in clauses_times if t.period is not None]
    stated = next(
        (
            found
            for text in seg.announcements
            for part in (_near_cue(text), text)
            # (an announcement that reports is read as a report: "… ban ngành đã tổ chức triển
            # khai và thực hiện thắng lợi các chỉ tiêu … năm 2019" names the year reported)
            if (found := _stated_time(part, announce=not words.RESULT_RE.search(part), issued=None))
            is not None
        ),
        None,
    ) or next(
        (
            found
            for piece in seg.intro
            for part in (_near_cue(piece.text), piece.text)
            if (found := _stated_time(part, announce=False, issued=None)) is not None
        ),
        None,
    )
    if stated is None and not seg.intro and not seg.announcements and seg.clauses:
        # a title that heads the items, with no introduction: "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ
        # HỘI 5 NĂM 2021 - 2025" over "- Tỷ lệ đô thị hóa đạt 45%. …"
        stated = next(
            (
                found
                for heading in seg.clauses[0].headings
                if KIND_LINE.match(heading.text.strip())
                and (found := _stated_time(heading.text, announce=False, issued=None)) is not None
                and not found[1]
            ),
            None,
        )
    texts = [p.text for p in seg.intro] + seg.announcements + [c.text for c in seg.clauses]
    if stated is None:
        stated = _congress_held(texts[:3])
    if stated is not None:
        plan, only_end = stated
        if not only_end:
            return plan, False
        # "đến năm 2030": the start from a period its targets or its title name with that end
        # ("Kế hoạch ... 5 năm giai đoạn 2021 - 2025"), else the year it was issued, else five
        # years before the end
        titled = [times(piece.text).period for piece in seg.intro]
        starts = [p[0] for p in [*periods, *titled] if p is not None and p[1] == plan.end]
        if starts:
            return PlanTime(min(starts), plan.end), False
        if issued_on is not None and issued_on[0] < plan.end:
            return PlanTime(_start_issued(issued_on, plan.end), plan.end), False
        return PlanTime(
            _start_before(plan.end, texts + [h.text for h in seg.headings]), plan.end
        ), True
    # targets that name one year only, as a year ("tăng trưởng kinh tế năm 2025 đạt từ 8 - 9%"),
    # are a year's plan, whatever period a sentence with no figure names ("… triển khai có hiệu
    # quả Đề án chuyển đổi số ngành Nông nghiệp giai đoạn 2025 - 2030": another document's)
    # targets that name no time, after a meeting on one year's aims ("UBND tỉnh Long An tổ chức
    # Hội nghị triển khai nhiệm vụ phát triển kinh tế-xã hội năm 2024"): that year's plan, not
    # the period of a document a sentence with no figure names ("… Kế hoạch thực hiện Quy hoạch
    # tỉnh thời kỳ 2021-2030")
    aims = {
        int(m["year"])
        for text in texts
        if not has_figure(text)
        # (not the year a meeting reviews: "đánh giá kết quả thực hiện kế hoạch năm 2022 và
        # triển khai nhiệm vụ năm 2023")
        for m in _AIMS_OF_A_YEAR_RE.finditer(_REVIEW_RE.sub(" ", words.BASE_RE.sub(" ", text)))
        if not _ends_at(m[0])  # "mục tiêu đến năm 2030": an end, not a year's aims
    }
    their = {t.year or (t.period or (0, 0))[1] for t in targets_times if t.year or t.period}
    if len(aims) == 1 and their and max(their) <= (year := next(iter(aims))) > min(their):
        # a meeting on one year's results and the next's aims ("UBND huyện vừa tổng kết phong
        # trào … năm 2022, triển khai nhiệm vụ năm 2023"): the figures of 2022 are its results
        return PlanTime(year, year), True
    single = all(t.period is None or t.period[0] == t.period[1] for t in targets_times)
    if len(their) == 1 and single and _one_year(texts, year := next(iter(their))):
        return PlanTime(year, year), True
    if not their and len(aims) == 1:
        year = next(iter(aims))
        return PlanTime(year, year), True
    # targets after a meeting that reviewed one term and set the aims of the next ("Đại hội đã
    # tổng kết … nhiệm kỳ 2020-2025; đề ra phương hướng, mục tiêu … cho giai đoạn 2025-2030"):
    # that period, not the one of the results its figures report ("tổng thu ngân sách giai đoạn
    # 2020-2025 … ước đạt hơn 213 tỷ đồng")
    set_for = {
        period
        for text in texts
        if not has_figure(text)
        for m in _AIMS_OF_A_PERIOD_RE.finditer(words.BASE_RE.sub(" ", text))
        if (period := times(m[0]).period) is not None
    }
    ends = [t.year or t.period[1] for t in targets_times if t.year or t.period]  # type: ignore[index]
    # (a target within it, none after it: not "… xây dựng phương hướng, mục tiêu cho giai đoạn
    # 2026 - 2030" after targets of 2023 and 2025, the next period prepared)
    aimed_period = next(iter(set_for)) if len(set_for) == 1 else None
    if (
        aimed_period is not None
        and all(end <= aimed_period[1] for end in ends)
        and any(aimed_period[0] <= end for end in ends)
    ):
        return PlanTime(*aimed_period), False  # stated, though not where targets are
    # targets that name no time, after the aims set to one end ("Theo đó, mục tiêu đến năm 2030,
    # phát triển ngành Thủy sản … và đến năm 2045 đưa ngành thủy sản trở thành …"): that end, not
    # the later one of the vision (when no period is named: below)
    aimed = {
        int(m["year"])
        for text in texts
        if not has_figure(text)
        for m in _AIMS_TO_AN_END_RE.finditer(words.BASE_RE.sub(" ", text))
    }
    # the periods its targets name, before those of sentences with no figure ("Quảng Trị sắp
    # sửa khép lại nhiệm kỳ 2020 - 2025, …": the term ending, not the plan's), unless such a
    # period holds all of theirs ("… phê duyệt Quy hoạch tỉnh thời kỳ 2021-2030" above "Giai
    # đoạn 2021-2025, thu hút 50 dự án"): theirs are parts of it
    theirs = [
        t.period for t in targets_times if t.period is not None and t.period[0] != t.period[1]
    ]
    named = [p for p in periods if p[0] != p[1]]
    holding = [p for p in named if all(p[0] <= s[0] and s[1] <= p[1] for s in theirs)]
    # targets of single years only: the periods the latest of them falls in, not a term reported
    # before ("Nhiệm kỳ 2015 - 2020, … đạt được nhiều kết quả" above "Nhiệm kỳ 2020 - 2025, …
    # phấn đấu đến cuối năm 2025 …")
    latest = max(their, default=None)
    reached = [p for p in named if latest is not None and p[0] <= latest <= p[1]]
    # (and of periods apart, the latest: "Bí thư Huyện ủy … khóa XXI, nhiệm kỳ 2015 - 2020" on
    # the page of the congress of 2020 - 2025 is the term before, not a part of the plan)
    latest_named = max(named, key=lambda p: p[1], default=None)
    apart = [p for p in named if latest_named is not None and p[1] < latest_named[0]]
    spans = (theirs + holding) if theirs else (reached or [p for p in named if p not in apart])
    if spans:
        return PlanTime(min(p[0] for p in spans), max(p[1] for p in spans)), True
    # growths of single years ("tăng trưởng kinh tế (GRDP) năm 2024 … ước đạt 7,52%", "Năm 2025,
    # … đặt mục tiêu tăng trưởng kinh tế từ 8 đến 9%") are years, as levels' are
    years = [t.year for t in clauses_times if t.year is not None] + [p[1] for p in periods]
    if years:
        end = next(iter(aimed)) if not their and len(aimed) == 1 else max(years)
        if _one_year(texts, end):
            return PlanTime(end, end), True
        if issued_on is not None and end - 10 <= issued_on[0] < end:
            return PlanTime(_start_issued(issued_on, end), end), True
        return PlanTime(_start_before(end, texts + [h.text for h in seg.headings]), end), True
    if issued is not None:
        # no year named but the rest of the one it was written in ("HĐND đã thống nhất nhiệm vụ
        # … những tháng cuối năm với các chỉ tiêu: …" on a page of 19/07/2009): that year's plan
        # (and no words of several years: "Đại hội diễn ra trong năm nay … Nhiệm kỳ tới, …")
        if any(_REST_OF_THE_YEAR_RE.search(text) for text in texts) and not any(
            _SEVERAL_YEARS_RE.search(words.COUNCIL_TERM_RE.sub(" ", text)) for text in texts
        ):
            return PlanTime(issued, issued), True
        # five years from it, or from the next: a term's when it is a congress's year (2015,
        # 2020, 2025) and the text names a term or is dated in its second half ("Các chỉ tiêu chủ
        # yếu" on a page of 24/10/2015, the aims "đến cuối nhiệm kỳ" of a congress of 20/5/2020;
        # not a plan of 10/01/2025), or any year's last quarter (a plan of 20/12/2024 is 2025's)
        month = issued_on[1] if issued_on is not None else 1
        termed = any(_A_TERM_RE.search(text) for text in texts)
        start = (
            issued + 1 if month >= 10 or (issued % 5 == 0 and (month >= 7 or termed)) else issued
        )
        return PlanTime(start, start + 4), True
    return PlanTime(2021, 2025), True
