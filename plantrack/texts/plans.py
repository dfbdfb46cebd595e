"""The words of plans: each key with its English and Vietnamese template (see plantrack.texts).

Keys by the module that says them: reading plan files and YAML (``plantrack.plans.load``,
``.yaml_reader``), pydantic's errors and the model's validators (``.pydantic_errors``,
``.model``), whole-plan rules (``.rules``, ``.kind_rules``, ``.reporter``), numbers written as
text (``.number_style``, ``.text_checks``). YAML keys and values a plan writes (``decimal:
comma``, ``unit: status``, ``6.794``) are code: the same in both languages; a YAML key that is
also an English word is in backticks in Vietnamese (```year```).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- words shared by many messages ---------------------------------------------------------
    "plan.and-list": ("{items:list} and {last}", "{items:list} và {last}"),
    "plan.and-pair": ("{left} and {right}", "{left} và {right}"),
    "plan.or-list": ("{items:list} or {last}", "{items:list} hoặc {last}"),
    "plan.plus": ("{left} + {right}", "{left} + {right}"),
    "plan.number": ("{value:g}", "{value:num}"),
    "plan.percent": ("{value:g}%", "{value:num}%"),
    "plan.number-range": ("{low:g}-{high:g}", "{low:num}-{high:num}"),
    "plan.none": ("none", "không có"),
    "plan.higher": ("higher", "cao hơn"),
    "plan.lower": ("lower", "thấp hơn"),
    "plan.did-you-mean": (" (did you mean {close!r}?)", " (có phải là {close!r}?)"),
    "plan.did-you-mean.after": ("; did you mean {close!r}?", "; có phải là {close!r}?"),
    "plan.declared": (" (declared: {choices:list})", " (đã khai báo: {choices:list})"),
    # --- finding and reading plan files (load) -------------------------------------------------
    "plan.empty-path": (
        "an empty path names no file or folder (is a shell variable empty?)",
        "đường dẫn trống không chỉ tới tệp hay thư mục nào (có biến shell nào đang trống không?)",
    ),
    "plan.path-unreadable": (
        "cannot read the path: {reason}",
        "không đọc được đường dẫn: {reason}",
    ),
    "plan.no-plans": (
        "no plan files (*.yaml, *.yml) in folder {folder!r}",
        "không có tệp kế hoạch (*.yaml, *.yml) trong thư mục {folder!r}",
    ),
    "plan.path-not-found": ("no such file or folder", "không có tệp hay thư mục này"),
    "plan.search-too-wide.root": (
        "this is the root of the file system; name the folder that holds the plans",
        "đây là thư mục gốc của hệ thống tệp; hãy chỉ ra thư mục chứa các kế hoạch",
    ),
    "plan.search-too-wide.many": (
        "the folder holds more than {limit:,} files and folders; name the folder that holds "
        "the plans",
        "thư mục chứa hơn {limit:num} tệp và thư mục; hãy chỉ ra thư mục chứa các kế hoạch",
    ),
    "plan.not-a-mapping": (
        "a plan file is a mapping of keys (id:, title:, indicators: ...), not {given}",
        "tệp kế hoạch là một ánh xạ các khóa (id:, title:, indicators: ...), không phải {given}",
    ),
    "plan.file-unreadable": ("cannot read the file: {reason}", "không đọc được tệp: {reason}"),
    "plan.not-a-regular-file.folder": (
        "it is a folder, not a regular file",
        "đây là một thư mục, không phải tệp thông thường",
    ),
    "plan.not-a-regular-file.device": (
        "it is a device, a FIFO or a socket, not a regular file",
        "đây là thiết bị, FIFO hoặc socket, không phải tệp thông thường",
    ),
    "plan.file-too-large.size": (
        "the file is {size:.1f} MB; a plan is at most {limit} MB",
        "tệp có dung lượng {size:num.1} MB; một kế hoạch tối đa {limit} MB",
    ),
    "plan.file-too-large.growing": (
        "the file holds more than that; a plan is at most {limit} MB",
        "tệp chứa nhiều hơn mức đó; một kế hoạch tối đa {limit} MB",
    ),
    "plan.encoding.byte": (
        "byte 0x{byte} is not UTF-8; save the plan as UTF-8 (in Excel or Notepad: "
        "'Save as', encoding UTF-8)",
        "byte 0x{byte} không phải UTF-8; hãy lưu kế hoạch dạng UTF-8 (trong Excel hoặc "
        "Notepad: 'Save as', mã hóa UTF-8)",
    ),
    "plan.encoding.nul": (
        "the file holds NUL bytes: it is not a text file",
        "tệp chứa byte NUL: đây không phải là tệp văn bản",
    ),
    "plan.empty-plan.empty": ("the file is empty", "tệp trống"),
    "plan.duplicate-plan-id": (
        "plan id {plan!r} is also used by {file}",
        "mã kế hoạch {plan!r} cũng được dùng ở {file}",
    ),
    # --- YAML (yaml_reader) --------------------------------------------------------------------
    "plan.yaml-alias-limit": (
        "aliases repeat more than {limit:,} values; anchors and aliases (&name / *name) are "
        "nested too deeply to be a plan",
        "các bí danh (alias) lặp lại hơn {limit:num} giá trị; neo và bí danh (&name / *name) "
        "lồng nhau quá sâu, không thể là một kế hoạch",
    ),
    "plan.yaml-too-deep": (
        "values are nested more than {depth} levels deep",
        "các giá trị lồng nhau sâu hơn {depth} cấp",
    ),
    "plan.yaml-too-deep-to-read": (
        "values are nested too deeply to be read",
        "các giá trị lồng nhau quá sâu, không đọc được",
    ),
    "plan.yaml-alias-loop": (
        "an alias refers to the value that contains it",
        "một bí danh (alias) trỏ tới chính giá trị chứa nó",
    ),
    "plan.yaml-tag": (
        "the tag {tag!r} is not allowed: a plan holds plain text, numbers, lists and mappings "
        "only, and tags are never executed",
        "thẻ {tag!r} không được phép: kế hoạch chỉ chứa văn bản, số, danh sách và ánh xạ "
        "(khóa: giá trị), và thẻ không bao giờ được thực thi",
    ),
    "plan.number-too-long": (
        "a number of {digits:,} digits is too long to be a plan's number (write it in quotes "
        "if it is text)",
        "một số có {digits:num} chữ số là quá dài đối với số liệu kế hoạch (hãy đặt trong dấu "
        "ngoặc kép nếu đó là văn bản)",
    ),
    "plan.yaml-key-not-text": (
        "a mapping key must be plain text, not a list or mapping",
        "khóa của ánh xạ phải là văn bản thường, không phải danh sách hay ánh xạ",
    ),
    "plan.yaml-duplicate-key": (
        "duplicate key {key!r} (first on line {line}); YAML would silently keep only the last one",
        "khóa {key!r} bị lặp (lần đầu ở dòng {line}); YAML sẽ lặng lẽ chỉ giữ lại khóa cuối cùng",
    ),
    "plan.yaml-tab": (
        "tab character in the indentation; YAML indents with spaces only",
        "có ký tự tab trong phần thụt lề; YAML chỉ thụt lề bằng dấu cách",
    ),
    "plan.yaml-syntax": ("{problem}", "lỗi cú pháp YAML: {problem}"),
    # PyYAML's own phrases (plans/yaml_words.py); the English is PyYAML's
    "plan.yaml.context": ("{context}: {problem}", "{context}: {problem}"),
    "plan.yaml.problem": ("{problem}", "{problem}"),
    "plan.yaml.while-parsing": ("while parsing {thing}", "khi đọc {thing}"),
    "plan.yaml.while-scanning": ("while scanning {thing}", "khi quét {thing}"),
    "plan.yaml.while-composing": ("while composing {thing}", "khi dựng {thing}"),
    "plan.yaml.next-token": ("while scanning for the next token", "khi tìm phần tử tiếp theo"),
    "plan.yaml.thing.flow-mapping": ("a flow mapping", "một ánh xạ trong {{ }}"),
    "plan.yaml.thing.flow-sequence": ("a flow sequence", "một danh sách trong [ ]"),
    "plan.yaml.thing.block-mapping": ("a block mapping", "một ánh xạ dạng khối"),
    "plan.yaml.thing.block-collection": ("a block collection", "một tập hợp dạng khối"),
    "plan.yaml.thing.simple-key": ("a simple key", "một khóa"),
    "plan.yaml.thing.quoted-scalar": ("a quoted scalar", "một chuỗi trong dấu nháy"),
    "plan.yaml.thing.double-quoted-scalar": (
        "a double-quoted scalar",
        "một chuỗi trong dấu nháy kép",
    ),
    "plan.yaml.thing.single-quoted-scalar": (
        "a single-quoted scalar",
        "một chuỗi trong dấu nháy đơn",
    ),
    "plan.yaml.thing.plain-scalar": ("a plain scalar", "một giá trị"),
    "plan.yaml.thing.node": ("a node", "một nút"),
    "plan.yaml.thing.flow-node": ("a flow node", "một nút trong dấu ngoặc"),
    "plan.yaml.thing.block-node": ("a block node", "một nút dạng khối"),
    "plan.yaml.thing.block-scalar": ("a block scalar", "một khối văn bản"),
    "plan.yaml.thing.anchor": ("an anchor", "một neo (&)"),
    "plan.yaml.thing.alias": ("an alias", "một bí danh (*)"),
    "plan.yaml.thing.tag": ("a tag", "một thẻ"),
    "plan.yaml.thing.directive": ("a directive", "một chỉ thị"),
    "plan.yaml.thing.mapping": ("a mapping", "một ánh xạ"),
    "plan.yaml.mapping-values": (
        "mapping values are not allowed here",
        "không được đặt dấu ':' của khóa ở đây",
    ),
    "plan.yaml.mapping-values-context": (
        "mapping values are not allowed in this context",
        "không được đặt dấu ':' của khóa ở chỗ này",
    ),
    "plan.yaml.cannot-start-any": (
        "found character that cannot start any token",
        "gặp ký tự không thể mở đầu một phần tử",
    ),
    "plan.yaml.undefined-alias-any": ("found undefined alias", "bí danh chưa được định nghĩa"),
    "plan.yaml.unknown-escape-any": (
        "found unknown escape character",
        "ký tự thoát không hợp lệ",
    ),
    "plan.yaml.word.key": ("key", "khóa"),
    "plan.yaml.word.dash": ("'-' indicator", "dấu '-'"),
    "plan.yaml.end-of-stream": ("found unexpected end of stream", "tệp kết thúc bất ngờ"),
    "plan.yaml.one-document": (
        "expected a single document in the stream",
        "tệp chỉ được chứa một tài liệu YAML",
    ),
    "plan.yaml.document-separator": (
        "found unexpected document separator",
        "gặp dấu phân cách tài liệu ('---') không đúng chỗ",
    ),
    "plan.yaml.duplicate-key": ("found duplicate key", "khóa bị lặp"),
    "plan.yaml.or": ("{first} or {second}", "{first} hoặc {second}"),
    "plan.yaml.could-not-find": ("could not find expected {what}", "không thấy {what} cần có"),
    "plan.yaml.did-not-find": ("did not find expected {what}", "không thấy {what} cần có"),
    "plan.yaml.expected-found": ("expected {what}, but found {got}", "cần {what} nhưng gặp {got}"),
    "plan.yaml.expected-got": ("expected {what}, but got {got}", "cần {what} nhưng gặp {got}"),
    "plan.yaml.cannot-start": (
        "found character {what} that cannot start any token",
        "ký tự {what} không thể mở đầu một phần tử",
    ),
    "plan.yaml.undefined-alias": (
        "found undefined alias {what}",
        "bí danh {what} chưa được định nghĩa",
    ),
    "plan.yaml.unknown-escape": (
        "found unknown escape character {what}",
        "ký tự thoát {what} không hợp lệ",
    ),
    "plan.yaml-multiple-documents": (
        "the file holds more than one YAML document (a second '---'); put each plan in its "
        "own file",
        "tệp chứa nhiều hơn một tài liệu YAML (có dấu '---' thứ hai); hãy để mỗi kế hoạch "
        "trong một tệp riêng",
    ),
    "plan.empty-plan.comments": (
        "the file is empty or holds only comments",
        "tệp trống hoặc chỉ có chú thích",
    ),
    # --- pydantic's errors (pydantic_errors) ---------------------------------------------------
    "plan.unknown-key": ("unknown key {key!r}{hint}", "khóa lạ {key!r}{hint}"),
    "plan.unknown-key.other-kind": (
        ": {kind} targets {takes}, not {key}; {key} is for {kinds} targets",
        ": mục tiêu {kind} {takes}, không dùng {key}; {key} dành cho các mục tiêu {kinds}",
    ),
    "plan.unknown-key.misplaced": (
        ": it is a key of another part of a plan; check its indentation",
        ": đây là khóa của một phần khác trong kế hoạch; hãy kiểm tra thụt lề",
    ),
    "plan.takes.period-and-base-year": (
        "take period (and base_year)",
        "dùng `period` (và `base_year`)",
    ),
    "plan.takes.year": ("take year", "dùng `year`"),
    "plan.takes.period": ("take period", "dùng `period`"),
    "plan.takes.year-or-period": ("take year or period", "dùng `year` hoặc `period`"),
    "plan.takes.bound": ("take a bound ({bounds:list})", "dùng một giới hạn ({bounds:list})"),
    "plan.takes.structure": (
        "take structure and a band (about or range)",
        "dùng structure và một khoảng (about hoặc range)",
    ),
    "plan.takes.relative": (
        "take reference_area and relation",
        "dùng reference_area và relation",
    ),
    "plan.takes.rating": (
        "take at_least or value (a level of the indicator's scale)",
        "dùng at_least hoặc `value` (một mức của thang xếp loại của chỉ tiêu)",
    ),
    "plan.takes.no-bound": ("take no bound", "không có giới hạn"),
    "plan.flow-cut.key": (
        "unknown key {keys}: inside {{ }} a comma separates entries, so {key}: {written} was "
        "cut at the comma",
        "khóa lạ {keys}: trong {{ }} dấu phẩy ngăn cách các mục, nên {key}: {written} bị cắt "
        "tại dấu phẩy",
    ),
    "plan.flow-cut.keys": (
        "unknown keys {keys}: inside {{ }} a comma separates entries, so {key}: {written} was "
        "cut at the commas",
        "các khóa lạ {keys}: trong {{ }} dấu phẩy ngăn cách các mục, nên {key}: {written} bị "
        "cắt tại các dấu phẩy",
    ),
    "plan.flow-cut.thousands": (
        "{head}; write {key}: {decimal} if the comma is the decimal mark, or {key}: {whole} "
        "if it separates thousands",
        "{head}; hãy viết {key}: {decimal} nếu dấu phẩy là dấu thập phân, hoặc {key}: {whole} "
        "nếu nó ngăn cách hàng nghìn",
    ),
    "plan.flow-cut.decimal": (
        '{head}; write {key}: {point}, or {key}: "{written}" in quotes',
        '{head}; hãy viết {key}: {point}, hoặc {key}: "{written}" trong dấu ngoặc kép',
    ),
    "plan.flow-cut.text": (
        '{head}; put the text in quotes ({key}: "{written}") or write the mapping in block '
        "style, one key a line",
        '{head}; hãy đặt văn bản trong dấu ngoặc kép ({key}: "{written}") hoặc viết ánh xạ '
        "theo kiểu khối, mỗi khóa một dòng",
    ),
    "plan.flow-numbers": (
        "{key}: inside [ ] a comma separates items, so {key}: {written} was read as {count} "
        "numbers, cut at the decimal comma; write {key}: [{points}], or {key}: [{quoted}] "
        "with decimal: comma for the plan",
        "{key}: trong [ ] dấu phẩy ngăn cách các phần tử, nên {key}: {written} được đọc thành "
        "{count} số, bị cắt tại dấu phẩy thập phân; hãy viết {key}: [{points}], hoặc "
        "{key}: [{quoted}] và ghi decimal: comma cho kế hoạch",
    ),
    "plan.missing-key": ("missing required key {key!r}", "thiếu khóa bắt buộc {key!r}"),
    "plan.missing-kind": (
        "a target needs a kind: one of {kinds:list}",
        "mục tiêu cần có kind: một trong {kinds:list}",
    ),
    "plan.unknown-kind": (
        "unknown target kind {kind!r}{hint}; kinds are {kinds:list}",
        "loại mục tiêu {kind!r} không hợp lệ{hint}; các loại là {kinds:list}",
    ),
    "plan.not-allowed": (
        "{key}: {given} is not allowed; expected {expected}",
        "{key}: không được dùng {given}; cần {expected}",
    ),
    "plan.invalid-id": (
        "{key}: {given!r} is not a valid id; use lower-case ASCII letters and digits, words "
        "joined by '-' or '_', starting with a letter",
        "{key}: {given!r} không phải là mã hợp lệ; hãy dùng chữ thường ASCII và chữ số, các từ "
        "nối bằng '-' hoặc '_', bắt đầu bằng một chữ cái",
    ),
    "plan.wrong-type": (
        "{key}: expected {expected}, got {given}",
        "{key}: cần {expected}, nhưng gặp {given}",
    ),
    "plan.wrong-type.quote-it": (
        '{key}: expected {expected}, got {given} (write it in quotes if it is meant as text: "'
        '{written}")',
        "{key}: cần {expected}, nhưng gặp {given} (hãy đặt trong dấu ngoặc kép nếu muốn ghi "
        'dạng văn bản: "{written}")',
    ),
    "plan.key-problem": ("{key}: {problem}", "{key}: {problem}"),
    "plan.type.text": ("text", "văn bản"),
    "plan.type.whole-number": ("a whole number", "một số nguyên"),
    "plan.type.number": ("a number", "một số"),
    "plan.type.boolean": ("true or false", "true hoặc false"),
    "plan.type.list": ("a list", "một danh sách"),
    "plan.type.mapping": ("a mapping (key: value)", "một ánh xạ (khóa: giá trị)"),
    "plan.type.date": ("a date like 2022-11-08", "một ngày dạng 2022-11-08"),
    "plan.given.null": ("nothing (null)", "không có gì (null)"),
    "plan.given.boolean": ("the boolean {value}", "giá trị logic {value}"),
    "plan.given.decimal": ("the number {value:g}", "số {value:num}"),
    "plan.given.whole-number": ("the number {value}", "số {value}"),
    "plan.given.text": ("the text {value!r}", "văn bản {value!r}"),
    "plan.given.list": ("a list", "một danh sách"),
    "plan.given.mapping": ("a mapping", "một ánh xạ"),
    # pydantic's limits: each English form is pydantic's own message (used only when equal)
    "plan.limit.at-least": (
        "Input should be greater than or equal to {limit:g}",
        "giá trị phải lớn hơn hoặc bằng {limit:g}",
    ),
    "plan.limit.above": (
        "Input should be greater than {limit:g}",
        "giá trị phải lớn hơn {limit:g}",
    ),
    "plan.limit.at-most": (
        "Input should be less than or equal to {limit:g}",
        "giá trị phải nhỏ hơn hoặc bằng {limit:g}",
    ),
    "plan.limit.below": ("Input should be less than {limit:g}", "giá trị phải nhỏ hơn {limit:g}"),
    "plan.limit.list": ("List", "danh sách"),
    "plan.limit.tuple": ("Tuple", "bộ giá trị"),
    "plan.limit.one-item": ("1 item", "1 phần tử"),
    "plan.limit.items": ("{count} items", "{count} phần tử"),
    "plan.limit.too-few": (
        "{what} should have at least {items} after validation, not {got}",
        "{what} phải có ít nhất {items}, không phải {got}",
    ),
    "plan.limit.too-many": (
        "{what} should have at most {items} after validation, not {got}",
        "{what} chỉ được có nhiều nhất {items}, không phải {got}",
    ),
    "plan.limit.one-character": ("1 character", "1 ký tự"),
    "plan.limit.characters": ("{count} characters", "{count} ký tự"),
    "plan.limit.text-too-short": (
        "String should have at least {characters}",
        "văn bản phải có ít nhất {characters}",
    ),
    "plan.limit.text-too-long": (
        "String should have at most {characters}",
        "văn bản chỉ được dài nhiều nhất {characters}",
    ),
    # --- the model's validators (model/*) ------------------------------------------------------
    "plan.rate-needs-percent": (
        "write a growth rate with a percent sign, e.g. {value}%; a bare {value} could mean "
        "{value} % or {percent:g} %",
        "hãy viết tốc độ tăng kèm dấu phần trăm, ví dụ {value}%; nếu chỉ ghi {value} thì có "
        "thể hiểu là {value} % hoặc {percent:g} %",
    ),
    "plan.rate-format": (
        "a growth rate is written like 12.96% or 12,96% (got {given!r})",
        "tốc độ tăng được viết dạng 12.96% hoặc 12,96% (gặp {given!r})",
    ),
    "plan.rate-not-a-number": ("not a number: {given!r}", "không phải là số: {given!r}"),
    "plan.period-format.type": (
        'a period is written as text like "2021-2030", or one year: 2022 (got {given!r})',
        'giai đoạn được viết dạng văn bản như "2021-2030", hoặc một năm: 2022 (gặp {given!r})',
    ),
    "plan.period-format": (
        'a period is written like "2021-2030", or one year: 2022 (got {given!r})',
        'giai đoạn được viết dạng "2021-2030", hoặc một năm: 2022 (gặp {given!r})',
    ),
    "plan.period-reversed": (
        "the period {given!r} starts after it ends",
        "giai đoạn {given!r} có năm bắt đầu sau năm kết thúc",
    ),
    "plan.bound-missing": (
        "a target needs one bound: value, about, at_least, more_than, at_most, less_than or range",
        "mục tiêu cần một giới hạn: `value`, `about`, `at_least`, `more_than`, `at_most`, "
        "`less_than` hoặc `range`",
    ),
    "plan.bound-many": (
        "a target has one bound, not several ({keys:list})",
        "mỗi mục tiêu chỉ có một giới hạn, không phải nhiều ({keys:list})",
    ),
    "plan.tolerance-without-about": (
        "tolerance applies to an about (khoảng) target only; this one has {key}",
        "tolerance chỉ áp dụng cho mục tiêu about (khoảng); mục tiêu này dùng {key}",
    ),
    "plan.year-or-period.qualitative": (
        "a qualitative target gives either year (due by) or period (held every year), not "
        "both or neither",
        "mục tiêu định tính ghi `year` (hạn hoàn thành) hoặc `period` (duy trì hằng năm), "
        "không ghi cả hai, cũng không bỏ trống cả hai",
    ),
    "plan.year-or-period.rating": (
        "a rating target gives either year (due by) or period (every year of the period), "
        "not both or neither",
        "mục tiêu xếp loại ghi `year` (hạn đạt) hoặc `period` (mọi năm trong giai đoạn), "
        "không ghi cả hai, cũng không bỏ trống cả hai",
    ),
    "plan.year-or-period.share": (
        "a share target gives either year (the share in that year) or period (the share of "
        "the period's totals), not both or neither",
        "mục tiêu tỷ lệ ghi `year` (tỷ lệ trong năm đó) hoặc `period` (tỷ lệ trên tổng của cả "
        "giai đoạn), không ghi cả hai, cũng không bỏ trống cả hai",
    ),
    "plan.structure-band": (
        "a structure target gives its band: range: [low, high] or about: X",
        "mục tiêu cơ cấu ghi khoảng của nó: range: [thấp, cao] hoặc about: X",
    ),
    "plan.rating-bound": (
        "a rating target gives one bound, at_least or value, naming a level of the "
        "indicator's scale (got {given})",
        "mục tiêu xếp loại ghi một giới hạn, at_least hoặc `value`, là một mức của thang xếp "
        "loại của chỉ tiêu (gặp {given})",
    ),
    "plan.count-criterion": (
        "a count target gives criterion and among together (the qualitative indicator and "
        "the areas counted), or neither (then out_of alone)",
        "mục tiêu đếm ghi criterion và among cùng nhau (chỉ tiêu định tính và các địa bàn được "
        "đếm), hoặc không ghi cả hai (khi đó chỉ ghi `out_of`)",
    ),
    "plan.thresholds-order": (
        "at_risk ({at_risk}) must be below on_track ({on_track})",
        "at_risk ({at_risk:num}) phải nhỏ hơn on_track ({on_track:num})",
    ),
}
