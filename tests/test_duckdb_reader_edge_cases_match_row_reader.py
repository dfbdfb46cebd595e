"""Adversarial CSV files offered to DuckDB (plantrack/actuals/duckdb_reader.py) give what the
row reader gives.

Its contract is equality with ``ReadOptions(engine="python")``. A fresh-eyes review wrote these
tests for the column-wise reader DuckDB replaced: the first group were discrepancies it found in
that reader; the rest are adversarial inputs, kept as regression tests of the new one.

Most inputs have more than 30 data rows, so that rows read during the header search are also
rows DuckDB reads.
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from plantrack.actuals.read import ReadOptions, read_actuals

from .test_duckdb_reader_matches_row_reader import SHIPPED, assert_same, both

HEADER = "indicator,area,year,value\n"


def filler(n: int = 40, delimiter: str = ",", indicator: str = "gross_output") -> str:
    """``n`` clean rows of one series, to get past the 30 rows read during header detection."""
    d = delimiter
    return "".join(f"{indicator}{d}cau-ngang{d}{1950 + i}{d}{i}\n" for i in range(n))


def open_files() -> int:
    """How many file descriptors the process holds."""
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


def put(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def cp1258(text: str) -> bytes:
    """``text`` as Excel on Vietnamese Windows saves it: base letters with combining tone marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return out


# ============================================================================================
# Discrepancies found in review (bugs, fixed)
# ============================================================================================


@pytest.mark.parametrize(
    "ending",
    [
        "forest_cover,cau-ngang,2021,7\r\r",  # the last row, then a blank line, lone CRs
        "forest_cover,cau-ngang,2021,7\n\r\r\r",  # three blank lines ended by lone CRs
    ],
)
def test_lone_carriage_returns_at_the_end_of_the_file_are_rows(tmp_path: Path, ending: str) -> None:
    """Was a bug. After the last LF, the tail ``x\\r\\r`` is two lines for the ``csv`` module (the
    row reader: a row and a blank row) but ``take`` strips all trailing CRs and reads one line,
    so blank rows are lost and ``rows`` no longer matches the file."""
    path = put(tmp_path, "tail.csv", HEADER + filler() + ending)
    fast, rows = both([path])
    assert fast.files[0].rows == rows.files[0].rows  # 42 vs 43 (43 vs 45)
    assert_same(fast, rows)


@pytest.mark.parametrize("rows_before", [0, 40])  # in the header-search rows / in the text path
def test_a_value_with_a_line_break_does_not_shift_the_values(
    tmp_path: Path, rows_before: int
) -> None:
    """Was a bug. A quoted value with a line break inside ("12\\n13") looks like two plain numbers
    once the chunk's values are joined by newlines; with a decimal comma anywhere in the chunk,
    ``_numbers`` re-splits the joined text and returns one number too many, so every later
    value of the file is shifted: forest_cover 2022 is read as 13 instead of 3,5, and the bad
    cell becomes a figure of 12 instead of a bad-number error."""
    text = (
        "indicator;area;year;value\n"
        + filler(rows_before, ";")
        + "forest_cover;cau-ngang;2021;2,5\n"
        + 'gross_output;cau-ngang;2021;"12\n13"\n'
        + "forest_cover;cau-ngang;2022;3,5\n"
    )
    path = put(tmp_path, "data.csv", text)
    fast, rows = both([path])
    assert sorted((o.indicator, o.year, o.value) for o in fast.observations if o.year > 2000) == [
        ("forest_cover", 2021, 2.5),
        ("forest_cover", 2022, 3.5),
    ]
    assert_same(fast, rows)


def test_a_value_with_a_line_break_does_not_hide_a_number_that_reads_two_ways(
    tmp_path: Path,
) -> None:
    """Was a bug. The row index of a number that reads two ways (6.794) is found by counting
    newlines in the joined values; a value with a line break in it ("5\\n", e.g. Alt+Enter in
    Excel) before it shifts the count, so 6.794 is taken column-wise as 6.794 (and votes for a
    decimal point) where the row reader reports ambiguous-decimal."""
    text = (
        HEADER
        + filler()
        + 'gross_output,tan-ho-co,2021,"5\n"\n'  # any row with such a value
        + "forest_cover,cau-ngang,2022,6.794\n"
    )
    path = put(tmp_path, "data.csv", text)
    fast, rows = both([path])
    assert not [o for o in fast.observations if o.indicator == "forest_cover"]
    assert_same(fast, rows)


def test_a_decimal_mismatch_does_not_change_which_file_comes_first(tmp_path: Path) -> None:
    """Was a bug. In ``_figures`` the loop ``for index in decision.against`` reuses the name of the
    file's position ``index``; every figure of the file is then queued with the position of the
    last refused cell. Which one that is depends on how many numeric cells the row reader saw,
    which differs between the two readers, so the duplicate across two files is attributed the
    other way round (the row reader's answer, f1 first, is itself wrong)."""
    first = put(
        tmp_path,
        "f0.csv",
        "indicator;area;year;value\n"
        + filler(40, ";")
        + "forest_cover;cau-ngang;2021;1.5\n"
        + "forest_cover;cau-ngang;2022;2.5\n"
        + "new_jobs;cau-ngang;2021; 3,5\n",  # the decimal comma loses the vote
    )
    second = put(tmp_path, "f1.csv", "indicator;area;year;value\nforest_cover;cau-ngang;2021;1.5\n")
    fast, rows = both([first, second])
    assert_same(fast, rows)
    for data in (fast, rows):
        duplicates = [(f.file, f.line) for f in data.findings if f.code == "duplicate-row"]
        assert duplicates == [(str(second), 2)]  # the figure of the later file is the duplicate


@pytest.mark.parametrize("blank", [" ", "\u00a0", "\t"])
def test_a_plan_cell_of_white_space_is_no_plan(tmp_path: Path, blank: str) -> None:
    """Was a bug. A row with no area and a plan cell of white space only names no plan: the row
    reader strips the cell and routes the row by the file's plans, which are cau-ngang-2030 (by
    the file's name) and tan-hong-border-2025 (a row names its area), so a figure of an
    indicator of both plans is an ambiguous-plan error. DuckDB took the raw cell ``" "`` for a
    plan named, routed the row to cau-ngang-2030 (the plan known up front) and made a figure."""
    text = (
        "indicator,area,year,value,plan\n"
        + "".join(f"gross_output,cau-ngang,{1950 + i},{i},\n" for i in range(40))
        + "jobs_created,tan-ho-co,2022,400,\n"
        + f"poor_households_rate,,2021,7,{blank}\n"
    )
    path = put(tmp_path, "cau-ngang-data.csv", text)
    fast, rows = both([path])
    assert [f.code for f in rows.findings if f.code == "ambiguous-plan"] == ["ambiguous-plan"]
    assert_same(fast, rows)


@pytest.mark.parametrize(
    ("name", "other"),
    [("data[1].csv", "data1.csv"), ("reports[2024]/panel.csv", "reports2/panel.csv")],
)
def test_a_path_with_brackets_is_the_file_named(tmp_path: Path, name: str, other: str) -> None:
    """Was a bug. DuckDB's read_csv takes its path as a glob pattern: ``data[1].csv`` names the
    file ``data1.csv`` (``[1]`` is a class of one character), so DuckDB read the other file
    beside it, whose rows and bytes are as many, and gave its value (6) for this file's 5."""
    for each, value in ((name, 5), (other, 6)):
        (tmp_path / each).parent.mkdir(exist_ok=True)
        put(tmp_path, each, HEADER + filler() + f"forest_cover,cau-ngang,2021,{value}\n")
    fast, rows = both([tmp_path / name])
    assert [o.value for o in rows.observations if o.indicator == "forest_cover"] == [5]
    assert_same(fast, rows)


def test_a_relative_path_under_a_folder_named_tilde_is_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was a bug. DuckDB reads ``~/x.csv`` in the home folder; the row reader reads the file
    ``x.csv`` of the folder ``~`` under the working folder, as the shell passed it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for folder, value in (("~", 5), ("home", 6)):
        (tmp_path / folder).mkdir()
        put(
            tmp_path / folder, "x.csv", HEADER + filler() + f"forest_cover,cau-ngang,2021,{value}\n"
        )
    fast, rows = both([Path("~/x.csv")])
    assert [o.value for o in rows.observations if o.indicator == "forest_cover"] == [5]
    assert_same(fast, rows)


def test_a_file_closed_early_leaves_the_field_limit_of_another_open_one(tmp_path: Path) -> None:
    """Was a bug. The ``csv`` module's field size limit is one for the process: each CSV file
    raised it to 1 MiB when opened and put back what it found when closed. Every file is
    opened (its header found) before any is read, so the second found the first's 1 MiB and
    the first found the default, 128 KiB: the row reader closed the first file when done with
    it, and read the rest of the second under 128 KiB (a 200 KB note: field-too-large); DuckDB
    read the first file, closed only once the second was read, and the second's note passed."""
    first = put(tmp_path, "a.csv", HEADER + filler())
    note = "x" * 200_000
    second = put(
        tmp_path,
        "b.csv",
        "indicator,area,year,value,note\n"
        + filler(40).replace("\n", ",\n")
        + f"forest_cover,cau-ngang,2021,5,{note}\n"
        + 'forest_cover,cau-ngang,2022,6,"quoted: the row reader reads this file"\n',
    )
    fast, rows = both([first, second])
    assert not [f for f in rows.findings if f.code == "field-too-large"]
    assert_same(fast, rows)


def test_files_past_the_limit_of_open_files(tmp_path: Path) -> None:
    """Was a bug. Every file's header is found (and the file kept open) before any is read on,
    so with more files than the process may hold open, the row reader reports the files it
    cannot open as file-unreadable. The file that took the last free descriptor was then
    opened again by DuckDB's byte pass (``_line_ends``), whose OSError ended the run with a
    traceback; now that file goes to the row reader, which reads it through its open handle."""
    paths = [put(tmp_path, f"f{k:03d}.csv", HEADER + filler()) for k in range(60)]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (open_files() + 40, hard))
    try:
        fast, rows = both(paths)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert any(f.code == "file-unreadable" for f in rows.findings)
    assert_same(fast, rows)


FIRST_IMPORT = """
import resource, sys
from pathlib import Path

from plantrack.actuals.read import ReadOptions, read_actuals
from tests.test_duckdb_reader_edge_cases_match_row_reader import open_files
from tests.test_duckdb_reader_matches_row_reader import SHIPPED, assert_same

paths = sorted(Path(sys.argv[1]).iterdir())
read_actuals(paths, SHIPPED, ReadOptions(engine="python"))  # what the row reader imports
assert "duckdb" not in sys.modules
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
for extra in range(-2, 6):  # DuckDB is first imported with no descriptor free at extra == 1
    resource.setrlimit(resource.RLIMIT_NOFILE, (open_files() + int(sys.argv[2]) + extra, hard))
    try:
        fast = read_actuals(paths, SHIPPED, ReadOptions(engine="duckdb"))
        rows = read_actuals(paths, SHIPPED, ReadOptions(engine="python"))
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    # asked for DuckDB and no file free to load it: said once, the rest the row reader's
    said = [f for f in fast.findings if f.code == "engine-unavailable"]
    assert len(said) <= 1, said
    fast.findings = [f for f in fast.findings if f.code != "engine-unavailable"]
    assert_same(fast, rows)
print("equal")
"""


def test_duckdb_first_imported_with_no_file_free(tmp_path: Path) -> None:
    """Was a bug. DuckDB is imported when the first file is offered to it; with every file
    descriptor held by the files opened before (20 with a unit column, which the row reader
    reads), the import failed with OSError and ended the run; the row reader reads the file."""
    for k in range(25):
        if k < 20:
            text = "indicator,area,year,value,unit\n" + filler().replace("\n", ",ty\n")
        else:
            text = HEADER + filler()
        put(tmp_path, f"f{k:03d}.csv", text)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_IMPORT, str(tmp_path), "20"],
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout == "equal\n", done.stderr[-2000:]


# ============================================================================================
# Checked and equal
# ============================================================================================

NOTE_ROWS = [
    'forest_cover;cau-ngang;2001;1;"a\nb"',
    'forest_cover;cau-ngang;2002;2;"a\rb"',
    'forest_cover;cau-ngang;2003;3;"a\r\nb"',
    "",
    'forest_cover;cau-ngang;2004;4;"a\n\nb\r\r\nc"',
    "forest_cover;cau-ngang;2005;5;x",
    ";;;;",
    'forest_cover;cau-ngang;2006;5;"x\r"',
    'new_jobs;cau-ngang;2006;5;"q"',
    "new_jobs;cau-ngang;2007;5",
]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("terminated", [True, False])
def test_quoted_line_breaks_late_keep_line_numbers(
    tmp_path: Path, newline: str, terminated: bool
) -> None:
    """Covers LF / CRLF / lone-CR files with quoted LF, CR and CRLF inside notes, blank
    lines and short rows after row 30, with and without a final line end (line numbers)."""
    body = newline.join(NOTE_ROWS) + (newline if terminated else "")
    text = ("indicator;area;year;value;note\n" + filler(40, ";").replace("\n", ";\n")).replace(
        "\n", newline
    ) + body
    path = put(tmp_path, "notes.csv", text)
    fast, rows = both([path])
    assert_same(fast, rows)
    assert not fast.blocks  # quoted fields: the row reader reads the whole file


@pytest.mark.parametrize(
    ("data", "options"),
    [
        ("\ufeff" + HEADER + filler() + "Tỷ lệ che phủ rừng,huyện Cầu Ngang,2021,7\n", {}),
        ((HEADER + filler() + "Tỷ lệ che phủ rừng,huyện Cầu Ngang,2021,7\n").encode("utf-16"), {}),
        (cp1258(HEADER + filler() + "Tỷ lệ che phủ rừng,huyện Cầu Ngang,2021,7\n"), {}),
        (
            cp1258(HEADER + filler() + "Tỷ lệ che phủ rừng,huyện Cầu Ngang,2021,7\n"),
            {"strict": True},
        ),
        (
            HEADER
            + filler()
            + unicodedata.normalize("NFD", "Tỷ lệ che phủ rừng,huyện Cầu Ngang,2021,7\n"),
            {},
        ),
        (
            HEADER + filler() + "forest_cover,cau-ngang,2021,7\x00\nfore\x00st,x,2022,8\n",
            {"encoding": "utf-8"},
        ),
        (HEADER.replace(",", "\t") + filler(40, "\t") + "forest_cover\tcau-ngang\t2021\t7", {}),
        (HEADER + filler() + "\n\n,,,\n   \nforest_cover,cau-ngang,2021,7\n\n", {}),
    ],
    ids=[
        "bom",
        "utf-16",
        "cp1258",
        "cp1258-strict",
        "nfd",
        "nul",
        "tab-no-final-newline",
        "blanks",
    ],
)
def test_encodings_and_layout_details(
    tmp_path: Path, data: str | bytes, options: dict[str, object]
) -> None:
    """Covers a BOM, UTF-16, Windows-1258 (guessed; also strict), NFD labels, NUL
    characters (with --encoding), tabs without a final newline, blank and empty-cell lines."""
    path = put(tmp_path, "enc.csv", data)
    fast, rows = both([path], **options)
    assert_same(fast, rows)
    # DuckDB reads these files only when the row reader has nothing to say about any row
    # (each but the tab-separated one has an unknown label, a NUL or blank lines)
    clean = all(r.code == "header-row" for r in rows.rows) and not rows.findings
    assert bool(fast.blocks) == clean
    assert clean == (b"\t" in path.read_bytes())


@pytest.mark.parametrize(
    "rows_text",
    [
        # white space around labels, areas, years and values
        " forest_cover , cau-ngang , 2021 , 7 \nforest_cover,cau-ngang, 2022,8\n"
        "forest_cover,cau-ngang,2023 , 9\n",
        # -0, 007, 1e5, a huge integer (inf), -0.0, 00.5
        "".join(
            f"new_jobs,cau-ngang,{2000 + i},{v}\n"
            for i, v in enumerate(["-0", "007", "1e5", "0", "-0.0", "00.5", "1" + "0" * 25])
        )
        + "new_jobs,tan-ho-co,2001,"
        + "9" * 400
        + "\n",
        # percent at its bounds, then just above
        "forest_cover,cau-ngang,2021,0\nforest_cover,cau-ngang,2022,100\n"
        "forest_cover,cau-ngang,2023,100.0\nforest_cover,cau-ngang,2024,-0\n"
        "trained_labour_rate,cau-ngang,2021,100.0001\n",
        # years outside 1900-2200 and written with words
        "forest_cover,cau-ngang,1899,1\nforest_cover,cau-ngang,1900,2\nforest_cover,cau-ngang,2200,3\n"
        "forest_cover,cau-ngang,2201,4\nforest_cover,cau-ngang,0999,4\n"
        "forest_cover,cau-ngang,năm 2023,5\nforest_cover,cau-ngang,Year 2024,5\n",
        # the same series by id, by name and without an area; a duplicate and a conflict
        "forest_cover,cau-ngang,2021,7\nTỷ lệ che phủ rừng,huyện Cầu Ngang,2022,8\n"
        "forest_cover,,2023,9\nforest_cover,cau-ngang,2023,9\nnew_jobs,,2021,5\n"
        "new_jobs,cau-ngang,2021,6\n",
        # indicators of both plans: without an area (the file is about one plan), by name
        "income_per_capita,,2021,2000\nincome_per_capita,cau-ngang,2022,2100\n"
        "health_insurance_coverage,tan-ho-co,2021,80\nhealth_insurance_coverage,,2022,81\n"
        "Tỷ lệ hộ nghèo,cau-ngang,2022,3\npoor_households_rate,Toàn huyện,2023,2\n",
        # column numbers under the header, a repeated header, a section row
        "(1),(2),(3),(4)\nindicator,area,year,value\nI. Kinh tế,,,\n",
    ],
    ids=["whitespace", "numbers", "percent-bounds", "years", "id-name-dup", "shared", "odd-rows"],
)
@pytest.mark.parametrize("decimal", [None, "comma", "point"])
def test_values_years_and_labels(tmp_path: Path, rows_text: str, decimal: str | None) -> None:
    """Covers white space, unusual numbers, unit bounds, years out of range, series
    named several ways, indicators shared by the two shipped plans, --decimal both ways."""
    path = put(tmp_path, "data.csv", HEADER + filler() + rows_text)
    fast, rows = both([path], decimal=decimal)
    assert_same(fast, rows)


def test_plan_column_and_shared_indicators(tmp_path: Path) -> None:
    """Covers a plan column (by id, blank, unknown) with indicators of both plans."""
    rows_text = "".join(
        f"gross_output,cau-ngang,{1950 + i},{i},cau-ngang-2030\n" for i in range(40)
    ) + (
        "income_per_capita,,2021,2000,tan-hong-border-2025\nincome_per_capita,,2022,2000,\n"
        "poor_households_rate,,2022,5,cau-ngang-2030\npoor_households_rate,,2023,5,\n"
        "poor_households_rate,,2024,5,nope\n"
    )
    path = put(tmp_path, "plan.csv", "indicator,area,year,value,plan\n" + rows_text)
    fast, rows = both([path])
    assert_same(fast, rows)


def test_several_files_with_duplicates_conflicts_and_a_row_read_file(tmp_path: Path) -> None:
    """Covers the same series in two column-wise files (a duplicate and a conflict),
    and in a file the row reader reads (a unit column), in any order."""
    a = put(tmp_path, "a.csv", HEADER + filler() + "forest_cover,cau-ngang,2021,7\n")
    b = put(tmp_path, "b.csv", HEADER + filler(5) + "forest_cover,,2021,8\n")
    c = put(tmp_path, "c.csv", "indicator,area,year,value,unit\nforest_cover,cau-ngang,2022,7,%\n")
    for paths in ([a, b, c], [c, b, a]):
        fast, rows = both(paths)
        assert_same(fast, rows)


def test_strict_mode(tmp_path: Path) -> None:
    """Covers --strict with a duplicate, an unknown indicator and a bad year late."""
    text = (
        HEADER
        + filler()
        + "forest_cover,cau-ngang,2021,7\nforest_cover,cau-ngang,2021,7\nfoo,cau-ngang,2021,1\n"
        + "forest_cover,cau-ngang,1850,7\n"
    )
    path = put(tmp_path, "strict.csv", text)
    fast, rows = both([path], strict=True)
    assert_same(fast, rows)


def test_a_line_over_1_mib_with_small_fields(tmp_path: Path) -> None:
    """Covers a line longer than MAX_FIELD whose fields are each under it (the text
    path falls back to the row reader, which reads it), and a 1 MiB unquoted value."""
    half = "x" * 600_000
    text = (
        "indicator;area;year;value;note\n"
        + filler(40, ";").replace("\n", ";\n")
        + f"forest_cover;cau-ngang;2021;7;{half}{half}\n"
        + "forest_cover;cau-ngang;2022;"
        + "1" * ((1 << 20) - 30)
        + ";\n"
    )
    path = put(tmp_path, "long.csv", text)
    fast, rows = both([path])
    assert_same(fast, rows)


def test_standard_input_and_a_file(tmp_path: Path) -> None:
    """Covers '-' (always read by the row reader) with a column-wise file that has the
    same series: the file's series is demoted and the conflict told the same way."""
    path = put(tmp_path, "a.csv", HEADER + filler() + "forest_cover,cau-ngang,2021,7\n")
    data = (HEADER + filler(3) + "forest_cover,cau-ngang,2021,8\n").encode()
    fast = read_actuals([path, "-"], SHIPPED, ReadOptions(), stdin=io.BytesIO(data))
    rows = read_actuals([path, "-"], SHIPPED, ReadOptions(engine="python"), stdin=io.BytesIO(data))
    assert_same(fast, rows)
    assert any(f.code == "conflicting-values" for f in fast.findings)
