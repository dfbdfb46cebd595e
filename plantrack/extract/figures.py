"""The figures of a clause: numbers as plans write them, with their range, unit and bound.

``6.794``, ``8.962,72``, ``12,96%/năm``, ``11-13 bác sĩ/1 vạn dân``, ``từ 80% trở lên``: a
:class:`Figure` is one number (or a range) with the unit written after it and what it says of
itself (a percentage, a rate a year, points). Years, periods, comparison years, price bases,
denominators, ages, ordinals, dates and document numbers are not figures (:func:`mask_times`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrack.extract import words
from plantrack.numbers.parse import DecimalMark, NumberFormatError, parse_number, shared_thousands
from plantrack.plans.wording import one_spelling, spellings
from plantrack.units import UnitError, parse_unit


@dataclass(frozen=True)
class Figure:
    start: int  # in the clause text
    end: int
    written: tuple[str, ...]
    numbers: tuple[float, ...]
    percent: bool
    per_year: bool
    points: bool
    unit: str | None
    after: str  # the text after the figure and its unit


_STOP = {
    "đạt",
    "được",
    "trở",
    "so",
    "trong",
    "và",
    "có",
    "tham",
    "sử",
    "là",
    "tăng",
    "giảm",
    "trên",
    "dưới",
    "đến",
    "năm",
    "từ",
    "với",
    "của",
    "tại",
    "theo",
    "cho",
    "mỗi",
    "hằng",
    "hàng",
    "bình",
    "khoảng",
    "chiếm",
    "tương",
    "(",
    "thuộc",
    "về",
    "đi",
    "ở",
    "cấp",
    "vào",
    "tới",
    "để",
    "nhằm",
}


_SCALES = {"nghìn", "ngàn", "triệu", "tỷ", "vạn", "trăm"}


#: What a unit may be "per": "triệu đồng/người", "tạ/ha", "bác sĩ/vạn dân".
_DENOMINATORS = {
    "người", "dân", "hộ", "ha", "lao động", "vạn dân", "nghìn dân", "ngàn dân", "vạn người",
    "xã", "trường", "lớp", "học sinh", "tháng", "ngày", "km", "km2", "m2", "con", "trẻ", "vụ",
    "phụ nữ", "bà mẹ", "trẻ gái", "khách", "lượt khách",
}  # fmt: skip


_WORD = re.compile(r"[^\W\d_](?:\w|\.(?!\.))*")  # "tr.đ", not the dots of "ha..." (an ellipsis)
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w.]*)")

#: Two-syllable words that qualify the thing counted: a unit never ends inside one ("35 vườn
#: kiểu mẫu" counts vườn, not "vườn kiểu"; "3-5 vùng sản xuất chuyên canh" counts vùng).
#: Compared in one spelling: "nhà văn hoá" counts nhà as "nhà văn hóa" does.
_QUALIFIERS = {one_spelling(words) for words in (
    "sản xuất", "kiểu mẫu", "chuyên canh", "đạt chuẩn", "trọng điểm", "tập trung", "văn hóa",
    "y tế", "dân cư", "kinh doanh", "du lịch", "nông thôn", "sinh thái", "an toàn",
    "công nghệ", "thông minh", "hiện đại", "phân tán", "quốc tế", "nội địa",
)}  # fmt: skip


#: Nouns that count things one by one ("con", "xã", "phòng"): the unit is the noun alone when
#: two words follow it ("con gia cầm", "phòng lưu trú"), not the noun and half of a word.
_CLASSIFIERS = {
    "con", "cây", "xã", "phường", "thôn", "làng", "bản", "ấp", "phòng", "trường", "hộ", "người",
    "chiếc", "căn", "ngôi", "điểm", "khu", "cụm", "tuyến", "lớp", "vùng", "clb",
    # measures: "50 ha cây ăn quả" is 50 ha, "3 km đường" 3 km
    "ha", "tấn", "km", "kg", "m2", "m3",
}  # fmt: skip
#: Words of two syllables such a noun opens, kept whole: "trường học đạt chuẩn" counts trường học.
_COUNTED_NOUNS = {one_spelling(words) for words in (
    "trường học", "căn nhà", "ngôi nhà", "làng nghề", "phòng học", "người dân", "hộ dân",
    "cây xanh", "tuyến đường", "điểm trường", "khu nhà", "con em",
)}  # fmt: skip


def unit_after(text: str) -> tuple[str | None, int, bool, bool, bool]:
    """The unit written right after a figure: (unit, length used, percent, per year, points).
    A share written as a fraction counts the things: "8/8 xã" is 8 xã."""
    fraction = re.match(r"\s*/\s*\d+(?=\s+[^\W\d_])", text)
    if fraction is not None:
        unit, used, percent, per_year, points = unit_after(text[fraction.end() :])
        return unit, (used + fraction.end()) if unit else 0, percent, per_year, points
    match = re.match(r"\s*(?:‰|%0|%o)(\s*/\s*năm)?", text)
    if match:
        return "‰", match.end(), False, bool(match.group(1)), False
    match = re.match(r"\s*%(\s*/\s*năm)?", text)
    if match:
        return "%", match.end(), True, bool(match.group(1)), False
    match = re.match(r"\s*điểm\s*(?:%|phần trăm)(\s*/\s*năm)?", text, re.IGNORECASE)
    if match:
        return "điểm %", match.end(), True, bool(match.group(1)), True
    pos = 0
    tokens: list[str] = []
    ends: list[int] = []
    end = 0
    while len(tokens) < 4:
        match = re.match(r"\s*", text[pos:])
        assert match is not None
        start = pos + match.end()
        word = _WORD.match(text, start)
        if not word:
            break
        token = word.group(0)
        if token.lower() in _STOP and tokens:
            break
        named = token[0].isupper() and token[1:].islower() and tokens[-1:] != []
        if token.lower() in _STOP or (named and tokens[-1].lower() not in _SCALES):
            break  # (nor a name after the noun: "3 huyện Cầu Kè, Càng Long"; but "tỷ Đồng")
        tokens.append(token.lower() if named else token)
        pos = end = word.end()
        ends.append(end)
        if token.lower() not in _SCALES and len(tokens) >= 2 and tokens[-2].lower() not in _SCALES:
            break
    if not tokens:
        return None, 0, False, False, False
    following = _NEXT_WORD.match(text, end)
    qualifier = one_spelling(f"{tokens[-1]} {following[1]}".lower()) if following else ""
    if len(tokens) >= 2 and qualifier in _QUALIFIERS:
        tokens, ends = tokens[:-1], ends[:-1]  # "vườn kiểu mẫu": the unit is vườn
        end = ends[-1]
    elif (
        len(tokens) == 2
        and tokens[0].lower() in _CLASSIFIERS
        and one_spelling(" ".join(tokens).lower()) not in _COUNTED_NOUNS
        and following
    ):
        # "295.000 con gia cầm", "8.000 phòng lưu trú", "5 xã hoàn thành …": the word after a
        # counting noun opens a word of two syllables, which the unit does not cut
        tokens, ends = tokens[:1], ends[:1]
        end = ends[-1]
    if all(token.lower() in _SCALES for token in tokens):
        tokens = [*tokens, "đồng"]  # "95 - 100 triệu/năm": a sum of money, in đồng
    three = re.match(
        r"\s*(hợp tác xã|tổ hợp tác|sản phẩm OCOP|lượt khách du lịch|trạm y tế|khu dân cư"
        r"|tổ dân phố|hộ gia đình|lượt lao động|câu lạc bộ|lượt du khách"
        r"|đơn vị cấp (?:huyện|xã|tỉnh)"  # "12/17 đơn vị cấp huyện đạt chuẩn"
        # "7,8 tỉ đô la Mỹ/năm": dollars in words, with their scale
        r"|(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\s+)?đô\s*-?\s*la(?:\s+Mỹ)?)\b",
        text,
        re.IGNORECASE,
    )
    if three:
        tokens, end = three.group(1).split(), three.end()
    unit = " ".join(tokens)
    # "/người", "/1 người", "/vạn dân"; a count of them: "107 trẻ trai/100 trẻ gái", "/10.000 dân"
    per = re.match(
        r"\s*/\s*(?:1\s+|một\s+|(?P<count>[1-9]\d{0,2}(?:\.\d{3})*)\s+)?"
        r"((?:vạn|nghìn|ngàn)?\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)",
        text[end:],
    )
    per_year = False
    if per:
        per_word = per.group(2).strip()
        if per_word.lower() == "năm":
            per_year = True
            end += per.end()
        else:
            first = per_word.split()
            two = " ".join(first[:2])
            scaled = first[0].lower() in ("vạn", "nghìn", "ngàn")
            keep = two if scaled or two.lower() in _DENOMINATORS else first[0]  # "lao động"
            if keep.lower() in _DENOMINATORS:
                unit = f"{unit}/{per['count']} {keep}" if per["count"] else f"{unit}/{keep}"
                end += per.end() - (len(per_word) - len(keep))
                yearly = re.match(r"\s*/\s*năm\b", text[end:])
                daily = re.match(r"\s*/\s*(ngày|tháng)\b(?:[\s-]*đêm\b)?", text[end:])
                if yearly:  # "kg/người/năm"
                    per_year = True
                    end += yearly.end()
                elif daily:  # "60 lít/người/ngày", "120 lít/người/ngày đêm": a day's
                    unit = f"{unit}/{daily.group(1)}"
                    end += daily.end()
            # else "huyện/thị xã": another name of the thing counted, not a "per"
    try:
        parse_unit(unit)
    except (UnitError, ValueError):
        return None, 0, False, False, False
    return unit, end, False, per_year, False


def number_of(written: str, decimal: DecimalMark) -> float | None:
    try:
        return float(parse_number(written, decimal=decimal).value)
    except NumberFormatError:
        return None


#: Per mille typed as "0/00" after the number: "dưới 20/00" is below 2 ‰, "14,220/00" 14,22 ‰.
_PER_MILLE_TYPED = re.compile(r"(?<=\d)0\s?/\s?00(?!\d)")


def per_mille_two_ways(text: str, fig: Figure) -> bool:
    """Whether a per mille typed "0/00" against a whole number reads two ways: "20/00" is 2 ‰
    (the sign typed as 0/00) or 20 ‰ (a number, then "/00"); "14,220/00" is 14,22 ‰ either
    way."""
    last = fig.written[-1]
    typed = _PER_MILLE_TYPED.match(text, fig.start + text[fig.start :].find(last) + len(last))
    return fig.unit == "‰" and typed is not None and not re.search(r"[.,]", last)


def _unit_repeated(between: str, after: str) -> bool:
    """Whether two numbers are a range written with the unit after each: "từ 80,4 triệu đồng
    đến 80,8 triệu đồng" (Cần Thơ)."""
    match = re.fullmatch(rf"\s*(?P<unit>[^\W\d_][^\d]{{0,24}}?)\s+{words.DASH}", between, re.I)
    return match is not None and after.lstrip().lower().startswith(match["unit"].lower())


def figures(text: str, aside: tuple[tuple[int, int], ...], decimal: DecimalMark) -> list[Figure]:
    """The figures of a clause (not years, periods or asides), with ranges joined."""
    text = _PER_MILLE_TYPED.sub(lambda m: "‰".ljust(len(m.group(0))), text)  # offsets kept
    masked = list(mask_times(text))
    for a, b in aside:
        masked[a:b] = " " * (b - a)
    plain = "".join(masked)
    found: list[Figure] = []
    matches = list(words.NUMBER_RE.finditer(plain))
    skip = -1
    for n, match in enumerate(matches):
        if n <= skip:
            continue
        written = [match.group(0)]
        end = match.end()
        # a range: "11-13", "13-15%", "5.400 - 5.500 USD", "từ 4 đến 5%"
        if n + 1 < len(matches):
            between = plain[end : matches[n + 1].start()]
            low = number_of(match.group(0), decimal)
            high = number_of(matches[n + 1].group(0), decimal)
            if (
                (
                    re.fullmatch(rf"\s*%?{words.DASH}", between, re.IGNORECASE)
                    or _unit_repeated(between, plain[matches[n + 1].end() :])
                )
                and low is not None
                and high is not None
                and low < high
            ):
                written.append(matches[n + 1].group(0))
                end = matches[n + 1].end()
                skip = n + 1
        values = [number_of(w, decimal) for w in written]
        if any(v is None for v in values):
            continue
        if len(written) == 2 and (whole := shared_thousands(written[0], written[1], decimal)):
            written[0], values[0] = whole, number_of(whole, decimal)  # "40-45.000": 40.000
        unit, used, percent, per_year, points = unit_after(text[end:])
        years_of_life = _YEARS_OF_LIFE.match(text, end)
        if unit is None and years_of_life and _LIFE_SPAN.search(text, 0, match.start()):
            # "tuổi thọ trung bình … đạt khoảng 76 năm", "thời gian sống khỏe mạnh … 69 năm"
            unit, used = "năm", years_of_life.end() - end
        found.append(
            Figure(
                start=match.start(),
                end=end + used,
                written=tuple(written),
                numbers=tuple(v for v in values if v is not None),
                percent=percent,
                per_year=per_year,
                points=points,
                unit=unit,
                after=text[end + used :],
            )
        )
    return found


def bound_of(before: str, fig: Figure) -> str:
    if len(fig.numbers) == 2:
        return "range"
    after = fig.after.lstrip().lower()
    for comparator, options in words.BOUND_AFTER.items():
        for option in options:
            # (not another number's: "60% dân số từ 15 tuổi trở lên", "sản phẩm đạt 3 sao trở lên";
            # a list of what is counted is: "80% cơ quan, đơn vị, doanh nghiệp trở lên")
            if re.match(
                rf"[^,;.()\d]{{0,25}}?(?:,\s*[^,;.()\d]{{1,25}}?)*\b{re.escape(option)}\b", after
            ):
                return comparator
    head = words.FILLER_RE.sub("", before.lower()).rstrip()
    best: tuple[int, str] | None = None
    for comparator, options in words.BOUND_BEFORE.items():
        for option in options:
            found = re.search(rf"(?:^|[\s:(]){re.escape(option)}$", head)
            if found and (best is None or len(option) > best[0]):
                best = (len(option), comparator)
    if best is not None:
        # "tăng bình quân từ 12%" is at least 12 %; "từ" before a range was taken above
        return best[1]
    return "value"


def before_figure(text: str) -> str:
    number = words.NUMBER_RE.search(mask_times(text))
    return text[: number.start()] if number else text


def main_figure(text: str, found: list[Figure]) -> Figure:
    """The figure the target is about: the one a verb or bound leads to, else the first (a
    clause that opens with a figure is about that figure)."""
    if len(found) == 1 or found[0].start <= 2:
        return found[0]
    lead_in = re.compile(
        rf"(?:đạt|là|:|=|tăng|giảm|còn|chiếm|{words.BOUND_WORD})\s*$", re.IGNORECASE
    )
    for fig in found:
        if lead_in.search(text[: fig.start].rstrip()):
            return fig
    return found[0]


#: A rank among places: "thuộc nhóm 10 tỉnh, thành phố …", "top 5 địa phương".
_RANK = (
    r"\b(?:nhóm|top|tốp)\s+\d+\s+"
    r"(?:tỉnh|thành phố|địa phương|quốc gia|nước|cả nước|huyện|xã|đơn vị)\b"
)


def names_a_rank(text: str) -> bool:
    """Whether a text ranks among places ("PCI thuộc nhóm 10 tỉnh, thành phố dẫn đầu"): no
    figure, but a target the draft lists for the analyst rather than drops."""
    return re.search(_RANK, text, re.IGNORECASE) is not None


_ORDINAL = re.compile(
    spellings(
        r"\b(?:thứ|khóa|lần thứ|(?<!dân )số|lớp|loại|(?<!xếp )hạng|cấp độ|mức độ|cấp)\s+\d+(?!\d)(?![.,]\d)(?!\s*%)"
        # and the levels listed after one: "dịch vụ công trực tuyến mức độ 3, 4", "mức độ 3 và 4"
        r"(?:(?<=độ\s\d)(?:\s*(?:,|và|-|–)\s*\d(?!\d)(?![.,]\d)(?!\s*%))+)?"
        r"|\b[1-3]\s+vụ\b(?=\s+\d)"
        # a phase, a star rating: "giai đoạn 2", "OCOP 4 sao"
        r"|\bgiai đoạn\s+\d(?!\d)(?![.,]\d)|\b\d\s+sao\b"
        # an anniversary, the standard's criteria: "sau 20 năm tái lập tỉnh", "kỷ niệm 75 năm",
        # "xây dựng nông thôn theo 19 tiêu chí" (not "đạt 19/19 tiêu chí")
        r"|\b(?:kỷ niệm|sau|tròn)\s+(?:hơn\s+|gần\s+)?\d+\s+năm\b|\b\d+\s+năm\s+(?:tái lập|thành lập|ngày thành lập)"
        r"|\btheo\s+(?:bộ\s+)?\d+\s+tiêu chí\b"
        # the communes of a class, "không còn xã dưới 15 tiêu chí" (none left of them)
        r"|(?<=xã )dưới\s+\d+\s+tiêu chí\b"
        r"|\b\d+\s+(?:chỉ tiêu|nhóm chỉ tiêu|mục tiêu|khâu đột phá|đột phá|nhiệm vụ trọng tâm|nhóm nhiệm vụ"
        r"|nhóm giải pháp|giải pháp(?: cụ thể| trọng tâm| chủ yếu)?|định hướng(?: trọng tâm| lớn)?"
        r"|nhiệm vụ,\s*giải pháp"
        r"|nội dung(?: chính| trọng tâm| chủ yếu| cơ bản|(?=\s+(?:như\s+)?sau\b))"
        r"|(?:chương trình|công trình|dự án)(?:,\s*(?:chương trình|công trình|dự án))?\s+(?:trọng điểm|đột phá))"
        # a page's comment form: "Bạn còn 500/500 ký tự", "nhập từ 5 ký tự trở lên", "Tối thiểu
        # 10 chữ"; one of several: "1 trong những tỉnh dẫn đầu" (not a count of one)
        r"|\b(?:\d+\s*/\s*)?\d+\s+ký tự|(?<=tối thiểu )\d+\s+chữ\b|\b1\s+trong\s+(?:những|các|số)\b"
        # years in a row a reward is for, "hoàn thành xuất sắc nhiệm vụ 5 năm liền"; a
        # programme named by its size, "theo đề án 1 triệu héc-ta của Chính phủ"
        r"|\b\d+\s+năm\s+liền\b"
        r"|(?<=đề án )\d+(?:[.,]\d+)?\s+(?:triệu|nghìn)\s+(?:ha|héc-ta|hecta|hécta|tấn)\b"
        # a rank among places: "thuộc nhóm 10 tỉnh, thành phố có thu nhập … cao nhất", "top 5"
        rf"|{_RANK}"
        # a number of digits: "tăng trưởng 2 con số" (double-digit growth, not a figure of 2);
        # the two-level local government of 2025: "chính quyền (địa phương) 2 cấp"
        r"|\b\d\s+con số\b|\bchính quyền(?:\s+địa phương)?\s+2\s+cấp\b"
        # the places merged: "sau hợp nhất 2 tỉnh Long An và Tây Ninh"
        r"|\b(?:sáp nhập|hợp nhất)\s+(?:từ\s+)?\d+\s+(?:tỉnh|xã|phường|huyện|thị trấn|đơn vị|đảng bộ"
        r"|chi bộ)\b"
        # a telephone number or an e-mail address in a page's footer: "Hotline …: 0966.43.45.46"
        # (a telephone number starts with 0 or +84: "Số thuê bao điện thoại: 150.000 thuê bao" counts)
        r"|\b0\d{2,3}(?:[.\s]\d{2,4}){2,3}\b"
        r"|\b(?:hotline|điện thoại|đt|tel|fax)\s*:?\s*(?:\(?\+\s*84\)?|\(?0)[\d.\s()-]{6,}"
        r"|\S+@\S+\.\w+"
        # a file's name on a web page: "img-2025-07-14-143712.jpg"
        r"|\b[\w.-]+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?)\b"
        # a meeting's length: "sau 2,5 ngày làm việc" (not a time limit: "không quá 15 ngày làm
        # việc" is a target of administrative reform)
        r"|\b(?:sau|qua)\s+\d+(?:,\d+)?\s+ngày (?:làm việc|tiến hành|họp|diễn ra)\b"
        rf"|{words.TERM_LENGTH}"
        # the pandemic's name: "Phòng, chống dịch Covid - 19 linh hoạt" (not a figure of 19)
        r"|\bcovid\s*[-–]?\s*19\b"
        # a page's time stamp before its date, "15:52, 19/12/2019" (not a ratio: "1:25"), and a
        # meeting's days, "Từ 8 đến 10/12, HĐND tỉnh …"
        r"|\b\d{1,2}:\d{2}(?::\d{2})?'?(?=\s*[,|-]?\s*\d{1,2}/\d{1,2}/\d{4})"
        # "THỨ NĂM, 21/05/2020 16:54:22", "THỨ BA, NGÀY 28 THÁNG 03 NĂM 2023 07:20"
        r"|(?<=\d/\d{4} )\d{1,2}:\d{2}(?::\d{2})?\b|(?<=năm \d{4} )\d{1,2}:\d{2}(?::\d{2})?\b"
        r"|(?<=:\d\d \| )\d+\b(?!\s*[^\W\d_])"  # a page's count after its clock: "08:44 | 0"
        r"|\b(?:từ|ngày)\s+\d{1,2}\s*(?:đến|-|–)\s*\d{1,2}/(?:0?[1-9]|1[0-2])(?:/\d{4})?(?!\d)"
        r"(?!\s*[^\W\d_])"
        # the pillars or strengths a plan builds on: "4 trụ cột phát triển", "phát huy 4 lợi thế"
        # and its axes, corridors and poles: "ưu tiên phát triển 2 trục kết nối"
        r"|\b\d+\s+(?:trụ cột|lợi thế|trục(?!\s+đường)|hành lang|cực tăng trưởng|vùng động lực|động lực)\b"
        # a page cited: "[…, tr. 1, phần phụ lục]"
        r"|\btr\.\s*\d+(?:\s*[-–]\s*\d+)?(?=\s*[,;)\]])"
        # a clock with its seconds, "Thứ 6, 30/09/2022 | 16:34:45", a page's views, "10,081 lượt
        # xem", the delegates who voted, "với 447 đại biểu tham gia biểu quyết tán thành", and a
        # vision's year, "tầm nhìn 2050"
        r"|\b\d{1,2}:\d{2}:\d{2}\b|\b(?<![/\d])\d[\d.,]*\s+lượt xem\b|\blượt xem\s*:\s*\d[\d.,]*"
        # a congress's delegates and the members they stand for: "Đại hội triệu tập 438 đại
        # biểu, đại diện cho trên 182.000 đảng viên" (not an aim: "Bảo đảm 120 đại biểu dự")
        r"|\btriệu tập\s+\d[\d.,]*\s+đại biểu"
        r"|^\W*\d[\d.,]*\s+đại biểu\s+(?:tham dự|dự)\s+đại hội"  # a headline: "438 đại biểu tham dự Đại hội …"
        r"|\bđại diện(?: cho)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?\d[\d.,]*\s+đảng viên"
        # "… cùng 139 đại biểu đại diện cho 446 đảng viên", "215 đại biểu đại diện hơn 2.800 …"
        r"|\b\d[\d.,]*\s+đại biểu(?:\s+chính thức)?\s*,?\s+(?=đại diện\b)"
        r"|\b\d+\s+đại biểu\s+(?:tham gia biểu quyết|biểu quyết|tán thành|có mặt)"
        # those present, "Tham dự đại hội có 298/299 đại biểu chính thức", and the committee
        # that elects, "41 ủy viên Ban Chấp hành đã bầu Ban Thường vụ"
        r"|\b\d+\s*/\s*\d+\s+đại biểu chính thức\b|\b\d+\s+ủy viên\s+Ban Chấp hành\b"
        # a photo's number after its caption: "Bà … tái đắc cử Bí thư thành ủy Đồng Xoài - ảnh 1"
        r"|(?<=\s[-–]\s)ảnh\s+\d+\s*$"
        # those elected: "bầu Ban Thường vụ Tỉnh ủy gồm 14 đồng chí"; a plan's phases: "Chương
        # trình … giai đoạn 2022-2026 gồm 2 giai đoạn"
        r"|\b\d+\s+đồng chí\b|\bgồm\s+\d\s+giai đoạn\b"
        r"|(?<=tầm nhìn )(?:(?:đến|tới)\s+)?(?:năm\s+)?(?:19|20)\d\d\b"
        # a page's visitors: "Đang online 2740", "Lượt truy cập: 1.234.567"
        r"|\b(?:đang online|đang truy cập|lượt truy cập|tổng lượt truy cập)\s*:?\s*\d[\d.,]*"
        # a sea zone's distance from the shore: "vùng từ 3 - 6 hải lý là 5.380 ha"
        r"|(?:\btừ\s+)?\b\d+(?:\s*[-–]\s*\d+)?\s+hải lý\b(?:\s+trở\s+(?:vào|ra))?"
        # a page's clock before its weekday: "15:58 - Thứ Ba, 18/12/2018 Lượt xem: 11048" (its
        # counter after the date's year: above); a meeting's length before its days: "Trong 3
        # ngày (18 - 20/12)"
        r"|\b\d{1,2}:\d{2}(?=\s*[-–,|]?\s*(?:thứ|chủ nhật)\b)"
        r"|\b\d{1,2}:\d{2}\s*(?:AM|PM|SA|CH)\b"  # "03:11 PM 26/12/2023"
        r"|\b\d+\s+ngày\s*(?=\(\s*\d{1,2}\s*(?:-|–|đến)\s*\d{1,2}\s*/\s*\d{1,2})"
        # a new year greeted: "ngày làm việc đầu tiên của năm mới 2020", "chào Xuân mới 2023"
        # (not a season: "Vụ Đông Xuân 2025 - 2026 gieo cấy 5.000 ha lúa")
        r"|\b(?:năm mới|xuân mới|chào xuân|tết(?: nguyên đán)?)\s+(?:19|20)\d\d\b"
        # a lunar year: "Tết trồng cây … Xuân Giáp Thìn 2024"
        r"|\b(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ"
        r"|mùi|thân|dậu|tuất|hợi)\s+(?:19|20)\d\d\b"
        # a page's age: "3 giờ trước", "5 phút trước"
        r"|\b\d+\s+(?:phút|giờ|ngày|tuần)\s+trước\b"
        # a photo's number in its caption: "… quy hoạch tổng thể quốc gia 2021-2030 - Ảnh 1"
        r"|(?-i:\bẢnh)\s+\d{1,2}\b(?![.,]\d)(?!\s*[%‰])"
        # a hill named by its height: "trên cao điểm 468", "điểm cao 1509"
        r"|\b(?:cao điểm|điểm cao)\s+\d+\b"
        # a road or a congress named by its number: "các công trình … vành đai 4, vành đai 5",
        # "Quốc lộ 1A", "dự thảo các văn kiện Đại hội 14 của Đảng" (not "đại hội 2 cấp")
        # ("đường Vành đai 3,5" is Hà Nội's ring road 3.5; a length after it is a figure)
        r"|\b(?:(?:đường\s+)?vành đai|quốc lộ|tỉnh lộ|đường tỉnh|đường huyện|ql)\s+\d+(?:,5)?[a-z]?\b"
        r"(?!\s*[,.]\d)(?!\s*(?:km|m|ha|%))"
        r"|\bđại hội\s+(?:lần thứ\s+)?\d{1,2}(?=\s+(?:của\s+)?Đảng\b)"
        # a quarter or district named by its number: "Bí thư Chi bộ Khu phố 3", "tổ dân phố 12",
        # "ấp 4", "Đảng bộ Quận 11", "Phường 5", "thôn 1 Yên Trường"
        # (not a count after "mỗi" or after another count: "mỗi thôn 01 mô hình", "3 phường 5 xã")
        r"|(?<!mỗi )(?<!\d )\b(?:khu phố|tổ dân phố|khóm|ấp|quận|phường|(?<!nông )thôn|xóm|bản)"
        r"\s+\d+[a-z]?\b(?![.,]\d)(?!\s+(?:xã|phường|thị trấn|thôn|bản|xóm)\b)"
        r"(?!\s*%)(?!\s*(?:km|m|ha)\b)"
        # a year that ends a plan's title, "hội nghị giao kế hoạch phát triển kinh tế - xã hội
        # 2023" (a photo caption): no unit follows it
        r"|(?<=kinh tế - xã hội |kinh tế – xã hội )(?:19|20)\d\d(?=\s*(?:$|[\n,.;:)]))"
        r"|(?<=cơ cấu kinh tế )(?:19|20)\d\d(?=\s*(?:$|[\n,.;:)]))"  # a heading: "Cơ cấu kinh tế 2025"
    ),
    re.IGNORECASE,
)


#: An age group ("trẻ em dưới 5 tuổi", "từ 15-60 tuổi", "từ 3 đến 18 tuổi"), never the "74,5" of "74,5 tuổi", and
#: no age in a text of life expectancy ("tuổi thọ ... đạt 75 tuổi": its figure, in years).
_AGE = re.compile(
    r"(?:\b(?:dưới|trên|từ|đủ)\s+)?(?<![\d.,])\d+(?:\s*(?:[-–]|đến)\s*\d+)?\s+tuổi\b", re.I
)
_LIFE_EXPECTANCY = re.compile(r"tuổi thọ", re.IGNORECASE)
#: A span of life, counted in years: "tuổi thọ …", "thời gian sống khỏe mạnh …".
_LIFE_SPAN = re.compile(r"tuổi thọ|thời gian sống|số năm sống", re.IGNORECASE)
#: Years after a figure, not a year: "76 năm", not "30 năm 2025".
_YEARS_OF_LIFE = re.compile(r"\s*năm\b(?!\s*\d)", re.IGNORECASE)


#: A document's parts and pages, written with a capital as documents name them: "Chương 2",
#: "Trang 83 - 84", "Bảng 2.1", "Điều 3", "Phụ lục 2" (not "mô hình 50 ha", "các khoản 12 tỷ
#: đồng", "Phụ lục 2 - 95%": its 95 % is a figure), and a document named by its number.
_DOCUMENT_PART = re.compile(
    r"\b(?:Chương|CHƯƠNG|Trang|TRANG|Phụ lục|PHỤ LỤC|Bảng|BẢNG|Biểu|BIỂU|Hình|Điều|ĐIỀU|Khoản)"
    r"\s+\d+(?:\s*[-–.]\s*\d+)*(?!\d)(?![.,]\d)(?!\s*%)"
    # a document named by its number: "Nghị quyết 29", "Chỉ thị số 05", "Kết luận 57", "Nghị
    # quyết Trung ương 5 khóa VIII"
    r"|\b(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Nghị định|Thông tư)(?:\s+số|\s+Trung ương)?\s+\d+"
    r"(?!\d)(?![.,]\d)(?!\s*%)"
    # and "UBND tỉnh vừa ban hành Kế hoạch 5147 về …", "Thực hiện Đề án 06, …" (not a year, "Kế
    # hoạch 2026", nor a sum, "theo kế hoạch 2.150 tỷ đồng", "Đề án 1 triệu ha")
    r"|\b(?:Kế hoạch|KH|Công văn|Thông báo|Đề án)(?:\s+số)?\s+(?!(?:19|20)\d\d\b)\d+"
    r"(?!\d)(?![.,]\d)(?!\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|[^\W\d_]+\s*/))"
    r"(?=\s*(?:về|của|ngày|,|\.|;|\)|$))"
)


def mask_times(text: str) -> str:
    """The text with years, periods, price bases, numbered denominators, ordinals and the level
    a change starts from blanked."""
    out = _ORDINAL.sub(lambda m: " " * len(m.group(0)), text)
    out = words.FROM_LEVEL_RE.sub(lambda m: " " * len(m.group(0)), out)
    out = _DOCUMENT_PART.sub(lambda m: " " * len(m.group(0)), out)
    if not _LIFE_EXPECTANCY.search(text):
        out = _AGE.sub(lambda m: " " * len(m.group(0)), out)
    for pattern in (
        words.DATE_RE,
        words.PRICE_YEAR_RE,
        words.PERIOD_RE,
        words.BASE_RE,
        words.YEAR_RE,
    ):
        out = pattern.sub(lambda m: " " * len(m.group(0)), out)
    return mask_denominators(out)


def mask_denominators(text: str, fill: str = " ", masked: str | None = None) -> str:
    """The text with its denominators ("/1 vạn dân", "trên 10.000 dân") blanked with ``fill``,
    but a number of people that is the only number of the text (of ``masked``, the text with
    its years blanked, when given): "Số giường bệnh trên 10.000 dân khoảng 20,04 giường"
    divides by it, "dân số đô thị đạt trên 100.000 dân" counts it."""
    numbers = text if masked is None else masked

    def blank(match: re.Match[str]) -> str:
        rest = numbers[: match.start()] + numbers[match.end() :]
        if match["per"][0].isdigit() and not words.NUMBER_RE.search(rest):
            return match.group(0)
        return fill * len(match.group(0))

    return words.PER_RE.sub(blank, text)


def ordinal_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names ranks, levels, anniversaries and the like, which are no figures (a
    clause is never cut inside one: "dịch vụ công trực tuyến mức độ 3, 4")."""
    return [(m.start(), m.end()) for m in _ORDINAL.finditer(text)]


def has_figure(text: str) -> bool:
    """Whether a text holds a number that is not a year, a period or a count of targets."""
    masked = mask_times(text)
    masked = re.sub(r"\(\s*\d+\s+(?:chỉ tiêu|nhóm)[^)]*\)", " ", masked)
    # (not research tasks, a target's things: "triển khai hơn 25 nhiệm vụ khoa học cấp tỉnh")
    masked = re.sub(
        r"\b\d+\s+(?:chỉ tiêu|nhóm chỉ tiêu|khâu|nhiệm vụ(?!\s+(?:khoa học|nghiên cứu|KH)))\b",
        " ",
        masked,
    )
    return words.NUMBER_RE.search(masked) is not None


def equivalent_figure(
    text: str, asides: tuple[tuple[int, int], ...], decimal: DecimalMark
) -> Figure | None:
    """The figure of an aside of ``text`` "(tương đương 41 triệu đồng)" (``asides``: where its
    explanations are): the level a ratio comes to."""
    for a, b in asides:
        aside = text[a:b]
        match = re.match(r"\(\s*tương đương\s+", aside, re.IGNORECASE)
        if match:
            inner = figures(aside[match.end() :].rstrip(")"), (), decimal)
            if inner and inner[0].unit:
                fig = inner[0]
                shift = a + match.end()
                return Figure(
                    fig.start + shift,
                    fig.end + shift,
                    fig.written,
                    fig.numbers,
                    fig.percent,
                    fig.per_year,
                    fig.points,
                    fig.unit,
                    fig.after,
                )
    return None
