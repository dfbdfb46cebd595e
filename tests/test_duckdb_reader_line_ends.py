"""A file's bytes decide, before DuckDB reads a row, whether DuckDB can read its rows.

DuckDB scans an offered file as CSV without quoting, into a table whose row ids number the rows
after the header (``plantrack/actuals/duckdb_reader.py``). Its scan skips a blank line, ends a
line at a carriage return that is not before a line feed, and drops a trailing delimiter
without a word. So a pass over the file's bytes comes first: lines ended all by LF or all by
CRLF, with no quote mark or NUL byte after the header, are offered to DuckDB, which must then
account for every row and every byte after the header; anything else is left whole to the row
reader. Either way the reading is the row reader's, line for line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.actuals.duckdb_reader import _Ends, _line_ends

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
        ("\n".join(ROWS) + ",\n").encode(),  # a trailing delimiter DuckDB would drop
        ("\r\n".join(ROWS).replace("2022,2.75", "2022,2.75,") + "\r\n").encode(),
        ("\n".join(ROWS).replace("2022,400", '2022,"400"') + "\n").encode(),  # quoted
        ("\n".join(ROWS).replace("tan-ho-co", "tan\x00ho-co") + "\n").encode(),  # NUL
    ],
    ids=[
        "mixed",
        "lone-cr-end",
        "cr",
        "blank-end",
        "blank-end-crlf",
        "blank-inside",
        "trailing-delimiter",
        "trailing-delimiter-crlf",
        "quoted",
        "nul",
    ],
)
def test_files_duckdb_cannot_number_are_left_to_the_row_reader(tmp_path: Path, data: bytes) -> None:
    fast, rows = both([put(tmp_path, data)])
    assert_same(fast, rows)
    assert not fast.blocks


def test_a_quoted_header_does_not_keep_duckdb_from_the_rows(tmp_path: Path) -> None:
    data = ('"indicator","area","year","value"\n' + "\n".join(ROWS[1:]) + "\n").encode()
    fast, rows = both([put(tmp_path, data)])
    assert_same(fast, rows)
    assert fast.blocks and not fast.loose


@pytest.mark.parametrize(
    ("data", "skip", "ends"),
    [
        (b"", 0, _Ends(False, 0, 0, 0, 0)),
        (b"a\nb\n", 0, _Ends(False, 0, 2, 4, 2)),
        (b"a\nb", 0, _Ends(False, 0, 2, 3, 1)),
        (b"a\nb", 1, _Ends(False, 1, 1, 1, 0)),
        (b"h\na,b\nc,d\n", 1, _Ends(False, 1, 2, 8, 2)),
        (b'"h"\na\n', 1, _Ends(False, 1, 1, 2, 1)),  # a quote mark in the header only
        (b"h", 1, _Ends(False, 1, 0, 0, 0)),
        (b"h", 3, _Ends(False, 3, 0, 0, 0)),  # fewer lines than the header's
        (b"a\r\nb\r\n", 0, _Ends(True, 0, 2, 6, 2)),
        (b"h\r\na\r\n\r\nb", 1, _Ends(True, 1, 3, 6, 2)),
        (b"a\r\nb\n", 0, None),
        (b"a\rb\n", 0, None),
        (b"a\nb\r", 0, None),
        (b"h\r\na\n", 1, None),  # ended both ways, one of them in the header
        (b'h\na"\n', 1, None),
        (b"h\na\x00\n", 1, None),
        (b"a\x01\n", 0, _Ends(False, 0, 1, 3, 1)),  # nothing special to DuckDB's scan now
    ],
)
def test_line_ends_rows_and_bytes_are_counted_from_the_bytes(
    tmp_path: Path, data: bytes, skip: int, ends: _Ends | None
) -> None:
    assert _line_ends(str(put(tmp_path, data)), skip) == ends


def test_the_bytes_of_the_fields_are_the_rest(tmp_path: Path) -> None:
    ends = _line_ends(str(put(tmp_path, b"h,h\r\nab,c\r\n,d")), 1)
    assert ends is not None and ends.fields(2) == len("abc") + len("d")


def test_a_crlf_split_between_two_reads_is_one_line_end(tmp_path: Path) -> None:
    """The bytes are read a mebibyte at a time: a CR at the end of one read and its LF at the
    start of the next are one line end."""
    first = b"x" * ((1 << 20) - 1) + b"\r"
    ends = _line_ends(str(put(tmp_path, first + b"\nb\r\n")))
    assert ends == _Ends(True, 0, 2, (1 << 20) + 4, 2)
