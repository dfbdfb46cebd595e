"""The words of actuals: each key with its English and Vietnamese template (see plantrack.texts)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Words and pieces that other messages of this stage are made of
    "data.blank": ("(blank)", "(trống)"),
    "data.and": ("{first} and {last}", "{first} và {last}"),
    "data.or": ("{first} or {last}", "{first} hoặc {last}"),
    "data.comma": ("{first}, {last}", "{first}, {last}"),
    "data.decimal-mark.comma": ("comma", "phẩy"),
    "data.decimal-mark.point": ("point", "chấm"),
    "data.role.source": ("source", "nguồn"),
    "data.role.note": ("note", "ghi chú"),
    "data.line": ("line {line}", "dòng {line}"),
    "data.lines.one": ("line {lines}", "dòng {lines}"),
    "data.lines.many": ("lines {lines}{more}", "các dòng {lines}{more}"),
    "data.lines.more": (" and {count} more", " và {count:num} dòng khác"),
    "data.cells.more": (" and {count} more", " và {count:num} ô khác"),
    "data.did-you-mean": ("; did you mean {close}?", "; có phải là {close}?"),
    "data.no-area": ("no area", "không có địa bàn"),
    "data.all-parts": ("(all parts)", "(tất cả các phần)"),
    "data.size.mib": ("{mib:,.0f} MiB", "{mib:num.0} MiB"),
    "data.size.bytes": ("{count:,} bytes", "{count:num} byte"),
    "data.size.characters": ("{count:,} characters", "{count:num} ký tự"),
    "data.size.more-than": ("more than {size}", "hơn {size}"),
    "data.in-sheet": ("sheet {sheet!r}: {reason}", "trang tính {sheet!r}: {reason}"),
    "data.in-cell": ("{cell!r}: {reason}", "{cell!r}: {reason}"),
    # The data-entry template's instructions sheet (plantrack template -o FILE.xlsx)
    "template.title": ("How to fill in this workbook", "Hướng dẫn nhập số liệu"),
    "template.plan": (
        "Plan: {title} ({plan}); years {first}-{last}.",
        "Kế hoạch: {title} ({plan}); các năm {first}-{last}.",
    ),
    "template.wide": (
        "Type the figures on the sheet '{sheet}': a row per indicator and area, a column per "
        "year. A blank cell is a figure not known yet.",
        "Nhập số liệu ở trang '{sheet}': mỗi dòng một chỉ tiêu của một địa bàn, mỗi cột một "
        "năm. Ô để trống là chưa có số liệu.",
    ),
    "template.long": (
        "Type the figures on the sheet '{sheet}', in the column 'value': a row per indicator, "
        "area and year. A blank cell is a figure not known yet.",
        "Nhập số liệu ở trang '{sheet}', cột 'value': mỗi dòng một chỉ tiêu, một địa bàn, một "
        "năm. Ô để trống là chưa có số liệu.",
    ),
    "template.keep": (
        "Leave the indicator codes, areas, units (ĐVT) and the column 'plan' as they are: "
        "plantrack knows each row by them. Rows may be deleted, not renamed.",
        "Giữ nguyên mã chỉ tiêu, địa bàn, ĐVT và cột 'plan': plantrack nhận ra từng dòng nhờ "
        "chúng. Có thể xoá dòng, không đổi tên.",
    ),
    "template.numbers": (
        "Write each figure as a number in the row's unit (ĐVT).",
        "Ghi mỗi số liệu là một số theo ĐVT của dòng.",
    ),
    "template.estimate-column": (
        "The column '{header}' holds the estimates of {year} (ước thực hiện, ƯTH): plantrack "
        "marks its figures as estimates. Once the final figures are known, rename the column "
        "'TH {year}' or '{year}'.",
        "Cột '{header}' là số ước thực hiện (ƯTH) năm {year}: plantrack đánh dấu các số liệu "
        "này là số ước. Khi có số chính thức, đổi tiêu đề cột thành 'TH {year}' hoặc '{year}'.",
    ),
    "template.estimate-rows": (
        "The rows of {year} are of kind 'ƯTH': estimates (ước thực hiện), which plantrack marks "
        "as such. Once a final figure is known, change its kind to 'TH'.",
        "Các dòng năm {year} có loại 'ƯTH': số ước thực hiện, plantrack đánh dấu là số ước. "
        "Khi có số chính thức, đổi loại thành 'TH'.",
    ),
    "template.estimate-words": (
        "Any year's column headed with 'Ước' or 'ƯTH' ('ƯTH 2025') is read as estimates, 'TH "
        "2025' or '2025' as final figures; a column 'KH 2025' is a plan figure and is not read "
        "as an actual.",
        "Cột năm nào có tiêu đề 'Ước' hoặc 'ƯTH' ('ƯTH 2025') được đọc là số ước; 'TH 2025' "
        "hoặc '2025' là số chính thức; cột 'KH 2025' là số kế hoạch, không đọc là số thực hiện.",
    ),
    "template.states": (
        "For a qualitative indicator, choose a word from the cell's list: {words}.",
        "Với chỉ tiêu định tính, chọn một từ trong danh sách của ô: {words}.",
    ),
    "template.levels": (
        "For a rated indicator, choose a level from the cell's list.",
        "Với chỉ tiêu xếp loại, chọn một mức trong danh sách của ô.",
    ),
    "template.source": (
        "'Nguồn': where the figure comes from (a report, the statistical yearbook); 'Ghi chú': "
        "anything to note.",
        "Cột 'Nguồn' ghi nguồn số liệu (báo cáo, niên giám thống kê); cột 'Ghi chú' ghi điều "
        "cần lưu ý.",
    ),
    "template.check": (
        "Then run `plantrack check FILE.xlsx` to assess the plan's targets with these figures.",
        "Sau đó chạy `plantrack check TỆP.xlsx` để đánh giá các chỉ tiêu của kế hoạch theo số "
        "liệu này.",
    ),
    # Finding and opening files (discover, table, workbook, limits, xlsx)
    "data.path-not-found": ("no such file or folder", "không có tệp hay thư mục này"),
    "data.path-not-found.empty": (
        "an empty path names no file or folder (is a shell variable empty?)",
        "đường dẫn rỗng không chỉ tới tệp hay thư mục nào (có biến shell nào bị rỗng không?)",
    ),
    "data.file-unreadable.path": (
        "cannot read the path: {reason}",
        "không đọc được đường dẫn: {reason}",
    ),
    "data.file-unreadable": ("cannot read the file: {reason}", "không đọc được tệp: {reason}"),
    "data.file-unreadable.not-regular": (
        "cannot read the file: it is a device, a FIFO or a socket, not a regular file (give - to "
        "read standard input)",
        "không đọc được tệp: đây là thiết bị, FIFO hoặc socket, không phải tệp thông thường "
        "(cho - để đọc từ đầu vào chuẩn)",
    ),
    "data.no-data-files": (
        "the folder holds no data files ({suffixes})",
        "thư mục không có tệp số liệu nào ({suffixes})",
    ),
    "data.engine-unavailable": (
        "--engine duckdb: DuckDB could not be used ({reason}); the row reader read the files, "
        "with the same results, more slowly (pip install duckdb)",
        "--engine duckdb: không dùng được DuckDB ({reason}); các tệp đã được đọc bằng bộ đọc "
        "từng dòng, kết quả như nhau nhưng chậm hơn (pip install duckdb)",
    ),
    "data.empty-file": ("the file is empty", "tệp rỗng"),
    "data.empty-file.input": ("the input is empty", "dữ liệu đầu vào rỗng"),
    "data.empty-file.no-text": ("the file holds no text", "tệp không có nội dung"),
    "data.empty-file.no-sheets": ("the workbook has no sheets", "sổ tính không có trang tính nào"),
    "data.xlsx-unreadable.protected": (
        "this is a password-protected workbook or an old Excel 97-2003 (.xls) file; remove the "
        "password or save it as .xlsx (Excel Workbook) or CSV",
        "đây là sổ tính có đặt mật khẩu hoặc tệp Excel 97-2003 (.xls) cũ; hãy gỡ mật khẩu hoặc "
        "lưu lại thành .xlsx (Excel Workbook) hoặc CSV",
    ),
    "data.xlsx-unreadable.protected-input": (
        "a password-protected or old .xls workbook",
        "sổ tính có đặt mật khẩu hoặc tệp .xls cũ",
    ),
    "data.xlsx-unreadable.not-zip": (
        "the file has an Excel name but is not an Excel workbook (.xlsx is a zip archive); it "
        "may be damaged, or a CSV or HTML file renamed",
        "tệp mang đuôi tên của Excel nhưng không phải sổ tính Excel (.xlsx là một tệp nén zip); "
        "có thể tệp bị hỏng, hoặc là tệp CSV hay HTML bị đổi tên",
    ),
    "data.xlsx-unreadable.damaged": (
        "not a readable Excel workbook ({error}); open it in Excel and save it again as .xlsx",
        "không phải sổ tính Excel đọc được ({error}); hãy mở tệp bằng Excel rồi lưu lại thành "
        ".xlsx",
    ),
    "data.xlsx-unreadable.chart": (
        "the sheet {sheet!r} is a chart, not a table of figures; name the sheet that holds the "
        "figures with {@sheet}",
        "trang tính {sheet!r} là biểu đồ, không phải bảng số liệu; hãy chỉ ra trang tính chứa "
        "số liệu bằng {@sheet}",
    ),
    "data.xlsx-unreadable.midway": (
        "the sheet cannot be read to the end ({error})",
        "không đọc được trang tính đến hết ({error})",
    ),
    "data.xlsx-unreadable.no-openpyxl": (
        "reading .xlsx needs openpyxl (pip install openpyxl)",
        "cần có openpyxl để đọc tệp .xlsx (pip install openpyxl)",
    ),
    "data.unsupported-format": (
        "{suffix} files are not read; save the sheet as .xlsx (Excel Workbook) or CSV",
        "không đọc tệp {suffix}; hãy lưu trang tính thành .xlsx (Excel Workbook) hoặc CSV",
    ),
    "data.sheet-not-found": (
        "no sheet named {sheet!r}; the workbook has: {names}",
        "không có trang tính nào tên {sheet!r}; sổ tính có: {names}",
    ),
    "data.sheet-not-found.accents": (
        "{sheet!r} names {count} sheets when accents are left out: {names}; give the name with "
        "its accents",
        "{sheet!r} khớp với {count} trang tính khi bỏ dấu: {names}; hãy ghi tên trang tính có dấu",
    ),
    "data.binary-file": (
        "the file holds NUL bytes, so it is not a text (CSV) file",
        "tệp chứa byte NUL, nên không phải tệp văn bản (CSV)",
    ),
    "data.binary-file.utf-16": (
        "the file holds NUL bytes, so it is not a text (CSV) file (it looks like UTF-16 without "
        "a byte-order mark: give {@encoding} utf-16-le)",
        "tệp chứa byte NUL, nên không phải tệp văn bản (CSV) (có vẻ là UTF-16 không có dấu thứ "
        "tự byte: hãy cho {@encoding} utf-16-le)",
    ),
    "data.mixed-encoding": (
        "the file mixes encodings: it is UTF-8 up to here but this line is not; save it again "
        "from one program, as CSV UTF-8",
        "tệp dùng lẫn nhiều bảng mã: đến đây là UTF-8 nhưng dòng này thì không; hãy lưu lại tệp "
        "từ một chương trình, dạng CSV UTF-8",
    ),
    "data.undecodable-text": (
        "the file is neither UTF-8 nor Windows-1258; save it as CSV UTF-8 or give its encoding "
        "with {@encoding}",
        "tệp không phải UTF-8 cũng không phải Windows-1258; hãy lưu lại thành CSV UTF-8 hoặc "
        "cho biết bảng mã của tệp bằng {@encoding}",
    ),
    "data.undecodable-text.unknown": (
        "unknown encoding {encoding!r}",
        "không rõ bảng mã {encoding!r}",
    ),
    "data.undecodable-text.not-valid": (
        "the file is not valid {encoding}; give its encoding with {@encoding}",
        "tệp không phải {encoding} hợp lệ; hãy cho biết bảng mã của tệp bằng {@encoding}",
    ),
    "data.encoding-guessed": (
        "the file is not UTF-8; read as {encoding} (Excel's CSV on Vietnamese Windows); give "
        "{@encoding} if that is wrong",
        "tệp không phải UTF-8; đã đọc theo bảng mã {encoding} (CSV của Excel trên Windows tiếng "
        "Việt); nếu sai, hãy cho bảng mã bằng {@encoding}",
    ),
    "data.field-too-large": (
        "a cell longer than {limit:,} characters (often a quote mark that is never closed); "
        "reading stopped here",
        "một ô dài hơn {limit:num} ký tự (thường do một dấu ngoặc kép không được đóng); dừng "
        "đọc tại đây",
    ),
    "data.csv-syntax": ("not readable as CSV: {reason}", "không đọc được theo dạng CSV: {reason}"),
    "data.rows-after-not-read": (
        "{reason}; the rows after it are not read",
        "{reason}; các dòng sau đó không được đọc",
    ),
    "data.xlsx-too-large.declared": (
        "the workbook's part {part} declares that it decompresses to {size}; plantrack reads at "
        "most {limit} of a workbook's XML (a zip bomb, or a workbook to split)",
        "phần {part} của sổ tính khai báo rằng khi giải nén có dung lượng {size}; plantrack chỉ "
        "đọc tối đa {limit} XML của một sổ tính (có thể là bom zip, hoặc sổ tính cần tách nhỏ)",
    ),
    "data.xlsx-too-large.read": (
        "the workbook's part {part} decompresses to more than {size}; plantrack reads at most "
        "{limit} of a workbook's XML (a zip bomb, or a workbook to split)",
        "phần {part} của sổ tính khi giải nén lớn hơn {size}; plantrack chỉ đọc tối đa {limit} "
        "XML của một sổ tính (có thể là bom zip, hoặc sổ tính cần tách nhỏ)",
    ),
    "data.xlsx-too-large.unordered": (
        "the rows of sheet {sheet!r} are not in order, and it holds more than {limit:,} cells "
        "to put in order; open it in Excel and save it again (Excel writes rows in order); "
        "reading stops there",
        "các dòng của trang tính {sheet!r} không theo thứ tự, và trang tính có hơn {limit:num} "
        "ô cần xếp lại; hãy mở bằng Excel rồi lưu lại (Excel ghi các dòng theo thứ tự); dừng "
        "đọc tại đây",
    ),
    "data.xlsx-too-large.cells": (
        "sheet {sheet!r} spans more than {limit:,} cells (rows times columns up to each row's "
        "last cell); reading stops there",
        "trang tính {sheet!r} trải trên hơn {limit:num} ô (số dòng nhân số cột đến ô cuối của "
        "mỗi dòng); dừng đọc tại đây",
    ),
    "data.xlsx-row-out-of-range": (
        "sheet {sheet!r} has a row numbered {number}{after}: Excel's rows are 1 to {limit:,}; "
        "reading stops there",
        "trang tính {sheet!r} có dòng số {number}{after}: Excel chỉ có các dòng từ 1 đến "
        "{limit:num}; dừng đọc tại đây",
    ),
    "data.xlsx-row-out-of-range.after": (" (after row {row})", " (sau dòng {row})"),
    "data.xlsx-column-out-of-range": (
        "sheet {sheet!r} has a cell {cell} in row {row}, beyond Excel's last column XFD "
        "({limit:,}); reading stops there",
        "trang tính {sheet!r} có ô {cell} ở dòng {row}, vượt quá cột cuối cùng của Excel là XFD "
        "({limit:num}); dừng đọc tại đây",
    ),
    "data.xlsx-cell-too-long": (
        "the cell holds {size}; Excel holds at most {limit:,} in a cell; reading stops there",
        "ô chứa {size}; Excel chỉ chứa tối đa {limit:num} ký tự trong một ô; dừng đọc tại đây",
    ),
    "data.xlsx-cell-too-long.run": (
        "more than {size} of text without markup in {part} (Excel holds at most {limit:,} "
        "characters in a cell); reading stops there",
        "hơn {size} văn bản liền không có thẻ đánh dấu trong {part} (Excel chỉ chứa tối đa "
        "{limit:num} ký tự trong một ô); dừng đọc tại đây",
    ),
    "data.xlsx-cell-too-long.shared-string": (
        "shared string {index} of the workbook ({part}) holds more than {mib} MiB of text (Excel "
        "holds at most {limit:,} characters in a cell); it cannot be read",
        "chuỗi dùng chung thứ {index} của sổ tính ({part}) chứa hơn {mib} MiB văn bản (Excel "
        "chỉ chứa tối đa {limit:num} ký tự trong một ô); không đọc được",
    ),
    # The header and the rows (read, layout)
    "data.no-header": (
        "no header row found in the first {rows} rows; expected {expected}",
        "không tìm thấy dòng tiêu đề trong {rows} dòng đầu; cần có {expected}",
    ),
    "data.no-header.long": (
        "columns named indicator / chỉ tiêu, year / năm and value / giá trị",
        "các cột tên là chỉ tiêu, năm và giá trị (hoặc 'indicator', 'year', 'value')",
    ),
    "data.no-header.wide": (
        "an indicator column and year columns such as 2021, Năm 2021, TH 2022, ƯTH 2024",
        "một cột chỉ tiêu và các cột năm như 2021, Năm 2021, TH 2022, ƯTH 2024",
    ),
    "data.no-header.either": (
        "columns indicator / chỉ tiêu, year / năm, value / giá trị (one figure per row), or an "
        "indicator column and year columns such as 2021, TH 2022, ƯTH 2024 (one indicator per "
        "row)",
        "các cột chỉ tiêu, năm, giá trị (hoặc 'indicator', 'year', 'value'; mỗi dòng một số "
        "liệu), hoặc một cột chỉ tiêu và các cột năm như 2021, TH 2022, ƯTH 2024 (mỗi dòng một "
        "chỉ tiêu)",
    ),
    "data.no-data-rows": (
        "the file has a header but no figures",
        "tệp có dòng tiêu đề nhưng không có số liệu nào",
    ),
    "data.unread-column": (
        "column {column} {label!r} names a year, but not whether it holds final figures, "
        "estimates or plan figures, so its cells are not read; name it like TH 2024, ƯTH 2024 "
        "or KH 2024",
        "cột {column} {label!r} ghi năm nhưng không cho biết là số thực hiện, số ước thực hiện "
        "hay số kế hoạch, nên các ô của cột không được đọc; hãy đặt tên cột như TH 2024, "
        "ƯTH 2024 hoặc KH 2024",
    ),
    "data.header-row.column-numbers": (
        "the column numbers under the header",
        "dòng đánh số cột dưới dòng tiêu đề",
    ),
    "data.extra-cells": (
        "the row has {cells} cells and the header {width}; the cells beyond the header ({extra}) "
        "are under no column{why}",
        "dòng có {cells} ô còn dòng tiêu đề có {width} ô; các ô thừa ({extra}) không thuộc cột "
        "nào{why}",
    ),
    "data.extra-cells.why": (
        " (a delimiter inside an unquoted value, such as a decimal comma in a comma-separated "
        "file?)",
        " (có dấu phân cách nằm trong một giá trị không đặt trong ngoặc kép, chẳng hạn dấu phẩy "
        "thập phân trong tệp phân cách bằng dấu phẩy?)",
    ),
    "data.split-number": (
        "{before!r} is followed by {here!r} in the {role} column: a number with a decimal comma "
        'left without quotes in a comma-separated file? Put quotes around it ("120,5"), or save '
        "the file with ; as the separator",
        "{before!r} có {here!r} theo sau ở cột {role}: một số có dấu phẩy thập phân không đặt "
        'trong ngoặc kép trong tệp phân cách bằng dấu phẩy? Hãy đặt số trong ngoặc kép ("120,5"), '
        "hoặc lưu tệp với dấu ; làm dấu phân cách",
    ),
    "data.no-values.nothing": (
        "no indicator and no value",
        "không có chỉ tiêu và không có giá trị",
    ),
    "data.no-values.blank": ("the value is blank", "giá trị để trống"),
    "data.no-values.no-year": (
        "no figure in any year column",
        "không có số liệu ở cột năm nào",
    ),
    "data.missing-indicator.value": (
        "a value without an indicator",
        "có giá trị nhưng không có chỉ tiêu",
    ),
    "data.missing-indicator.figures": (
        "figures without an indicator name",
        "có số liệu nhưng không có tên chỉ tiêu",
    ),
    "data.unknown-figure-kind": (
        "kind {kind!r} is not understood; write TH (final), ƯTH (estimate) or KH (plan figure)",
        "loại số liệu {kind!r} không hiểu được; hãy ghi TH (số thực hiện), ƯTH (số ước thực "
        "hiện) hoặc KH (số kế hoạch)",
    ),
    "data.plan-figure": (
        "a plan figure (KH), not an actual",
        "số kế hoạch (KH), không phải số thực hiện",
    ),
    "data.plan-figure.year": ("a plan figure (KH {year})", "số kế hoạch (KH {year})"),
    "data.section-row": ("a heading: {label}", "dòng đề mục: {label}"),
}
