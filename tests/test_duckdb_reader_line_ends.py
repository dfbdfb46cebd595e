"""How a file ends its lines decides, before DuckDB reads a row, whether DuckDB can number them.

DuckDB scans an offered file as CSV, one text column a line, and numbers the lines in the
order of the file (``plantrack/actuals/duckdb_reader.py``). Its scan keeps a blank line as a
row and drops a byte-order mark, but ends a line at a carriage return that is not before a
line feed (and drops the next character), refuses lines ended both ways, and cuts a line at
the byte 0x01 (its field separator). So a pass over the file's bytes decides first: lines
ended all by LF or all by CRLF are DuckDB's, with or without a final line end; anything else
is left whole to the row reader. Either way the reading is the row reader's, line for line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.actuals.duckdb_reader import _line_ends

from .test_duckdb_reader_matches_row_reader import assert_same, both

ROWS = [
    "indicator,area,year,value",
    "forest_cover,cau-ngang,2021,2.5",
    "forest_cover,cau-ngang,2022,2.75",
    "gross_output,cau-ngang,2021,12000",
    "gross_output,cau-ngang,2022,13111.5",
    "jobs_created,tan-ho-co,2022,400",
]


def put(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "ends.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        "\n".join(ROWS).encode() + b"\n",
        "\n".join(ROWS).encode(),  # no final line end
        "\r\n".join(ROWS).encode() + b"\r\n",
        "\r\n".join(ROWS).encode(),
        b"\xef\xbb\xbf" + "\n".join(ROWS).encode() + b"\n",  # a byte-order mark
        b"\xef\xbb\xbf" + "\r\n".join(ROWS).encode(),
        ("\n\n" + "\n".join(ROWS) + "\n").encode(),  # blank lines above the header
    ],
    ids=["lf", "lf-unended", "crlf", "crlf-unended", "bom-lf", "bom-crlf-unended", "blank-top"],
)
def test_duckdb_reads_files_ended_one_way_with_the_row_readers_lines(
    tmp_path: Path, data: bytes
) -> None:
    fast, rows = both([put(tmp_path, data)])
    assert_same(fast, rows)
    assert fast.blocks and not fast.loose
    lines = sorted(obs.line for obs in fast.observations if obs.line is not None)
    assert lines[-1] == data.count(b"\n") + (not data.endswith(b"\n"))  # the last row's line


@pytest.mark.parametrize(
    "data",
    [
        ("\n".join(ROWS[:3]) + "\r\n" + "\n".join(ROWS[3:]) + "\n").encode(),  # both ways
        ("\n".join(ROWS) + "\r").encode(),  # a lone CR at the end
        ("\r".join(ROWS) + "\r").encode(),  # old Mac line ends
        ("\n".join(ROWS) + "\n" + "\n").encode(),  # a blank line at the end
        ("\r\n".join(ROWS) + "\r\n\r\n").encode(),
        ("\n".join([*ROWS[:2], "", *ROWS[2:]]) + "\n").encode(),  # a blank line among rows
        ("\n".join(ROWS).replace("2022,400", "2022,400\x01") + "\n").encode(),  # DuckDB's cut
        ("\n".join(ROWS).replace("tan-ho-co", "tan\x01ho-co") + "\n").encode(),
    ],
    ids=[
        "mixed",
        "lone-cr-end",
        "cr",
        "blank-end",
        "blank-end-crlf",
        "blank-inside",
        "soh",
        "soh2",
    ],
)
def test_files_duckdb_cannot_number_are_left_to_the_row_reader(tmp_path: Path, data: bytes) -> None:
    fast, rows = both([put(tmp_path, data)])
    assert_same(fast, rows)
    assert not fast.blocks


@pytest.mark.parametrize(
    ("data", "ends"),
    [
        (b"", ("\\n", 0)),
        (b"a\nb\n", ("\\n", 2)),
        (b"a\nb", ("\\n", 2)),
        (b"a\r\nb\r\n", ("\\r\\n", 2)),
        (b"a\r\n\r\nb", ("\\r\\n", 3)),
        (b"a\r\nb\n", None),
        (b"a\rb\n", None),
        (b"a\nb\r", None),
        (b"a\x01\n", None),
    ],
)
def test_line_ends_are_counted_from_the_bytes(
    tmp_path: Path, data: bytes, ends: tuple[str, int] | None
) -> None:
    assert _line_ends(str(put(tmp_path, data))) == ends


def test_a_crlf_split_between_two_reads_is_one_line_end(tmp_path: Path) -> None:
    """The bytes are read a mebibyte at a time: a CR at the end of one read and its LF at the
    start of the next are one line end."""
    first = b"x" * ((1 << 20) - 1) + b"\r"
    assert _line_ends(str(put(tmp_path, first + b"\nb\r\n"))) == ("\\r\\n", 2)
