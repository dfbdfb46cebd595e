"""The words of numbers: each key with its English and Vietnamese template (see plantrack.texts).

``number.``: reading a number as people write it (plantrack.numbers.parse); ``unit.``: reading
a unit and converting between two (plantrack.units); ``maths.``: what a formula cannot compute
(plantrack.assessment.maths).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # -- numbers (plantrack.numbers.parse); {text} is the text as written, already clipped ----
    "number.empty": (
        "no number given: the text is empty",
        "chưa có số: nội dung để trống",
    ),
    "number.not-a-number": (
        '"{text}" is not a number',
        '"{text}" không phải là số',
    ),
    "number.not-a-number.how": (
        '"{text}" is not a number (write one number, such as 1.234,5 or 1,234.5, '
        "optionally with a sign in front and % at the end)",
        '"{text}" không phải là số (hãy ghi một số, ví dụ 1.234,5 hoặc 1,234.5, '
        "có thể có dấu + hoặc - ở đầu và dấu % ở cuối)",
    ),
    "number.not-a-number.because": (
        '"{text}" is not a number: {reason}',
        '"{text}" không phải là số: {reason}',
    ),
    "number.two-decimal-commas": (
        "it has more than one decimal comma",
        "có hơn một dấu phẩy thập phân",
    ),
    "number.two-decimal-points": (
        "it has more than one decimal point",
        "có hơn một dấu chấm thập phân",
    ),
    "number.separator-after-decimal": (
        "a thousands separator cannot follow the decimal mark",
        "dấu phân cách hàng nghìn không được đứng sau dấu thập phân",
    ),
    "number.mixed-separators": (
        "it mixes spaces and marks as thousands separators",
        "dùng lẫn dấu cách và dấu chấm, dấu phẩy để phân cách hàng nghìn",
    ),
    "number.group-start": (
        "a thousands separator comes after 1 to 3 digits, not starting with 0",
        "dấu phân cách hàng nghìn phải đứng sau 1 đến 3 chữ số, không bắt đầu bằng số 0",
    ),
    "number.group-size": (
        "every group of digits after a thousands separator must have 3 digits",
        "mỗi nhóm chữ số sau dấu phân cách hàng nghìn phải có đủ 3 chữ số",
    ),
    "number.inclusive-bound": (
        "\"{text}\": '{bound}' (at least / at most) is not understood before a number; "
        "an observed value can be marked only as more than (>, hơn, trên) "
        "or less than (<, dưới)",
        "\"{text}\": không hiểu dấu '{bound}' (ít nhất / nhiều nhất) đứng trước số; "
        "số liệu thực hiện chỉ có thể ghi kèm lớn hơn (>, hơn, trên) "
        "hoặc nhỏ hơn (<, dưới)",
    ),
    "number.unknown-word": (
        '"{text}": the word {word!r} before the number is not understood; only '
        "hơn, trên (more than) and dưới (less than) are, or the signs > and <",
        '"{text}": không hiểu từ {word!r} đứng trước số; chỉ dùng được '
        "hơn, trên (lớn hơn) và dưới (nhỏ hơn), hoặc các dấu > và <",
    ),
    # {only}, {comma}, {point}: the number as read, exactly (en) or in the language's style
    "number.only-english-style": (
        '"{text}" can only be read English style ({only}), not with a decimal comma as asked',
        '"{text}" chỉ đọc được theo cách viết tiếng Anh ({only:num}), không đọc được với '
        "dấu thập phân là dấu phẩy như đã chọn",
    ),
    "number.only-vietnamese-style": (
        '"{text}" can only be read Vietnamese style ({only}), not with a decimal point as asked',
        '"{text}" chỉ đọc được theo cách viết Việt Nam ({only:num}), không đọc được với '
        "dấu thập phân là dấu chấm như đã chọn",
    ),
    "number.ambiguous": (
        '"{text}" could be {comma} (Vietnamese style) or {point} (English style); '
        "say which with {@decimal} comma or {@decimal} point",
        '"{text}" có thể là {comma:num} (đọc theo cách viết Việt Nam) hoặc {point:num} '
        "(đọc theo cách viết tiếng Anh); hãy chọn bằng {@decimal} comma hoặc {@decimal} point",
    ),
    "number.too-large": (
        '"{text}" is too large to be a number plantrack can use',
        '"{text}" quá lớn, plantrack không dùng được số này',
    ),
    "number.rate-with-bound": (
        '"{text}": a rate here is a single value; leave out the bound (more than / less than)',
        '"{text}": tốc độ ở đây là một giá trị duy nhất; hãy bỏ phần lớn hơn / nhỏ hơn',
    ),
    "number.rate-needs-percent": (
        '"{text}": write a rate with a percent sign, e.g. {text}% '
        "(a bare {text} could mean {text} % or {hundred} %)",
        '"{text}": hãy ghi tốc độ kèm dấu phần trăm, ví dụ {text}% '
        "(chỉ ghi {text} thì có thể hiểu là {text} % hoặc {hundred:num} %)",
    ),
    # a figure as year-end tables write it (parse_figure)
    "number.in-figure": (
        '"{text}": {reason}',
        '"{text}": {reason}',
    ),
    "number.points-with-percent": (
        '"{text}": write percentage points without a second %',
        '"{text}": điểm phần trăm ghi không kèm thêm dấu %',
    ),
    "number.change-with-sign": (
        '"{text}": tăng / giảm already says which way; leave out the sign',
        '"{text}": tăng / giảm đã cho biết chiều thay đổi; hãy bỏ dấu + / -',
    ),
    "number.period-not-figure": (
        '"{text}" looks like a period or a date, not a figure; write one figure, '
        "or a range of figures such as 61-62",
        '"{text}" giống một thời kỳ hoặc một ngày tháng, không phải số liệu; hãy ghi một số, '
        "hoặc một khoảng số như 61-62",
    ),
    "number.range-mixed-marks": (
        '"{text}": the two ends use different decimal marks',
        '"{text}": hai đầu của khoảng dùng dấu thập phân khác nhau',
    ),
    "number.range-low-first": (
        '"{text}": the low end of a range comes first (write {high}-{low})',
        '"{text}": đầu nhỏ của khoảng ghi trước (hãy ghi {high}-{low})',
    ),
    # -- units (plantrack.units); {text} is the unit as written --------------------------------
    "unit.empty": (
        "the unit is empty",
        "đơn vị tính để trống",
    ),
    "unit.number-in-unit": (
        "{text!r}: a number in a unit can only be a scale such as 1000 or 1.000.000 "
        "(better written as a word: nghìn, triệu)",
        "{text!r}: số trong đơn vị tính chỉ có thể là quy mô như 1000 hoặc 1.000.000 "
        "(nên viết bằng chữ: nghìn, triệu)",
    ),
    "unit.scale-without-measure": (
        "{text!r} is a scale without a measure: say what is counted or measured, "
        "e.g. 'triệu đồng', 'nghìn tấn', 'nghìn người'",
        "{text!r} chỉ có quy mô mà không có đại lượng: hãy ghi rõ đếm hoặc đo cái gì, "
        "ví dụ 'triệu đồng', 'nghìn tấn', 'nghìn người'",
    ),
    "unit.mt-two-ways": (
        "'MT' can be metric tonnes or megatonnes (Mt): write tấn or triệu tấn",
        "'MT' có thể hiểu là tấn hoặc triệu tấn (Mt): hãy ghi rõ tấn hoặc triệu tấn",
    ),
    "unit.regional-land": (
        "a {land} is not the same size in every region (360 m² or "
        "1.000 m²): write the area in m² or ha",
        "{land} không có cùng diện tích ở mọi vùng (360 m² hoặc "
        "1.000 m²): hãy ghi diện tích bằng m² hoặc ha",
    ),
    "unit.did-you-mean": (
        "{word!r} (did you mean {close!r}?)",
        "{word!r} (có phải là {close!r}?)",
    ),
    "unit.unknown-id-word": (
        "unknown word {words:list} in a unit id",
        "mã đơn vị có từ không hiểu được: {words:list}",
    ),
    "unit.and": (
        "{first} and {rest}",
        "{first} và {rest}",
    ),
    "unit.two-measures": (
        "{text!r} names two measures ({named}); write one, with its scale as a word: "
        "nghìn, triệu, tỷ (thousand, million, billion)",
        "{text!r} ghi hai đại lượng ({named}); hãy ghi một đại lượng, với quy mô viết bằng "
        "chữ: nghìn, triệu, tỷ",
    ),
    "unit.not-a-scale": (
        "{text!r}: {words:list} before {amount!r} is not a scale plantrack knows; "
        "write the scale as nghìn, triệu, tỷ (thousand, million, billion)",
        "{text!r}: {words:list} đứng trước {amount!r} không phải là từ chỉ quy mô mà "
        "plantrack biết; hãy ghi quy mô bằng nghìn, triệu, tỷ",
    ),
    "unit.not-a-scale.unnamed": (
        "{text!r}: what comes before {amount!r} is not a scale plantrack knows; "
        "write the scale as nghìn, triệu, tỷ (thousand, million, billion)",
        "{text!r}: phần đứng trước {amount!r} không phải là từ chỉ quy mô mà "
        "plantrack biết; hãy ghi quy mô bằng nghìn, triệu, tỷ",
    ),
    "unit.percent-per-time": (
        "{text!r}: a percentage per {period} is not a unit plantrack reads; "
        "give the yearly rate in % (or %/năm)",
        "{text!r}: plantrack không đọc được tỷ lệ phần trăm theo {period}; "
        "hãy ghi tốc độ tăng cả năm bằng % (hoặc %/năm)",
    ),
    "unit.rate-without-percent": (
        "{text!r} names a rate but not how it is written: write % (or fraction, for "
        "a number from 0 to 1)",
        "{text!r} là một tỷ lệ nhưng chưa cho biết cách ghi: hãy ghi % (hoặc 'fraction' "
        "nếu là số từ 0 đến 1)",
    ),
    "unit.nothing-after-slash": (
        "{text!r}: nothing follows the '/' (write e.g. triệu đồng/người)",
        "{text!r}: không có gì sau dấu '/' (hãy ghi, ví dụ, triệu đồng/người)",
    ),
    "unit.two-pers": (
        "{text!r} has more than one 'per': write it as measure/per, e.g. triệu đồng/người",
        "{text!r} có nhiều hơn một phần sau dấu '/': hãy ghi theo dạng đại lượng/đơn vị, "
        "ví dụ triệu đồng/người",
    ),
    "unit.two-pers.with-time": (
        "{text!r} has more than one 'per': write it as measure/per, "
        "e.g. triệu đồng/người (or triệu đồng/người/tháng)",
        "{text!r} có nhiều hơn một phần sau dấu '/': hãy ghi theo dạng đại lượng/đơn vị, "
        "ví dụ triệu đồng/người (hoặc triệu đồng/người/tháng)",
    ),
    "unit.currency-ratio": (
        "{text!r}: a ratio of two currencies needs an exchange rate",
        "{text!r}: tỷ số giữa hai loại tiền cần có tỷ giá",
    ),
    # converting (plantrack.units.conversion): {source} and {target} as the plan writes them
    "unit.cannot-convert": (
        "cannot convert {source!r} to {target!r}: {reason}",
        "không đổi được {source!r} sang {target!r}: {reason}",
    ),
    "unit.is-not": (
        "{source} is not {target}",
        "{source} không phải là {target}",
    ),
    "unit.needs-exchange-rate": (
        "{source} to {target} needs an exchange rate",
        "đổi {source} sang {target} cần có tỷ giá",
    ),
    "unit.price-basis": (
        "prices at {source} are not prices at {target}",
        "giá {source} không phải là giá {target}",
    ),
    "unit.basis.current": ("current", "hiện hành"),
    "unit.basis.constant": ("constant", "so sánh"),
    "unit.basis.constant-year": ("constant {year}", "so sánh {year}"),
    "unit.per-differs": (
        "per {source} is not per {target}",
        "tính trên {source} khác với tính trên {target}",
    ),
    "unit.per-source-only": (
        "per {source} is not per nothing",
        "tính trên {source} khác với không tính trên đơn vị nào",
    ),
    "unit.per-target-only": (
        "per nothing is not per {target}",
        "không tính trên đơn vị nào khác với tính trên {target}",
    ),
    # what a unit measures (units.quantity.Quantity): English is the quantity's code
    "unit.quantity.share": ("share", "tỷ lệ phần trăm"),
    "unit.quantity.share-change": ("share_change", "điểm phần trăm"),
    "unit.quantity.index": ("index", "chỉ số"),
    "unit.quantity.ratio": ("ratio", "tỷ số"),
    "unit.quantity.count": ("count", "số lượng"),
    "unit.quantity.money": ("money", "số tiền"),
    "unit.quantity.mass": ("mass", "khối lượng"),
    "unit.quantity.area": ("area", "diện tích"),
    "unit.quantity.length": ("length", "chiều dài"),
    "unit.quantity.energy": ("energy", "điện năng"),
    "unit.quantity.power": ("power", "công suất"),
    "unit.quantity.volume": ("volume", "thể tích"),
    "unit.quantity.time": ("time", "thời gian"),
    "unit.quantity.status": ("status", "trạng thái"),
    # -- formulas (plantrack.assessment.maths) ---------------------------------------------------
    "maths.years-above-zero": (
        "the number of years must be above zero (got {years:g})",
        "số năm phải lớn hơn 0 (đã cho {years:num})",
    ),
    "maths.years-zero-or-more": (
        "the number of years must be zero or more (got {years:g})",
        "số năm phải từ 0 trở lên (đã cho {years:num})",
    ),
    "maths.years-done": (
        "years done must be zero or more (got {years:g})",
        "số năm đã thực hiện phải từ 0 trở lên (đã cho {years:num})",
    ),
    "maths.not-finite": (
        "{name} must be a finite number (got {value})",
        "{name} phải là một số hữu hạn (đã cho {value:num})",
    ),
    "maths.the-start-value": ("the start value", "giá trị đầu kỳ"),
    "maths.the-end-value": ("the end value", "giá trị cuối kỳ"),
    "maths.the-value": ("the value", "giá trị"),
    "maths.the-rate": ("the rate", "tốc độ tăng"),
    "maths.a-yearly-rate": ("a yearly rate", "tốc độ tăng hằng năm"),
    "maths.a-level": ("a level", "số liệu mức"),
    "maths.the-change-per-year": ("the change per year", "mức thay đổi mỗi năm"),
    "maths.overflow": (
        "the result is too large to compute (it overflows the range of numbers)",
        "kết quả quá lớn, không tính được (vượt quá phạm vi số)",
    ),
    "maths.start-not-positive": (
        "a growth rate needs a start value above zero (got {start:g}); "
        "growth from zero or from a negative value is undefined",
        "tính tốc độ tăng cần giá trị đầu kỳ lớn hơn 0 (đã cho {start:num}); "
        "không xác định được tốc độ tăng từ 0 hoặc từ một số âm",
    ),
    "maths.end-negative": (
        "a growth rate needs an end value of zero or more (got {end:g}); "
        "growth across a change of sign is undefined",
        "tính tốc độ tăng cần giá trị cuối kỳ từ 0 trở lên (đã cho {end:num}); "
        "không xác định được tốc độ tăng khi số liệu đổi dấu",
    ),
    "maths.rate-below-minus-100": (
        "a yearly rate below -100% is impossible (got {percent:g}%)",
        "tốc độ tăng hằng năm không thể dưới -100% (đã cho {percent:num}%)",
    ),
    "maths.level-not-positive": (
        "growth needs positive levels (got {value:g} in {year})",
        "tính tốc độ tăng cần số liệu mức dương (đã cho {value:num} năm {year})",
    ),
    "maths.least-squares-two-years": (
        "a least-squares growth rate needs at least two years",
        "tốc độ tăng theo phương pháp bình phương nhỏ nhất cần số liệu ít nhất hai năm",
    ),
    "maths.average-needs-a-rate": (
        "an average growth rate needs at least one yearly rate",
        "tốc độ tăng bình quân cần ít nhất một tốc độ tăng hằng năm",
    ),
    "maths.negative-factor": (
        "a growth factor must be zero or more (got {factor:g})",
        "hệ số tăng phải từ 0 trở lên (đã cho {factor:num})",
    ),
    "maths.catch-up-rates": (
        "a catch-up rate needs rates above -100%",
        "tính tốc độ cần đạt để bù lại cần các tốc độ trên -100%",
    ),
}
