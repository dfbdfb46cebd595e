"""The notes and reasons of the assessment: why a result has its status, or what to know about
it (docs/assessment.md lists every one). Each key is ``note.`` and the note's code; the
parameters are the note's own (see plantrack.texts)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "note.no-data": (
        "no value for this indicator and area",
        "chưa có số liệu cho chỉ tiêu và địa bàn này",
    ),
    "note.only-baseline": (
        "only the plan's baseline ({year}); no reported value after it",
        "chỉ có số liệu năm gốc của kế hoạch ({year}); chưa có số liệu báo cáo sau đó",
    ),
    "note.no-base": (
        "no value for the base year {year} or any later year up to {as_of}",
        "không có số liệu năm gốc {year} hay năm nào sau đó đến {as_of}",
    ),
    "note.one-point": (
        "only one value ({year}); a trend needs two",
        "chỉ có một số liệu ({year}); cần ít nhất hai để tính xu hướng",
    ),
    "note.as-of-before-base": (
        "the as-of year {as_of} is before the base year {year}",
        "năm đánh giá {as_of} trước năm gốc {year}",
    ),
    "note.not-started": (
        "the period {period} starts after the as-of year {as_of}",
        "thời kỳ {period} bắt đầu sau năm đánh giá {as_of}",
    ),
    "note.base-moved": (
        "no value for the base year {wanted}; the first later value ({year}) is the base",
        "không có số liệu năm gốc {wanted}; lấy năm có số liệu đầu tiên ({year}) làm gốc",
    ),
    "note.base-from-plan": (
        "base value from the plan's baseline ({year})",
        "số liệu gốc lấy từ kế hoạch (năm {year})",
    ),
    "note.baseline-replaced": (
        "the data's {year} value {value} replaces the plan's baseline {baseline}",
        "số liệu năm {year} ({value}) thay cho số liệu gốc của kế hoạch ({baseline})",
    ),
    "note.no-deadline-value": (
        "the deadline {year} has passed and there is no value for {year}; latest is {latest}",
        "đã đến hạn {year} nhưng chưa có số liệu năm {year}; số liệu mới nhất: {latest}",
    ),
    "note.no-value-in-time": (
        "no value between the base year and the deadline {year}",
        "không có số liệu nào từ năm gốc đến hạn {year}",
    ),
    "note.gap-in-rates": (
        "no level or yearly growth for {year}: cannot chain {start} to {end}",
        "thiếu mức hoặc tốc độ tăng năm {year}: không nối được từ {start} đến {end}",
    ),
    "note.missing-years": (
        "no value for {years}",
        "thiếu số liệu các năm {years}",
    ),
    "note.conflict": (
        "two different values for {year} ({values}): the reader must resolve this",
        "năm {year} có hai số liệu khác nhau ({values}): cần thống nhất số liệu",
    ),
    "note.nonpositive-growth-base": (
        "growth needs positive values (base {base}, latest {latest})",
        "tính tốc độ tăng cần số dương (gốc {base}, mới nhất {latest})",
    ),
    "note.linear-fallback": (
        "geometric trend undefined for zero or negative values; linear trend used",
        "không tính được xu hướng hình học với số 0 hoặc số âm; dùng xu hướng tuyến tính",
    ),
    "note.already-met": (
        "the target is already met in {year}, before the deadline {deadline}",
        "mục tiêu đã đạt năm {year}, trước hạn {deadline}",
    ),
    "note.met-at-base": (
        "the target was already met at the base year {year}",
        "mục tiêu đã đạt ngay từ năm gốc {year}",
    ),
    "note.estimate-used": (
        "{year} is an estimate (ước thực hiện)",
        "số liệu năm {year} là số ước thực hiện",
    ),
    "note.no-reference": (
        "no value for the reference area {area} in the years compared",
        "chưa có số liệu của địa bàn so sánh {area} trong các năm đối chiếu",
    ),
    "note.one-year-compared": (
        "only one year compared ({year}); no trend yet",
        "mới đối chiếu được một năm ({year}); chưa có xu hướng",
    ),
    "note.qualifier": (
        "the {year} value is reported as {qualifier} {value}; assessed as {value}",
        "số liệu năm {year} được báo cáo là {qualifier} {value}; đánh giá theo {value}",
    ),
    "note.years-met": (
        "{met} of {counted} years met",
        "đạt {met}/{counted} năm",
    ),
    "note.least-squares": (
        "observed growth is the least-squares rate over the {years} years {start}-{end} (World Bank WDI), not the end-to-end rate",
        "tốc độ tăng thực hiện tính theo phương pháp bình phương nhỏ nhất trên {years} năm {start}-{end} (phương pháp WDI của Ngân hàng Thế giới), không theo hai đầu kỳ",
    ),
    "note.out-of-reach": (
        "the pace still needed ({needed}) is more than three times the pace the plan set from its base ({required}): out of reach at any plausible pace",
        "tốc độ còn cần đạt ({needed}) cao hơn ba lần tốc độ kế hoạch đặt ra từ năm gốc ({required}): không thể đạt với tốc độ hợp lý nào",
    ),
    "note.out-of-reach-unit": (
        "the pace still needed ({needed}) would take the value to {value} by the deadline, which the unit does not allow: out of reach",
        "tốc độ còn cần đạt ({needed}) sẽ đưa giá trị đến {value} vào năm mục tiêu, vượt giới hạn của đơn vị: không thể đạt",
    ),
    "note.years-missed": (
        "not met in {years} ({met} of {counted} years met): the target, which every year must meet, can no longer be met in full",
        "không đạt năm {years}; đạt {met}/{counted} năm: chỉ tiêu hằng năm không còn có thể đạt trọn vẹn",
    ),
    "note.no-state": (
        "no report for the deadline year {year}",
        "chưa có báo cáo cho năm hạn {year}",
    ),
    "note.undefined": (
        "the numbers do not allow this calculation: {error}",
        "số liệu không cho phép tính: {error}",
    ),
    "note.approximate": (
        "the target is approximate (khoảng): a figure within {tolerance}% of it is achieved",
        "mục tiêu là con số khoảng: số liệu chênh không quá {tolerance}% so với mục tiêu được tính là đạt",
    ),
    "note.already-missed": (
        "the total {total} is already past the limit {limit}; the target cannot be met",
        "tổng {total} đã vượt giới hạn {limit}; không thể đạt mục tiêu",
    ),
    "note.projection-capped": (
        "the trend would reach {value}, which the unit does not allow; the projection is {bound}",
        "theo xu hướng sẽ là {value}, ngoài phạm vi của đơn vị tính; dự báo lấy {bound}",
    ),
    "note.limit": (
        "the target is a limit ({comparator} {limit}), not a pace to reach: within it is on track, past it is off track",
        "mục tiêu là mức giới hạn ({comparator} {limit}), không phải tốc độ cần đạt: trong giới hạn là đúng tiến độ, vượt giới hạn là chậm tiến độ",
    ),
    "note.approximate-figure": (
        "the {year} value is reported as about {value} (khoảng); assessed as {value}",
        "số liệu năm {year} được báo cáo là khoảng {value}; đánh giá theo {value}",
    ),
    "note.range-figure": (
        "{years:list} reported as a range; judged at the ends of each range ({best_status} at best, {worst_status} at worst); the least favourable is shown, at {shown:list}",
        "số liệu năm {years:list} được báo cáo là một khoảng; đánh giá tại hai đầu của từng khoảng (tốt nhất {best_status}, kém nhất {worst_status}); lấy kết quả kém nhất, tại {shown:list}",
    ),
    "note.change-reported": (
        "the change in {years} is the reported change, not the difference of two levels",
        "mức thay đổi năm {years} lấy theo số báo cáo, không tính từ hai số liệu mức",
    ),
    "note.change-replaced": (
        "the reported change for {year} ({reported}) differs from the change from {before} to {year} that the levels give ({computed}); the levels are used",
        "mức thay đổi báo cáo năm {year} ({reported}) khác với mức thay đổi từ năm {before} đến năm {year} theo số liệu mức ({computed}); dùng số liệu mức",
    ),
    "note.level-from-change": (
        "the {year} level is the {before} level and the reported change: {before_value} + ({change}) = {value}",
        "mức năm {year} tính từ mức năm {before} và mức thay đổi báo cáo: {before_value} + ({change}) = {value}",
    ),
    "note.gap-in-changes": (
        "no level or reported change for {year}: cannot link {start} to {end}",
        "thiếu mức hoặc mức thay đổi năm {year}: không nối được từ {start} đến {end}",
    ),
    "note.rates-from-levels": (
        "the growth of {years} is computed from the levels (V_y / V_y-1 - 1)",
        "tốc độ tăng năm {years} tính từ số liệu mức (V_y / V_y-1 - 1)",
    ),
    "note.mean-out-of-reach": (
        "even at {bound} in every year left the mean would be {mean}; the target {target} cannot be met",
        "dù các năm còn lại đều đạt {bound:num.10}, bình quân cũng chỉ là {mean:num.10}; không thể đạt mục tiêu {target:num.10}",
    ),
    "note.below-band": (
        "the {year} share {value} is below the band {low}-{high} by {points} points",
        "tỷ trọng năm {year} ({value:num.10}) thấp hơn khoảng {low:num.10}-{high:num.10} là {points:num.10} điểm %",
    ),
    "note.above-band": (
        "the {year} share {value} is above the band {low}-{high} by {points} points",
        "tỷ trọng năm {year} ({value:num.10}) cao hơn khoảng {low:num.10}-{high:num.10} là {points:num.10} điểm %",
    ),
    "note.share-computed": (
        "the share for {years} is computed from the figures of {numerator} and {denominator}: 100 × {numerator} / {denominator}",
        "tỷ lệ năm {years} được tính từ số liệu của {numerator} và {denominator}: 100 × {numerator} / {denominator}",
    ),
    "note.share-years-left-out": (
        "{years} left out of the period's share: {numerator} and {denominator} are not both known",
        "năm {years} không được tính vào tỷ lệ cả thời kỳ: chưa có đủ số liệu của cả {numerator} và {denominator}",
    ),
    "note.no-share-inputs": (
        "no reported share and no year with both {numerator} and {denominator} up to {as_of}",
        "chưa có số liệu tỷ lệ và không có năm nào có đủ số liệu của cả {numerator} và {denominator} đến năm {as_of}",
    ),
    "note.count-rolled-up": (
        "the {year} count is rolled up from the areas' own reports of {criterion}: {count} of {out_of} ({areas})",
        "số năm {year} được tổng hợp từ báo cáo {criterion} của từng địa bàn: {count}/{out_of} ({areas})",
    ),
    "note.count-differs": (
        "the reported {year} count {reported} differs from the roll-up of the areas' own reports of {criterion} ({rolled}: {areas}); the reported count is used",
        "số báo cáo năm {year} ({reported}) khác với số tổng hợp từ báo cáo {criterion} của từng địa bàn ({rolled}: {areas}); dùng số báo cáo",
    ),
    "note.count-missing-areas": (
        "no report of {criterion} by {year} for {areas}: counted as not meeting it, so the count {count} is a lower bound",
        "chưa có báo cáo {criterion} đến năm {year} của {areas}: tính là chưa đạt, nên số {count} là mức tối thiểu",
    ),
    "note.count-incomplete": (
        "the areas without a report of {criterion} ({areas}) could change the verdict: {worst_status} if none of them meets it, {best_status} if all do",
        "các địa bàn chưa báo cáo {criterion} ({areas}) có thể làm thay đổi kết quả: {worst_status} nếu không địa bàn nào đạt, {best_status} nếu tất cả đều đạt",
    ),
    "note.share-input-range": (
        "the {year} figure of {indicator} is reported as a range ({low}-{high}); the share is computed with {used}, the end least favourable to the target",
        "số liệu năm {year} của {indicator} được báo cáo là một khoảng ({low}-{high}); tỷ lệ được tính với {used}, đầu kém thuận lợi nhất cho mục tiêu",
    ),
    # the words a note's parameters are written with
    "note.word.more_than": ("more_than", "hơn"),
    "note.word.less_than": ("less_than", "dưới"),
    "note.word.of-reference": ("{year} (reference)", "{year} (địa bàn so sánh)"),
    "note.word.end-of-range": ("{year}: {value:.12g}", "{year}: {value:num.8}"),
    "note.word.end-of-range-of-reference": (
        "{year}: {value:.12g} (reference)",
        "{year}: {value:num.8} (địa bàn so sánh)",
    ),
    "note.status.exceeded": ("exceeded", "Vượt"),
    "note.status.achieved": ("achieved", "Đạt"),
    "note.status.on_track": ("on_track", "Đúng tiến độ"),
    "note.status.in_progress": ("in_progress", "Đang thực hiện"),
    "note.status.at_risk": ("at_risk", "Cần tăng tốc"),
    "note.status.off_track": ("off_track", "Chậm tiến độ"),
    "note.status.regressing": ("regressing", "Xấu đi"),
    "note.status.not_achieved": ("not_achieved", "Không đạt"),
    "note.status.insufficient_data": ("insufficient_data", "Thiếu số liệu"),
    "note.status.no_data": ("no_data", "Chưa có số liệu"),
}
