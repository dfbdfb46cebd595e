"""DuckDB reads a file whole or leaves it whole to the row reader, and what it reads equals the
row reader's reading (``ReadOptions(engine="python")``): a year twice in a series, a value too
large for a float or outside its unit's range send the file to the row reader; a series in
several places comes out in the order of its first figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_duckdb_reader_matches_row_reader import assert_same, both

# --------------------------------------------------------------------------------------------
# What sends a file to the row reader; the order of the blocks

HEADER = "indicator,area,year,value\n"
HUGE = "9" * 400  # a plain number that float reads as inf


def _read_both(tmp_path: Path, texts: list[str]) -> Any:
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"f{number}.csv"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    fast, rows = both(paths)
    assert_same(fast, rows)
    return fast


def _rows(*rows: str) -> str:
    return HEADER + "".join(row + "\n" for row in rows)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a year twice in an unbounded unit (the sum is finite, no bound: only the years tell)
        (
            _rows(
                "gross_output,cau-ngang,2020,1",
                "gross_output,cau-ngang,2021,2",
                "gross_output,cau-ngang,2021,3",
            ),
            {},
        ),
        (
            _rows(
                "gross_output,cau-ngang,2020,1",
                "gross_output,cau-ngang,2021,2",
                "gross_output,cau-ngang,2021,2",
            ),
            {},
        ),
        # the repeat is the first figure of the file, the other the last
        (
            _rows(
                "gross_output,cau-ngang,2021,1",
                "social_investment,cau-ngang,2020,5",
                "gross_output,cau-ngang,2021,1",
            ),
            {},
        ),
        # a series in two places of the file, years rising within each place
        (
            _rows(
                "gross_output,cau-ngang,2021,1",
                "social_investment,cau-ngang,2020,5",
                "gross_output,cau-ngang,2020,2",
            ),
            {"gross_output": 2, "social_investment": 1},
        ),
        (
            _rows(
                "gross_output,cau-ngang,2020,1",
                "social_investment,cau-ngang,2020,5",
                "gross_output,cau-ngang,2020,2",
            ),
            {},
        ),
        # years falling but none twice: kept
        (
            _rows(
                "gross_output,cau-ngang,2022,1",
                "gross_output,cau-ngang,2021,2",
                "gross_output,cau-ngang,2020,3",
            ),
            {"gross_output": 3},
        ),
        # a value too large for a float, first, in the middle, last, alone, negative
        (_rows(f"gross_output,cau-ngang,2020,{HUGE}"), {}),
        (
            _rows(
                "social_investment,cau-ngang,2020,5",
                f"gross_output,cau-ngang,2021,{HUGE}",
                "gross_output,cau-ngang,2022,1",
            ),
            None,
        ),
        (
            _rows("gross_output,cau-ngang,2020,1", f"gross_output,cau-ngang,2021,-{HUGE}"),
            None,
        ),
        # finite values whose sum is not
        (
            _rows(
                "gross_output,cau-ngang,2020,1" + "0" * 308,
                "social_investment,cau-ngang,2020,1" + "0" * 308,
            ),
            None,
        ),
        # series of one figure; values exactly at the unit's bounds and past them
        (_rows("gross_output,cau-ngang,2020,1"), {"gross_output": 1}),
        (
            _rows(
                "forest_cover,cau-ngang,2020,0",
                "forest_cover,cau-ngang,2021,100",
                "forest_cover,cau-ngang,2022,100.0",
                "new_jobs,cau-ngang,2020,0",
                "new_jobs,cau-ngang,2021,-0",
            ),
            {"forest_cover": 3, "new_jobs": 2},
        ),
        (
            _rows("forest_cover,cau-ngang,2020,100.5", "new_jobs,cau-ngang,2020,-1"),
            {},
        ),
    ],
)
def test_a_file_with_a_series_the_row_reader_must_read_goes_to_it_whole(
    tmp_path: Path, text: str, kept: dict[str, int] | None
) -> None:
    fast = _read_both(tmp_path, [text])
    if kept is not None:  # DuckDB reads what it may read
        assert {block.indicator: len(block) for block in fast.blocks} == kept


SERIES = [
    ("gross_output", "cau-ngang"),  # billion VND: no bound
    ("social_investment", "cau-ngang"),  # trillion VND: no bound
    ("gross_output", ""),  # the same series, the area left out
    ("income_per_capita", "cau-ngang"),  # read by the row reader (in two plans)
    ("forest_cover", "cau-ngang"),  # percent: 0 to 100
    ("new_jobs", "cau-ngang"),  # persons: at least 0
]
VALUES = ["5", "12.5", "0", "-0", "100", "100.0", "100.5", "-1", "-3.25", HUGE, "-" + HUGE]


@st.composite
def panel(draw: st.DrawFn) -> str:
    """A long file of a few series: in runs or scattered, years rising, repeated or falling."""
    series = draw(st.lists(st.sampled_from(SERIES), min_size=1, max_size=4, unique=True))
    values = draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=4, unique=True))
    rows = []
    for _ in range(draw(st.integers(1, 60))):
        indicator, area = draw(st.sampled_from(series))
        year = draw(st.integers(2018, 2018 + draw(st.integers(0, 8))))
        rows.append((indicator, area, year, draw(st.sampled_from(values))))
    order = draw(st.sampled_from(["file", "series", "series-year"]))
    if order == "series":
        rows.sort(key=lambda row: row[:2])
    elif order == "series-year":
        rows.sort(key=lambda row: row[:3])
    return _rows(*(",".join(map(str, row)) for row in rows))


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(panel(), min_size=1, max_size=2))
def test_panels_of_a_few_series_read_the_same_by_both_engines(
    tmp_path: Path, texts: list[str]
) -> None:
    fast = _read_both(tmp_path, texts)
    # the blocks of a file come out in the order of their first figures
    for file in {id(block.columns): block.columns for block in fast.blocks}.values():
        starts = [block.start for block in fast.blocks if block.columns is file]
        assert starts == sorted(starts)


def test_a_series_in_several_places_comes_out_in_the_order_of_its_first_figure(
    tmp_path: Path,
) -> None:
    text = _rows(
        "social_investment,cau-ngang,2021,6",
        "gross_output,cau-ngang,2021,2",
        "social_investment,cau-ngang,2020,5",
        "gross_output,cau-ngang,2020,1",
        "forest_cover,cau-ngang,2020,3",
    )
    fast = _read_both(tmp_path, [text])
    assert [(b.indicator, [o.line for o in b]) for b in fast.blocks] == [
        ("social_investment", [2, 4]),
        ("gross_output", [3, 5]),
        ("forest_cover", [6]),
    ]


# --------------------------------------------------------------------------------------------
# What DuckDB keeps of a file it leaves to the row reader: nothing


def _first_pass(tmp_path: Path, text: str, engine: Any) -> Any:
    from plantrack.actuals.catalog import Catalog
    from plantrack.actuals.read import ReadOptions, _Read

    from .test_duckdb_reader_matches_row_reader import SHIPPED

    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    read = _Read(str(path), 0, Catalog.of(SHIPPED), ReadOptions(engine="duckdb"), {}, None)
    read.start()
    return read.first_pass(engine)


def test_a_file_left_to_the_row_reader_leaves_no_table_behind(tmp_path: Path) -> None:
    from plantrack.actuals.duckdb_reader import Engine

    engine = Engine()
    try:
        clean = _rows("gross_output,cau-ngang,2020,1", "gross_output,cau-ngang,2021,2")
        first = _first_pass(tmp_path, clean, engine)
        assert first is not None
        assert engine.con.execute("SHOW TABLES").fetchall()  # kept until its figures are made
        engine.drop(first)
        assert engine.con.execute("SHOW TABLES").fetchall() == []
        for text in (
            _rows("gross_output,cau-ngang,2020,1", "gross_output,cau-ngang,2020,2"),  # a conflict
            _rows("gross_output,cau-ngang,2020,x"),  # not a number: refused at once
            _rows("nowhere_indicator,cau-ngang,2020,1"),  # unknown: refused with its labels
        ):
            assert _first_pass(tmp_path, text, engine) is None
            assert engine.con.execute("SHOW TABLES").fetchall() == []
    finally:
        engine.close()


def test_an_error_inside_duckdb_leaves_the_file_to_the_row_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb

    from plantrack.actuals.duckdb_reader import Engine

    def out_of_memory(*args: Any) -> None:
        raise duckdb.OutOfMemoryException("no memory left")

    monkeypatch.setattr(Engine, "_check", out_of_memory)
    engine = Engine()
    try:
        clean = _rows("gross_output,cau-ngang,2020,1", "gross_output,cau-ngang,2021,2")
        assert _first_pass(tmp_path, clean, engine) is None
        assert engine.con.execute("SHOW TABLES").fetchall() == []
    finally:
        engine.close()
    fast = _read_both(tmp_path, [clean])  # and the row reader's reading is the same
    assert not fast.blocks
