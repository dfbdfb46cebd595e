"""What is read but not drafted, each listed with its reason: in a year's plan the results of
a year before it, and the figures of a paragraph that reports results (a target stated twice:
``repeats``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from plantrack import texts
from plantrack.extract import words
from plantrack.extract.clauses import Clause, Heading
from plantrack.extract.cutting import split_sentences
from plantrack.extract.items import BlockLike
from plantrack.extract.not_targets import is_narrative
from plantrack.extract.reading import Reading
from plantrack.extract.timing import NO_TIME, PlanTime, times
from plantrack.texts import Text


@dataclass(frozen=True)
class Unread:
    """A piece of the targets' text that holds a figure or is a numbered item, not read; with
    the reason when a target was drafted from it but refused by the plan's rules."""

    text: str
    block: int
    reason: Text | None = None
    start: int = 0  # where in its block the text starts


def before_the_plan(
    readings: list[tuple[Clause, Reading | None]],
    plan: PlanTime,
    blocks: Sequence[BlockLike],
    *,
    stated: bool = False,
) -> tuple[list[tuple[Clause, Reading | None]], list[Unread]]:
    """In a year's plan, figures of a year before it are results, not targets: "Trong năm 2020,
    ... Tổng giá trị sản xuất trên địa bàn đạt gần 1.400 tỷ đồng" in the plan of 2021 (Kon
    Rẫy). Each is listed with its reason. In a plan of several years, whose period may be
    guessed, only an estimate that names its year is ("thu ngân sách năm 2020 ước đạt 2.500 tỷ
    đồng, tăng 51,2%" in the plan of 2021-2025): a wrong guess would drop its targets. In a
    plan whose period a sentence states (``stated``), a target of a year before that period is
    listed too, with its own reason: it is not one of the plan's."""
    kept: list[tuple[Clause, Reading | None]] = []
    past: list[Unread] = []
    years_past: dict[int, int] = {}  # id of a clause listed as past → its year
    for clause, reading in readings:
        last = None if reading is None else reading.year or (reading.period or (None, None))[1]
        earlier = None if clause.subject_from is None else years_past.get(id(clause.subject_from))
        if (
            reading is not None
            and plan.one_year
            and earlier is not None
            and times(clause.text) == NO_TIME
            and _ESTIMATE_RE.search(clause.text)
        ):
            # "trong năm 2025, tăng trưởng GRDP ước đạt 7,23%; trong đó, khu vực nông - lâm
            # nghiệp và thủy sản ước tăng 3,79%": an estimate going on with a past year's
            last = earlier
        if reading is not None and clause.opening and not _sentence_has_a_time(clause):
            # "Theo báo cáo …, năm 2014 tình hình kinh tế - xã hội … . Tổng giá trị sản xuất …
            # đạt 2.629 tỷ đồng": a paragraph about a year before the plan (Thăng Bình); the
            # year of the nearest sentence before that names one ("… kết quả … năm 2017. Năm
            # 2018, xã … xây dựng 18 chỉ tiêu … . Toàn xã phấn đấu … đạt gần 2000 tấn", Mỹ An)
            opened = _latest_year_before(clause, blocks)
            last = opened if opened is not None and opened < plan.start else last
        if reading is not None and plan.one_year and not _sentence_has_a_time(clause):
            # "Ngành công nghiệp … dẫn đầu về tăng trưởng với chỉ số sản xuất tăng 11,43%, … .
            # Tuy nhiên, tổng thu ngân sách nhà nước năm 2024 đạt …": a paragraph whose years
            # are all before the year's plan speaks of them
            named = _years_named(blocks[clause.span.block].text)
            if named and max(named) < plan.start:
                last = max(named)
        if last is None or last >= plan.start:
            kept.append((clause, reading))
        elif plan.one_year or (_estimated(clause) and _sentence_has_a_time(clause)):
            reason = texts.text("extract.past", year=last)
            past.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
            years_past[id(clause)] = last
        elif stated and reading is not None and reading.period is None:
            # "16 chỉ tiêu nhiệm kỳ 2020-2025. … đạt xã nông thôn mới nâng cao vào cuối năm
            # 2020": due in the base year, before the term's first; drafted, it would widen
            # the stated period and move the base year of every growth (Phú Bình). A period
            # before it ("… 7%/năm trong giai đoạn 2021-2025 và 8%/năm trong giai đoạn
            # 2026-2030" under "đến năm 2030") is the plan's too: it widens it
            reason = texts.text("extract.before-period", year=last, start=plan.start, end=plan.end)
            past.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
        else:
            kept.append((clause, reading))
    return kept, past


def _latest_year_before(clause: Clause, blocks: Sequence[BlockLike]) -> int | None:
    """The year of the nearest sentence before the clause's, in its paragraph, that names one
    (not a document's it cites: "Tiếp tục thực hiện Nghị quyết số 19-NQ/TW năm 2018 …")."""
    text = blocks[clause.span.block].text[: (clause.first or clause).span.start]
    for start, end in reversed(split_sentences(text, 0, len(text))):
        found = times(_CITED_DOCUMENT_RE.sub(" ", text[start:end]))
        if found.year is not None or found.period is not None:
            return found.year if found.year is not None else found.period[1]  # type: ignore[index]
    return None


#: A document cited by its number, and its date or year: "Nghị quyết số 19-NQ/TW năm 2018",
#: "Quyết định số 1533/QĐ-UBND, ngày 15/8/2019".
_CITED_DOCUMENT_RE = re.compile(
    r"(?:\bsố\s+)?\b\d+[\w.]*[/-][\w./-]+(?:\s*,?\s*(?:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm"
    r"\s+\d{4}|ngày\s+[\d/.-]+|năm\s+\d{4}))?",
    re.IGNORECASE,
)


#: An estimate of a year's outcome: "thu ngân sách năm 2020 ước đạt 2.500 tỷ đồng".
_ESTIMATE_RE = re.compile(r"\bước (?:đạt|thực hiện|tính|khoảng|tăng|giảm)", re.IGNORECASE)


#: A year a figure is compared with in words: "…, cao hơn năm 2024 là 5 triệu đồng".
_HIGHER_THAN_RE = re.compile(
    rf"\b(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:so với\s+)?(?:cùng kỳ\s+)?(?:năm\s+)?{words.YEAR}",
    re.IGNORECASE,
)


def _years_named(text: str) -> list[int]:
    """The years a paragraph names, sentence by sentence (not those it compares with: "so với
    năm 2024", "cao hơn năm 2024")."""
    out: list[int] = []
    for start, end in split_sentences(text, 0, len(text)):
        found = times(_HIGHER_THAN_RE.sub(" ", text[start:end]))
        if found.year is not None:
            out.append(found.year)
        if found.period is not None:
            out.append(found.period[1])
    return out


def _estimated(clause: Clause) -> bool:
    """Whether the clause, or one before it in its sentence, gives an estimate."""
    return any(_ESTIMATE_RE.search(c.text) for c in _so_far(clause))


#: Words of a plan: a paragraph with them is not a report of results, whatever it opens with.
_PLANNED = re.compile(r"phấn đấu|mục tiêu|kế hoạch|đến năm|dự kiến|định hướng", re.I)
#: The plan whose results are reported: "kết quả thực hiện kế hoạch", not a plan's own words.
_REVIEWED = re.compile(
    # the plan reviewed: "thực hiện kế hoạch", "… đạt, vượt kế hoạch", "vượt mục tiêu", "đạt
    # 100,2% kế hoạch"
    r"thực hiện (?:các )?(?:kế hoạch|mục tiêu|chỉ tiêu)"
    r"|\b(?:đạt\s*,\s*)?vượt\s+(?:các\s+)?(?:kế hoạch|mục tiêu|chỉ tiêu)(?:\s+kế hoạch)?"
    r"|\bđạt\s+(?:các\s+)?(?:kế hoạch|mục tiêu|chỉ tiêu)\b"  # "thu ngân sách hàng năm đạt kế hoạch"
    # the plan's figure in brackets beside a result, "đạt 100% (mục tiêu đại hội là 90%)", and a
    # result compared with the plan, "vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%"
    r"|\((?:mục tiêu|kế hoạch|chỉ tiêu|KH|NQ)\b[^()]*\)|\bso với\s+(?:các\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)"
    # the share of the plan reached: "đạt 100,2% kế hoạch", "bằng 105% chỉ tiêu kế hoạch", "đạt
    # hơn 100% kế hoạch", "đạt 95% kế hoạch", "đạt 112,6% mục tiêu đề ra", "vượt 117,29% so với
    # kế hoạch" (not a target of the plan's own, capital assigned to it: "Giải ngân vốn đầu tư
    # công đạt 100% kế hoạch vốn được giao")
    r"|\b(?:đạt|bằng|vượt)\s+(?:(?:hơn|trên|gần|khoảng)\s+)?[\d.,]+\s*%"
    r"\s*(?:so với\s+)?(?:chỉ tiêu\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)(?!\s+vốn)(?!\s+(?:được\s+)?giao)",
    re.IGNORECASE,
)


#: A sentence about the time to come: "Nhiệm kỳ tới, …", "Trong năm tới, …" (the opposite of
#: RESULT_RE's "Nhiệm kỳ vừa qua, …").
_TO_COME = re.compile(
    r"\W*(?:trong\s+)?(?:nhiệm kỳ|giai đoạn|năm|những năm|thời gian)\s+(?:sắp\s+)?tới\b", re.I
)


def _plans(text: str) -> bool:
    """Whether a text speaks of a plan of its own (not of the plan whose results it reports)."""
    return bool(_PLANNED.search(_REVIEWED.sub(" ", words.PLANNING_OFFICE_RE.sub(" ", text))))


def _announces(text: str) -> bool:
    """Whether a sentence announces targets before its colon ("Đại hội thống nhất các chỉ tiêu
    chủ yếu nhiệm kỳ tới: …"), not results ("Kết quả thực hiện các chỉ tiêu: …")."""
    head, colon, _ = text.partition(":")
    head = re.split(r";\s", head)[-1]  # "… đã … thực hiện thắng lợi các chỉ tiêu năm 2025; Hội
    # nghị thống nhất các chỉ tiêu năm 2026:": the announcement after the report
    return bool(
        colon
        and words.SENTENCE_CUE_RE.search(_REVIEWED.sub(" ", head))
        and not words.RESULT_RE.search(head)
        # (not the results it builds on: "Trên cơ sở những kết quả đạt được, năm 2026 xã … đề ra
        # các chỉ tiêu như:")
        and "kết quả" not in re.sub(r"trên cơ sở (?:những |các )?kết quả", " ", head.lower())
    )


def in_a_report(
    readings: list[tuple[Clause, Reading | None]],
    plan: PlanTime,
    blocks: Sequence[BlockLike],
) -> tuple[list[tuple[Clause, Reading | None]], list[Unread]]:
    """The figures of a paragraph that reports results ("…, Đảng bộ xã đã tập trung lãnh đạo …
    đạt được những kết quả toàn diện. Tổng giá trị sản xuất 5 năm là 1.120 tỷ đồng. …", Minh
    Tân) are results, each listed with its reason, unless the paragraph's sentence plans
    ("phấn đấu", "mục tiêu", "đến năm"), announces targets ("Đại hội thống nhất các chỉ tiêu chủ
    yếu nhiệm kỳ tới: …") or names a time of the plan ("… kết quả quan trọng. Nhiệm kỳ
    2025-2030, Đại hội xác định tốc độ tăng trưởng …"). A paragraph reports when the last of its
    sentences before the figure's that reports or plans reports (a ward described first, then
    "Nhiệm kỳ 2020-2025, … thu ngân sách đạt và vượt chỉ tiêu đề ra, …"), or when the figure's
    sentence opens so ("… đạt nhiều kết quả tích cực; …")."""
    kept: list[tuple[Clause, Reading | None]] = []
    results: list[Unread] = []
    timed: set[tuple[int, int]] = set()  # the sentences a clause of which names the plan's time
    carried: dict[int, bool] = {}  # whether a report goes on where a paragraph starts
    for clause, reading in readings:
        sentence = clause.first.text if clause.first else clause.text
        # "Giai đoạn qua, tỉnh đạt được nhiều kết quả quan trọng; giai đoạn 2026 - 2030, tỉnh
        # xác định …; GRDP bình quân đầu người đạt 150 triệu đồng": the plan's from its time on
        if _of_the_plan(clause.text, plan):
            timed.add((clause.span.block, clause.sentence))
        # its own sentence's first clause ("Báo cáo kết quả thực hiện kế hoạch … năm 2020 …
        # đạt nhiều kết quả tích cực; đã gieo trồng … 1.580 ha")
        own = sentence if clause.first not in (None, clause) else ""
        if (
            reading is not None
            and not clause.listed
            and (_reports(own) or _reports_so_far(clause, blocks, plan, carried))
            and (clause.opening is None or not (_plans(sentence) or _announces(sentence)))
            and not _TO_COME.match(sentence)
            and (clause.span.block, clause.sentence) not in timed
            and not _of_the_plan(sentence, plan)
        ):
            reason = texts.text("extract.result")
            results.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
        else:
            kept.append((clause, reading))
    return kept, results


def _reports(text: str) -> bool:
    return bool(words.RESULT_RE.search(text)) and not _plans(text)


def _reports_so_far(
    clause: Clause, blocks: Sequence[BlockLike], plan: PlanTime, carried: dict[int, bool]
) -> bool:
    """Whether, of the sentences of the clause's paragraph before its own, the last that
    reports results or plans reports; a paragraph that goes on with a report before it starts
    where that one ends (``_carried``)."""
    block = clause.span.block
    state = _carried(block, blocks, plan, clause.headings, carried)
    return _last_word(blocks[block].text[: (clause.first or clause).span.start], state, plan)


def _carried(
    block: int,
    blocks: Sequence[BlockLike],
    plan: PlanTime,
    headings: Sequence[Heading],
    carried: dict[int, bool],
) -> bool:
    """Whether a report goes on where a paragraph starts: one that opens by going on ("Cùng
    với đó, tổng thu ngân sách nhà nước ước đạt 82.235 tỷ đồng, …" after "…, năm 2025 Quảng Ninh
    đạt nhiều kết quả khá toàn diện. …"), or that names no time, plans nothing and does not
    look ahead ("Năm 2023 … đạt được nhiều kết quả khích lệ. …" then "Toàn huyện trồng mới 2.252
    ha rừng, duy trì độ che phủ rừng đạt trên 67%. …", Chiêm Hóa), takes the report of the
    paragraph before it, past a photo's caption, as that one took it from the one before
    (Thanh Hóa 2026: the results of 2025 in three paragraphs); not under a heading that
    announces targets ("Các chỉ tiêu chủ yếu năm 2023:")."""
    # walked back, then forward, not recursively: a long text has hundreds of such paragraphs
    chain: list[int] = []  # the paragraphs that go on, the given one first
    current, marks = block, headings
    while not (current != block and current in carried) and _goes_on(
        blocks[current].text, current, marks
    ):
        chain.append(current)
        current = current - 1
        while current > 0 and _a_caption(blocks[current].text):
            current -= 1  # a photo's caption between ("Các đại biểu tham dự hội nghị")
        marks = ()
    state = carried.get(current, False) if current != block else False
    for going_on in reversed(chain):
        # a paragraph starts with the last word of the one before it (``current``)
        state = _last_word(blocks[current].text, state, plan)
        if going_on != block:
            carried[going_on] = state
        current = going_on
    return state


def _goes_on(text: str, block: int, headings: Sequence[Heading]) -> bool:
    """Whether a paragraph goes on with the report of the one before it (``_carried``)."""
    return block > 0 and bool(
        _GOES_ON.match(text)
        or (
            times(text) == NO_TIME
            and not _plans(text)
            and not _announces(text)
            and not _AHEAD.search(text)
            and not any(words.TARGETS_CUE_RE.search(h.text) for h in headings)
            # (nor past a paragraph that adopts the targets: "Kỳ họp đã biểu quyết thông qua Nghị
            # quyết về các chỉ tiêu chủ yếu …")
            and not (
                words.TARGETS_CUE_RE.search(_REVIEWED.sub(" ", text))
                and _ADOPTS.search(text)
                and not words.RESULT_RE.search(text)
            )
        )
    )


def _a_caption(text: str) -> bool:
    """Whether a paragraph is a photo's caption set between the paragraphs of a report: a few
    words with no figure, no full stop and no colon, that neither plans nor announces."""
    words_of = text.split()
    return (
        0 < len(words_of) <= 12
        and not re.search(r"\d|[.:;]\s*$", text)
        and not _plans(text)
        and not _announces(text)
        and not words.TARGETS_CUE_RE.search(text)
    )


#: Words that look ahead, which no report of what was done uses: "Thời gian tới, …", "Sắp tới,
#: huyện sẽ …", "Trong những năm tiếp theo, …", "Huyện xác định …", "đề ra nhiệm vụ trọng tâm
#: …" (not "hoàn thành tốt nhiệm vụ", "tiếp tục trồng mới", "tăng tới 67%", "cần khắc phục").
_AHEAD = re.compile(
    r"\b(?:sẽ|sắp tới|(?:thời gian|năm|nhiệm kỳ|giai đoạn|những năm) tới|tiếp theo|xác định"
    r"|(?<!tiêu )(?<!hoạch )đề ra|nhiệm vụ trọng tâm|quyết tâm)\b",
    re.IGNORECASE,
)

#: The act of setting targets: "Kỳ họp đã biểu quyết thông qua Nghị quyết về các chỉ tiêu chủ yếu"
#: (not a report of them: "một số chỉ tiêu đạt cao như: …").
_ADOPTS = re.compile(
    r"thông qua|(?<!đã )đề ra|thống nhất|(?<!được )giao|xác định|đặt ra|phấn đấu", re.IGNORECASE
)

#: A paragraph that goes on with the one before: "Cùng với đó, …", "Bên cạnh đó, …".
_GOES_ON = re.compile(r"\W*(?:cùng với đó|bên cạnh đó|ngoài ra|đồng thời|theo đó)\b", re.IGNORECASE)


def _last_word(text: str, state: bool, plan: PlanTime) -> bool:
    """Whether a text's last sentence that reports or plans reports (``state`` if none). A
    sentence that names only years before the plan's reports them ("Theo đánh giá của lãnh đạo
    tỉnh năm 2025 địa phương tiếp tục duy trì đà tăng trưởng tích cực." in a plan of 2026)."""
    for start, end in split_sentences(text, 0, len(text)):
        sentence = text[start:end]
        if (
            _plans(sentence)
            or (_announces(sentence) and _ADOPTS.search(sentence))
            # a sentence on the plan's own time: "Năm 2017, Hương Thủy đề ra 13 chỉ tiêu cụ thể;
            # trong đó, …" after "Năm 2016, … đạt và vượt 17 chỉ tiêu …"
            or (
                _of_the_plan(words.DATE_WITH_YEAR_RE.sub(" ", sentence), plan)
                and _ADOPTS.search(sentence)
                and not words.RESULT_RE.search(sentence)
            )
        ):
            state = False
        elif words.RESULT_RE.search(sentence) or _only_before(sentence, plan):
            state = True
    return state


def _only_before(text: str, plan: PlanTime) -> bool:
    """Whether a text names years, or opens with a term, all of them before the plan's (a year
    compared with, "so với năm 2025", is not named)."""
    cleaned = _CITED_YEAR_RE.sub(
        " ", words.DATE_WITH_YEAR_RE.sub(" ", words.BASE_RE.sub(" ", text))
    )
    named = [int(m["year"] or m["year2"]) for m in words.YEAR_RE.finditer(cleaned)]
    opened = _OPENING_TERM_RE.match(cleaned)  # "Nhiệm kỳ 2020-2025, Đảng bộ … đã phát huy …"
    named += [int(opened["end"])] if opened is not None else []
    return bool(named) and max(named) < plan.start


#: A term or period a sentence opens with: "Nhiệm kỳ 2020-2025, …", "Trong giai đoạn 2016 - 2020, …".
_OPENING_TERM_RE = re.compile(
    r"\W*(?:trong\s+)?(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+\(?(?:19|20)\d\d\s*[-–]\s*(?P<end>(?:19|20)\d\d)"
    r"\)?\s*,",
    re.IGNORECASE,
)

#: A document cited with its year: "tiếp tục thực hiện Nghị quyết số 26-NQ/TW năm 2008".
_CITED_YEAR_RE = re.compile(
    r"\b(?:nghị quyết|quyết định|chỉ thị|kết luận|luật|thông tư|nghị định|kế hoạch|chương trình"
    r"|đề án|chiến lược)\b[^.;:]{0,60}?\bnăm\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


def _of_the_plan(text: str, plan: PlanTime) -> bool:
    """Whether a text names a year or a period that ends within or after the plan's."""
    found = times(text)
    end = found.period[1] if found.period is not None else found.year
    return end is not None and end >= plan.start


def _sentence_has_a_time(clause: Clause) -> bool:
    """Whether the clause, or one before it in its sentence, names a year or a period."""
    return any(
        (found := times(c.text)).year is not None or found.period is not None
        for c in _so_far(clause)
    )


def _so_far(clause: Clause) -> Iterator[Clause]:
    """The clause, then those before it in its sentence, nearest first."""
    current: Clause | None = clause
    while current is not None:
        yield current
        current = current.subject_from


#: Parts of the whole before: "Trong đó, mầm non có 43 trường", "Trong số đó, …".
_OF_WHICH_RE = re.compile(r"\W*trong\s+(?:số\s+)?đó\b", re.IGNORECASE)


def parts_of_a_result(
    readings: list[tuple[Clause, Reading | None]],
    every: list[tuple[Clause, Reading | None]],
) -> tuple[list[tuple[Clause, Reading | None]], list[Unread]]:
    """The parts of a result are results: "Tính đến tháng 9/2023, toàn quốc có 902 đô thị,
    trong đó có 2 đô thị loại đặc biệt, 22 đô thị loại I, …" (the parts listed after the first
    go on with its subject; "… có 190 trường đạt chuẩn quốc gia. Trong đó, mầm non có 43
    trường, …" in a sentence of its own), unless a part names a time or an aim of its own. A
    result is a clause that reads as one, or that the steps before listed (``every`` holds the
    readings before them, ``readings`` those they kept)."""
    kept_ids = {id(clause) for clause, _ in readings}
    results = {
        id(clause)
        for clause, reading in every
        if id(clause) not in kept_ids
        or (reading is None and (words.RESULT_RE.search(clause.text) or is_narrative(clause)))
    }
    parts: set[int] = set()
    before: Clause | None = None  # the clause read before it
    sentences: dict[tuple[int, int], list[Clause]] = {}  # the clauses of each sentence
    for clause, reading in every:
        sentences.setdefault((clause.span.block, clause.sentence), []).append(clause)
        # a "Trong đó" sentence parts its sentence before as a whole: a result's parts when
        # all that sentence states is results ("Hiện … có 190 trường …. Trong đó, …"), not when
        # it states a target too ("… đạt 11,51%, cao hơn … ước đạt 7,85% của năm 2025. Trong
        # đó, …"; "Hiện … có 45.000 ha …, phấn đấu đến năm 2030 đạt 50.000 ha. Trong đó, …")
        wholes = [before] if before is not None else []
        if before is not None and before.sentence != clause.sentence:
            wholes = sentences[(before.span.block, before.sentence)]
        a_part = (
            id(clause.parent) in results
            or id(clause.subject_from) in parts
            or (
                bool(wholes)
                and wholes[0].span.block == clause.span.block
                and all(id(whole) in results or id(whole) in parts for whole in wholes)
                and _OF_WHICH_RE.match(clause.text) is not None
            )
        )
        before = clause
        if (
            id(clause) in kept_ids
            and reading is not None
            and a_part
            # (a ";" parts no part from the list it goes on: "Trong số đó, … đạt 3,861 triệu
            # tấn; sản lượng nuôi trồng … đạt hơn 5,408 triệu tấn")
            and (not clause.after_semicolon or id(clause.subject_from) in parts)
            and times(clause.text) == NO_TIME
            and not re.search(words.AIM_WORD, clause.text, re.IGNORECASE)
        ):
            parts.add(id(clause))
    found = [
        Unread(clause.text, clause.span.block, texts.text("extract.result"), clause.span.start)
        for clause, _ in readings
        if id(clause) in parts
    ]
    return [(c, r) for c, r in readings if id(c) not in parts], found
