"""Vietnamese wording for what plantrack says: the engine's reasons and notes (the gloss of every
finding code is in :mod:`plantrack.findings.registry`).

The engine's notes are templates with named parameters (``{year}``); here each has its
Vietnamese form with the same parameters, and a test keeps the two in step. Finding messages
carry details built where the problem is found (in English); in Vietnamese output each finding
is introduced by the gloss of its code, so the reader knows what kind of problem it is.
"""

from __future__ import annotations

from typing import Any

from plantrack.assessment.status import Status
from plantrack.numbers.format import format_number

_STATUS_WORDS = {status.value for status in Status}

NOTES_VI: dict[str, str] = {
    "no-data": "chưa có số liệu cho chỉ tiêu và địa bàn này",
    "only-baseline": "chỉ có số liệu năm gốc của kế hoạch ({year}); chưa có số liệu báo cáo sau đó",
    "no-base": "không có số liệu năm gốc {year} hay năm nào sau đó đến {as_of}",
    "one-point": "chỉ có một số liệu ({year}); cần ít nhất hai để tính xu hướng",
    "as-of-before-base": "năm đánh giá {as_of} trước năm gốc {year}",
    "not-started": "thời kỳ {period} bắt đầu sau năm đánh giá {as_of}",
    "base-moved": "không có số liệu năm gốc {wanted}; lấy năm có số liệu đầu tiên ({year}) làm gốc",
    "base-from-plan": "số liệu gốc lấy từ kế hoạch (năm {year})",
    "baseline-replaced": "số liệu năm {year} ({value}) thay cho số liệu gốc của kế hoạch ({baseline})",
    "no-deadline-value": "đã đến hạn {year} nhưng chưa có số liệu năm {year}; số liệu mới nhất: {latest}",
    "no-value-in-time": "không có số liệu nào từ năm gốc đến hạn {year}",
    "gap-in-rates": "thiếu mức hoặc tốc độ tăng năm {year}: không nối được từ {start} đến {end}",
    "missing-years": "thiếu số liệu các năm {years}",
    "conflict": "năm {year} có hai số liệu khác nhau ({values}): cần thống nhất số liệu",
    "nonpositive-growth-base": "tính tốc độ tăng cần số dương (gốc {base}, mới nhất {latest})",
    "linear-fallback": "không tính được xu hướng hình học với số 0 hoặc số âm; dùng xu hướng tuyến tính",
    "already-met": "mục tiêu đã đạt năm {year}, trước hạn {deadline}",
    "met-at-base": "mục tiêu đã đạt ngay từ năm gốc {year}",
    "estimate-used": "số liệu năm {year} là số ước thực hiện",
    "no-reference": "chưa có số liệu của địa bàn so sánh {area} trong các năm đối chiếu",
    "one-year-compared": "mới đối chiếu được một năm ({year}); chưa có xu hướng",
    "qualifier": "số liệu năm {year} được báo cáo là {qualifier} {value}; đánh giá theo {value}",
    "years-met": "đạt {met}/{counted} năm",
    "least-squares": "tốc độ tăng thực hiện tính theo phương pháp bình phương nhỏ nhất trên "
    "{years} năm {start}-{end} (phương pháp WDI của Ngân hàng Thế giới), không theo hai đầu kỳ",
    "out-of-reach": "tốc độ còn cần đạt ({needed}) cao hơn ba lần tốc độ kế hoạch đặt ra từ năm "
    "gốc ({required}): không thể đạt với tốc độ hợp lý nào",
    "out-of-reach-unit": "tốc độ còn cần đạt ({needed}) sẽ đưa giá trị đến {value} vào năm "
    "mục tiêu, vượt giới hạn của đơn vị: không thể đạt",
    "years-missed": "không đạt năm {years}; đạt {met}/{counted} năm: chỉ tiêu hằng năm không "
    "còn có thể đạt trọn vẹn",
    "no-state": "chưa có báo cáo cho năm hạn {year}",
    "undefined": "số liệu không cho phép tính: {error}",
    "approximate": "mục tiêu là con số khoảng: số liệu chênh không quá {tolerance}% so với "
    "mục tiêu được tính là đạt",
    "already-missed": "tổng {total} đã vượt giới hạn {limit}; không thể đạt mục tiêu",
    "projection-capped": "theo xu hướng sẽ là {value}, ngoài phạm vi của đơn vị tính; "
    "dự báo lấy {bound}",
    "limit": "mục tiêu là mức giới hạn ({comparator} {limit}), không phải tốc độ cần đạt: "
    "trong giới hạn là đúng tiến độ, vượt giới hạn là chậm tiến độ",
    "approximate-figure": "số liệu năm {year} được báo cáo là khoảng {value}; đánh giá theo {value}",
    "range-figure": "số liệu năm {years} được báo cáo là một khoảng; đánh giá tại hai đầu của "
    "từng khoảng (tốt nhất {best_status}, kém nhất {worst_status}); lấy kết quả kém nhất, "
    "tại {shown}",
    "change-reported": "mức thay đổi năm {years} lấy theo số báo cáo, không tính từ hai số liệu mức",
    "change-replaced": "mức thay đổi báo cáo năm {year} ({reported}) khác với mức thay đổi từ năm "
    "{before} đến năm {year} theo số liệu mức ({computed}); dùng số liệu mức",
    "level-from-change": "mức năm {year} tính từ mức năm {before} và mức thay đổi báo cáo: "
    "{before_value} + ({change}) = {value}",
    "gap-in-changes": "thiếu mức hoặc mức thay đổi năm {year}: không nối được từ {start} đến {end}",
    "rates-from-levels": "tốc độ tăng năm {years} tính từ số liệu mức (V_y / V_y-1 - 1)",
    "mean-out-of-reach": "dù các năm còn lại đều đạt {bound}, bình quân cũng chỉ là {mean}; "
    "không thể đạt mục tiêu {target}",
    "below-band": "tỷ trọng năm {year} ({value}) thấp hơn khoảng {low}-{high} là {points} điểm %",
    "above-band": "tỷ trọng năm {year} ({value}) cao hơn khoảng {low}-{high} là {points} điểm %",
    "share-computed": "tỷ lệ năm {years} được tính từ số liệu của {numerator} và {denominator}: "
    "100 × {numerator} / {denominator}",
    "share-years-left-out": "năm {years} không được tính vào tỷ lệ cả thời kỳ: chưa có đủ số liệu "
    "của cả {numerator} và {denominator}",
    "no-share-inputs": "chưa có số liệu tỷ lệ và không có năm nào có đủ số liệu của cả "
    "{numerator} và {denominator} đến năm {as_of}",
    "count-rolled-up": "số năm {year} được tổng hợp từ báo cáo {criterion} của từng địa bàn: "
    "{count}/{out_of} ({areas})",
    "count-differs": "số báo cáo năm {year} ({reported}) khác với số tổng hợp từ báo cáo "
    "{criterion} của từng địa bàn ({rolled}: {areas}); dùng số báo cáo",
    "count-missing-areas": "chưa có báo cáo {criterion} đến năm {year} của {areas}: tính là chưa "
    "đạt, nên số {count} là mức tối thiểu",
    "count-incomplete": "các địa bàn chưa báo cáo {criterion} ({areas}) có thể làm thay đổi kết "
    "quả: {worst_status} nếu không địa bàn nào đạt, {best_status} nếu tất cả đều đạt",
    "share-input-range": "số liệu năm {year} của {indicator} được báo cáo là một khoảng "
    "({low}-{high}); tỷ lệ được tính với {used}, đầu kém thuận lợi nhất cho mục tiêu",
}

_QUALIFIERS_VI = {"more_than": "hơn", "less_than": "dưới"}

#: The number parameters of a note that Vietnamese writes with a decimal comma.
_NUMBERS: dict[str, tuple[str, ...]] = {
    "below-band": ("value", "low", "high", "points"),
    "above-band": ("value", "low", "high", "points"),
    "mean-out-of-reach": ("bound", "mean", "target"),
}


def note_text(code: str, params: dict[str, Any], lang: str, english: str) -> str:
    """A reason or note in ``lang``; the English message when there is no Vietnamese form."""
    if lang != "vi" or code not in NOTES_VI:
        return english
    values = dict(params)
    if "qualifier" in values:
        values["qualifier"] = _QUALIFIERS_VI.get(str(values["qualifier"]), values["qualifier"])
    for key in ("best_status", "worst_status"):
        if key in values and values[key] in _STATUS_WORDS:
            values[key] = Status(values[key]).label("vi")
    for key in _NUMBERS.get(code, ()):  # numbers written the Vietnamese way: 0,4
        if isinstance(values.get(key), (int, float)):
            values[key] = format_number(float(values[key]), "vi", max_decimals=10)
    if code == "range-figure":
        values["years"] = str(values.get("years", "")).replace("(reference)", "(địa bàn so sánh)")
        values["shown"] = str(values.get("shown", "")).replace("(reference)", "(địa bàn so sánh)")
    try:
        return NOTES_VI[code].format(**values)
    except (KeyError, IndexError, ValueError):
        return english
