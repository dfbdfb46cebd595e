"""The codes of data files: the file, rows that hold no figure, rows not used, rows in error."""

from __future__ import annotations

from plantrack.findings.registry import Code, Kind, Section

SECTIONS: tuple[Section, ...] = (
    Section(
        "Reading data",
        level=2,
        intro=(
            "Every row of every data file ends as **used**, **ignored** or an **error**, with"
            " its file and line (for Excel, its sheet and cell: `data/x.xlsx:Bao cao!E7`) and"
            " one of the codes below. A row that gives several figures (a wide table) takes "
            "the worst outcome of its cells. `--strict` turns every warning into an error. "
            "`path-not-found` and `file-unreadable` (above) apply to data paths too; "
            "[data-format.md](data-format.md) explains the layouts and the rules behind each "
            "code. A finding on a workbook names its cell in every output: after the file in "
            "text (`data/x.xlsx:Biểu 01!B14: unmatched-indicator ...`), as `cell` in JSON, "
            "and in the title of a GitHub annotation. A finding about a row names the cell of"
            " the column it is about (the indicator for `unmatched-indicator`, the area for "
            "`unmatched-area`, the year for `bad-year`...), or the row (`Biểu 01!14:14`) when"
            " no column is; a file that stops being read names the row or cell where it "
            "stopped."
        ),
        codes=(),
        group="data",
    ),
    Section(
        "The file",
        level=3,
        intro=(
            "Reported for the file as a whole, at the line where reading stopped when there "
            "is one. A file that cannot be read adds nothing to the check; the other files "
            "are still read."
        ),
        codes=(
            Code(
                "no-data-files",
                Kind.USAGE,
                "a folder holds no data files (*.csv, *.tsv, *.txt, *.xlsx)",
                vi="thư mục không có tệp số liệu",
            ),
            Code(
                "empty-file",
                Kind.ERROR,
                "the file (or workbook) is empty",
                vi="tệp trống",
            ),
            Code(
                "engine-unavailable",
                Kind.WARNING,
                "`--engine duckdb` was asked for, but DuckDB could not be loaded or connected: "
                "the row reader read the files (the same results, more slowly)",
                vi="không dùng được DuckDB",
            ),
            Code(
                "unsupported-format",
                Kind.ERROR,
                "a spreadsheet format plantrack does not read (.xls, .ods...)",
                vi="định dạng tệp không được hỗ trợ",
            ),
            Code(
                "binary-file",
                Kind.ERROR,
                "the file holds NUL bytes: not a text (CSV) file",
                vi="không phải tệp văn bản",
            ),
            Code(
                "undecodable-text",
                Kind.ERROR,
                (
                    "the text is neither UTF-8 (with or without BOM), UTF-16 with BOM nor "
                    "Windows-1258, or the encoding given does not fit"
                ),
                vi="không đọc được bảng mã của tệp",
            ),
            Code(
                "mixed-encoding",
                Kind.ERROR,
                "part of the file is UTF-8 and part is not",
                vi="tệp lẫn nhiều bảng mã",
            ),
            Code(
                "encoding-guessed",
                Kind.WARNING,
                "the file is not UTF-8 and was read as Windows-1258",
                vi="tệp không phải UTF-8, đã đọc theo Windows-1258",
            ),
            Code(
                "xlsx-unreadable",
                Kind.ERROR,
                "not a readable .xlsx workbook (damaged, password-protected, an old .xls)",
                vi="không đọc được tệp Excel",
            ),
            Code(
                "sheet-not-found",
                Kind.ERROR,
                "the workbook has no sheet of the name given",
                vi="không có trang tính này",
            ),
            Code(
                "field-too-large",
                Kind.ERROR,
                (
                    "a CSV cell longer than 1 MiB (usually a quote that is never closed); reading "
                    "stops there"
                ),
                vi="ô quá dài, dừng đọc tệp",
            ),
            Code(
                "xlsx-too-large",
                Kind.ERROR,
                (
                    "the workbook's XML decompresses to more than 256 MiB (the zip's declared sizes, "
                    "or what is read), or a sheet spans more than 50,000,000 cells, or more than "
                    "5,000,000 cells of rows out of order; reading stops there (see "
                    "[data-format.md](data-format.md), *Limits*)"
                ),
                vi="tệp Excel giải nén quá lớn, không đọc",
            ),
            Code(
                "xlsx-row-out-of-range",
                Kind.ERROR,
                "a row numbered outside Excel's rows 1 to 1,048,576; reading stops there",
                vi="số dòng vượt giới hạn của Excel, dừng đọc trang tính",
            ),
            Code(
                "xlsx-column-out-of-range",
                Kind.ERROR,
                "a cell beyond Excel's last column XFD (16,384); reading stops there",
                vi="ô vượt cột cuối của Excel (XFD), dừng đọc trang tính",
            ),
            Code(
                "xlsx-cell-too-long",
                Kind.ERROR,
                (
                    "a cell (or shared string) longer than Excel's 32,767 characters, or more than 1 "
                    "MiB of text without markup; reading stops there"
                ),
                vi="ô dài quá giới hạn của Excel, dừng đọc trang tính",
            ),
            Code(
                "csv-syntax",
                Kind.ERROR,
                "the CSV text cannot be split into cells",
                vi="sai cú pháp CSV",
            ),
            Code(
                "no-header",
                Kind.ERROR,
                "no header row in the first 30 rows: every row of the file is an error",
                vi="không tìm thấy dòng tiêu đề",
            ),
            Code(
                "no-data-rows",
                Kind.WARNING,
                "the file has a header but no figures",
                vi="tệp không có số liệu",
            ),
            Code(
                "unread-column",
                Kind.WARNING,
                (
                    "a wide table's column names a year but not whether it holds final figures (TH), "
                    "estimates (ƯTH) or plan figures (KH); its cells are not read"
                ),
                vi="cột năm không rõ là thực hiện, ước hay kế hoạch",
            ),
        ),
        group="data",
    ),
    Section(
        "Rows that hold no figure",
        level=3,
        intro=(
            "Ignored without a finding; they are counted in the file's summary and listed "
            "with `--format json`."
        ),
        codes=(
            Code(
                "header-row",
                Kind.IGNORED,
                "the header (one or two rows)",
                vi="dòng tiêu đề",
            ),
            Code(
                "title-row",
                Kind.IGNORED,
                "a row above the header (title, office, date)",
                vi="dòng tên biểu",
            ),
            Code(
                "blank-row",
                Kind.IGNORED,
                "a row with no text",
                vi="dòng trống",
            ),
            Code(
                "section-row",
                Kind.IGNORED,
                "a heading such as 'I. Kinh tế' with no figures",
                vi="dòng đề mục",
            ),
            Code(
                "no-values",
                Kind.IGNORED,
                "an indicator row with no figure in any year column",
                vi="dòng không có số liệu",
            ),
            Code(
                "plan-figure",
                Kind.IGNORED,
                "a plan figure (KH), which is not an actual",
                vi="số kế hoạch, không phải số thực hiện",
            ),
        ),
        group="data",
    ),
    Section(
        "Rows not used, with a warning",
        level=3,
        codes=(
            Code(
                "unmatched-indicator",
                Kind.WARNING,
                (
                    "the indicator matches no id, name or alias of the loaded plans; the row is not "
                    "used"
                ),
                vi="chỉ tiêu không có trong kế hoạch",
            ),
            Code(
                "unmatched-area",
                Kind.WARNING,
                "the area is not one of the plan's areas; the row is not used",
                vi="địa bàn không có trong kế hoạch",
            ),
            Code(
                "unmatched-plan",
                Kind.WARNING,
                "the plan column names no loaded plan; the row is not used",
                vi="mã kế hoạch không có",
            ),
            Code(
                "duplicate-row",
                Kind.WARNING,
                "the same figure again (same indicator, area, year and kind); the first is used",
                vi="số liệu bị lặp",
            ),
            Code(
                "file-not-for-plan",
                Kind.WARNING,
                (
                    "no loaded plan matches the file: its name does not start with a loaded plan's id"
                    " or area id, no row names a plan or one of its areas, and it was not named on "
                    "the command line with the one plan loaded ([which plan a row is "
                    "for](data-format.md#which-plan-a-row-is-for)). One finding for the file; its "
                    "rows are ignored (errors with `--strict`)"
                ),
                vi="tệp không thuộc kế hoạch nào đang kiểm tra",
            ),
        ),
        group="data",
    ),
    Section(
        "Rows in error",
        level=3,
        intro=(
            "The row (or, in a wide table, the cell) is not used. In a wide table a row "
            "counts as an error when any of its cells is one; its other cells are still used."
        ),
        after=(
            "Two different figures for one indicator, area and year are never averaged and "
            "neither is chosen: `conflicting-values` names both places (`data/a.csv:3` and "
            "`data/b.csv:2`), and the engine then has no figure for that year. Reported by "
            "the reader when the figures come from files, and by the engine when observations"
            " are given to it directly."
        ),
        codes=(
            Code(
                "extra-cells",
                Kind.ERROR,
                "the row has more cells than the header",
                vi="dòng thừa ô so với tiêu đề",
            ),
            Code(
                "split-number",
                Kind.ERROR,
                (
                    "in a comma-separated file, a number followed by 1-3 digits in a text column "
                    "(source, note): a decimal comma left without quotes ('120,5' read as '120' and "
                    "'5')"
                ),
                vi="số thập phân bị tách đôi",
            ),
            Code(
                "missing-indicator",
                Kind.ERROR,
                "figures in a row with no indicator",
                vi="có số liệu nhưng thiếu tên chỉ tiêu",
            ),
            Code(
                "unknown-figure-kind",
                Kind.ERROR,
                "the kind column is not TH (final), ƯTH (estimate) or KH (plan)",
                vi="loại số liệu không hợp lệ (TH / ƯTH / KH)",
            ),
            Code(
                "bad-year",
                Kind.ERROR,
                "the year is not a year (2O23, 20233, blank)",
                vi="năm không hợp lệ",
            ),
            Code(
                "ambiguous-plan",
                Kind.ERROR,
                (
                    "rows that name no plan and no area of one (a blank area, or `Toàn huyện` / `Toàn"
                    " tỉnh`, which say only the level) in a file that does not say which of several "
                    "loaded plans it is for, or that is for several plans with different areas; one "
                    "finding for the file names the candidate plans, the lines and how to say which. "
                    "Replaces `ambiguous-indicator` (before 2026-12), which is no longer made"
                ),
                vi="không rõ số liệu thuộc kế hoạch nào, cần ghi kế hoạch hoặc địa bàn",
            ),
            Code(
                "decimal-mismatch",
                Kind.ERROR,
                "a number written with the other decimal mark than the rest of the file",
                vi="dấu thập phân khác với cả tệp",
            ),
            Code(
                "ambiguous-decimal",
                Kind.ERROR,
                (
                    "numbers such as 6.794 that read two ways, in a file whose other numbers do not "
                    "say which (give --decimal)"
                ),
                vi="số đọc được hai cách, cần chỉ rõ dấu thập phân",
            ),
            Code(
                "bad-number",
                Kind.ERROR,
                (
                    "the value is not a number (also a range written high end first, `62-61`, or a "
                    "period of years, `2021-2025`, in a value cell)"
                ),
                vi="không phải số",
            ),
            Code(
                "ambiguous-change",
                Kind.ERROR,
                (
                    "a change of a percentage indicator that reads two ways: `tăng 3%` is 3 "
                    "percentage points or 3 % of the value; write `tăng 3 điểm %` for points, or give"
                    " the unit `%/năm` for a yearly growth rate"
                ),
                vi="mức tăng/giảm của tỷ lệ đọc được hai cách (điểm % hay %)",
            ),
            Code(
                "formula",
                Kind.ERROR,
                "the cell holds a spreadsheet formula (=...), not a value",
                vi="ô chứa công thức, không phải giá trị",
            ),
            Code(
                "bad-state",
                Kind.ERROR,
                "a qualitative indicator's value is not đạt / chưa đạt / đang thực hiện",
                vi="trạng thái không hợp lệ (đạt / chưa đạt / đang thực hiện)",
            ),
            Code(
                "bad-level",
                Kind.ERROR,
                (
                    "a rated indicator's value is not a level of its scale (a name or alias, ignoring"
                    " case and accents; a number only on a numeric or numbered scale); the message "
                    "lists the levels"
                ),
                vi="mức xếp loại không có trong thang của chỉ tiêu",
            ),
            Code(
                "unrecognised-unit",
                Kind.ERROR,
                (
                    "the unit column or cell holds a text that cannot be read as a unit (a scale "
                    "without a measure, a scale in digits...)"
                ),
                vi="đơn vị tính không nhận ra",
            ),
            Code(
                "unit-mismatch",
                Kind.ERROR,
                (
                    "the unit does not fit the indicator: another measure (tấn for ha, persons for "
                    'money), a count of another thing (xã for thôn), another "per" (con/hộ for '
                    "con/người), a percentage for points; the message names both units"
                ),
                vi="đơn vị tính không hợp với chỉ tiêu",
            ),
            Code(
                "no-exchange-rate",
                Kind.ERROR,
                (
                    "a figure in another currency than the target's, with no exchange rate declared "
                    "for its year"
                ),
                vi="thiếu tỷ giá quy đổi",
            ),
            Code(
                "out-of-range",
                Kind.ERROR,
                (
                    "a value its unit cannot take (a share above 100 %, a negative count, a fall of "
                    "100 % or more)"
                ),
                vi="giá trị ngoài phạm vi cho phép",
            ),
            Code(
                "conflicting-values",
                Kind.ERROR,
                (
                    "two different final figures (or two different estimates, when no final figure "
                    "exists) for the same indicator, area and year; the year is not used"
                ),
                vi="hai số liệu khác nhau cho cùng một năm",
            ),
            Code(
                "structure-sum",
                Kind.WARNING,
                (
                    "the reported shares of one structure in one area and year (every share reported)"
                    " sum to more than 0,5 points away from 100 (published tables round each share, "
                    "so 99,8 is normal); a share reported as a range counts at both ends; the message"
                    " lists each share and where it was read. Made by the assessment, not the reader:"
                    " the row is used"
                ),
                vi="các tỷ trọng báo cáo của một cơ cấu cộng lại khác 100%",
            ),
        ),
        group="data",
    ),
)
