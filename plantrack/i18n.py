"""Vietnamese wording for what plantrack says: the engine's reasons and notes, and a gloss for
every finding code.

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


CODES_VI: dict[str, str] = {
    # plan files
    "path-not-found": "không tìm thấy tệp hay thư mục",
    "no-plans": "thư mục không có tệp kế hoạch",
    "file-unreadable": "không đọc được tệp",
    "search-too-wide": "thư mục quá rộng để tìm kế hoạch",
    "file-too-large": "tệp quá lớn",
    "encoding": "tệp không phải UTF-8",
    "empty-plan": "tệp kế hoạch trống",
    "yaml-syntax": "sai cú pháp YAML",
    "yaml-tab": "thụt lề bằng tab",
    "yaml-duplicate-key": "khóa bị lặp",
    "yaml-tag": "thẻ YAML không được phép",
    "yaml-alias-limit": "bí danh YAML mở rộng quá nhiều",
    "yaml-multiple-documents": "nhiều tài liệu YAML trong một tệp",
    "not-a-mapping": "tệp không phải dạng khóa: giá trị",
    "unknown-key": "khóa không hợp lệ",
    "missing-key": "thiếu khóa bắt buộc",
    "wrong-type": "sai kiểu giá trị",
    "invalid-value": "giá trị không hợp lệ",
    "unknown-kind": "loại mục tiêu không hợp lệ",
    "duplicate-plan-id": "trùng mã kế hoạch",
    "duplicate-area": "trùng mã địa bàn",
    "duplicate-indicator": "trùng mã chỉ tiêu",
    "duplicate-target": "trùng mã mục tiêu",
    "unknown-unit": "không đọc được đơn vị tính",
    "unit-as-count": "đơn vị tính được hiểu là số đếm của một danh từ gần giống tên một đơn vị (có thể gõ nhầm)",
    "unit-percent": "khai báo percent cho một đơn vị không tính bằng %",
    "unknown-area": "địa bàn không có trong kế hoạch",
    "unknown-parent": "chỉ tiêu cha không hợp lệ",
    "missing-direction": "thiếu chiều tăng/giảm của chỉ tiêu",
    "target-outside-period": "mục tiêu nằm ngoài thời kỳ kế hoạch",
    "base-year": "năm gốc không hợp lệ",
    "range-reversed": "khoảng mục tiêu bị ngược",
    "milestone-direction": "mốc sau kém hơn mốc trước",
    "subtarget-period": "thời kỳ mục tiêu con nằm ngoài mục tiêu cha",
    "unit-kind": "loại mục tiêu không hợp với đơn vị tính",
    "value-out-of-range": "giá trị ngoài phạm vi của đơn vị tính",
    "bound-direction": "giới hạn ngược chiều chỉ tiêu",
    "structure-cannot-sum": "các tỷ trọng của một cơ cấu không thể cộng lại thành 100% "
    "(hoặc cơ cấu chỉ có một tỷ trọng)",
    "duplicate-scale": "trùng mã thang xếp loại",
    "unknown-scale": "thang xếp loại không có trong kế hoạch",
    "unknown-level": "mức xếp loại không có trong thang",
    "scale-ambiguous": "một từ chỉ hai mức của cùng một thang xếp loại",
    "unknown-indicator": "tử số, mẫu số hoặc tiêu chí không phải chỉ tiêu của kế hoạch",
    "share-units": "đơn vị tính của tử số và mẫu số không quy đổi được cho nhau",
    "indicator-without-targets": "chỉ tiêu không có mục tiêu và không được mục tiêu nào sử dụng",
    "plan-ambiguous-decimal": "số đọc được hai cách (dấu thập phân là dấu phẩy hay dấu chấm?)",
    "plan-decimal-mismatch": "số viết khác kiểu dấu thập phân của kế hoạch",
    "plan-number-misread": "số bị đọc sai: nội dung chỉ tiêu viết theo kiểu Việt Nam",
    "plan-number-ambiguous": "số có thể bị đọc sai (6.794 là 6794 hay 6,794?)",
    "text-value-mismatch": "số của chỉ tiêu khác số trong nội dung chỉ tiêu",
    "text-year-mismatch": "năm hoặc giai đoạn khác với nội dung chỉ tiêu",
    "text-unit-mismatch": "đơn vị trong nội dung chỉ tiêu khác với đơn vị tính của chỉ tiêu",
    "control-character": "văn bản trong kế hoạch có ký tự điều khiển",
    # data files
    "no-data-files": "thư mục không có tệp số liệu",
    "empty-file": "tệp trống",
    "unsupported-format": "định dạng tệp không được hỗ trợ",
    "binary-file": "không phải tệp văn bản",
    "undecodable-text": "không đọc được bảng mã của tệp",
    "mixed-encoding": "tệp lẫn nhiều bảng mã",
    "encoding-guessed": "tệp không phải UTF-8, đã đọc theo Windows-1258",
    "xlsx-unreadable": "không đọc được tệp Excel",
    "sheet-not-found": "không có trang tính này",
    "field-too-large": "ô quá dài, dừng đọc tệp",
    "xlsx-too-large": "tệp Excel giải nén quá lớn, không đọc",
    "xlsx-row-out-of-range": "số dòng vượt giới hạn của Excel, dừng đọc trang tính",
    "xlsx-column-out-of-range": "ô vượt cột cuối của Excel (XFD), dừng đọc trang tính",
    "xlsx-cell-too-long": "ô dài quá giới hạn của Excel, dừng đọc trang tính",
    "csv-syntax": "sai cú pháp CSV",
    "no-header": "không tìm thấy dòng tiêu đề",
    "no-data-rows": "tệp không có số liệu",
    "unread-column": "cột năm không rõ là thực hiện, ước hay kế hoạch",
    "header-row": "dòng tiêu đề",
    "title-row": "dòng tên biểu",
    "blank-row": "dòng trống",
    "section-row": "dòng đề mục",
    "no-values": "dòng không có số liệu",
    "plan-figure": "số kế hoạch, không phải số thực hiện",
    "unmatched-indicator": "chỉ tiêu không có trong kế hoạch",
    "unmatched-area": "địa bàn không có trong kế hoạch",
    "unmatched-plan": "mã kế hoạch không có",
    "duplicate-row": "số liệu bị lặp",
    "file-not-for-plan": "tệp không thuộc kế hoạch nào đang kiểm tra",
    "extra-cells": "dòng thừa ô so với tiêu đề",
    "split-number": "số thập phân bị tách đôi",
    "missing-indicator": "có số liệu nhưng thiếu tên chỉ tiêu",
    "unknown-figure-kind": "loại số liệu không hợp lệ (TH / ƯTH / KH)",
    "bad-year": "năm không hợp lệ",
    "ambiguous-plan": "không rõ số liệu thuộc kế hoạch nào, cần ghi kế hoạch hoặc địa bàn",
    "decimal-mismatch": "dấu thập phân khác với cả tệp",
    "ambiguous-decimal": "số đọc được hai cách, cần chỉ rõ dấu thập phân",
    "bad-number": "không phải số",
    "ambiguous-change": "mức tăng/giảm của tỷ lệ đọc được hai cách (điểm % hay %)",
    "formula": "ô chứa công thức, không phải giá trị",
    "bad-state": "trạng thái không hợp lệ (đạt / chưa đạt / đang thực hiện)",
    "bad-level": "mức xếp loại không có trong thang của chỉ tiêu",
    "unrecognised-unit": "đơn vị tính không nhận ra",
    "unit-mismatch": "đơn vị tính không hợp với chỉ tiêu",
    "no-exchange-rate": "thiếu tỷ giá quy đổi",
    "out-of-range": "giá trị ngoài phạm vi cho phép",
    "conflicting-values": "hai số liệu khác nhau cho cùng một năm",
    "structure-sum": "các tỷ trọng báo cáo của một cơ cấu cộng lại khác 100%",
    # the check command
    "unknown-filter": "bộ lọc không khớp chỉ tiêu hay địa bàn nào",
    "baseline-invalid": "tệp danh sách kết quả đã chấp nhận (--baseline) không dùng được",
    "baseline-stale": "kết quả đã chấp nhận không còn trong kế hoạch",
    "baseline-expired": "kết quả đã chấp nhận đã quá hạn chấp nhận",
}


def code_gloss(code: str, lang: str) -> str:
    """The Vietnamese gloss of a finding code, or ``""`` in English output."""
    return CODES_VI.get(code, "") if lang == "vi" else ""
