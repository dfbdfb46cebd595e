"""Each target once: a text that states a target twice (a summary, then its list; a news
page's headline, its lead, then its body; a photo's caption restating a figure) keeps one, and
lists the other with the one it repeats."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from plantrack import texts
from plantrack.extract import words
from plantrack.extract.clauses import Clause
from plantrack.extract.items import BlockLike
from plantrack.extract.listed import Unread
from plantrack.extract.reading import Reading
from plantrack.units import UnitError, fold, parse_unit


def once(
    readings: list[tuple[Clause, Reading | None]], blocks: Sequence[BlockLike]
) -> tuple[list[tuple[Clause, Reading | None]], list[Unread]]:
    """Each target once: a text that states a target twice (a summary, then the list; a news
    page's heading, its lead, then its body) keeps the one in a numbered or bulleted item, else
    (written in other words) the one in the paragraph that states the most targets, else the
    first; the other is listed, naming it. The economy's growth is one target however it
    is named ("Sơn La đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 8%", "Theo đó, tốc độ tăng
    tổng sản phẩm (GRDP) trên địa bàn tỉnh đạt 8%"); named in other words, the one kept is in
    the paragraph that states the most targets (a news page's body, not its heading), the
    later there."""

    def key(reading: Reading) -> tuple[object, ...]:
        # with its unit: "kết nạp 200 đảng viên" and "kết nạp 200 đoàn viên" are two targets;
        # figures no two targets share, whatever their names ("GDP đạt 1.900-2.000USD/người/năm"
        # and "GDP bình quân đầu người 1.900 - 2.000 USD"), are one
        rare = not reading.percent and reading.unit != "%" and _distinctive(reading.numbers)
        named = "" if rare else _indicator(reading)
        return (named, reading.kind, reading.comparator, reading.numbers,
                reading.unit, reading.year, reading.period)  # fmt: skip

    stated = Counter(clause.span.block for clause, reading in readings if reading is not None)

    def better(clause: Clause, held: Clause) -> bool:
        if clause.listed != held.listed:
            return clause.listed
        if fold(clause.text) == fold(held.text):
            return False  # the same words twice: the first
        return stated[clause.span.block] >= stated[held.span.block]

    told = _told_again(readings, blocks)
    reports = {id(clause) for clause, reading in readings if reading is None}
    keep: dict[tuple[object, ...], Clause] = {}
    for clause, reading in readings:
        if reading is None or reading.kind == "qualitative" or id(clause) in told:
            continue  # a headline or caption told again keeps nothing: the one it restates does
        held = keep.get(key(reading))
        if held is None or better(clause, held):
            keep[key(reading)] = clause
    kept: list[tuple[Clause, Reading | None]] = []
    repeated: list[Unread] = []
    for clause, reading in readings:
        if reading is None or reading.kind == "qualitative":
            kept.append((clause, reading))
            continue
        held = told.get(id(clause)) or keep[key(reading)]
        if held is clause:
            kept.append((clause, reading))
        else:
            said = "extract.repeated-report" if id(held) in reports else "extract.repeated"
            reason = texts.text(said, kept=held.text)
            repeated.append(Unread(clause.text, clause.span.block, reason, clause.span.start))
    return kept, repeated


def _distinctive(numbers: tuple[float, ...]) -> bool:
    """Figures two targets of one plan do not share by chance (not rates: "99,5%" recurs): a
    range above a hundred ("1.900-2.000", "12.000 - 12.500"), or a number of three significant
    digits or more ("13.712", "1,78"); not "100", "4.600", "8-9"."""
    if len(numbers) == 2:
        return numbers[1] > 100
    significant = (
        f"{numbers[0]:.6g}".replace(".", "").replace("-", "").strip("0") if numbers else ""
    )
    return len(significant) >= 3


#: The economy's growth, however a text names it: "tăng trưởng GRDP", "tốc độ tăng tổng sản
#: phẩm", "tăng trưởng kinh tế"; not a part of it, nor a figure a person.
_ECONOMY_GROWTH_RE = re.compile(
    rf"(?:tăng trưởng|tăng)\b.*(?:{words.ECONOMY}|\bkinh tế\b)|tăng trưởng\W*$", re.I
)
_ECONOMY_WORDS_RE = re.compile(
    rf"{words.ECONOMY}|kinh tế|tăng trưởng|tốc độ|trên địa bàn|tỉnh|[()]", re.I
)
_PART_OF_ECONOMY_RE = re.compile(
    r"đầu người|/\s*người|mỗi người|khu vực|ngành|nông|công nghiệp|dịch vụ|du lịch|xây dựng|thuế"
    r"|năng suất|số\b",
    re.I,
)
#: The words that may follow "kinh tế" when it names the whole economy ("tăng trưởng kinh tế
#: trên địa bàn", "kinh tế năm 2025 đạt …"); any other small word names a part of it ("kinh tế
#: tư nhân", "kinh tế biển", "kinh tế tập thể").
_AFTER_THE_ECONOMY = frozenset(
    re.split(
        r"\s+",
        "trên trong của tỉnh thành huyện thị xã phường quận cả vùng toàn năm giai thời nhiệm bình"
        " đạt theo là hằng hàng khoảng hơn từ ít tối và tăng ước phấn đặt ở chung đến tới cao"
        " nhanh ổn luôn",
    )
)


def _a_part_of_the_economy(name: str) -> bool:
    """Whether a name qualifies "kinh tế" with a part of it: "Kinh tế tư nhân tăng trưởng"."""
    return any(
        word[:1].islower() and word not in _AFTER_THE_ECONOMY
        for word in re.findall(r"\bkinh tế\s+(\w+)", name, re.IGNORECASE)
    )


def _of_the_economy(name: str) -> bool:
    """Whether a growth's name is the economy's: "tăng trưởng GRDP", "kinh tế (GRDP)"; not a
    part's, "tăng trưởng kinh tế tư nhân", "Kinh tế tư nhân tăng trưởng"."""
    if _a_part_of_the_economy(name):
        return False
    if _ECONOMY_GROWTH_RE.search(name):
        return True
    return bool(re.search(rf"{words.ECONOMY}|kinh tế", name, re.I)) and not (
        _ECONOMY_WORDS_RE.sub("", name).strip()
    )


def _indicator(reading: Reading) -> str:
    """The indicator a reading is of, as the text names it, folded; the economy's growth by one
    name."""
    name = reading.name
    if reading.kind == "growth" and _of_the_economy(name) and not _PART_OF_ECONOMY_RE.search(name):
        return "economic growth"
    # the whole area the plan is of names no other indicator: "tỷ lệ đô thị hóa" in a headline is
    # "tỷ lệ đô thị hóa trên cả nước" in the body
    return fold(_WHOLE_AREA_RE.sub("", name))


#: Words that name the whole area of a plan after an indicator's name.
_WHOLE_AREA_RE = re.compile(
    r"\s+(?:trên\s+(?:cả nước|toàn quốc|phạm vi cả nước)|(?:của\s+)?(?:cả nước|toàn quốc))\s*$",
    re.IGNORECASE,
)


#: A photo's caption on a news page: "Gia Lai phấn đấu đạt mục tiêu GRDP năm 2024 là 8,6%. Ảnh
#: minh họa/UBND tỉnh Gia Lai cung cấp.", "(Ảnh: TTXVN)".
_CAPTION_RE = re.compile(
    r"\bẢnh(?:\s+minh\s+h(?:ọa|oạ|oa)|\s+tư\s+liệu)?\s*[:/]|\(\s*Ảnh\b"
    r"|\s[-–—]\s*Ảnh\s+\d+\W*$",  # a page's numbered photo: "Khánh Hòa: Sẽ đón … - Ảnh 1."
    re.IGNORECASE,
)


#: A photo's credit on a line of its own, under its caption: "Ảnh minh họa", "Ảnh: Đức Ngọc".
_CREDIT_LINE_RE = re.compile(r"\W*Ảnh\b[^.;]{0,60}$", re.IGNORECASE)


def _told_again(
    readings: list[tuple[Clause, Reading | None]], blocks: Sequence[BlockLike]
) -> dict[int, Clause]:
    """A page's headline and its photos' captions that restate a target the text states: each
    (by ``id`` of its clause) with the clause that states the same figures. The headline is the
    text's first block, a short line with no full stop ("Bắc Giang: Đặt mục tiêu năm 2025 tăng
    trưởng 13,6%"). A headline or caption whose figures no other clause states is kept."""

    def told(clause: Clause) -> bool:
        at = clause.span.block
        block = _text_of(blocks, at)
        headline = at == first and len(block) < 160 and not block.rstrip().endswith(".")
        credit = blocks[at + 1].text if at + 1 < len(blocks) else ""
        under = len(block) < 200 and _CREDIT_LINE_RE.match(credit) is not None  # a caption's line
        # the headline again without its marks, as a page's tags or address give it: "dong hy
        # phan dau gia tri san xuat … dat tren 1000 ty dong"
        bare = block.isascii() and len(block) > 20 and not block.isupper()
        return headline or under or bare or bool(_CAPTION_RE.search(block))

    # the headline is the first block but a page's date line above it ("THỨ BA, NGÀY 28 THÁNG
    # 03 NĂM 2023 07:20", "23/07/2020 13:36 G7T+7")
    first = 1 if blocks and len(blocks) > 1 and words.DATE_LINE_RE.fullmatch(blocks[0].text) else 0
    stated: dict[tuple[float, ...], Clause] = {}
    for clause, reading in readings:
        if reading is not None and reading.numbers and not told(clause):
            stated.setdefault(reading.numbers, clause)
    # a headline's figures that the text states as a result, not a target: "Hà Nam: 100% số xã
    # đạt chuẩn nông thôn mới" over "… đến nay 100% số xã trong tỉnh … đã được công nhận …"
    reported = [clause for clause, reading in readings if reading is None and not told(clause)]
    again: dict[int, Clause] = {}
    # a news page's lead, after its paper's name ("(PLO)- Hải Phòng đặt ra loạt mục tiêu …: GRDP
    # tối thiểu 13%/năm, …"), sums up its body's targets, rounded: the body's, where it states
    # the same indicator at the same time with figures as near, are the targets (not another
    # year's result: "… giảm còn 1,43%" in the lead, "… giảm còn 2,18%" reported in the body)
    body = {
        _lead_key(reading): (clause, reading)
        for clause, reading in reversed(readings)
        if reading is not None
        and not _LEAD_RE.match(_text_of(blocks, clause.span.block))
        and not told(clause)  # (nor the headline above it, which the lead holds)
    }
    for clause, reading in readings:
        if reading is None or not _LEAD_RE.match(_text_of(blocks, clause.span.block)):
            continue
        held = body.get(_lead_key(reading))
        if held is not None and _rounded(reading.numbers, held[1].numbers):
            again[id(clause)] = held[0]
        elif _counted(reading):
            # named in other words ("… ban hành Kế hoạch … với mục tiêu gần 19 triệu lượt
            # khách"): the one body figure it rounds, in its unit of things counted at its time
            # (not money, which many indicators share: "thu ngân sách … 30.000 tỷ đồng" is not
            # "tổng vốn đầu tư … 31.000 tỷ đồng")
            near = {
                id(c): c
                for c, r in body.values()
                if _lead_key(r)[1:] == _lead_key(reading)[1:]
                and _rounded(reading.numbers, r.numbers)
            }
            if len(near) == 1:
                again[id(clause)] = next(iter(near.values()))
    for clause, reading in readings:
        if reading is None or not told(clause) or id(clause) in again:
            continue
        if reading.numbers in stated:
            again[id(clause)] = stated[reading.numbers]
        elif reading.figures and (
            found := next((c for c in reported if _states(c.text, reading.figures)), None)
        ):
            again[id(clause)] = found
    return again


#: A news page's lead, after its paper's name: "(PLO)- ", "(QNO) - ", "(kontumtv.vn) – ".
_LEAD_RE = re.compile(r"\s*\([^()]{2,30}\)\s*[-–—]")


def _counted(reading: Reading) -> bool:
    """Whether a reading's unit counts things ("triệu lượt khách", "doanh nghiệp")."""
    if reading.unit is None or reading.percent:
        return False
    try:
        return parse_unit(reading.unit).noun is not None
    except UnitError:
        return False


def _text_of(blocks: Sequence[BlockLike], at: int) -> str:
    return blocks[at].text if at < len(blocks) else ""


def _lead_key(reading: Reading) -> tuple[object, ...]:
    """What a lead's target and the body's share when one sums up the other: the indicator, the
    kind, the unit and the time (not the figures, which a lead rounds; a share is one, whether
    its whole is named: "kinh tế số chiếm trên 35%", "… trên 35% GRDP")."""
    kind = "share" if reading.kind == "structure" else reading.kind
    return (_indicator(reading), kind, reading.unit, reading.year, reading.period)


def _rounded(lead: tuple[float, ...], body: tuple[float, ...]) -> bool:
    """Whether a lead's figures round the body's: each within 5 % of one of them ("hơn 11.200
    USD" for "11.247 USD", "tối thiểu 13%" for "13–14%")."""
    return bool(lead) and all(
        any(abs(n - m) <= 0.05 * max(abs(n), abs(m)) for m in body) for n in lead
    )


def _states(text: str, figures: tuple[str, ...]) -> bool:
    """Whether a text writes each of the figures, as figures (not inside a longer number nor a
    date: the "20" of "ngày 20/10/2021")."""
    return all(
        re.search(rf"(?<![\d.,/-]){re.escape(figure)}(?![\d/]|[.,-]\d)", text) for figure in figures
    )
