"""A results report that prints the plan's figure beside each result.

Year-end reports give each result with the figure of the year's plan beside it: "Tỷ lệ lao
động qua đào tạo đạt 76,89% (KH 74%)", "khu vực công nghiệp ước tăng 10,85%/KH tăng 7,5-8,5%",
"Trồng mới cây dược liệu 456,28ha/230ha (đạt 246,28%)". The plan's figures are the targets of
the year reported on; the results are not targets.

A text is read so when it gives three such pairs or more and sets no aim of its own ("phấn
đấu …", which a review before a new plan's targets does). Each block with a pair is then read
with its results blanked: the plan's figure stays where it stands and the block keeps its length,
so that every place in it is the source's, and what a target keeps as its text is the source's
own words. Each result blanked is listed, with its place; the year is the one the report is of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrack import texts
from plantrack.extract import words
from plantrack.extract.figures import has_figure, mask_times
from plantrack.extract.items import BlockLike
from plantrack.extract.listed import Unread

_I = re.IGNORECASE
_NUM = rf"(?:{words.NUMBER})"
_RANGE = rf"{_NUM}(?:\s*%?\s*[-–]\s*{_NUM})?"  # "8-9", "7% – 7,5"
_UNIT = (
    r"(?:%|‰|(?:(?:triệu|tỷ|nghìn|ngàn)\s+)?[^\W\d_]+(?:\s+(?!trở\b)[^\W\d_]+){0,2}(?:/[^\W\d_]+)?)"
)
#: What a plan's figure is introduced by: "KH" (kế hoạch), "NQ" (the resolution), spelled out.
_MARK = (
    r"(?:kế hoạch\s*[-–]\s*viết tắt là\s*KH\s*[-–]"
    rf"|(?:KH|NQ|kế hoạch|chỉ tiêu)\b(?:\s+(?P<year>(?:năm\s+)?{words.YEAR})|\s+năm\b)?\s*(?::|là\b)?)"
)
_CHANGE = r"(?:tăng|giảm(?:\s+còn)?)"
#: The plan's figure after its result: "(KH 74%)", "(KH tăng 8-9%)", "/KH 55-56 triệu đồng".
_AFTER_RE = re.compile(
    rf"(?P<open>\(|/)\s*{_MARK}\s*"
    rf"(?P<plan>(?:{_CHANGE}\s+)?(?:(?:khoảng|trên|từ|dưới)\s+)?{_RANGE}(?:\s*{_UNIT})?"
    r"(?:/năm)?(?:\s+trở\s+(?:lên|xuống))?)(?P<close>(?:\s*,[^()]*)?\s*\))?",
    _I,
)
#: The plan's figure in brackets after the plan it is compared with is named: "tăng 22,2% so kế
#: hoạch (9,0 tỷ USD)",
#: "chưa đạt chỉ tiêu theo kế hoạch (giảm còn khoảng 3,72 triệu tấn)", "vượt 0,05% so với chỉ
#: tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%)" (not a year's figure
#: named so: "so với năm 2021 (8,79 triệu tấn)").
_NAMED_RE = re.compile(
    r"\b(?:so(?:\s+với)?|theo|bằng\s+[\d.,]+\s*%|vượt|đạt|chưa đạt|không đạt|hoàn thành)\s+"
    r"(?:kế hoạch|chỉ tiêu)\b(?!\s+số)[^().;]{0,100}?(?:(?P<bracket>\()|\blà)\s*"
    rf"(?P<plan>(?:{_CHANGE}\s+)?(?:(?:khoảng|trên|từ|dưới)\s+)?{_RANGE}(?:\s*{_UNIT})?)"
    r"(?(bracket)\s*\))",
    _I,
)
#: Two figures in one unit, the result's and the plan's: "3.189,60ha/3.117,03ha".
_SLASHED_RE = re.compile(
    rf"(?<![\d.,/])(?P<result>{_NUM})\s*(?P<unit>ha|tấn|con|người|hộ|km|lao động|(?:tỷ|triệu) đồng|lượt khách)\s*/\s*"
    rf"(?P<plan>{_NUM}\s*(?P=unit))(?![\w/])",
    _I,
)
#: What a result's figure is said with, before it: "ước đạt", "ước tăng", "khoảng", "trên".
_ESTIMATE = r"(?:(?:ước|dự kiến)(?:\s+(?:tính|thực hiện|cả năm))?\s+)"
_VERB = rf"(?:(?:đạt|{_CHANGE}|chiếm|là|được|còn)\s+)"
_QUALIFIER = r"(?:(?:khoảng|trên|dưới|hơn|gần)\s*)"
_SAID_RE = re.compile(rf"{_ESTIMATE}?(?P<verb>{_VERB})?{_QUALIFIER}?$", _I)
#: A figure reported beside the pairs, with what it is said with and what follows it: a share of
#: the plan ("(đạt 102,33% so với NQ)"), a change ("tăng 3,1 triệu đồng").
_RESULT_RE = re.compile(
    rf"\(\s*(?:đạt|bằng)\s+{_NUM}\s*%[^()]*\)"
    rf"|(?:,\s*)?{_ESTIMATE}?{_VERB}?(?:(?:bằng|vượt|thấp hơn|cao hơn|kém)\s+)?{_QUALIFIER}?(?<![\d.,/])"
    rf"{_NUM}(?:\s*/\s*{_NUM})?"
    r"(?:\s*(?:%|‰|(?:triệu|tỷ|nghìn|ngàn)\s+(?:đồng|USD)|tỷ(?:\s+đồng)?|ha|tấn|con|người|km|hộ"
    r"|lao động|tạ/ha|USD)(?![\w]))?",
    _I,
)
#: What a result is compared with, after it: "so với năm 2021", "so với cùng kỳ", "so với KH".
_SINCE_RE = re.compile(
    rf"\s*so với\s+(?:cùng kỳ\s+)?(?:năm\s+{words.YEAR}|cùng kỳ|KH|NQ|kế hoạch)", _I
)
#: An aim of the text's own, after its figures' pairs are taken out, when a figure follows it (not
#: a year, nor a count of targets or tasks): "phấn đấu …", "đề ra 18 chỉ tiêu chủ yếu: … 9,5%",
#: "Các chỉ tiêu chủ yếu năm 2023: …", "Về kế hoạch năm 2023, ngành … đặt ra: …" (not "để",
#: "nhằm": a narrative's purpose; not "Có 18/19 chỉ tiêu đạt và vượt so với Nghị quyết đề ra, 1
#: chỉ tiêu không đạt").
_AIM_RE = re.compile(
    r"\b(?:phấn đấu|nỗ lực|quyết tâm|đặt mục tiêu|đề ra|xác định)\b(?P<aimed>[^.;]*)"
    rf"|\b(?:mục tiêu|chỉ tiêu)\b[^.;]*?\bnăm\s+{words.YEAR}(?P<named>[^.;]*)"
    rf"|(?:^|[.;]\s)\W*(?:về\s+)?kế hoạch\s+năm\s+{words.YEAR}\s*[:,](?P<planned>[^.;]*)",
    _I,
)
#: Sentences that say which year a report is of: "báo cáo đánh giá tình hình kinh tế - xã hội
#: năm 2022", "Hội nghị tổng kết sản xuất Nông nghiệp năm 2023", "Năm 2023, sản xuất …", "Tính
#: đến ngày 30/9/2022, …".
_REPORTED_YEAR_RE = re.compile(
    rf"(?:tổng kết|đánh giá|báo cáo)[^.;\d]{{0,80}}?(?<!đến )(?<!từ )năm\s+(?P<year>{words.YEAR})"
    rf"|^\W*năm\s+(?P<opening>{words.YEAR})\s*,"
    # as of a day: "Tính đến ngày 30/9/2022, tỷ lệ …"
    rf"|^\W*(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*(?P<asof>{words.YEAR})",
    _I,
)
#: What parts clauses: a semicolon, a sentence's end, a comma not inside a number.
_PARTS_RE = re.compile(r"[;:]|\.(?!\d)|,(?!\d)")
_COMPARISON_RE = re.compile(rf"so với[^.;\d]{{0,20}}?năm\s+{words.YEAR}", _I)
_COMPARED_RE = re.compile(rf"so với\s+(?:cùng kỳ\s+)?năm\s+(?P<year>{words.YEAR})", _I)
#: The fewest pairs that make a text a report of results beside the plan's figures.
_FEWEST = 3


@dataclass(frozen=True)
class Beside:
    """A report of results beside the plan's figures, as it is read."""

    texts: dict[int, str]  # a block with pairs -> its text with the results blanked
    plans: dict[int, tuple[tuple[int, int], ...]]  # a block -> where each pair is
    results: tuple[Unread, ...]  # each result blanked, listed with its words and place
    year: int | None  # the year reported on: the year of the plan whose figures are given


def plan_beside_results(blocks: Sequence[BlockLike]) -> Beside | None:
    """The blocks of a report that gives the plan's figure beside each result, read for the
    plan's figures; None when the text is not such a report."""
    found = {n: pairs for n, b in enumerate(blocks) if (pairs := _pairs(b.text))}
    pairs = [pair for p in found.values() for pair in p]
    if len(pairs) < _FEWEST and not any(
        # one or two: a plan's figure named beside a result its sentence reports ("… ước tăng
        # 10,02% so với năm 2021 (KH tăng 10-10,5%)"), not a plan's "Tổng giá trị sản xuất tăng
        # 8,5% (NQ 8-9%)"; two figures in one unit may be anything
        not pair.slashed
        and any(r.search(_sentence(blocks[n].text, pair)) for r in (_REPORTS_RE, words.RESULT_RE))
        for n, block_pairs in found.items()
        for pair in block_pairs
    ):
        return None
    if any(_aims(_without(b.text, found.get(n, []))) for n, b in enumerate(blocks)):
        return None  # a review of the year before a plan's own aims
    texts: dict[int, str] = {}
    results: list[Unread] = []
    compared: list[int] = []
    for n, pairs in found.items():
        text = blocks[n].text
        chars = list(text)
        for first, last in (
            s for pair in pairs for s in pair.said if re.search(r"\d", text[s[0] : s[1]])
        ):
            results.append(_result(text[first:last], n, first))
            chars[first:last] = " " * (last - first)
        for blank in (b for pair in pairs for b in pair.blanks):
            chars[blank[0] : blank[1]] = " " * (blank[1] - blank[0])
            compared.extend(
                int(m["year"]) + 1 for m in _COMPARED_RE.finditer(text[blank[0] : blank[1]])
            )
        kept = "".join(chars)
        timed = mask_times(text)  # (its years, dates and ages are no results)
        search = list(kept)  # (no result is said across what is blanked or kept as the plan's)
        for blank in [b for pair in pairs for b in pair.blanks] + [(p.plan, p.kept) for p in pairs]:
            search[blank[0] : blank[1]] = "\0" * (blank[1] - blank[0])
        for match in _RESULT_RE.finditer("".join(search)):
            figure = re.search(r"\d", match.group(0))
            if figure is None or timed[match.start() + figure.start()] == " ":
                continue
            end = match.end()
            if since := _SINCE_RE.match(kept, end):
                end = since.end()
            said = text[match.start() : end]
            compared.extend(int(m["year"]) + 1 for m in _COMPARED_RE.finditer(said))
            first, last = _piece(text, match.start() + figure.start(), end)
            results.append(_result(text[first:last], n, first))
            chars[match.start() : end] = " " * (end - match.start())
        texts[n] = "".join(chars)
    plans = {n: tuple((p.start, p.end) for p in pairs) for n, pairs in found.items()}
    listed = {(r.block, r.start): r for r in results}  # (a piece with two figures, once)
    named = [pair.year for pair in pairs if pair.year]
    return Beside(texts, plans, tuple(listed.values()), _year(blocks, compared or named))


@dataclass(frozen=True)
class _Pair:
    start: int  # where the result is said
    plan: int  # where the plan's figure starts
    kept: int  # where it ends
    end: int  # where the pair ends (its bracket closed)
    blanks: tuple[tuple[int, int], ...]  # the result and the plan's mark, to blank
    said: tuple[tuple[int, int], ...] = ()  # results said in its bracket, to blank and list
    slashed: bool = False  # two figures in one unit, neither named the plan's: "456,28ha/230ha"
    year: int | None = None  # the year its mark names: "(kế hoạch năm 2025 là 12,35%)"


def _pairs(text: str) -> list[_Pair]:
    out: list[_Pair] = []
    done = 0
    for match in _AFTER_RE.finditer(text):
        if match["open"] == "(" and not match["close"]:
            continue
        result = _result_before(text, done, match.start())
        if result is None or _in_brackets(text, result):
            continue  # (last year's estimate and plan beside a plan's own figure: an aside)
        start = _said_from(text, result, match["plan"])
        blanks = [(start, match.start("plan"))]
        if match["year"]:  # the plan's own year kept: "(KH năm 2025: 40%)"
            blanks = [(start, match.start("year")), (match.end("year"), match.start("plan"))]
        said = []
        if match["close"]:  # its ")"; what is said between is a result: ", đạt 106,8% KH"
            blanks.append((match.end("close") - 1, match.end("close")))
            if match.end("close") - 1 > match.start("close"):
                said.append((match.start("close"), match.end("close") - 1))
        plan, kept = match.start("plan"), match.end("plan")
        year = int(re.sub(r"\D", "", match["year"])) if match["year"] else None
        out.append(_Pair(start, plan, kept, match.end(), tuple(blanks), tuple(said), year=year))
        done = match.end()
    for match in _NAMED_RE.finditer(text):
        if not match["bracket"] and not _said_beside_a_result(text, match):
            continue
        counted = re.search(
            r"\d+\s*(?:/\s*\d+\s*)?chỉ tiêu", text[max(0, match.start() - 40) : match.start()]
        )
        if counted is None and not any(
            pair.start <= match.start("plan") < pair.end for pair in out
        ):
            # (not a share of the targets met: "có 17/19 chỉ tiêu đạt và vượt kế hoạch (89,47%)")
            words_and_close = ((match.start(), match.start("plan")),) + (
                ((match.end() - 1, match.end()),) if match["bracket"] else ()
            )
            plan, kept = match.start("plan"), match.end("plan")
            out.append(_Pair(match.start(), plan, kept, match.end(), words_and_close))
    for match in _SLASHED_RE.finditer(text):
        start = _said_from(text, match.start("result"), match["plan"])
        plan = match.start("plan")
        out.append(_Pair(start, plan, match.end(), match.end(), ((start, plan),), slashed=True))
    return sorted(out, key=lambda pair: pair.start)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence a place is in starts."""
    return text.rfind(". ", 0, at) + 1


def _sentence(text: str, pair: _Pair) -> str:
    """The sentence a pair is said in."""
    after = text.find(". ", pair.end)
    return text[_sentence_start(text, pair.start) : after if after != -1 else len(text)]


def _said_beside_a_result(text: str, match: re.Match[str]) -> bool:
    """Whether a plan's figure said with "là" is a share beside a result's in its sentence:
    "… mới đạt 6,58%, … khó đạt kế hoạch đề ra là 7,91%" (not "Theo kế hoạch, tổng diện tích …
    là 5.200 ha", a plan's own figure, nor "không đạt kế hoạch là 2 đợt hạn hán", a cause)."""
    sentence = text[_sentence_start(text, match.start()) : match.start()]
    return "%" in match["plan"] and re.search(rf"{_NUM}\s*%", sentence) is not None


def _result(said: str, block: int, start: int) -> Unread:
    return Unread(said.strip(" ,"), block, texts.text("extract.result"), start)


def _piece(text: str, start: int, end: int) -> tuple[int, int]:
    """The words a result is said in: from the mark before it that parts clauses to the one
    after ("có thêm 3 cơ quan, đơn vị đạt chuẩn văn hóa" for "3")."""
    marks = [m.end() for m in _PARTS_RE.finditer(text, 0, start)]
    after = _PARTS_RE.search(text, end)
    return (marks[-1] if marks else 0), (after.start() if after else len(text))


def _in_brackets(text: str, at: int) -> bool:
    """Whether a place is inside a parenthesis that names another year before it: an aside
    ("9% (ước thực hiện 2023: 8,5%/KH 2023 8%)"), not a pair ("(tăng 4,2%/KH tăng 4%)")."""
    opened = text.rfind("(", 0, at)
    return opened > text.rfind(")", 0, at) and re.search(words.YEAR, text[opened:at]) is not None


def _result_before(text: str, start: int, at: int) -> int | None:
    """Where the result's figure before a plan's mark starts: the last figure of the clause
    before it that is not a year ("ước tăng 11,07% so với năm 2021 (KH tăng 8-9%)")."""
    clause = max(start, text.rfind(";", 0, at) + 1, text.rfind(". ", 0, at) + 1)
    last = None
    for number in re.finditer(rf"(?<![\d.,/]){_NUM}", text[clause:at]):
        if not re.search(r"năm\s+$", text[clause : clause + number.start()], _I):
            last = clause + number.start()
    return last


def _said_from(text: str, figure: int, plan: str) -> int:
    """Where the words a result is said with start: an estimate's and a bound's always, the
    verb's only when the plan's figure says its own ("ước tăng 8,31%/KH tăng 3-4%")."""
    said = _SAID_RE.search(text, 0, figure)
    if said is None:
        return figure
    if said["verb"] and not re.match(_CHANGE, plan, _I):
        return said.start() if said.start() < said.start("verb") else said.end("verb")
    return said.start()


def _year(blocks: Sequence[BlockLike], compared: list[int]) -> int | None:
    """The year reported on: the year an opening or a review names ("Năm 2023, …", "đánh giá
    … năm 2022", not "so với thực hiện năm 2021"), else one after a result's base year ("ước
    tăng 11,07% so với năm 2021"), else the one the plan's marks name most ("(kế hoạch năm 2025
    là 12,35%)")."""
    for block in blocks:
        match = _REPORTED_YEAR_RE.search(_COMPARISON_RE.sub(" ", block.text))
        if match:
            return int(match["year"] or match["opening"] or match["asof"])
    if compared:
        return max(set(compared), key=compared.count)
    return None


def _aims(text: str) -> bool:
    return any(
        has_figure(after := match["aimed"] or match["named"] or match["planned"] or "")
        or _TARGETS_SET_RE.match(after)  # "huyện đề ra 18 chỉ tiêu chủ yếu: …"
        # a year's plan heading what follows: "Kế hoạch năm 2024:" on its own line
        or (match["planned"] is not None and not match["planned"].strip())
        for match in _AIM_RE.finditer(text)
    )


#: Words of a report of results in a pair's sentence: an estimate, a comparison with the same
#: time a year before, a review ("… ước tăng 10,02%", "tăng 7,1% so với cùng kỳ", "mới đạt
#: 6,58%", "tổng kết …").
_REPORTS_RE = re.compile(
    r"\b(?:ước\s+(?:đạt|tăng|giảm|tính|thực hiện|khoảng)|so\s+(?:với\s+)?cùng kỳ|mới đạt"
    r"|tổng kết|đánh giá kết quả|báo cáo kết quả)\b",
    _I,
)
_TARGETS_SET_RE = re.compile(r"\s+(?:\d+\s+)?(?:các\s+)?(?:chỉ tiêu|mục tiêu)\b", _I)


def _without(text: str, pairs: Sequence[_Pair]) -> str:
    """The text with its pairs blanked."""
    chars = list(text)
    for pair in pairs:
        chars[pair.start : pair.end] = " " * (pair.end - pair.start)
    return "".join(chars)
