"""An indicator's name and unit as a clause gives them: its subject, what it is "per".

"Tốc độ tăng trưởng giá trị sản xuất bình quân ..." names "giá trị sản xuất"; "Có 11-13 bác
sĩ/1 vạn dân" names nothing before its figure, so the words after it do; "thu nhập bình quân
đầu người ... 60 triệu đồng" is in "triệu đồng/người".
"""

from __future__ import annotations

import re

from plantrack.extract import words
from plantrack.extract.clauses import Clause
from plantrack.extract.figures import Figure, figures, mask_denominators, mask_times, unit_after
from plantrack.numbers.parse import DecimalMark
from plantrack.units import UnitError, fold, parse_unit

#: A figure next, after the bound words, if any, that lead to it ("không dưới", "xấp xỉ": any of
#: :data:`~plantrack.extract.words.BOUND_BEFORE`).
_FIGURE_NEXT = rf"(?=(?:\s*(?:{words.BOUND_WORD}|và vượt|không|bình quân|thêm|còn|mức|là|:)(?![^\W\d_]))*\s*\d)"


_VERB = re.compile(
    rf"\s(?:(?:đạt|tăng|giảm|còn|duy trì|phấn đấu|{words.BOUND_WORD})(?:\s+(?:bình quân|thêm|trung bình|hằng năm|hàng năm|mỗi năm))*{_FIGURE_NEXT}"
    r"|là|chiếm|ở mức|tăng\s+(?:bình quân|trung bình|hằng năm|hàng năm)|giảm\s+(?:bình quân|trung bình|hằng năm|hàng năm))\s|:",
    re.IGNORECASE,
)


_RATE_OF = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:phấn đấu\s+)?(?:duy trì\s+)?(?:tốc độ|tỷ lệ|tỉ lệ|mức|nhịp độ)\s+tăng(?:\s+trưởng)?"
    r"(?:\s+bình quân)?\s+(?=\w)",
    re.IGNORECASE,
)


#: Words that open a sentence before its subject: "Theo chỉ tiêu đề ra, tốc độ ...".
OPENER = re.compile(
    r"^\W*(?:(?:theo (?:chỉ tiêu|kế hoạch|nghị quyết|mục tiêu|đề án|quy hoạch|chương trình)[^,]{0,30},"
    r"|theo đó,|đồng thời,|ngoài ra,"
    # the field it is in: "Về cơ cấu kinh tế, công nghiệp - xây dựng …", "Trong lĩnh vực kinh tế
    # số, Đông Giang phấn đấu …" (not "Đối với mặt hàng tôm, …": what it names)
    r"|(?:về|(?:trong|ở|trên)\s+(?:lĩnh vực|nhóm))\s(?:[^,;:\d]|(?:19|20)\d\d){1,60},(?=\s)"
    # a document cited with its vision: "Theo mục tiêu đặt ra tại Nghị quyết … đến năm 2030,
    # tầm nhìn đến năm 2045, tỷ lệ đô thị hoá …"
    r"|theo\b[^;:]{0,200}?\b(?:tầm nhìn|định hướng)\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?(?:19|20)\d\d\s*,"
    # a resolution's aims named at length: "Theo mục tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ
    # XXII, huyện phấn đấu đến năm 2025, …"
    r"|theo mục tiêu\s+(?:của\s+)?(?:nghị quyết|kế hoạch|đề án|quy hoạch|chương trình)\b[^,;:]{0,80},"
    r"|bên cạnh đó,|cùng với đó,|cụ thể,|\d{1,2}[.)](?=\s)"  # an inline item's number: "(6) Tỷ lệ"
    # the aim named before its time: "Mục tiêu của quy hoạch là đến năm 2030, tỷ lệ đô thị hóa …",
    # a headline's "Đặt mục tiêu đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%"
    r"|mục tiêu(?:\s+(?:của\s+(?:quy hoạch|kế hoạch|đề án|chương trình|nghị quyết|chiến lược)"
    r"|đặt ra|đề ra))?\s+là\s+(?=(?:phấn đấu\s+)?(?:đến|tới|vào)\s)"
    r"|(?:đặt|đề ra)\s+mục tiêu\s+(?=(?:đến|tới|vào)\s)"
    # the time that opens it: "Đến năm 2020: Nông lâm thuỷ sản 16,4%", "Tầm nhìn đến năm 2045,"
    # (a place that strives or an estimate before it: "huyện phấn đấu đến năm 2025,", "Dự kiến đến
    # năm 2030,")
    r"|(?:(?:huyện|tỉnh|xã|phường|thị xã|thành phố|thị trấn)\s+(?=phấn đấu\s))?"
    r"(?:phấn đấu\s+|tầm nhìn\s+|dự kiến\s+|kỳ vọng\s+|(?:theo đó,\s*)?từ nay\s+)?"
    r"(?:(?:đến|tới|vào)\s+)?(?:cuối\s+|hết\s+)?"
    r"(?:tháng\s+\d{1,2}\s*(?:[/-]|\s+năm)\s*|năm\s+)(?:19|20)\d\d\s*[:,])\s*)+",
    re.IGNORECASE,
)


#: A place that sets itself an aim, before the aim: "Sơn La đặt mục tiêu …", "tỉnh Hậu Giang đặt
#: mục tiêu hướng tới …", "Bắc Ninh phấn đấu …", "tỉnh Sơn La được Chính phủ giao nhiệm vụ thực
#: hiện mục tiêu …", "Trong năm 2026, mục tiêu của tỉnh Cà Mau phấn đấu …".
_PLACE_AIMS = re.compile(
    r"^(?:(?:trong\s+)?năm\s+\d{4}\s*,?\s+)?(?:mục tiêu\s+(?:của\s+)?)?"
    r"(?P<place>(?:(?:tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn)\s+)?(?:\w+\s+){1,4}?)"
    r"(?:cũng\s+)?(?:đặt mục tiêu|đề ra mục tiêu|phấn đấu|quyết tâm(?:\s+thực hiện)?"
    r"|được\s+(?:\w+\s+){1,3}?giao(?:\s+nhiệm vụ)?(?:\s+thực hiện)?(?:\s+mục tiêu)?)"
    r"(?:\s+(?:mục tiêu|hướng tới|đạt))*\s+(?=\w)",
    re.IGNORECASE,
)


#: The time an aim opens with, before its subject: "đến cuối năm 2025, ".
_TIME_THEN_COMMA = re.compile(
    r"(?:(?:đến|tới|vào|trong)\s+)?(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d\d\s*,\s*", re.IGNORECASE
)

_A_FIGURE = re.compile(r"\W*(?:\d|khoảng|trên|dưới|từ|hơn|ít nhất|tối thiểu)", re.I)


def _without_its_place(text: str) -> str:
    """A clause's words without the place that opens it by setting itself the aim ("Sơn La đặt
    mục tiêu tăng trưởng GRDP" names "tăng trưởng GRDP"); the place is a name, its words each
    written with a capital ("Bắc Ninh", "tỉnh Hậu Giang"), never a subject of the plan's own
    ("Huyện phấn đấu …" is kept)."""
    found = _PLACE_AIMS.match(text)
    if found is None:
        return text
    place = found["place"].split()
    kinds = {"tỉnh", "thành", "phố", "huyện", "thị", "xã", "phường", "trấn"}
    names = [word for word in place if word.lower() not in kinds]
    rest = text[found.end() :]
    timed = _TIME_THEN_COMMA.match(rest)
    if not names and timed is not None and len(place) == 1:
        # "Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%": the plan's own subject
        # and the time before the aim's own subject
        return rest[timed.end() :]
    if not names or not all(word[:1].isupper() for word in names) or _A_FIGURE.match(rest):
        return text  # "Đắk Glong phấn đấu đạt 12,4 giường bệnh/vạn dân": its name is after it
    if any(word.isupper() and len(word) > 1 for word in names) or (
        len(place) > 1 and names[0].lower() in ("đoàn", "hội", "đội")
    ):
        return text  # a body, not a place: "Hội LHPN phấn đấu …", "Huyện Đoàn phấn đấu …"
    return rest


def subject(text: str) -> str:
    """The words before the verb or the figure: the indicator's name as the clause writes it.

    A growth rate is named by its series: "Tốc độ tăng trưởng giá trị sản xuất" names
    "giá trị sản xuất". A lead that sets the aim ("…, tỉnh đặt mục tiêu …") or names the field
    ("Về cơ cấu kinh tế, …") is not the name, unless nothing after it names the measure: then the
    words before the lead do ("Đối với thu ngân sách, tỉnh đề ra mục tiêu đến năm 2030 đạt …",
    "Về tỷ lệ hộ nghèo, huyện đặt mục tiêu mỗi năm giảm 1,5%").
    """
    opened = _without_a_dateline(OPENER.sub("", text))
    field = _FIELD.match(text)
    placed = _without_its_place(opened)
    aim = _AIM_SET.match(placed)
    rest = placed if aim is None else placed[aim.end() :]
    name = _named(rest)
    if not is_weak(name) or _COUNTED_AFTER.match(rest):
        return name  # named, or named after its figure ("… đặt mục tiêu 100% hồ sơ …")
    before = "" if aim is None else aim["lead"].rstrip(" ,")
    if "," in before:
        # the words before the lead's own subject: "Đối với thu ngân sách, tỉnh …"
        name = _named(before[: before.rindex(",")]) or name
    if is_weak(name) and field is not None:
        name = _named(field["field"]) or name
    return name


def _without_a_dateline(text: str) -> str:
    """A news headline's place before its dash, and a page's "null": "Tháp Mười – Phấn đấu tăng
    thu nhập …" names what follows the place (its words each with a capital, as the words after
    the dash start)."""
    text = re.sub(r"^null\s+", "", text)
    place, dash, rest = text.partition(" – ")
    words_of = place.split()
    capitals = 0 < len(words_of) <= 4 and all(w[:1].isupper() for w in words_of)
    return rest if dash and capitals and rest[:1].isupper() else text


#: A figure first, what it counts named after it: "100% hồ sơ công việc …", "có 10 xã đạt chuẩn".
_COUNTED_AFTER = re.compile(
    # after a time: "đến năm 2030, 100% chất thải rắn …", "phấn đấu hằng năm có trên 90% …"
    r"\W*(?:(?:(?:đến|tới|vào|trong)\s+)?năm\s+\d{4}\s*,?\s*)?(?:phấn đấu\s+)?"
    r"(?:(?:hằng|hàng|mỗi)\s+năm\s+)?(?:có\s+)?(?:thêm\s+)?"
    r"(?:\d|khoảng|trên|dưới|từ|hơn|ít nhất|tối thiểu)",
    re.IGNORECASE,
)


#: The field a sentence opens with, a name when nothing after it names the measure: "Về tỷ lệ hộ
#: nghèo, huyện đặt mục tiêu mỗi năm giảm 1,5%".
_FIELD = re.compile(r"^\W*(?:về|đối với)\s+(?P<field>[^,;:\d]{1,60}),(?=\s)", re.IGNORECASE)


def _named(text: str) -> str:
    """The name in a clause's words from its subject on (:func:`subject`)."""
    rate = _RATE_OF.match(text)
    if rate and not re.match(
        r"\s*(?:đạt|là|bình quân|hằng|hàng|:)", text[rate.end() :], re.IGNORECASE
    ):
        text = text[rate.end() :]
    cut = len(text)
    protected = mask_denominators(text, "x", mask_times(text))
    verb = _VERB.search(" " + protected + " ")
    if verb:
        cut = min(cut, max(0, verb.start() - 1 + 1))
    number = words.NUMBER_RE.search(mask_times(text))
    if number:
        cut = min(cut, number.start())
    start = words.FROM_LEVEL_RE.search(text)  # "… điều chỉnh giảm từ gần 27.692 tấn xuống …"
    if start:
        before = text[: min(cut, start.start())]
        cut = len(re.sub(_CHANGE_VERBS, "", before, flags=re.IGNORECASE))
    name = _moved_to(text[:cut])
    name = re.sub(r"\(.*?\)", "", name)
    for pattern in (words.PERIOD_RE, words.YEAR_RE):
        name = pattern.sub(" ", name)
    name = words.NAME_PREFIX_RE.sub("", name.strip(" ,;:-–≤≥<>~="))
    name = _TRAILING.sub("", name.strip(" ,;:-–"))
    name = " ".join(name.split()).strip(" ,;:-–≤≥<>~=")
    if rate and re.fullmatch(r"kinh tế(?:\s*\(GRDP\))?", name, re.IGNORECASE):
        name = "Tăng trưởng kinh tế"  # the growth of GRDP, named as plans name it
    return name


#: A lead that ends by setting the aim, before what the aim is of: "Dựa trên những kết quả đạt
#: được, tỉnh Bắc Giang đặt mục tiêu phấn đấu …", "Trên lĩnh vực phát triển kinh tế, kế hoạch đặt
#: mục tiêu đạt …", "Ngành nông nghiệp tỉnh đặt chỉ tiêu …", "Tỉnh Thanh Hóa xác định mục tiêu …"
#: (the first such words of the clause).
_AIM_SET = re.compile(
    r"^(?P<lead>.*?)(?:\b(?:đặt|đề ra|đặt ra|xác định)\s+(?:mục tiêu|chỉ tiêu)"
    # or after a comma, "UBND tỉnh vừa ban hành Kế hoạch … về kinh tế số, phấn đấu đến năm 2030
    # kinh tế số chiếm 30% GRDP"
    r"|(?<=,\s)phấn đấu\b"
    # or after the time it is set for: "Đại hội xác định trong nhiệm kỳ 2025-2030 phấn đấu có …"
    r"|\b(?:xác định|đề ra|thống nhất)\s+(?:(?:trong|cho)\s+)?(?:nhiệm kỳ|giai đoạn|năm)\s+"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+phấn đấu\b"
    # or a place by its name: "Đảng bộ phường Sầm Sơn phấn đấu tổng giá trị sản phẩm …"
    # (not a place a measure is of: "Tổng giá trị sản phẩm của phường Quảng Tiến phấn đấu đạt …")
    r"|(?<!của )\b(?:(?:Đảng bộ|UBND|HĐND)\s+)?(?:tỉnh|huyện|thị xã|xã|phường|thị trấn|thành phố|TP\.?)"
    # (not a body of the place: "Huyện Đoàn", "Hội LHPN", "Thành ủy")
    r"\s+(?-i:(?!(?:Đoàn|Hội|Ủy|Mặt|Công|Quân|Đảng|Liên|Ban)\b)"
    r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w'’]*\s+){1,4})phấn đấu\b)"
    # (and the year it is set for: "… đặt mục tiêu cho năm 2026 với tổng sản lượng đạt …")
    r"(?:\s+(?:chung|tổng quát|cụ thể))?(?:\s*[,:]\s*|\s+(?:phấn đấu|là|đạt|đến)\b"
    r"|\s+cho\s+(?:năm\s+|giai đoạn\s+|thời kỳ\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"(?:\s+với\b)?)*\s*",
    re.IGNORECASE,
)


#: A level moved to its figure: "nâng tỷ lệ che phủ rừng lên", "Giảm tỷ lệ hộ nghèo xuống", "tỷ
#: lệ che phủ rừng được nâng lên" (the name between the verbs and "lên"/"xuống"; "trở lên" is a
#: bound, not a move; "tăng trưởng", "nâng cao" are words of their own).
_MOVED_TO = re.compile(
    r"^(?:phấn đấu\s+)?(?:(?P<verb>nâng|đưa|tăng|giảm thiểu|giảm|hạ|kéo giảm)"
    r"(?!\s+(?:trưởng|cường|cao|thiểu|nghèo)\b)\s+)?(?P<name>.+?)"
    r"(?:\s+(?:được\s+)?(?:điều chỉnh\s+)?(?:giảm|tăng|nâng|hạ|đưa|kéo giảm))?"
    r"\s+(?<!trở )(?:lên|xuống)(?:\s+(?:mức|còn))?\s*$",
    re.IGNORECASE,
)


def _moved_to(name: str) -> str:
    """The name of a level moved to its figure (:data:`_MOVED_TO`), without the move's words."""
    found = _MOVED_TO.match(name.strip())
    return found["name"] if found is not None else name


#: The verbs of a change from one level to another, before its start: "điều chỉnh giảm".
_CHANGE_VERBS = r"(?:\s+(?:điều chỉnh|giảm|tăng|nâng|đưa|hạ))+\s*$"


_TRAILING = re.compile(
    r"(?:\s+(?:giai đoạn|thời kỳ|nhiệm kỳ|bình quân|trung bình|hằng năm|hàng năm|mỗi năm"
    rf"|phấn đấu|đạt và vượt|đạt|là|năm|ước|sẽ|dự kiến(?:\s+sẽ)?|{words.RANK_WORDS})"
    # now, before what is now (not "thực hiện", "phát hiện")
    r"|(?<!thực)(?<!phát)\s+hiện(?:\s+nay)?)+\s*$",
    re.IGNORECASE,
)


_WEAK = {
    "co", "giu vung", "dat", "duy tri", "phan dau", "phan dau co", "co them", "phan dau dat",
    "binh quan", "trung binh", "giai doan", "thoi ky", "trong do", "tong",
    # "…, chỉ tăng 4,1%", "…, ước đạt 7,52%": only, an estimate
    "chi", "chi dat", "uoc", "uoc dat", "uoc tinh",
    # what is left of "… và năm 2030 xuống dưới 5%": the subject before it
    "va",
    # what is left of "Về công tác xây dựng Đảng, phấn đấu hằng năm có 95% …"
    "hang nam co", "hang nam", "moi nam", "moi",
    # what is left of "kiểm soát được 95% lượng chất thải rắn …": named after its figure
    "duoc",
    # what is left of "…, bằng 105,86% so với cùng kỳ": the index of the figure before it
    "bang",
}  # fmt: skip


def is_weak(name: str) -> bool:
    """A subject that names nothing: "Có 11-13 bác sĩ", "Giữ vững 100% xã", "giai đoạn ..."."""
    return not name or fold(name) in _WEAK


#: A subject that only names another measure of the subject before it: "tốc độ tăng trưởng
#: kinh tế theo giá trị sản xuất từ 16,5-17,5%; theo giá trị sản phẩm từ 8,2 - 8,5%"; not
#: "theo đó" (accordingly), nor a "theo ..." set off by a comma that opens a sentence of
#: another subject ("theo lộ trình, tỷ lệ người dân có sổ khám chữa bệnh điện tử").
_VARIANT = re.compile(r"\W*(?:tính\s+)?theo\s+(?!đó\b)[^,:]*$", re.IGNORECASE)


#: The subject before, only in a part of the area: "tỷ lệ hộ nghèo giảm bình quân 2 - 2,5%/năm,
#: riêng các huyện nghèo giảm bình quân 3 - 4%/năm" (the poverty rate of the poor districts).
_ONLY = re.compile(r"\W*riêng\s+(?:ở\s+|tại\s+|đối với\s+|với\s+)?[^,:]+$", re.IGNORECASE)
_ONLY_WORDS = re.compile(r"^\W*riêng\b\s*(?:ở\s+|tại\s+|đối với\s+|với\s+)?", re.IGNORECASE)


def variant_of(name: str, before: str, text: str = "") -> str | None:
    """The name of a subject that is a variant of the subject ``before`` ("theo giá trị sản
    phẩm" after "Tốc độ tăng trưởng kinh tế theo giá trị sản xuất": "Tốc độ tăng trưởng kinh
    tế theo giá trị sản phẩm"; "riêng các huyện nghèo" after "tỷ lệ hộ nghèo": "tỷ lệ hộ nghèo
    các huyện nghèo"), or None when ``name`` is not one or ``before`` has no such
    part to replace."""
    if _ONLY.match(text or name) and before.strip() and name.strip():
        # "…, riêng năm 2025 đạt 1.500 tỷ đồng": a time of the same subject, no part of it
        return f"{before.strip()} {_ONLY_WORDS.sub('', name).strip()}".strip()
    if not _VARIANT.match(name):
        return None
    word = re.search(r"\s(?:tính\s+)?theo\s", before, re.IGNORECASE)
    return f"{before[: word.start()]} {name.strip()}" if word else None


#: Acts a clause names before its figure and nothing else: "Hoàn thành 100% kế hoạch giải ngân
#: vốn đầu tư công", "Nâng cấp 100% trạm y tế xã" (what is done names the indicator with what
#: it is done to, after the figure).
_ACTS = frozenset(
    fold(act)
    for act in (
        "hoàn thành", "hoàn thành xây dựng", "xây dựng", "xây dựng mới", "nâng cấp", "sửa chữa",
        "cải tạo", "cứng hóa", "kiên cố hóa", "bê tông hóa", "nhựa hóa",
    )
)  # fmt: skip


def by_its_act(name: str, fig: Figure) -> str:
    """The name of a clause that only names an act before its figure, with what the act is done
    to: "Hoàn thành 100% kế hoạch giải ngân …" is "Tỷ lệ hoàn thành kế hoạch giải ngân …", and two
    such clauses are two indicators, not one "Hoàn thành" stated twice."""
    rest = _words_after(fig)
    if fold(name) not in _ACTS or not rest:
        return name
    if fig.percent:
        return f"Tỷ lệ {name[:1].lower()}{name[1:]} {rest}"
    return " ".join(part for part in (name, fig.unit, rest) if part)


def _words_after(fig: Figure) -> str:
    # "100% trường mầm non đạt chuẩn mức độ 1" names the schools with their standard; an
    # abbreviation in brackets right after the figure's noun is no end: "1.510 câu lạc bộ (CLB)
    # thể dục, TT cơ sở hoạt động hiệu quả"
    after = re.sub(r"^\s*\([A-ZĐ0-9]{2,8}\)", " ", fig.after)
    rest = re.split(r"[;(]|\s(?:đạt(?!\s+chuẩn)|trở lên|trở xuống|so với)\b", after)[0]
    # a time with the word that leads to it: "8%/năm trong giai đoạn 2026-2030" names nothing
    rest = re.sub(
        r"\b(?:trong|vào|suốt|cho|của)\s+(?:cả\s+|toàn\s+)?(?=(?:giai đoạn|thời kỳ|nhiệm kỳ)\b)",
        " ",
        rest,
        flags=re.IGNORECASE,
    )
    for pattern in (words.PERIOD_RE, words.YEAR_RE):
        rest = pattern.sub(" ", rest)
    rest = re.sub(
        r"\b(?:giai đoạn|thời kỳ|hằng năm|hàng năm|mỗi năm)\b", " ", rest, flags=re.IGNORECASE
    )
    return " ".join(rest.split()).strip(" ,.:")


def name_after(fig: Figure) -> str:
    """A name from the words after the figure: "95% xã, thị trấn an toàn" is a rate of them."""
    rest = _words_after(fig)
    if not rest:
        # a count per population names what it counts: "đạt 9 bác sĩ/10.000 dân"
        return f"Số {fig.unit}" if fig.unit and _a_count_per(fig.unit) else ""
    if fig.percent:
        # "giảm 1% tỷ lệ hộ nghèo" names its rate after the figure: no second "Tỷ lệ"
        named = re.match(r"(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\b", rest, re.IGNORECASE)
        return rest[:1].upper() + rest[1:] if named else f"Tỷ lệ {rest}"
    if fig.unit:
        return f"Số {fig.unit} {rest}".strip()
    return rest


def _a_count_per(unit: str) -> bool:
    try:
        parsed = parse_unit(unit)
    except (UnitError, ValueError):
        return False
    return parsed.per is not None and parsed.quantity.value == "count" and parsed.currency is None


PER_PERSON = re.compile(
    r"(?:bình quân\s*)?(?:đầu người|/\s*người|(?:trên\s+)?(?:1|một)\s+người|trên người)"
    r"(?:\s*/\s*năm)?"
    # "thu nhập bình quân", and the economy's output said as an average: "GRDP bình quân đạt
    # khoảng 124 triệu đồng" (not its growth: "GRDP tăng bình quân 8%/năm")
    r"|thu nhập bình quân|\b(?:GRDP|GDP)\s+bình quân(?=\s+(?:đạt|là|khoảng|trên|năm|đến))",
    re.IGNORECASE,
)


def masked_cues(text: str) -> str:
    """The text without the words that look like cues and are none: "per person" phrases (not
    averages over years), growth as the thing a share goes to ("đóng góp … vào tăng trưởng": no
    growth target)."""
    return words.GROWTH_NOUN_RE.sub(" ", PER_PERSON.sub(" ", text))


#: Who earns, when not a person: "Mỗi hộ tham gia mô hình có thu nhập bình quân …", "Hợp tác
#: xã nông nghiệp có thu nhập bình quân …" (not the poor counted: "hộ nghèo").
_OTHER_EARNER = re.compile(
    r"\b(?:mỗi\s+)?hộ\b(?!\s+(?:nghèo|cận nghèo))|hợp tác xã|\bHTX\b|doanh nghiệp|trang trại"
    r"|tổ hợp tác|mô hình",
    re.IGNORECASE,
)


def per_from_name(unit: str, name: str) -> str:
    """A money or count unit made "per" what the name divides by."""
    per = words.PER_RE.search(name)
    if per:
        word = per["per"].split()[0] if per["per"].startswith("ha") else per["per"]
        return f"{unit}/{word}"
    if PER_PERSON.search(name) and not _OTHER_EARNER.search(name):
        try:
            from plantrack.units import Quantity

            if parse_unit(unit).quantity is Quantity.MONEY:
                return f"{unit}/người"
        except (UnitError, ValueError):
            return unit
    return unit


VERB_OF_OWN = re.compile(r"\b(?:đạt|tăng|giảm|là|chiếm)\b", re.IGNORECASE)


def sibling_unit(clause: Clause, decimal: DecimalMark) -> str | None:
    """The unit of the clause before, in a list that writes it once: "lúa 40 ha; mỳ 500"."""
    before = clause.subject_from
    if before is None:
        return None
    found = figures(before.text, before.aside, decimal)
    if not found:
        return None
    unit = found[-1].unit or moved_from_unit(before.text, found[-1])
    return unit if unit and not found[-1].percent else None


#: The figure a move starts from, and the words to the one it reaches: "từ 1,33 con/bà mẹ tuổi
#: sinh đẻ lên ", "từ 120 bác sĩ xuống ".
_MOVED_FROM = re.compile(
    rf"\btừ\s+(?:mức\s+)?(?:{words.NUMBER})(?P<rest>[^,;:]*?\b(?:lên|xuống|đến|tới)"
    r"(?:\s+(?:còn|mức|khoảng|trên|dưới|hơn))*\s*)$",
    re.IGNORECASE,
)


def moved_from_unit(text: str, fig: Figure) -> str | None:
    """The unit of the figure a move starts from, when the figure it reaches has none: "nâng cao
    mức sinh từ 1,33 con/bà mẹ tuổi sinh đẻ lên 1,4" is in con/bà mẹ."""
    if fig.unit or fig.percent:
        return None
    found = _MOVED_FROM.search(text[: fig.start])
    if found is None:
        return None
    unit, _, percent, _, _ = unit_after(found["rest"])
    return unit if unit and not percent else None


#: A unit in brackets before a colon, as a table's row written out gives it: "Tuổi thọ trung
#: bình tính từ lúc sinh (tuổi): Xấp xỉ 75,5", "Thời gian sống khỏe (năm): 68".
_BRACKETED_UNIT = re.compile(
    r"\(\s*((?:[^\W\d_]|%|‰)[^(),;:]{0,30}?)\s*\)\s*:\s*(?:[^\W\d_]+\s+){0,3}$"
)
#: What a bracket in a row's name says that is no unit: a total so far, a school level, a
#: standard's abbreviation, a yearly average, a year, a price basis ("Số xã … (lũy kế): 10",
#: "(mầm non)", "(NTM)", "(bình quân năm)", "(hằng năm)", "(đến năm 2030)", "(theo giá hiện
#: hành)").
_NO_UNIT = re.compile(
    r"lũy kế|luỹ kế|cộng dồn|mầm non|tiểu học|THCS|THPT|bình quân|trung bình|hằng năm|hàng năm"
    r"|cả năm|mỗi năm|nâng cao|kiểu mẫu|\bnăm\s+\d|\btheo\b|\bgiá\b|\bđến\b|\btính\b",
    re.IGNORECASE,
)


def bracketed_unit(before: str) -> str | None:
    """The unit a row names in brackets before its colon and figure (``before``: the clause's
    words before the figure): "Thời gian sống khỏe (năm): 68" is in năm, "Tỷ lệ che phủ rừng
    (%): 45" in %; not what qualifies the name (:data:`_NO_UNIT`, an abbreviation: "(NTM)")."""
    found = _BRACKETED_UNIT.search(before)
    if found is None:
        return None
    unit = found.group(1)
    if len(unit.split()) > 4 or _NO_UNIT.search(unit) or re.fullmatch(r"[A-ZĐ]{2,}", unit):
        return None
    return unit


#: Words that count one kind of thing whatever follows them: "Số xã đạt chuẩn" counts xã, "hộ
#: nghèo" counts hộ.
COUNTING_WORDS = ("xã", "thôn", "hộ", "người", "trường", "bản", "làng", "huyện")


#: Nouns of three words a count may name: "hợp tác xã", "khu dân cư".
_THREE_WORDS = re.compile(
    r"hợp tác xã|tổ hợp tác|khu dân cư|tổ dân phố|hộ gia đình|câu lạc bộ|trạm y tế|sản phẩm OCOP",
    re.IGNORECASE,
)


def noun_unit(name: str) -> str | None:
    """A count's unit from the name: "Số xã đạt chuẩn" counts xã; an index is "chỉ số"."""
    if re.match(r"chỉ số\b", name.strip(), re.IGNORECASE):
        return "chỉ số"
    match = re.match(
        # ("Số lượng đô thị trên toàn quốc" counts đô thị)
        r"(?:số(?:\s+lượng)?|tổng số(?:\s+lượng)?|có)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)",
        name.strip(),
        re.IGNORECASE,
    )
    if not match:
        return None
    noun = match.group(1)
    # a noun of three words: "số lượng hợp tác xã"
    three = _THREE_WORDS.match(name.strip(), match.start(1))
    if three is not None:
        return three.group(0)
    first = noun.split()[0]
    if first.lower() in (*COUNTING_WORDS, "tổ"):
        return first
    return noun
