#!/usr/bin/env python3
"""Write data/cau-ngang-economy.xlsx, a report-style (wide) sheet of Cầu Ngang's economy figures.

The figures, with their sources, are read from scripts/cau-ngang-economy.csv (the same figures in
the long layout); data/cau-ngang-actuals.csv holds Cầu Ngang's other indicators, so the default
run reads every figure once. The sheet is laid out the way a district report
table is typed in Excel:

- row 1: a title merged across the table; row 2: blank;
- rows 3-4: a two-row header (STT, Chỉ tiêu, ĐVT, "Thực hiện" over the years 2020-2024 written as
  numbers, Ước TH 2025, KH 2025, Nguồn);
- a section row "I / Kinh tế", then one row per indicator.

Two cells are made awkward on purpose, as in real reports: gross output 2023 is a text cell holding
a Vietnamese-style number ("10.939,9"), and the income row carries a number format. The "KH 2025"
column holds plan figures (not actuals); a second sheet "Ghi chu" holds the notes.

The output is byte-for-byte reproducible: fixed document dates and fixed zip entry timestamps.

Usage (needs openpyxl):  python scripts/make_sample_xlsx.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.writer.excel import ExcelWriter

ROOT = Path(__file__).resolve().parent.parent
SOURCE_CSV = ROOT / "scripts" / "cau-ngang-economy.csv"
OUT = ROOT / "data" / "cau-ngang-economy.xlsx"

FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
YEARS = (2020, 2021, 2022, 2023, 2024)
ESTIMATE_YEAR = 2025
ILLUSTRATIVE = "illustrative"

# (indicator id, label in the "Chỉ tiêu" column: the plan's name.vi or one of its aliases,
#  planned average growth 2021-2030 used for the KH 2025 column, or None)
ROWS: tuple[tuple[str, str, Decimal | None], ...] = (
    ("gross_output", "Giá trị sản xuất (giá so sánh 2010)", Decimal("0.1296")),
    ("industry_construction_output", "Giá trị sản xuất công nghiệp-xây dựng", Decimal("0.185")),
    ("industry_output", "Giá trị sản xuất công nghiệp", Decimal("0.2148")),
    ("construction_output", "Giá trị sản xuất xây dựng", Decimal("0.17")),
    ("services_output", "Giá trị sản xuất dịch vụ", Decimal("0.15")),
    ("agriculture_output", "Giá trị sản xuất nông, lâm nghiệp và thủy sản", Decimal("0.0254")),
    ("income_per_capita", "Thu nhập bình quân/người", None),
    ("budget_revenue", "Thu ngân sách nhà nước trên địa bàn", Decimal("0.12")),
    ("social_investment", "Vốn đầu tư phát triển toàn xã hội", None),
)
TEXT_CELL = ("gross_output", 2023)  # written as text, Vietnamese style
INCOME_FORMAT = "#,##0.00"

TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ HUYỆN CẦU NGANG GIAI ĐOẠN 2021-2025"

NOTES = (
    "GHI CHÚ / NOTES",
    "",
    "1. Số liệu lấy từ scripts/cau-ngang-economy.csv (cùng số liệu, dạng dài, có nguồn). "
    "Same figures as scripts/cau-ngang-economy.csv (long layout, with sources).",
    "2. Số liệu thật (real figure): thu nhập bình quân/người năm 2022 = 62,41 triệu đồng/người, "
    "nguồn marimbapop.com/news/806c298575.html (tin về Quyết định 625/QĐ-TTg). Một bản tin khác "
    "ghi 64,26 triệu đồng (88tysobongda.com/dia-phuong/tra-vinh-cong-bo-huyen-cau-ngang-dat-chuan-"
    "nong-thon-moi-20230715112255569.htm): xem data/conflicts/.",
    "3. Mọi số liệu khác là minh họa (illustrative), không phải số liệu công bố.",
    "4. Giá trị sản xuất tính theo giá so sánh 2010; thu ngân sách theo giá hiện hành; "
    "đơn vị tỷ đồng. Gross output at comparable 2010 prices, billion VND.",
    "5. Cột 'Ước TH 2025' là số ước thực hiện (ƯTH), không phải số chính thức.",
    "6. Cột 'KH 2025' là số kế hoạch, không phải số thực hiện (plantrack bỏ qua): mức 2020 × "
    "(1 + tốc độ tăng bình quân theo Kế hoạch 92/KH-UBND)^5, làm tròn 0,1. Thu nhập: Kế hoạch "
    "chỉ đặt mục tiêu năm 2030 (6.794 USD/người). Vốn đầu tư: Kế hoạch đặt 25 nghìn tỷ đồng "
    "cho cả giai đoạn 2021-2025, không theo năm.",
    "7. Thu nhập tính bằng triệu đồng/người; mục tiêu năm 2030 tính bằng USD, cần tỷ giá khai báo "
    "trong tệp kế hoạch (tỷ giá trung tâm của NHNN khoảng 23.600-25.000 đồng/USD năm 2022-2024).",
    "8. Ô G6 (Giá trị sản xuất năm 2023) được nhập dạng văn bản '10.939,9' một cách cố ý, "
    "như thường gặp trong báo cáo. Cell G6 is deliberately a text cell.",
    "9. Vốn đầu tư toàn xã hội thực hiện giai đoạn 2016-2020 (số thật): 16.876 tỷ đồng, nguồn "
    "caungang.travinh.gov.vn/1471/40478/70322/613920/tin-noi-bat/cau-ngang-mot-nhiem-ky-nhin-lai.",
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_long(path: Path) -> dict[tuple[str, int], dict[str, str]]:
    """The rows of the long CSV keyed by (indicator, year); only the plan's own area."""
    rows: dict[tuple[str, int], dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["area"] not in ("", "cau-ngang"):
                continue
            key = (row["indicator"], int(row["year"]))
            if key in rows:
                raise SystemExit(f"{path}: two rows for {key}")
            rows[key] = row
    return rows


def number(text: str) -> int | float:
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() and "." not in text else float(value)


def vietnamese(text: str) -> str:
    """'10939.9' -> '10.939,9'."""
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


def source_cell(rows: list[dict[str, str]]) -> str:
    real = [f"{row['year']}: {row['source']}" for row in rows if row["source"] != ILLUSTRATIVE]
    if not real:
        return "minh họa"
    if len(real) == len(rows):
        return "; ".join(real)
    return "; ".join(real) + "; còn lại: minh họa"


def build(rows: dict[tuple[str, int], dict[str, str]]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws["A1"] = nfc(TITLE)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:K1")

    for col, label in (("A", "STT"), ("B", "Chỉ tiêu"), ("C", "ĐVT")):
        ws[f"{col}3"] = nfc(label)
        ws.merge_cells(f"{col}3:{col}4")
    ws["D3"] = nfc("Thực hiện")
    ws.merge_cells("D3:H3")
    for offset, year in enumerate(YEARS):
        ws.cell(row=4, column=4 + offset, value=year)
    for col, label in (("I", "Ước TH 2025"), ("J", "KH 2025"), ("K", "Nguồn")):
        ws[f"{col}3"] = nfc(label)
        ws.merge_cells(f"{col}3:{col}4")
    for row in ws.iter_rows(min_row=3, max_row=4, min_col=1, max_col=11):
        for cell in row:
            cell.font = bold
            cell.alignment = center
            cell.border = box

    ws["A5"] = "I"
    ws["B5"] = nfc("Kinh tế")
    for cell in ws[5][:11]:
        cell.font = bold
        cell.border = box

    r = 6
    for number_in_section, (indicator, label, growth) in enumerate(ROWS, start=1):
        found = [rows[(indicator, y)] for y in (*YEARS, ESTIMATE_YEAR) if (indicator, y) in rows]
        if not found:
            raise SystemExit(f"long CSV: no rows for {indicator}")
        units = {row["unit"] for row in found}
        if len(units) != 1:
            raise SystemExit(f"long CSV: {indicator} is given in several units {units}")
        ws.cell(row=r, column=1, value=number_in_section)
        ws.cell(row=r, column=2, value=nfc(label))
        ws.cell(row=r, column=3, value=nfc(units.pop()))
        for col, year in enumerate((*YEARS, ESTIMATE_YEAR), start=4):
            row = rows.get((indicator, year))
            if row is None:
                continue
            expected_kind = "ƯTH" if year == ESTIMATE_YEAR else "TH"
            if nfc(row["kind"]) != expected_kind:
                raise SystemExit(f"long CSV: {indicator} {year} should be {expected_kind}")
            cell = ws.cell(row=r, column=col)
            if (indicator, year) == TEXT_CELL:
                cell.value = vietnamese(row["value"])
                cell.data_type = "s"
                cell.alignment = Alignment(horizontal="right")
            else:
                cell.value = number(row["value"])
            if indicator == "income_per_capita":
                cell.number_format = INCOME_FORMAT
        base = rows.get((indicator, 2020))
        if growth is not None and base is not None:
            planned = (Decimal(base["value"]) * (1 + growth) ** 5).quantize(Decimal("0.1"))
            ws.cell(row=r, column=10, value=float(planned))
        ws.cell(row=r, column=11, value=nfc(source_cell(found)))
        for cell in ws[r][:11]:
            cell.border = box
        r += 1

    for col, width in zip("ABCDEFGHIJK", (6, 44, 17, 10, 10, 10, 10, 10, 12, 10, 60), strict=True):
        ws.column_dimensions[col].width = width

    notes = wb.create_sheet("Ghi chu")
    for i, line in enumerate(NOTES, start=1):
        notes.cell(row=i, column=1, value=nfc(line) or None)
    notes["A1"].font = bold
    notes.column_dimensions["A"].width = 120

    props = wb.properties
    props.creator = "plantrack sample data (scripts/make_sample_xlsx.py)"
    props.lastModifiedBy = props.creator
    props.title = nfc(TITLE)
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    return wb


def reproducible_bytes(wb: Workbook) -> bytes:
    """The .xlsx as bytes, with fixed document dates and zip entry timestamps.

    openpyxl's ``save`` stamps the current time as the modified date and zip writes the current
    time on every entry; writing through ExcelWriter and re-packing avoids both.
    """
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(raw) as source,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT})")
    parser.add_argument("--source", type=Path, default=SOURCE_CSV, help="the long CSV to read")
    args = parser.parse_args()
    data = reproducible_bytes(build(read_long(args.source)))
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
