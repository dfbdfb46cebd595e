"""The words plans use around a target's number: bounds, time, kinds, directions.

Pure data and small regular expressions over NFC text, matched case-insensitively. Every rule
of :mod:`plantrack.extract.reading` that depends on a word finds it here, so that the vocabulary
is read (and extended) in one place; docs/extract.md lists it for reviewers.
"""

from __future__ import annotations

import re

from plantrack.plans.wording import COMPARED_YEAR_RE, PLANNED, spellings

_I = re.IGNORECASE


def _compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A rule's pattern, its words read in either spelling pages use ("hoá"/"hóa", "kì"/"kỳ",
    "tỉ lệ"/"tỷ lệ": :func:`~plantrack.plans.wording.spellings`)."""
    return re.compile(spellings(pattern), flags)


#: A number as plans write it: ``6.794``, ``8.962,72``, ``12,96``, ``99.5``, ``75``.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
#: Where a number may start: not inside a word or another number ("G7", "km2"), except glued
#: to a bound word where a page lost its spaces ("khoảng22%", "trên8.000 lao động").
_STARTS = r"(?:(?<![\d.,/\w])|(?<=khoảng)|(?<=trên)|(?<=dưới)|(?<=đạt)|(?<=hơn)|(?<=gần)|(?<=từ))"
NUMBER_RE = _compile(  # a number glued to its unit first: "1,1m2/người" is 1,1 m2, not 1
    rf"{_STARTS}(?:{NUMBER})"
    r"(?=(?:tỷ\.?đ|tr\.?đ|tạ|tấn|ha|kg|km|cm|m|m2|m3|m²|m³|ng|tr|tỷ|triệu|người|hộ|con|USD|đồng|đ|[kMG]Wp?|[kMG]Wh)\b)"
    rf"|{_STARTS}(?<![^\W\d_]-)(?:{NUMBER})(?![\d\w])"
)

YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"  # a year a target may name
#: Between the two ends of a range or a period: "2021-2025", "8 – 9%", "từ 4 đến 5%", "18->19%".
DASH = r"\s*(?:->|→|-|–|—|÷|đến|tới)\s*"
#: ``giai đoạn 2021-2025``, ``thời kỳ 2021 – 2030``, ``nhiệm kỳ 2020 - 2025``, ``2021-2025``.
PERIOD_RE = _compile(
    rf"(?:(?P<word>giai đoạn|thời kỳ|nhiệm k[ỳì]|từ năm|từ)\s+(?:năm\s+)?)?"
    rf"(?P<start>{YEAR}){DASH}(?:năm\s+)?(?P<end>{YEAR})(?!\d)",
    _I,
)
#: ``đến năm 2030``, ``năm 2025``, ``đến 2025``, ``vào cuối năm 2030``; and the year a heading
#: gives its aims, ``Mục tiêu 2026:``, ``Kế hoạch 2026:``.
YEAR_RE = _compile(
    rf"(?P<word>(?:đến|tới|vào|trong|cuối|hết|đầu)(?:\s+(?:cuối|hết|đầu))?\s+)?"
    rf"(?:năm\s+|(?<=mục tiêu )(?={YEAR}\s*:)|(?<=kế hoạch )(?={YEAR}\s*:)"
    # a month or a day of it, up to which: "Đến tháng 12/2026, …", "tính đến ngày 31/12/2026"
    r"|(?:(?<=đến )|(?<=tới )|(?<=hết )|(?<=cuối ))(?:tháng\s+\d{1,2}\s*[/-]\s*"
    r"|ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*))"
    rf"(?P<year>{YEAR})(?!\d)"
    rf"|(?P<word2>(?:đến|tới|vào)(?:\s+(?:cuối|hết))?)\s+(?P<year2>{YEAR})(?!\d)",
    _I,
)
#: A year that is a comparison, not a target's ("so với năm 2020", "so năm 2015", "gấp 1,05 lần
#: năm 2020"): the pattern `validate` reads a target's text with.
BASE_RE = COMPARED_YEAR_RE
#: A council's own term, named where a one-year plan is adopted at one of its sessions ("HĐND xã
#: An Bình khóa XX, nhiệm kì 2021-2026 đã tổ chức kỳ họp thứ 6", "Kỳ họp thứ 14 HĐND xã Trung
#: Đồng nhiệm kỳ 2016 – 2021"): the council's, not a target's. Without "khóa", not when the
#: words between name what the council adopts ("HĐND xã thông qua Nghị quyết về phát triển kinh
#: tế - xã hội nhiệm kỳ 2021 - 2026": the plan's period).
COUNCIL_TERM_RE = _compile(
    rf"(?:HĐND|Hội đồng nhân dân)(?:[^.;:]{{0,60}}?khóa\s+[IVXLC]+\s*,?\s*"
    r"|(?:(?!\bvề\b|thông qua|ban hành|kế hoạch|chương trình|nghị quyết|phát triển)[^.;:]){0,60}?)"
    rf"nhiệm k[ỳì]\s+{YEAR}{DASH}{YEAR}",
    _I,
)
#: A term's length: "Tổng vốn đầu tư toàn xã hội (5 năm)" (not "3 năm liên tục", not "7,5 năm").
TERM_LENGTH = r"(?<![\d.,])(?<!tháng )\b(?:[2-9]|10)\s+năm\b(?!\s*(?:liên tục|liền))"
TERM_LENGTH_RE = _compile(TERM_LENGTH, _I)
#: Prices of a year: ``giá so sánh 2010``, ``giá so sánh năm 2010``.
PRICE_YEAR_RE = _compile(rf"giá (?:so sánh|cố định)\s*(?:năm\s+)?{YEAR}", _I)
#: A denominator written with a number: ``/1 vạn dân``, ``trên 1 vạn dân``, ``/1 ha``, ``trên 01 ha``,
#: ``trên 10.000 dân``, ``cho 10000 dân``, ``/100.000 người``; "trên"/"cho" a number of people
#: only with "dân" ("giải quyết việc làm cho 10.000 người" is a count of people, not per them).
PER_RE = _compile(
    r"(?:(?:/|trên|cho)\s*(?:0?1|một)\s*|/\s*"
    r"|(?:trên|cho)\s*(?=1(?:0|00)?[.,]?000\s+(?:dân|trẻ đẻ sống)\b))"
    r"(?P<per>1(?:0|00)?[.,]?000\s+(?:dân|người|trẻ đẻ sống)|vạn dân|vạn người|nghìn dân|ngàn dân|"
    r"nghìn người|nghìn trẻ đẻ sống|ha(?:\s+đất[\w\s]*?)?|người|hộ|lao động)\b",
    _I,
)
#: Dates, times of day and document numbers: "15-10-2020", "Chiều 23/12", "lúc 21:49",
#: "525/QĐ-TTg", "Chỉ thị 29-CT/TW", "Nghị quyết số 13-NQ/TW"; half a year: "6 tháng cuối năm".
DATE_RE = _compile(
    r"(?:ngày\s*)?\W*\b\d{1,2}\W*\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|\b\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?\b"
    # a date (one mark twice, not a range "25.4-25.8%"; days "18 - 20/12", not "5-6/9 tiêu chí")
    # and its time ("15-10-2020, 21:49"; "28-06-2023Việt Nam …", a link); ISO; a time of day
    r"|\b\d{1,2}\s*(?:(?P<sep>[-/.])\s*\d{1,2}\s*(?P=sep)\s*\d{2,4}"
    r"|[-–]\s*\d{1,2}\s*/\s*(?:1[0-2]|0?[1-9])(?!\s+(?!năm\b)[^\W\d_]))(?!\d|,\d)(?:\s*[,|–—-]?\s*\d{1,2}:\d{2}\b(?!:))?"
    r"|\b(?:19|20)\d\d-\d\d-\d\d(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?"  # after "lúc" ("14 giờ 00 phút"),
    r"|\blúc\s+\d{1,2}(?::\d{2}\b|\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?|h\d{0,2}\b)|\b\d{1,2}h\d{2}\b"
    r"|\b\d{1,2}\s*giờ(?:\s*\d{1,2}\s*phút|(?=\s+(?:sáng|chiều|trưa|tối|ngày)\b))"  # "14 giờ 00 phút"
    r"|\b\d{1,2}:\d{2}(?=\s*(?:ngày|sáng|chiều|trưa|tối|giờ|h)\b)"
    # (a meeting of two days, "Trong hai ngày 20 và 21-7", and a date with dots, "Ngày 30.9, …")
    r"|(?:ngày|sáng|chiều|trưa|tối|hôm)\s+\d{1,2}(?:\s+và\s+\d{1,2})?\s*[-/]\s*\d{1,2}"
    r"(?:\s*[-/]\s*\d{1,4})?\b"
    r"(?:\s*[,|]?\s*\d{1,2}:\d{2}\b(?!:))?"
    r"|\b(?:ngày|sáng|chiều|trưa|tối|hôm)\s+(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])(?:\.\d{4})?"
    r"(?!\d|,\d)"
    r"|\b\d+\s*[-/]\s*(?:QĐ|NQ|KH|CT|KL|TB|BC|TTr|UBND|HĐND|TTg|TW|HU|TU|ĐU|CP|BCT)\b[\w/-]*"
    # a decision's number with its letters misprinted, "Quyết định sô 411/ỌĐ-TTg": the issuer
    r"|\b\d+\s*/\s*[^\W\d_]{1,4}\s*-\s*(?:TTg|UBND|HĐND|TW|HU|TU|ĐU|CP|BCT)\b"
    r"|\bGMT\s*[+-]\s*\d+|\b\d{1,2}/\d{1,2}\b(?!\s*[^\W\d_])"
    # a month, "Tính đến tháng 9/2023", "tháng 10 năm 2024" (its year is the text's time), "Tháng
    # 8 vừa qua, Đảng bộ huyện … tổ chức thành công Đại hội" ("6 tháng" is six months)
    r"|\btháng\s+(?:0?[1-9]|1[0-2])\b(?![.,]\d)",
    _I,
)
#: A result, not a target: "vượt 9,5% kế hoạch", "14/17 nhóm chỉ tiêu đạt và vượt kế hoạch" (not
#: "đạt và vượt 10.012 tấn", the level to reach), "giảm từ 29,56% xuống 25,3%", "Năm 2025, …
#: hoàn thành 12/12 chỉ tiêu" (a report). Words of an aim (what is aimed at, not done): AIM_WORD.
AIM_WORD = r"\b(?:phấn đấu|nỗ lực|quyết tâm|đặt mục tiêu|nhằm|để)\b"
RESULT_RE = _compile(
    rf"vượt\s+[\d.,]+\s*%?\s*(?:so với\s+)?{PLANNED}|(?<!đấu )(?<!tâm )(?<!lực )đạt và vượt(?!\s+\d)"
    # "nhiều chỉ tiêu … đạt, vượt kế hoạch" (not an aim: "phấn đấu thu đạt, vượt kế hoạch tỉnh
    # giao", a plan's own words for its revenue)
    rf"|(?:^|[.;:])(?:(?!{AIM_WORD})[^.;:])*?\bđạt\s*,\s*vượt\s+(?:kế hoạch|chỉ tiêu|mục tiêu)"
    # "ước đạt 7,52%, vượt mục tiêu đề ra"
    r"|vượt (?:các |những )?(?:mục tiêu|kế hoạch|chỉ tiêu) (?:đề ra|được giao|đặt ra)"
    r"|giảm từ\s+[\d.,]+\s*%?\s*xuống|từ\s+[\d.,]+%?\s*\(?(?:cuối )?năm \d{4}\)?\s*(?:giảm|tăng) (?:xuống|lên)"
    r"|tăng từ\s+[\d.,]+\s*%?\s*lên"
    # a year's report: "hoàn thành 12/12 chỉ tiêu", "đạt được những kết quả quan trọng"
    # ("… hoàn thành và vượt toàn bộ 30/30 chỉ tiêu")
    r"|(?:hoàn thành|đạt)(?:\s+và\s+vượt)?(?:\s+(?:toàn bộ|tất cả|cả))?\s+\d+\s*/\s*\d+\s+"
    r"(?:các\s+|nhóm\s+)?chỉ tiêu"  # ("Hoàn thành đạt và vượt 16/22 các chỉ tiêu")
    # a report of the year's results: "UBND TP. Hà Nội báo cáo kết quả kinh tế - xã hội năm 2025
    # với GRDP ước đạt 8,5%, …"
    r"|\bbáo cáo kết quả\b"  # and the year just past: "tăng trưởng kinh tế năm qua ước đạt 8%"
    rf"|(?:^|[.;:])(?:(?!{AIM_WORD}|so với)[^.;:])*?(?<!\d )(?<!những )(?<!các )(?<!nhiều )"
    rf"\bnăm\s+(?:vừa\s+)?qua\b(?![^.;:]*?(?:{AIM_WORD}|chỉ tiêu|mục tiêu|năm\s+{YEAR}))"
    # what was done: "tỉnh đã giảm được 4.264 hộ nghèo", "Theo thống kê của Sở LĐ-TB&XH …"
    r"|\bđã\s+(?:giảm|tăng)\s+được\b|\btheo (?:số liệu(?! dự)(?: thống kê)?|thống kê)\b"
    # "Theo báo cáo của UBND tỉnh, năm 2020, toàn tỉnh trồng được …" (not a political report, nor
    # an aim it gives: "Theo báo cáo của UBND tỉnh, năm 2024 tỉnh phấn đấu …")
    rf"|\btheo báo cáo\b(?! chính trị)(?![^.;]*?(?:{AIM_WORD}|mục tiêu|chỉ tiêu))"
    # "… ban ngành đã tổ chức triển khai và thực hiện thắng lợi các chỉ tiêu"
    r"|\bđã\s+(?:tổ chức\s+)?(?:triển khai\s+(?:và\s+)?)?thực hiện\s+(?:thắng lợi|hoàn thành)\b"
    # "… đến năm 2009 đã tăng lên 13.800 tỷ đồng", "đã giảm xuống còn 3,5%"; an estimate of
    # what was: "Ước, tốc độ tăng trưởng bình quân trong giai đoạn 2005 – 2010 là 22%/năm"
    rf"|(?:^|[.;:])(?:(?!{AIM_WORD})[^.;:])*?\bđã\s+(?:tăng|giảm)\s+(?:lên|xuống|từ)\b|^\W*ước\s*,"
    # what is reached now: "tiến độ giải ngân vốn đầu tư công của ban hiện đạt khoảng 95%", "(hiện
    # là 76,2)", "(hiện nay là trên 30%)" (not beside an aim: "… hiện đạt 5,2%, phấn đấu đến năm
    # 2030 đạt 10%")
    # (not "thực hiện là", "thể hiện ở mức", nor the level a move starts from: "từ mức hiện nay
    # là 42% lên 45%")
    rf"|(?:^|[.;:])(?:(?!{AIM_WORD})[^.;:])*?(?<!thực )(?<!thể )(?<!phát )(?<!từ )(?<!từ mức )"
    r"\bhiện\s+(?:nay\s+|tại\s+)?(?:đã\s+)?(?:đạt|là|ở mức|còn)\b"
    rf"(?![^.;:]*?{AIM_WORD})"
    # a share of the plan's figure: "… đạt 67,038 tỷ đồng (bằng 105% chỉ tiêu kế hoạch)"
    r"|\bbằng\s+[\d.,]+\s*%\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|dự toán)"
    # (not a purpose: "Để đạt được kết quả đó, … đảm bảo nguồn vốn vay cho 100% hộ nghèo")
    r"|(?<!\bđể )(?<!\bnhằm )đạt (?:được )?(?:những |các |nhiều )?kết quả"
    # how last year's targets went: "Các kế hoạch, chỉ tiêu kinh tế-xã hội năm 2021 của huyện
    # được triển khai cơ bản đảm bảo Nghị quyết" (not an aim: "… phải được triển khai …")
    r"|chỉ tiêu[^.;:]{0,60}?(?<!phải )(?<!cần )(?<!sẽ )\bđược (?:triển khai|thực hiện)"
    r" (?:cơ bản|đảm bảo|hoàn thành|đạt)"
    # a verdict on targets: "… dù cao nhưng chưa đạt các mục tiêu do Tỉnh ủy đề ra"
    r"|chưa đạt (?:các |những )?(?:mục tiêu|chỉ tiêu)"
    # a term's report: "Nhiệm kỳ 2020 - 2025, Đảng bộ … hoàn thành nhiều chỉ tiêu", "đã hoàn thành cơ bản"
    r"|hoàn thành (?:tốt )?nhiều (?:mục tiêu|chỉ tiêu)|đã hoàn thành (?:và vượt |tốt |cơ bản )?(?:các |những |nhiều |hầu hết )?(?:mục tiêu|chỉ tiêu)"
    # "… đã tập trung lãnh đạo … hoàn thành thắng lợi các chỉ tiêu Nghị quyết đại hội …"
    # (done: "đã"; "phấn đấu … hoàn thành vượt mức chỉ tiêu được giao" is an aim, and so it is
    # after another verb's "đã": "Hội nghị đã thống nhất phấn đấu hoàn thành thắng lợi …",
    # "Phát huy những kết quả đã đạt được, toàn huyện nỗ lực hoàn thành thắng lợi …")
    rf"|\bđã\b(?:(?!{AIM_WORD})[^.;]){{0,80}}?hoàn thành (?:thắng lợi|xuất sắc|vượt mức|tốt) "
    r"(?:các |những |toàn bộ )?(?:mục tiêu|chỉ tiêu)"
    # the term or the year just ended: "Nhiệm kỳ vừa qua, Đảng bộ xã … hoàn thành các chỉ tiêu"
    r"|^\W*(?:trong\s+)?(?:những\s+)?(?:nhiệm kỳ|giai đoạn|năm)\s+(?:vừa\s+)?qua\b"
    # "5 năm qua, Đảng bộ … giành nhiều kết quả nổi bật"
    # (not "tăng 1,5 lần so với 5 năm qua": the years just ended open a report, set apart)
    r"|(?:^|[,.;])\s*(?:trong\s+)?\d+\s+năm\s+(?:vừa\s+)?qua\s*,"
    r"|giành (?:được )?(?:những |nhiều )?kết quả"
    # so far: "Đến thời điểm này, huyện … có 33 trong tổng số 44 tổ chức cơ sở đảng …", "đến nay
    # 100% số xã trong tỉnh đã được công nhận"
    r"|\b(?:tính\s+)?đến\s+(?:nay|thời điểm này|thời điểm hiện tại|hiện tại)\b"
    # as of a month or a day: "Tính đến tháng 9/2023, toàn quốc có 902 đô thị" (not an aim:
    # "Phấn đấu tính đến ngày 31/12/2026, …", "Mục tiêu tính đến hết tháng 12/2026, …")
    rf"|(?:^|[.;:])(?:(?!{AIM_WORD}|mục tiêu)[^.;:])*?"
    r"\btính\s+đến\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*"
    r"|tháng\s+\d{1,2}\s*(?:[/-]|\s+năm\s+)\s*)(?:19|20)\d\d\b"
    # the months of the year so far: "9 tháng đầu năm, tổng giá trị sản xuất … đạt trên 8.551 tỷ"
    # (not a half-year's aims: "6 tháng đầu năm 2026, phấn đấu tổng thu ngân sách đạt …",
    # "Phấn đấu 6 tháng đầu năm 2026, …")
    r"|(?<!phấn đấu )\b\d+\s+tháng\s+(?:đầu\s+)?năm(?:\s+(?:19|20)\d\d)?\s*,"
    rf"(?![^.;]{{0,60}}?{AIM_WORD})"
    r"|(?<!phấn đấu )(?<!trong )\b\d+\s+tháng\s+(?:đầu\s+)?năm\s+(?:19|20)\d\d\s*$"  # "…, 7 tháng năm 2023"
    r"|^\W*[^\W\d_][^:]{0,30}:\s*\d+\s+tháng\b",
    _I,
)
#: A clause that only compares the figure before it with a year: "tăng 80 hộ so với năm 2015",
#: "tăng 42,9% so với năm 2015", "tăng 04 doanh nghiệp (0,7 lần) so với năm 2015", "tăng 20
#: trang, gia trại so với năm 2015" (a restatement in a plan of several years; not "so với cùng
#: kỳ", a one-year plan's growth).
RESTATED_RE = _compile(
    rf"\W*(?:tăng|giảm)(?: thêm)?\s+(?:(?:khoảng|gần|trên|hơn)\s+)?(?:{NUMBER})\s*[^\d;(]{{0,20}}?"
    rf"\s*(?:\([^)]*\)\s*)?,?\s*so(?: với)?\s+(?:năm\s+)?(?P<year>{YEAR})\W*$",
    _I,
)
#: A clause that gives the figure of the clause before it in another unit: "sản lượng điện đạt
#: khoảng 5,9 tỷ kWh; tương đương khoảng 0,912 triệu TOE" (a restatement, never a target).
EQUIVALENT_RE = _compile(
    rf"\W*(?:tương đương|tương ứng)\s+(?:với\s+)?(?:mức\s+(?:tăng|giảm)\s+)?"
    rf"(?:(?:khoảng|gần|trên|hơn|xấp xỉ)\s+)?(?:{NUMBER})",
    _I,
)
#: A figure with no words: a clause of a number alone ("17,9%", "2016", "> 920"), a table's cell
#: whose row was lost.
BARE_FIGURE_RE = _compile(r"\W*(?:[<>≤≥]\s*)?[\d.,]+\s*(?:%|‰)?\W*")
#: A date with its year, which says when, not what year a sentence speaks of: "Ngày 18 tháng 12
#: năm 2025, HĐND tỉnh …", "ngày 16/6/2022", "tháng 12 năm 2025".
DATE_WITH_YEAR_RE = _compile(
    r"ngày\s+\d{1,2}\s*(?:tháng|/|-)\s*\d{1,2}\s*(?:năm|/|-)\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}"
    r"|tháng\s+\d{1,2}\s+năm\s+\d{4}",
    _I,
)
#: A figure's index on the year before, a one-year plan's growth in the form its tables give it:
#: "38.410 tỷ đồng, bằng 106,38% so với năm 2022", "bằng 105,86% so với cùng kỳ" (a growth of
#: 6,38 % and 5,86 %; of a base of several years before, a restatement of the figure).
INDEX_RE = _compile(
    rf"\W*bằng\s+(?:(?:khoảng|gần|trên|hơn|từ)\s+)?(?P<index>{NUMBER})(?:{DASH}(?:{NUMBER}))?"
    r"\s*%\s*,?\s*so\s+với\s+"
    # the base: "cùng kỳ (năm trước)", "năm trước", "(cùng kỳ) năm 2022", "(ước) thực hiện năm 2023"
    rf"(?:(?:cùng kỳ\s+)?(?:(?:ước\s+)?thực hiện\s+)?(?:năm\s+)?(?P<year>{YEAR})"
    r"|(?P<last>cùng kỳ(?:\s+năm\s+trước)?|năm\s+trước))\b",
    _I,
)
#: A report of what happened or what is, not a target: a meeting's business ("Kỳ họp đã thông
#: qua 5 nghị quyết", "Đại hội đã bầu ... gồm 13 đồng chí", "bầu 22 đại biểu"), what a body has
#: now ("Đảng bộ huyện hiện có 37 tổ chức cơ sở đảng"), a news lead ("Trong 2 ngày 26-27/12", "với
#: sự tham dự của 200 đại biểu"). Matched on the words before a sentence's first figure.
NARRATIVE_RE = _compile(
    r"\bđã\s+(?:tổ chức|thông qua|bầu|diễn ra|khai mạc|bế mạc|ban hành|tham dự|tiến hành|huy động"
    r"|biểu quyết|thảo luận|xem xét|long trọng|công nhận)\b"
    r"|\bhiện (?:nay )?(?:có|gồm)\b|^\W*(?:bầu|bầu ra)\s*$|^\W*trong\s*$"
    # a body's members: "… chỉ định Ban chấp hành Đảng bộ xã … gồm 26 ủy viên, Ban thường vụ Đảng
    # ủy xã gồm 11 ủy viên"
    # (not an aim it sets: "Ban Thường vụ Thị ủy đặt mục tiêu hoàn thành … gồm 15 dự án")
    r"|\b(?:ban chấp hành|ban thường vụ|ủy ban kiểm tra|ủy ban thường vụ)\b"
    rf"(?:(?!{AIM_WORD}|mục tiêu|chỉ tiêu)[^;])*\bgồm\s*$"
    # who came: "Đại hội ..., với sự tham dự của 200 đại biểu chính thức"
    r"|\bsự tham dự của\s*$"
    # a place described: "Phường Phú An được sáp nhập từ … có diện tích 36,7 km2; dân số …",
    # "Đảng bộ phường Phú An có 1.021 đảng viên" (not "Đảng bộ phấn đấu đến năm 2030 có …")
    # (a place's area, not a zone's a plan makes: "Hình thành vùng lúa … có diện tích 1.000 ha")
    r"|\bđược (?:sáp nhập|hợp nhất) từ\b|\bcó (?:tổng )?diện tích tự nhiên(?: là)?\s*$"
    # a council's votes of confidence: "lấy phiếu tín nhiệm đối với 22 chức danh do HĐND bầu"
    r"|\blấy phiếu tín nhiệm\b"
    # the delegates and whom they stand for: "cùng 139 đại biểu đại diện cho 446 đảng viên của 30
    # tổ chức đảng trực thuộc"
    r"|\bđại biểu(?: chính thức)?\s*,?\s+đại diện\b"
    # "Hội Sơn được thành lập trên cơ sở sáp nhập 2 xã …", "Xã Bình Giã được hình thành từ ngày
    # 1-7-2025, …", "Phường Hội An Tây hình thành trên cơ sở nhập 4 xã, phường" (not a plan's
    # act, "trên cơ sở sáp nhập các trường, huyện giảm 12 điểm trường lẻ")
    r"|\b(?:được (?:thành lập|hình thành)\s+từ|(?:được )?(?:thành lập|hình thành)\s+trên cơ sở)\b"
    r"|^\W*(?:xã|phường|thị trấn|huyện|thị xã|quận|tỉnh|thành phố|đặc khu)\s[^;]*"
    r"\bcó (?:tổng )?diện tích(?: là)?\s*$"
    # (nor "Đảng bộ xã luôn có 100% chi bộ …", "Đảng bộ hằng năm có …": what it keeps)
    r"|^\W*đảng bộ\b(?![^,;]*(?:phấn đấu|đến năm|mục tiêu|kế hoạch|thêm|luôn|hằng năm|hàng năm"
    r"|mỗi năm|giữ vững|duy trì))[^,;]{0,50}\bcó\s*$",
    _I,
)
#: What is now, before a figure: "Hiện mạng lưới … kiện toàn với 02 trường cao đẳng", "Song hành
#: cùng với …, hiện tại có 174 thư viện" (not "Hiện nay, tỉnh phấn đấu …", "Hiện đại hóa …").
NOW_RE = _compile(
    rf"^\W*(?:(?:(?!{AIM_WORD}|mục tiêu|chỉ tiêu|đến năm)[^,;:\d]){{1,60}},\s*)?hiện"
    rf"(?!\s+(?:đại|thực)\b)(?: nay| tại)?\s*,?\s+"
    rf"(?:(?!{AIM_WORD}|mục tiêu|chỉ tiêu|đến năm|sẽ\b)[^;])*$",
    _I,
)
#: A clause's own aim, which what is now before it in its sentence does not make a report: "Hiện
#: nay, tỷ lệ hộ nghèo của xã là 3,5%, phấn đấu đến năm 2026 giảm còn 2%".
OWN_AIM_RE = _compile(
    rf"{AIM_WORD}|mục tiêu|đến năm|\bnăm\s+(?:19|20)\d\d|nâng lên|tăng lên|giảm (?:xuống|còn)",
    _I,
)
#: A comparison with a base, not a target of its own: "tăng 0,7 lần so với năm 2015".
COMPARISON_RE = _compile(r"(?:tăng|giảm|gấp)\s+[\d.,]+\s*lần\s+so với", _I)

#: Words before a number, by bound; the longest is tried first. Folded forms are not used: the
#: words are matched in NFC, lower case.
BOUND_BEFORE: dict[str, tuple[str, ...]] = {
    "about": ("khoảng", "xấp xỉ", "trên dưới", "gần", "ước khoảng", "~"),
    "more_than": ("trên", "hơn", "cao hơn", "vượt ngưỡng", "vượt mốc", "vượt", ">"),
    "at_least": (
        "ít nhất",
        "thấp nhất",
        "tối thiểu",
        "không dưới",
        "không thấp hơn",
        "không ít hơn",
        "từ",
        "đạt từ",
        "≥",
        ">=",
    ),
    "at_most": (
        "tối đa",
        "không quá",
        "không vượt quá",
        "không vượt ngưỡng",
        "không vượt mốc",
        "không cao hơn",
        "không lớn hơn",
        "≤",
        "<=",
    ),
    "less_than": ("dưới", "thấp hơn", "ít hơn", "nhỏ hơn", "<"),
}
#: Any bound word before a figure, as a pattern (the longest first): what `BOUND_BEFORE` lists,
#: for the rules that only need to know a bound stands there.
BOUND_WORD = "|".join(
    re.escape(word)
    for word in sorted({w for ws in BOUND_BEFORE.values() for w in ws}, key=len, reverse=True)
    if word[0].isalpha()
)
#: Words after a number: ``80% trở lên``.
BOUND_AFTER: dict[str, tuple[str, ...]] = {
    "at_least": ("trở lên",),
    "at_most": ("trở xuống", "trở lại"),
}
#: Filler between a bound word and its number, or before the number: "đạt", "là", ":".
FILLER_RE = _compile(r"(?:\s|:|đạt và vượt|đạt|là|mức|phấn đấu|bằng|ở mức)*$", _I)
#: What may stand between a verb of moving to a level ("xuống", "còn", "lên") and the level:
#: "xuống mức dưới 2%", "lên mức 85%", "tăng lên đạt 85%", "xuống còn không quá 1,5%".
TO_LEVEL = rf"(?:\s+(?:ở\s+)?mức|\s+đạt)?(?:\s+(?:{BOUND_WORD}))?(?:\s+mức)?\s*$"

#: The rate is a growth rate: "tốc độ tăng", "tăng trưởng", "tăng bình quân", "tỷ lệ tăng".
GROWTH_RE = _compile(
    r"tốc độ tăng|tăng trưởng|tăng bình quân|bình quân tăng|tỷ lệ tăng|tăng thu|tăng hằng năm"
    r"|tăng hàng năm|tăng\s+(?:khoảng\s+|trên\s+|từ\s+)?[\d.,]+\s*%",
    _I,
)
#: Every year / on average a year.
YEARLY_RE = _compile(r"hằng năm|hàng năm|mỗi năm|/năm|một năm|năm nào cũng", _I)
AVERAGE_RE = _compile(r"bình quân|trung bình", _I)
#: A total over a period.
TOTAL_RE = _compile(
    # (not the gross product, a year's: "tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt …")
    r"\btổng\b(?!\s+sản phẩm\s*(?:trên địa bàn|trong nước|quốc nội|\(?GRDP|\(?GDP))"
    r"|huy động|lũy kế|cộng dồn|thu hút|cả giai đoạn|toàn giai đoạn|trong giai đoạn"
    r"|trong cả|thành lập mới|kết nạp",
    _I,
)
#: Indicators judged every year (party building, emulation titles): "tỷ lệ tổ chức cơ sở đảng
#: hoàn thành tốt nhiệm vụ trên 80%" holds each year of the term.
EVERY_YEAR_NAME_RE = _compile(
    # a rating of every year, not a standard reached: "hoàn thành nhiệm vụ xây dựng nông thôn
    # mới" is a district's new-rural standard
    r"hoàn thành (?:tốt|xuất sắc)? ?nhiệm vụ(?! xây dựng (?:nông thôn mới|NTM))"
    r"|trong sạch,? vững mạnh",
    _I,
)
#: Flows a multi-year plan totals over its period: investment mobilised.
FLOW_RE = _compile(
    r"vốn đầu tư|huy động vốn|tổng vốn|thu hút (?:vốn|đầu tư)|\bvốn\b|ngân sách (?:trung ương|địa phương)",
    _I,
)
#: An office named for planning, not a plan: "Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch".
PLANNING_OFFICE_RE = _compile(
    r"\b(?:Sở|Bộ|Phòng|Vụ|Cục)\s+(?:Kế hoạch\s*(?:và|-|–|&)\s*Đầu tư|Tài chính\s*(?:-|–|và)\s*Kế hoạch)",
    _I,
)
#: Value added, a measure, not a rise: "tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP".
VALUE_ADDED_RE = _compile(r"giá trị (?:tăng thêm|gia tăng)", _I)
#: Flows whose figure in a plan of several years, with no year nor period, may be the last
#: year's or the period's total: "tổng thu ngân sách 29.000 tỷ đồng", "kim ngạch xuất khẩu trên
#: 7 tỷ USD".
FLOW_TOTAL_RE = _compile(
    r"thu ngân sách|chi ngân sách|kim ngạch|xuất khẩu|nhập khẩu|giá trị sản xuất|vốn đầu tư"
    r"|doanh thu|giải ngân",
    _I,
)
#: New things made over a term, just before their count: "thành lập mới 750 doanh nghiệp",
#: "kết nạp 600 đảng viên", "giải quyết việc làm hơn 1.200 lao động": the term's total.
NEW_COUNT_RE = _compile(
    r"(?:thành lập mới|phát triển mới|xây dựng mới|trồng mới|kết nạp(?: mới)?|chuyển đổi|hình thành"
    r"|hoàn thành(?: xây dựng)?"
    r"|nhựa hóa|bê tông hóa|cứng hóa|duy tu(?: bảo dưỡng)?|sửa chữa|nâng cấp"
    # works done and heritage kept: "thực hiện 10 công trình tu bổ", "lập hồ sơ xếp hạng 10 di
    # tích", "phát hành 10 ấn phẩm"
    r"|thực hiện|tu bổ(?:,\s*tôn tạo)?|trùng tu|lập hồ sơ(?: xếp hạng)?|phát hành"
    r"|(?:giải quyết|tạo) việc làm(?: mới)?(?: cho)?|đào tạo nghề cho)"
    rf"(?:\s+(?:được|thêm|đạt|{BOUND_WORD}))*\s*$",
    _I,
)
#: Planting and regrowing forest just before the count: "trồng lại 543ha rừng sau khai thác",
#: "trồng 10 triệu cây phân tán", "Trồng rừng phòng hộ 100 ha", "khoanh nuôi xúc tiến tái sinh
#: 56ha": over a term, its total; not when the words before name an area or an output
#: (:data:`AREA_OR_OUTPUT_RE`: "Tổng diện tích gieo trồng 12.000 ha", "Sản lượng nuôi trồng").
PLANTING_RE = _compile(
    r"(?:\btrồng(?: lại| rừng(?: mới)?(?: tập trung| thay thế| sản xuất| phòng hộ| đặc dụng)?"
    r"| cây(?: xanh| phân tán)?)?"
    r"|\bkhoanh nuôi(?: xúc tiến)?(?: tái sinh)?(?: rừng)?(?: tự nhiên)?)"
    rf"(?:\s+(?:được|thêm|đạt|{BOUND_WORD}))*\s*$",
    _I,
)
#: Words naming an area or an output, not an act of planting: "diện tích", "sản lượng", "vùng",
#: "quỹ đất", "nuôi trồng", "gieo trồng", "cây trồng", "đã trồng", "đang khoanh nuôi".
AREA_OR_OUTPUT_RE = _compile(
    r"\b(?:diện tích|sản lượng|vùng|quỹ đất|nuôi trồng|gieo trồng|cây trồng|rừng trồng|đất trồng"
    r"|đã trồng|đang khoanh nuôi)\b",
    _I,
)
#: A figure out of a whole, no count of things made: "hoàn thành 19/19 tiêu chí" is a state.
OUT_OF_RE = _compile(r"\S+\s*/\s*\d")
#: The economy as the whole a share is of: "tỷ trọng kinh tế số trong GRDP", "20% GRDP",
#: "so với tổng sản phẩm".
ECONOMY = (
    r"GRDP|GDP|tổng sản phẩm(?:\s+(?:trên địa bàn|trong nước|trong tỉnh"
    r"|của (?:tỉnh|vùng|huyện|thành phố|cả nước)))?"
)
SHARE_OF_ECONOMY_RE = _compile(
    rf"(?:\btrong|so với|của|vào)\s+(?:tổng\s+)?(?P<whole>{ECONOMY})(?![\w])", _I
)
ECONOMY_AFTER_RE = _compile(rf"^\s*(?:tổng\s+)?(?P<whole>{ECONOMY})(?![\w])", _I)
#: The words that name a share: "Tỷ trọng ...", "Đóng góp của du lịch ...".
#: Growth named as the thing a share goes to: "đóng góp của năng suất … vào tăng trưởng", "cho
#: tăng trưởng", "của tăng trưởng" (no cue of a growth target).
GROWTH_NOUN_RE = _compile(r"\b(?:vào|cho|của)\s+(?:tốc độ\s+)?tăng trưởng\b", _I)
SHARE_NAME_RE = _compile(r"^\s*(?:tỷ trọng|tỉ trọng|đóng góp(?: trực tiếp)?(?: của)?)\s+", _I)
#: Sectors that shrink as an economy's share when it grows (its structure moves away from them).
FARMING_RE = _compile(r"nông|lâm nghiệp|thủy sản|thuỷ sản|khu vực I(?!I)\b", _I)
#: Areas a plan counts ("8/8 xã được công nhận nông thôn mới nâng cao" counts xã out of 8).
AREA_NOUN = r"xã|phường|thị trấn|thôn|ấp|bản|buôn|làng|tổ dân phố|khu phố|khu dân cư|huyện"
#: The sectors of an economy, in the name of a share or a rate: a structure of the economy.
SECTOR_RE = _compile(
    r"kinh tế|ngành|nông(?! thôn| dân)|công nghiệp|dịch vụ|thuế sản phẩm|thuế (?:và|trừ) trợ cấp",
    _I,
)
#: A share of a whole named by the sentence: "Cơ cấu kinh tế ...", "chiếm".
STRUCTURE_RE = _compile(r"cơ cấu", _I)
SHARE_WORD_RE = _compile(r"\bchiếm\b", _I)
#: The poor, whose number plans give as a rate (tỷ lệ hộ nghèo), in points a year when it falls.
POVERTY_RE = _compile(r"hộ nghèo|nghèo đa chiều|cận nghèo|tỷ lệ nghèo", _I)
#: Indicators where less is better, found in the name.
LESS_IS_BETTER_RE = _compile(
    # not what is fought: "thiết bị giảm thiểu ô nhiễm", "xử lý ô nhiễm", "chuẩn xóa mù chữ"
    r"(?<!giảm )(?<!giảm thiểu )(?<!hạn chế )(?<!xử lý )(?<!chống )(?<!phòng )(?<!xóa )(?:hộ nghèo|nghèo đa chiều|cận nghèo|thất nghiệp|suy dinh dưỡng|tử vong|tai nạn|ô nhiễm"
    r"|chỉ số giá|\bcpi\b|tăng dân số|phát triển dân số|tỷ suất chết|sinh con thứ|mất cân bằng|tội phạm|cháy|nợ xấu|vi phạm"
    r"|lao động nông nghiệp(?! (?:qua|được) đào tạo)|tỷ trọng lao động nông|nhà tạm|dột nát|bỏ học"
    r"|mù chữ|lạm phát|hút thuốc|nghiện|tảo hôn|bạo lực|thâm hụt|bội chi|tiêu hao|phát thải"
    r"|t[ỷỉ] số giới tính)",
    _I,
)
#: Whom a measure helps, which says nothing of its better side: "tỷ lệ trẻ em thuộc hộ nghèo, hộ
#: cận nghèo đi học đúng độ tuổi", "hỗ trợ nhà ở cho hộ nghèo".
_HELPED_RE = _compile(
    r"\b(?:thuộc|cho)\s+(?:diện\s+)?(?:(?:hộ|người)\s+(?:nghèo|cận nghèo|mới thoát nghèo)"
    r"(?:\s*,\s*|\s+và\s+)?)+"
    # what they do or get follows (not the share of people in poverty: "Tỷ lệ nhân khẩu thuộc hộ
    # nghèo năm 2030 là 0,5%")
    r"(?=\s*(?!năm\b|đến\b|là\b|đạt\b|còn\b|giảm\b|dưới\b|trên\b|ở\b|chiếm\b)[^\W\d_])",
    _I,
)


def less_is_better(text: str) -> bool:
    """Whether a name or its words say that less is better (LESS_IS_BETTER_RE), not counting
    whom the measure helps."""
    return LESS_IS_BETTER_RE.search(_HELPED_RE.sub(" ", text)) is not None


#: The start of a section of targets, and of what follows them.
TARGETS_CUE_RE = _compile(
    r"(?<!so với )chỉ tiêu(?! *đã)|mục tiêu cụ thể|mục tiêu chung|mục tiêu tổng quát|mục tiêu, nhiệm vụ cụ thể|mục tiêu chủ yếu"
    r"|mục tiêu, nhiệm vụ chủ yếu|mục tiêu đến năm|phấn đấu đến năm|tầm nhìn"
    # "Mục tiêu giai đoạn 2021-2025:", "Mục tiêu năm 2024:"
    r"|mục tiêu (?:giai đoạn|thời kỳ|nhiệm kỳ|năm)\s+(?:19|20)\d\d",
    _I,
)
#: A sentence that announces targets: the targets follow its colon.
SENTENCE_CUE_RE = _compile(
    r"(?<!so với )chỉ tiêu(?! *đã)|mục tiêu cụ thể|mục tiêu, nhiệm vụ cụ thể|mục tiêu chủ yếu"
    r"|nhiệm vụ trọng tâm",
    _I,
)
AFTER_TARGETS_RE = _compile(
    # (a heading that assigns or reviews the targets closes them whatever it names)
    r"^(?:[IVX]+\.|\d+\.|[a-zđ]\))?\s*(?:phân công|đánh giá|(?:nhiệm vụ|giải pháp|tổ chức thực hiện"
    r"|kinh phí|các nhiệm vụ|những nhiệm vụ|đột phá|ba khâu đột phá|3 khâu đột phá|các khâu đột phá"
    r"|hiệu quả"
    # a report's heading: "Thành tựu kinh tế xã hội huyện … năm 2020:", "KẾT QUẢ THỰC HIỆN …";
    # none that names the targets too ("KẾT QUẢ THỰC HIỆN NĂM 2025 VÀ CHỈ TIÊU KẾ HOẠCH NĂM 2026",
    # "Nhiệm vụ và chỉ tiêu cụ thể" open them), nor the results to reach ("Những kết quả cần đạt:")
    r"|(?:thành tựu|kết quả (?:đạt được|thực hiện)|những kết quả(?!\s+(?:chủ yếu\s+)?cần)"
    r"|tình hình thực hiện))"
    r"(?![^:\n]{0,120}?(?:\bvà|,|;)\s*(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)\b))",
    _I,
)
#: The level a change starts from, before the level it goes to: "giảm tỷ lệ hộ nghèo từ 4,5%
#: xuống còn 2%", "đàn lợn điều chỉnh giảm từ 140 nghìn con xuống 130 nghìn con", "từ 55% năm 2015
#: lên 65% năm 2020", "từ mức 85% (năm 2020) lên 95%", "từ 4,5% hiện nay xuống dưới 2%", "từ
#: mức hiện nay là 42% lên 45%": the
#: target is the level after "xuống" or "lên"; the start and its year are neither a figure nor
#: a time of the target.
FROM_LEVEL_RE = _compile(
    rf"\btừ\s+(?:mức\s+)?(?:(?:hiện nay|hiện tại)\s+(?:là\s+)?)?(?:gần\s+|khoảng\s+|trên\s+)?(?:{NUMBER})"
    r"(?:\s*%|\s+[^\W\d][^\d;,.()]{0,25}?)?"
    rf"(?:\s*\(\s*(?:năm\s+)?{YEAR}\s*\)|\s+(?:(?:vào\s+)?(?:cuối\s+)?năm\s+{YEAR}|hiện nay|hiện tại))?"
    r"(?<!trở)(?=\s+(?:xuống|lên)\b)",
    _I,
)
#: The longer plan a year belongs to: "Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh
#: tế - xã hội 5 năm 2021-2025" (a plan of 2025, not of 2021-2025), "năm thứ tư của nhiệm kỳ
#: 2020-2025"; and the plans named with it: "Năm 2026 là năm đầu tiên thực hiện Nghị quyết Đại
#: hội … nhiệm kỳ 2025-2030 và Kế hoạch 5 năm 2026-2030".
LONGER_PLAN_RE = _compile(
    r"\bnăm\s+(?:cuối|đầu|thứ\s+\w+|bản lề|có ý nghĩa(?:\s+\w+){0,4}?)\s+(?:cùng\s+|tiên\s+)?"
    r"(?:đối với\s+[^.;:]{0,40}?\s+)?(?:trong\s+)?(?:việc\s+)?(?:thực hiện|triển khai|của)\b"
    rf"[^.;:]{{0,120}}?\(?{YEAR}{DASH}(?:năm\s+)?{YEAR}(?!\d)\)?"
    rf"(?:,?\s+và\s+[^.;:]{{0,90}}?{YEAR}{DASH}(?:năm\s+)?{YEAR}(?!\d))*",
    _I,
)
VISION_RE = _compile(r"tầm nhìn", _I)
#: A later period the plan prepares or looks to, not its own: "…, tạo tiền đề thực hiện kế hoạch
#: … giai đoạn 2026 - 2030", "hướng tới bứt phá giai đoạn 2026-2030" (Sơn La's plan of 2025).
#: Not the period of the aims a sentence announces before its colon: "Đảng bộ xã hướng đến các
#: mục tiêu chủ yếu giai đoạn 2025 - 2030: …" (the plan's own).
LOOKS_TO_RE = _compile(
    rf"(?<!định )(?:hướng tới|hướng đến|tạo tiền đề|làm tiền đề|chuẩn bị cho)[^.;:,]{{0,80}}?"
    rf"(?:giai đoạn|thời kỳ)\s+{YEAR}{DASH}{YEAR}(?!\d)(?!\s*(?:như sau\s*)?:)",
    _I,
)
#: A start after the plan, open-ended: "đảm bảo tăng trưởng hai con số từ năm 2026 trở đi" (in
#: Cà Mau's plan of 2025: no year of a target's).
ONWARDS_RE = _compile(rf"\btừ\s+(?:năm\s+)?{YEAR}\s+trở\s+(?:đi|về sau)", _I)
#: The year of a vision that a text names beside its plan's: "đến năm 2030, tầm nhìn đến năm
#: 2045" (the year a sentence that opens "Đến năm 2045, ..." then looks to).
VISION_YEAR_RE = _compile(rf"tầm nhìn\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?(?P<year>{YEAR})", _I)
#: The year of an orientation beside the plan, a vision too: "Định hướng đến năm 2030, …", "…,
#: định hướng đến năm 2030 đạt trên 170 triệu đồng/ha".
ORIENTATION_YEAR_RE = _compile(rf"định hướng\s+(?:đến|tới)\s+(?:năm\s+)?(?P<year>{YEAR})", _I)
#: A parenthesis that names only a time, "(2021 - 2025)", "(giai đoạn 2021-2025)", "(năm 2025)":
#: the time of the clause it is in, as the same words without the brackets are (not an aside).
TIME_ASIDE_RE = _compile(
    rf"\(\s*(?:(?:trong\s+)?(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+|(?:(?:đến|tới|vào|trong)\s+)?"
    rf"(?:cuối\s+)?năm\s+)?{YEAR}(?:{DASH}(?:năm\s+)?{YEAR})?\s*\)",
    _I,
)
#: The words of "about" (:data:`BOUND_BEFORE`): "(khoảng 8.268 USD)", "(xấp xỉ …)", "(~…)".
_ABOUT = "|".join(re.escape(word) for word in sorted(BOUND_BEFORE["about"], key=len, reverse=True))
#: Words that open a parenthesis that restates or explains (never a target of its own).
ASIDE_RE = _compile(
    rf"^\(\s*(?:\d|đạt|là|tương đương|tương ứng|bằng|{_ABOUT}|theo|giá|không|chiếm|tăng thêm"
    r"|so với|tính|gồm|trừ|kể cả|bao gồm|năm|trong tổng|trên tổng|chỉ tiêu|kế hoạch|nq|nghị)",
    _I,
)
#: A qualitative target: words that set a state to reach or keep.
QUALITATIVE_RE = _compile(
    r"đạt chuẩn|đạt tiêu chí|giữ vững|duy trì|hoàn thành|xây dựng thành công|được công nhận"
    r"|không để xảy ra|không có|trở thành|đạt đô thị|lên thị xã|lên thành phố|đạt danh hiệu",
    _I,
)
#: Leading words that are not part of an indicator's name.
NAME_PREFIX_RE = _compile(
    r"^(?:[-+•–*]\s*|trong đó\s*[:,]?\s*|phấn đấu\s*|có\s+|đến năm \d{4}\s*,?\s*|năm \d{4}\s*,?\s*"
    r"|và\s+|riêng\s+|đồng thời\s*,?\s*|bảo đảm\s+|đảm bảo\s+"
    # "Mục tiêu đến năm 2030, tỷ lệ đô thị hóa …" (its year taken out); a field, "Về giá trị sản
    # xuất trên địa bàn tăng …", "chỉ tiêu về tổng mức bán lẻ …" (not "về đích")
    r"|mục tiêu\s*[,:]\s*|(?:(?:chỉ tiêu|mục tiêu)\s+)?về\s+(?!đích\b)|đối với\s+"
    # what a meeting passed: "Kỳ họp đã thông qua mục tiêu tăng trưởng kinh tế năm 2024 đạt 9%"
    r"|[^,;:]*?\bđã thông qua\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+cụ thể)?\s+"
    # "kiểm soát (tốt|chặt chẽ) (được) …": the measure after it
    r"|kiểm soát(?:\s+(?:tốt|chặt chẽ|hiệu quả))?(?:\s+được)?\s+"
    # a measure kept ("Duy trì tỷ lệ hộ nghèo …"), not an aim that is its own name ("Giữ vững ổn định
    # chính trị …")
    r"|(?:tiếp tục\s+)?(?:duy trì|giữ vững)(?:\s+ổn định)?\s+"
    r"(?=(?:tỷ lệ|tỉ lệ|diện tích|số|tổng|quy mô|sản lượng|tốc độ|độ che phủ)\b))+",
    _I,
)


#: A page's date line: a weekday, a date, a clock, a time zone, and nothing else.
DATE_LINE_RE = _compile(
    # "Cập nhật: 10:30 15/03/2024", "Đăng ngày: 12/05/2025", "Cập nhật lúc 08:15 ngày 12/05/2025"
    r"\W*(?:(?:cập nhật|đăng ngày|ngày đăng|đăng lúc|thời gian đăng)(?:\s+lúc)?\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\W+)?"
    r"(?:(?:thứ\s+\w+|chủ nhật)\W+)?(?:ngày\s+)?\d{1,2}(?:/|\s+tháng\s+)\d{1,2}"
    r"(?:/|\s+năm\s+)\d{4}(?:\W+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S*[+-]\d{1,2})?\W*",
    _I,
)

#: A number misprinted with no digit after its decimal mark: "nâng tỷ lệ che phủ rừng lên 2% vào
#: năm 2025 và 2,% vào năm 2030" (two, or two and some tenths: never guessed), "dưới 1,‰"; not
#: a unit after a year, "(giá so sánh 2010, %)".
#: The words of a rank before its figure: "xếp hạng 15/34", "xếp thứ 5", "đứng thứ 10" (not the
#: relics classified: "lập hồ sơ xếp hạng 10 di tích").
RANK_WORDS = r"(?<!hồ sơ )xếp hạng|xếp thứ|đứng thứ"
#: A quarter of a year, which a plan file has no place for: "GRDP quý I dự kiến tăng 9,05%".
QUARTER_RE = _compile(r"\bquý\s+(?:I{1,3}|IV|[1-4])\b(?!\s*[-–/]\s*\d)", _I)
MISPRINTED_NUMBER_RE = _compile(r"(?<![\d.,])\d{1,3}[.,](?=\s*[%‰])")

#: A fall or rise by a fraction of a number the text does not give: "Trong nhiệm kỳ giảm 2/3 số
#: hộ nghèo" (no bound of the plan format states it without that number).
FRACTION_OF_RE = _compile(
    r"\b(?:giảm|tăng)\s+(?:(?:ít nhất|khoảng|trên|hơn)\s+)?\d+\s*/\s*\d+\s+số\b", _I
)
