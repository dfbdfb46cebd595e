"""The words of the command line: each key with its English and Vietnamese template (see
plantrack.texts).

``cli.click.*`` are click's own messages: the English form is click's gettext msgid, word for
word (the key is found by it, :mod:`plantrack.cli.click_words`), and its fields are click's.
``cli.click.word.*`` are words click puts into its messages (a path's kind, a number's type).
The others are plantrack's own: usage errors, notes on stderr, ``calc``'s labels, ``init``'s
lines.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- click's usage errors (exceptions.py) ---------------------------------------------------
    "cli.click.error": ("Error: {message}", "Lỗi: {message}"),
    "cli.click.try-help": (
        "Try '{command} {option}' for help.",
        "Xem '{command} {option}' để biết cách dùng.",
    ),
    "cli.click.invalid-value": ("Invalid value: {message}", "Giá trị không hợp lệ: {message}"),
    "cli.click.invalid-value-for": (
        "Invalid value for {param_hint}: {message}",
        "Giá trị không hợp lệ cho {param_hint}: {message}",
    ),
    "cli.click.missing-argument": ("Missing argument", "Thiếu đối số"),
    "cli.click.missing-option": ("Missing option", "Thiếu tùy chọn"),
    "cli.click.missing-parameter": ("Missing parameter", "Thiếu tham số"),
    "cli.click.missing-kind": ("Missing {param_type}", "Thiếu {param_type}"),
    "cli.click.missing-parameter-named": (
        "Missing parameter: {param_name}",
        "Thiếu tham số: {param_name}",
    ),
    "cli.click.no-such-option": ("No such option {name!r}.", "Không có tùy chọn {name!r}."),
    "cli.click.no-such-command": ("No such command {name!r}.", "Không có lệnh {name!r}."),
    "cli.click.did-you-mean": ("Did you mean {possibility}?", "Có phải ý bạn là {possibility}?"),
    "cli.click.did-you-mean-one-of": (
        "(Did you mean one of: {possibilities}?)",
        "(Có phải ý bạn là một trong: {possibilities}?)",
    ),
    "cli.click.could-not-open": (
        "Could not open file {filename!r}: {message}",
        "Không mở được tệp {filename!r}: {message}",
    ),
    "cli.click.unknown-error": ("unknown error", "lỗi không rõ"),
    # --- click's parsing (core.py, parser.py) ---------------------------------------------------
    "cli.click.extra-argument": (
        "Got unexpected extra argument ({args})",
        "Thừa đối số ({args})",
    ),
    "cli.click.extra-arguments": (
        "Got unexpected extra arguments ({args})",
        "Thừa các đối số ({args})",
    ),
    "cli.click.missing-command": ("Missing command.", "Thiếu lệnh."),
    "cli.click.aborted": ("Aborted!", "Đã dừng!"),
    "cli.click.not-iterable": ("Value must be an iterable.", "Giá trị phải là một dãy."),
    "cli.click.takes-values-one-given": (
        "Takes {nargs} values but 1 was given.",
        "Cần {nargs} giá trị nhưng chỉ nhận được 1.",
    ),
    "cli.click.takes-values-given": (
        "Takes {nargs} values but {len} were given.",
        "Cần {nargs} giá trị nhưng nhận được {len}.",
    ),
    "cli.click.requires-argument": (
        "Option {name!r} requires an argument.",
        "Tùy chọn {name!r} cần một giá trị.",
    ),
    "cli.click.requires-arguments": (
        "Option {name!r} requires {nargs} arguments.",
        "Tùy chọn {name!r} cần {nargs} giá trị.",
    ),
    "cli.click.takes-no-value": (
        "Option {name!r} does not take a value.",
        "Tùy chọn {name!r} không nhận giá trị.",
    ),
    "cli.click.argument-takes-values": (
        "Argument {name!r} takes {nargs} values.",
        "Đối số {name!r} nhận {nargs} giá trị.",
    ),
    # --- click's types (types.py) ---------------------------------------------------------------
    "cli.click.not-the-choice": ("{value!r} is not {choice}.", "{value!r} không phải {choice}."),
    "cli.click.not-a-choice": (
        "{value!r} is not one of {choices}.",
        "{value!r} không thuộc {choices}.",
    ),
    "cli.click.not-the-format": (
        "{value!r} does not match the format {format}.",
        "{value!r} không đúng dạng {format}.",
    ),
    "cli.click.not-a-format": (
        "{value!r} does not match the formats {formats}.",
        "{value!r} không đúng dạng nào trong {formats}.",
    ),
    "cli.click.not-a-number": (
        "{value!r} is not a valid {number_type}.",
        "{value!r} không phải {number_type} hợp lệ.",
    ),
    "cli.click.out-of-range": (
        "{value} is not in the range {range}.",
        "{value} nằm ngoài khoảng {range}.",
    ),
    "cli.click.not-a-boolean": (
        "{value!r} is not a valid boolean. Recognized values: {states}",
        "{value!r} không phải giá trị đúng/sai hợp lệ. Các giá trị nhận: {states}",
    ),
    "cli.click.not-a-uuid": ("{value!r} is not a valid UUID.", "{value!r} không phải UUID hợp lệ."),
    "cli.click.values-required-one-given": (
        "{len_type} values are required, but {len_value} was given.",
        "Cần {len_type} giá trị, nhưng nhận được {len_value}.",
    ),
    "cli.click.values-required-given": (
        "{len_type} values are required, but {len_value} were given.",
        "Cần {len_type} giá trị, nhưng nhận được {len_value}.",
    ),
    "cli.click.path-does-not-exist": (
        "{name} {filename!r} does not exist.",
        "{name} {filename!r} không tồn tại.",
    ),
    "cli.click.path-is-a-file": ("{name} {filename!r} is a file.", "{name} {filename!r} là tệp."),
    "cli.click.path-is-a-directory": (
        "{name} {filename!r} is a directory.",
        "{name} {filename!r} là thư mục.",
    ),
    "cli.click.path-not-readable": (
        "{name} {filename!r} is not readable.",
        "{name} {filename!r} không đọc được.",
    ),
    "cli.click.path-not-writable": (
        "{name} {filename!r} is not writable.",
        "{name} {filename!r} không ghi được.",
    ),
    "cli.click.path-not-executable": (
        "{name} {filename!r} is not executable.",
        "{name} {filename!r} không chạy được.",
    ),
    # --- click's prompts (termui.py, decorators.py) ---------------------------------------------
    "cli.click.invalid-input": ("Error: invalid input", "Lỗi: giá trị nhập không hợp lệ"),
    "cli.click.values-differ": (
        "Error: The two entered values do not match.",
        "Lỗi: hai giá trị đã nhập không khớp nhau.",
    ),
    "cli.click.repeat": ("Repeat for confirmation", "Nhập lại để xác nhận"),
    "cli.click.press-a-key": ("Press any key to continue...", "Nhấn phím bất kỳ để tiếp tục..."),
    "cli.click.continue": ("Do you want to continue?", "Tiếp tục?"),
    # --- words click puts into those messages -------------------------------------------------
    "cli.click.word.file": ("file", "tệp"),
    "cli.click.word.directory": ("directory", "thư mục"),
    "cli.click.word.path": ("path", "đường dẫn"),
    "cli.click.word.integer": ("integer", "số nguyên"),
    "cli.click.word.integer-range": ("integer range", "số nguyên"),
    "cli.click.word.float": ("float", "số"),
    "cli.click.word.float-range": ("float range", "số"),
    # --- plantrack's usage errors ---------------------------------------------------------------
    "cli.no-plans-folder": (
        "there is no plans/ folder here. To start, run `plantrack init` (it creates plans/ with "
        "an example plan, data/ with its data-entry sheet, and the CI files), or name the plans "
        "{how}.",
        "thư mục này không có plans/. Để bắt đầu, chạy `plantrack init` (tạo plans/ với "
        "một kế hoạch mẫu, data/ với biểu nhập số liệu, và cấu hình CI), hoặc chỉ rõ tệp "
        "kế hoạch {how}.",
    ),
    "cli.no-plans-folder.option": ("with --plan FILE_OR_FOLDER", "bằng --plan TỆP_HOẶC_THƯ_MỤC"),
    "cli.no-plans-folder.paths": (
        "after the command: plantrack {command} FILE_OR_FOLDER",
        "sau lệnh: plantrack {command} TỆP_HOẶC_THƯ_MỤC",
    ),
    "cli.explain-is-text": (
        "--explain prints the working as text; for scripts, --format json carries the same "
        "working in each result's steps",
        "--explain in cách tính dưới dạng văn bản; cho chương trình khác đọc, --format json "
        "ghi cùng cách tính đó trong các bước của mỗi kết quả",
    ),
    "cli.csv-style-not-csv": (
        "--csv-style is for CSV output (--format csv, or -o FILE.csv), not for --format {format}",
        "--csv-style dùng cho kết quả dạng CSV (--format csv, hoặc -o TỆP.csv), không dùng cho "
        "--format {format}",
    ),
    "cli.write-baseline-whole": (
        "--write-baseline writes the whole baseline: run it without --area, --indicator, "
        "--status and --explain",
        "--write-baseline ghi toàn bộ danh sách kết quả đã chấp nhận: chạy nó không kèm "
        "--area, --indicator, --status và --explain",
    ),
    "cli.baseline-not-written": (
        "{path}: not written: errors in the inputs",
        "{path}: không ghi: dữ liệu đầu vào có lỗi",
    ),
    "cli.reading-data": (
        "Reading the data… ({megabytes} MB)",
        "Đang đọc số liệu… ({megabytes} MB)",
    ),
    "cli.encoding-unknown": (
        "{encoding!r} is not an encoding Python knows (e.g. utf-8, cp1258, utf-16)",
        "Python không biết bảng mã {encoding!r} (ví dụ các bảng mã hợp lệ: utf-8, cp1258, utf-16)",
    ),
    "cli.encoding-not-text": (
        "{encoding!r} is not an encoding of text files (e.g. utf-8, cp1258, utf-16)",
        "{encoding!r} không phải bảng mã của tệp văn bản (ví dụ: utf-8, cp1258, utf-16)",
    ),
    "cli.template-years": ("write FIRST-LAST, e.g. 2021-2025", "ghi ĐẦU-CUỐI, ví dụ 2021-2025"),
    "cli.extract-extension": (
        "-o {output}: a draft plan is written as .yaml or .json; give a name ending in one of them",
        "-o {output}: bản nháp kế hoạch được ghi dạng .yaml hoặc .json; đặt tên tệp có một "
        "trong hai đuôi đó",
    ),
    "cli.template-extension": (
        "-o {output}: a data-entry sheet is written as .csv or .xlsx; give a name ending in one "
        "of them",
        "-o {output}: biểu nhập số liệu được ghi dạng .csv hoặc .xlsx; đặt tên tệp có một "
        "trong hai đuôi đó",
    ),
    # -o FILE
    "cli.output.format-mismatch": (
        "-o {output}: the extension asks for --format {inferred}, but --format {given} was "
        "given; change one of them",
        "-o {output}: đuôi tệp ứng với --format {inferred}, nhưng lại có --format {given}; "
        "sửa một trong hai",
    ),
    "cli.output.binary-to-terminal": (
        "--format {format} writes a binary file: give -o FILE (for example -o {example}), or "
        "redirect standard output to a file",
        "--format {format} ghi ra một tệp nhị phân: hãy cho -o TỆP (ví dụ -o {example}), hoặc "
        "chuyển đầu ra chuẩn vào một tệp",
    ),
    "cli.output.cannot-write": (
        "-o {output}: cannot write there ({reason})",
        "-o {output}: không ghi được vào đó ({reason})",
    ),
    "cli.output.a-folder": (
        "-o {output}: that is a folder; give a file name",
        "-o {output}: đây là thư mục; hãy đặt tên một tệp",
    ),
    "cli.output.not-regular": (
        "-o {output}: that is not a regular file (a device, a FIFO or a socket); give the name "
        "of a file",
        "-o {output}: đây không phải tệp thông thường (thiết bị, FIFO hay socket); hãy đặt tên "
        "một tệp",
    ),
    "cli.output.an-input": (
        "-o {output}: that is an input file ({input}); choose another name",
        "-o {output}: đây là tệp đầu vào ({input}); hãy chọn tên khác",
    ),
    "cli.output.no-folder": (
        "-o {output}: the folder {folder} does not exist",
        "-o {output}: không có thư mục {folder}",
    ),
    # calc
    "cli.calc.a-bound": (
        '"{text}" is a bound (more than / less than), not a value to compute with; give the '
        "number alone",
        '"{text}" là một cận (trên / dưới), không phải giá trị để tính; hãy ghi riêng con số',
    ),
    "cli.calc.years-above-zero": (
        'the number of years must be above zero, such as 5 or 2,5 (got "{text}")',
        'số năm phải lớn hơn không, như 5 hoặc 2,5 (nhận được "{text}")',
    ),
    "cli.calc.rate-below-all": (
        '"{text}": a yearly rate below -100% is impossible (a value cannot fall by more than '
        "all of it)",
        '"{text}": tốc độ một năm dưới -100% là không thể (một giá trị không giảm quá toàn bộ nó)',
    ),
    "cli.calc.too-large": (
        "the result is too large to compute; check the inputs",
        "kết quả quá lớn, không tính được; hãy kiểm tra các số đã nhập",
    ),
    "cli.calc.cagr": ("CAGR", "Tốc độ tăng bình quân"),
    "cli.calc.required": ("Required growth", "Tốc độ tăng cần đạt"),
    "cli.calc.average": ("Average growth", "Tốc độ tăng bình quân"),
    "cli.calc.value-after-a-year": ("Value after {years} year", "Giá trị sau {years} năm"),
    "cli.calc.value-after-years": ("Value after {years} years", "Giá trị sau {years} năm"),
    "cli.calc.per-year": ("/yr", "/năm"),
    # the exits around every command, and standard output
    "cli.cannot-write-file": ("plantrack: {file}: {reason}", "plantrack: {file}: {reason}"),
    "cli.cannot-write-stdout": (
        "plantrack: cannot write to standard output: {reason}",
        "plantrack: không ghi được ra đầu ra chuẩn: {reason}",
    ),
    "cli.terminal-encoding": (
        "plantrack: the terminal's encoding {encoding} cannot show every Vietnamese letter; "
        "those it cannot are written as \\uXXXX (set PYTHONIOENCODING=utf-8 and a UTF-8 "
        "terminal, or write a file with -o)",
        "plantrack: bảng mã {encoding} của cửa sổ dòng lệnh không hiện được mọi chữ tiếng "
        "Việt; chữ không hiện được ghi dạng \\uXXXX (đặt PYTHONIOENCODING=utf-8 và dùng cửa sổ "
        "UTF-8, hoặc ghi ra tệp bằng -o)",
    ),
    "cli.stdout-encoding": (
        "plantrack: standard output was set to {encoding}, which cannot hold Vietnamese; "
        "writing UTF-8 instead (set PYTHONIOENCODING=utf-8 and this note goes)",
        "plantrack: đầu ra chuẩn dùng bảng mã {encoding}, không chứa được tiếng Việt; ghi "
        "UTF-8 thay thế (đặt PYTHONIOENCODING=utf-8 để bỏ ghi chú này)",
    ),
    # init
    "cli.init.created": ("created {name}", "đã tạo {name}"),
    "cli.init.kept": (
        "kept {name}: it exists already, left as it is",
        "giữ nguyên {name}: tệp đã có",
    ),
    "cli.init.failed": ("could not create {name}: {reason}", "không tạo được {name}: {reason}"),
    "cli.init.next": (
        "next: fill in data/ (or add your own files) and run `plantrack check`",
        "tiếp theo: nhập số liệu vào data/ (hoặc thêm tệp của mình) rồi chạy `plantrack check`",
    ),
    # how the command line says the library's phrases (plantrack.texts._PHRASES)
    "cli.check-with-plan": (
        "plantrack check FILE --plan PLAN",
        "plantrack check TỆP --plan KẾ_HOẠCH",
    ),
    "cli.check-with-plan-file": (
        "plantrack check FILE --plan PLAN_FILE",
        "plantrack check TỆP --plan TỆP_KẾ_HOẠCH",
    ),
    "cli.json-report": ("plantrack check --format json", "plantrack check --format json"),
}
