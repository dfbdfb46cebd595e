"""Long CSV files offered to DuckDB give exactly what the row reader gives.

DuckDB (:mod:`plantrack.actuals.duckdb_reader`) is an optimisation, so its contract is equality:
the same observations (with their files and lines), the same findings, the same account of every
row and the same assessments as ``ReadOptions(engine="python")``, whatever the file holds.
Hypothesis writes messy long files (labels by id, name or unknown, shared indicator ids, numbers in
both styles and ambiguous ones, duplicates, conflicts, bad years, blank and short rows, quoted
line breaks, CRLF, several files at once) and both engines read them (``engine="duckdb"`` offers
DuckDB every file, whatever its size).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.actuals.read import DataSet, ReadOptions, read_actuals
from plantrack.assessment import assess
from plantrack.plans.load import load_plans
from plantrack.render.formats import check_document
from plantrack.report.build import CheckOptions, run_check

from .conftest import PLANS, ROOT

SHIPPED = [loaded.plan for loaded in load_plans([PLANS]).plans]


def both(paths: list[Path], **options: Any) -> tuple[DataSet, DataSet]:
    fast = read_actuals(paths, SHIPPED, ReadOptions(engine="duckdb", **options))
    rows = read_actuals(paths, SHIPPED, ReadOptions(engine="python", **options))
    return fast, rows


def observations(data: DataSet) -> list[tuple[Any, ...]]:
    return sorted(
        (
            o.plan,
            o.indicator,
            o.area or "",
            o.year,
            o.measure,
            o.value,
            str(o.state),
            o.estimate,
            str(o.qualifier),
            o.file,
            o.line,
            str(o.cell),
            str(o.reported),
            str(o.exchange_rate),
            str(o.high),
            o.approximate,
        )
        for o in data.observations
    )


def assert_same(fast: DataSet, rows: DataSet) -> None:
    assert observations(fast) == observations(rows)
    assert [f.to_dict() for f in fast.findings] == [f.to_dict() for f in rows.findings]
    assert sorted(r.to_dict().items() for r in fast.rows) == sorted(
        r.to_dict().items() for r in rows.rows
    )
    assert [f.to_dict() for f in fast.files] == [f.to_dict() for f in rows.files]
    assert fast.totals() == rows.totals()
    for report in fast.files:
        assert report.rows == report.used + report.ignored + report.errors
    for plan in SHIPPED:
        a = assess(plan, fast.loose, blocks=fast.blocks)
        b = assess(plan, rows.observations)
        assert [r.to_dict() for r in a.results] == [r.to_dict() for r in b.results]
        assert [f.to_dict() for f in a.findings] == [f.to_dict() for f in b.findings]


# --------------------------------------------------------------------------------------------
# Messy long files

INDICATORS = [
    "gross_output",  # billion VND, Cầu Ngang
    "Giá trị sản xuất",
    "forest_cover",  # percent
    "health_insurance_coverage",  # percent, in both plans
    "new_jobs",  # persons
    "district_new_rural",  # a state
    "income_per_capita",  # USD in one plan, million VND in the other
    "Tỷ lệ hộ nghèo",  # a name both plans use
    "GRDP (tỷ đồng)",  # unknown, with a unit in brackets
    "unknown_indicator",
    "",
    "1",
]
AREAS = ["", "cau-ngang", "huyện Cầu Ngang", "tan-ho-co", "xã Bình Phú", "Bình Phú", "nowhere"]
PLAN_IDS = ["", "cau-ngang-2030", "tan-hong-border-2025", "no-such-plan"]
YEARS = ["2020", "2021", "2022", "2023", " 2023", "2.021", "1850", "năm 2022", "", "20x1"]
VALUES = [
    "12",
    "98.5",
    "98,5",
    "1234.56",
    "6.794",  # reads two ways
    "6,794",
    "0.125",
    "1.234.567",
    "1.234,5",
    "-0",
    "-0.00",
    "-5",
    "150",  # above 100 % for a percentage
    "-",
    "x",
    "",
    "12%",
    ">5",
    "1e5",
    "1.2.3",
    "đạt",
    " 45.5 ",
    "9" * 400,
    "5-3",
    "--5",
    "1.",
    ".5",
    # as year-end tables write them: read by the row reader
    "khoảng 12",
    "~98,5",
    "tăng 5%",
    "giảm 1,1 điểm %",
    "-1,1 điểm %",
    "tăng 20",
    "61-62",
    "6,1 - 6,2",
    "2021-2025",
    "62-61",
]
EXTRA_COLUMNS = [[], ["note"], ["stt"], ["unit"], ["kind"], ["source"]]


@st.composite
def long_file(draw: st.DrawFn) -> tuple[str, str]:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    columns = ["indicator", "year", "value"]
    if draw(st.booleans()):
        columns.insert(1, "area")
    if draw(st.integers(0, 3)) == 0:
        columns.append("plan")
    columns += draw(st.sampled_from(EXTRA_COLUMNS))
    columns = draw(st.permutations(columns))
    vietnamese = {"indicator": "Chỉ tiêu", "year": "Năm", "value": "Giá trị", "area": "Địa bàn"}
    header = [vietnamese.get(c, c) if draw(st.booleans()) else c for c in columns]
    lines = [header]
    filler = {"indicator": "gross_output", "area": "cau-ngang", "plan": "cau-ngang-2030"}
    for number in range(draw(st.sampled_from([0, 0, 5, 35, 40]))):  # past the header search
        cells = {**filler, "year": str(1950 + number), "value": str(number)}
        lines.append([cells.get(c, "") for c in columns])
    for _ in range(draw(st.integers(0, 14))):
        shape = draw(st.integers(0, 19))
        if shape == 0:
            lines.append([])  # a blank line
            continue
        cells = {
            "indicator": draw(st.sampled_from(INDICATORS)),
            "area": draw(st.sampled_from(AREAS)),
            "plan": draw(st.sampled_from(PLAN_IDS)),
            "year": draw(st.sampled_from(YEARS)),
            "value": draw(st.sampled_from(VALUES)),
            "note": draw(st.sampled_from(["", "ghi chú", "line\nbreak", "5"])),
            "stt": draw(st.sampled_from(["", "1", "2", "I"])),
            "unit": draw(st.sampled_from(["", "tỷ đồng", "%", "điểm %", "%/năm"])),
            "kind": draw(st.sampled_from(["", "TH", "ƯTH", "KH"])),
            "source": draw(st.sampled_from(["", "BC 2023"])),
        }
        row = [cells[c] for c in columns]
        if shape == 1:
            row = row[:-1]  # a short row
        elif shape == 2:
            row = [*row, "extra"]
        elif shape == 3:
            row = [*row, ""]
        lines.append(row)
        if shape == 4:
            lines.append(list(row))  # the same row again
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(delimiter.join(_quoted(c, delimiter) for c in row) for row in lines)
    if draw(st.booleans()):
        text += newline
    return delimiter, text


def _quoted(cell: str, delimiter: str) -> str:
    if delimiter in cell or "\n" in cell or '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


@settings(
    max_examples=int(os.environ.get("PLANTRACK_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    files=st.lists(long_file(), min_size=1, max_size=3), decimal=st.sampled_from([None, "comma"])
)
def test_duckdb_reading_equals_the_row_reader(
    tmp_path: Path, files: list[tuple[str, str]], decimal: str | None
) -> None:
    paths = []
    for number, (_, text) in enumerate(files):
        path = tmp_path / f"f{number}.csv"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    fast, rows = both(paths, decimal=decimal)
    assert_same(fast, rows)


# --------------------------------------------------------------------------------------------
# Fixed cases: DuckDB really reads a clean file, and leaves the rest to the row reader


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CLEAN = (
    "indicator,area,year,value\n"
    "forest_cover,cau-ngang,2021,2.5\n"
    "forest_cover,cau-ngang,2022,2.75\n"
    "gross_output,cau-ngang,2021,12000\n"
    "gross_output,cau-ngang,2022,13111.5\n"
    "jobs_created,tan-ho-co,2022,400\n"
)


def test_a_clean_long_file_is_read_by_duckdb(tmp_path: Path) -> None:
    path = write(tmp_path, "clean.csv", CLEAN)
    fast, rows = both([path])
    assert_same(fast, rows)
    assert not fast.loose and len(fast.blocks) == 3
    assert sum(len(block) for block in fast.blocks) == 5
    assert fast.files[0].to_dict()["used"] == 5


@pytest.mark.parametrize(
    ("extra", "duckdb"),
    [
        ("forest_cover,cau-ngang,2022,2.75\n", False),  # a duplicate
        ("forest_cover,cau-ngang,2022,3\n", False),  # a conflict
        ("forest_cover,cau-ngang,2023,101\n", False),  # above 100 %
        ('forest_cover,cau-ngang,2023,"3,5"\n', False),  # the other decimal mark
        ("forest_cover,cau-ngang,2023,3,5\n", False),  # a field too many
        ("forest_cover,cau-ngang,2023,>3\n", False),  # a bound
        ("Tỷ lệ độ che phủ rừng,huyện Cầu Ngang,2022,2.8\n", False),  # by name, a conflict
        ("Tỷ lệ độ che phủ rừng,huyện Cầu Ngang,2023,2.8\n", False),  # a series written two ways
        ("Tỷ lệ độ che phủ rừng,Cầu Ngang,2023,2.8\n", False),  # the same, another area label
        ("jobs_created,xã Bình Phú,2022,5\n", True),  # a series of its own, by an area name
        ("forest_cover,Toàn huyện,2023,2.8\n", False),  # a level, not an area
        ("gross_output,cau-ngang,2023,-5\n", True),  # negative money: allowed
        ("\n", False),  # a blank line
    ],
)
def test_a_file_needing_the_row_reader_is_read_by_it_whole(
    tmp_path: Path, extra: str, duckdb: bool
) -> None:
    path = write(tmp_path, "data.csv", CLEAN + extra)
    fast, rows = both([path])
    assert_same(fast, rows)
    if duckdb:
        assert fast.blocks and not fast.loose
    else:
        assert not fast.blocks


def test_the_same_series_in_two_files_is_read_by_the_row_reader(tmp_path: Path) -> None:
    one = write(tmp_path, "a.csv", CLEAN)
    two = write(tmp_path, "b.csv", "indicator,area,year,value\nforest_cover,cau-ngang,2022,2.9\n")
    fast, rows = both([one, two])
    assert_same(fast, rows)
    assert any(f.code == "conflicting-values" for f in fast.findings)
    assert "forest_cover" not in {block.indicator for block in fast.blocks}


def test_a_file_whose_decimal_mark_is_the_other_one_is_read_by_the_row_reader(
    tmp_path: Path,
) -> None:
    text = "indicator;area;year;value\n" + "".join(
        f"forest_cover;cau-ngang;{year};{year - 2000},5\n" for year in range(2015, 2024)
    )
    path = write(tmp_path, "vi.csv", text + "gross_output;cau-ngang;2021;12.5\n")
    fast, rows = both([path])
    assert_same(fast, rows)
    assert any(f.code == "decimal-mismatch" for f in fast.findings)


@pytest.mark.parametrize(
    "last",
    [
        'forest_cover,cau-ngang,2060,"7"',  # quoted, without a line end
        "forest_cover,cau-ngang,2060,7\r",
        'forest_cover,cau-ngang,2060,"7\n"\r\n',
        "forest_cover,cau-ngang,2060,7",
    ],
)
def test_the_last_line_of_a_long_file(tmp_path: Path, last: str) -> None:
    rows = "".join(f"gross_output,cau-ngang,{1950 + n},{n}\n" for n in range(40))
    path = write(tmp_path, "tail.csv", "indicator,area,year,value\n" + rows + last)
    fast, slow = both([path])
    assert_same(fast, slow)
    assert fast.totals()["rows"] == 42


def test_a_csv_error_keeps_the_rows_before_it(tmp_path: Path) -> None:
    huge = "x" * (2 << 20)
    path = write(tmp_path, "big.csv", CLEAN + f'forest_cover,cau-ngang,2023,"{huge}\n')
    fast, rows = both([path])
    assert_same(fast, rows)
    assert fast.files[0].failed == "field-too-large"
    assert fast.totals()["observations"] == 5


def test_the_national_panel_reads_and_checks_the_same_both_ways(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run as bench  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    plan, data, _ = bench.make_panel(tmp_path, 4)
    fast = run_check([plan], [data], CheckOptions(read=ReadOptions(engine="duckdb")))
    rows = run_check([plan], [data], CheckOptions(read=ReadOptions(engine="python")))
    assert check_document(fast) == check_document(rows)
    assert len(fast.data.blocks) == 4 * 50 and not fast.data.loose
    assert len(fast.targets) == 4 * 50
