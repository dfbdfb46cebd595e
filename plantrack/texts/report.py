"""The words of the report stage: filters and baselines (see plantrack.texts)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # filters
    "report.no-target-in-area": (
        "{@area} {areas:list}: no target is set for that area (areas with targets: "
        "{with_targets:list})",
        "{@area} {areas:list}: không có mục tiêu nào đặt cho địa bàn này (các địa bàn có mục "
        "tiêu: {with_targets:list})",
    ),
    "report.unknown-area-filter": (
        "{@area} {area!r} is not an area of any loaded plan",
        "{@area} {area!r} không phải địa bàn của kế hoạch nào đang kiểm tra",
    ),
    "report.unknown-indicator-filter": (
        "{option} {indicator!r} is not an indicator of any loaded plan",
        "{option} {indicator!r} không phải chỉ tiêu của kế hoạch nào đang kiểm tra",
    ),
    "report.unknown-indicator-filter-close": (
        "{option} {indicator!r} is not an indicator of any loaded plan; did you mean {close}?",
        "{option} {indicator!r} không phải chỉ tiêu của kế hoạch nào đang kiểm tra; có phải "
        "là {close}?",
    ),
    # baselines
    "report.baseline-stale": (
        "{entry}: no such target and area in plan {plan!r} ({file}); remove the entry, or write "
        "the baseline again ({@write-baseline})",
        "{entry}: kế hoạch {plan!r} ({file}) không có mục tiêu và địa bàn này; xóa dòng này, "
        "hoặc ghi lại danh sách ({@write-baseline})",
    ),
    "report.baseline-expired": (
        "{entry}: accepted as {status} until {expires}; it counts for {@fail-on} again",
        "{entry}: được chấp nhận là {status} đến {expires}; nay lại được tính cho {@fail-on}",
    ),
    "report.baseline-json": ("not valid JSON: {reason}", "không phải JSON hợp lệ: {reason}"),
    "report.a-folder": ("a folder", "đây là thư mục"),
    "report.not-a-regular-file": ("not a regular file", "không phải tệp thông thường"),
    "report.baseline-unreadable": (
        "cannot read the baseline: {reason}",
        "không đọc được danh sách kết quả đã chấp nhận: {reason}",
    ),
    "report.baseline-not-found": (
        "the baseline file does not exist",
        "không có tệp danh sách kết quả đã chấp nhận",
    ),
    "report.baseline-too-large": (
        "a baseline is at most {limit} MB",
        "danh sách kết quả đã chấp nhận dài tối đa {limit} MB",
    ),
    "report.baseline-not-utf8": (
        "the baseline is not UTF-8",
        "danh sách kết quả đã chấp nhận không phải UTF-8",
    ),
    "report.baseline-shape": (
        "a baseline is a mapping with 'version: 1' and a list 'accepted:'",
        "danh sách kết quả đã chấp nhận gồm 'version: 1' và một danh sách 'accepted:'",
    ),
    "report.baseline-version": (
        "version: {got!r}; this plantrack reads {reads}",
        "version: {got!r}; phiên bản plantrack này đọc {reads}",
    ),
    "report.baseline-unknown-key": ("unknown key {key!r}", "khóa không hợp lệ {key!r}"),
    "report.baseline-entry-shape": (
        "an entry is a mapping: plan, indicator, target, area, status",
        "mỗi mục gồm các khóa `plan`, `indicator`, `target`, `area`, `status`",
    ),
    "report.baseline-missing": ("missing {key!r}", "thiếu {key!r}"),
    "report.baseline-status": (
        "status {status!r} is not one of {statuses:list}",
        "trạng thái {status!r} không thuộc {statuses:list}",
    ),
    "report.baseline-reason": ("reason: write it as text", "reason: cần ghi bằng chữ"),
    "report.baseline-expires": (
        "expires: {expires!r} is not a date (YYYY-MM-DD)",
        "expires: {expires!r} không phải ngày (YYYY-MM-DD)",
    ),
    "report.baseline-problems": ("{problems:list:; }", "{problems:list:; }"),
    "report.baseline-twice": (
        "{entry} is listed twice (first at line {first})",
        "{entry} được ghi hai lần (lần đầu ở dòng {first})",
    ),
    # the previous report (--since)
    "report.since-not-found": (
        "the previous report does not exist",
        "không có tệp báo cáo kỳ trước",
    ),
    "report.since-unreadable": (
        "cannot read the previous report: {reason}",
        "không đọc được báo cáo kỳ trước: {reason}",
    ),
    "report.since-too-large": (
        "a previous report is at most {limit} MB",
        "báo cáo kỳ trước dài tối đa {limit} MB",
    ),
    "report.since-not-utf8": (
        "the previous report is not UTF-8",
        "báo cáo kỳ trước không phải UTF-8",
    ),
    "report.since-json": (
        "the previous report is not valid JSON: {reason}; {@since} takes a report written by "
        "{@json-report}",
        "báo cáo kỳ trước không phải JSON hợp lệ: {reason}; {@since} dùng báo cáo ghi bằng "
        "{@json-report}",
    ),
    "report.since-shape": (
        "not a report of {@json-report} (an object with 'plantrack', 'as_of' and a list 'results')",
        "không phải báo cáo của {@json-report} (gồm 'plantrack', 'as_of' và danh sách 'results')",
    ),
    # the json module's phrases (plantrack.report.json_words): the English is the decoder's
    "report.json.expecting-value": ("Expecting value", "thiếu một giá trị"),
    "report.json.expecting-name": (
        "Expecting property name enclosed in double quotes",
        "thiếu một khóa trong dấu ngoặc kép",
    ),
    "report.json.expecting-colon": ("Expecting ':' delimiter", "thiếu dấu ':'"),
    "report.json.expecting-comma": ("Expecting ',' delimiter", "thiếu dấu ','"),
    "report.json.unterminated-string": (
        "Unterminated string starting at",
        "một chuỗi chưa đóng ngoặc kép",
    ),
    "report.json.control-character": (
        "Invalid control character at",
        "có ký tự điều khiển trong chuỗi",
    ),
    "report.json.invalid-escape": (
        "Invalid \\escape",
        "một chuỗi thoát '\\' không hợp lệ",
    ),
    "report.json.invalid-unicode-escape": (
        "Invalid \\uXXXX escape",
        "chuỗi thoát '\\u' không đủ bốn chữ số thập lục phân",
    ),
    "report.json.extra-data": (
        "Extra data",
        "còn nội dung sau khi tài liệu đã kết thúc",
    ),
    "report.json.trailing-comma-object": (
        "Illegal trailing comma before end of object",
        "có dấu phẩy ngay trước dấu đóng ngoặc nhọn",
    ),
    "report.json.trailing-comma-array": (
        "Illegal trailing comma before end of array",
        "có dấu phẩy ngay trước dấu đóng ngoặc vuông",
    ),
    # how the library names the JSON report (the command line: plantrack.texts.cli)
    "report.json-report.library": ("`write_json`", "`write_json`"),
    "report.since-result-shape": (
        "result {number}: a result is an object (plan, area, indicator, target, status, values)",
        "kết quả thứ {number}: mỗi kết quả gồm các khóa `plan`, `area`, `indicator`, `target`, "
        "`status`, `values`",
    ),
    "report.since-result": (
        "result {number}, {result}: {problems:list:; }",
        "kết quả thứ {number}, {result}: {problems:list:; }",
    ),
    "report.since-values": (
        "values: a list of {{year, value, estimate}}",
        "values: cần là danh sách {{year, value, estimate}}",
    ),
    "report.since-twice": (
        "result {number}, {result}: listed twice",
        "kết quả thứ {number}, {result}: được ghi hai lần",
    ),
    "report.since-more": (
        "and {more} more results with problems",
        "và {more} kết quả khác cũng có lỗi",
    ),
}
