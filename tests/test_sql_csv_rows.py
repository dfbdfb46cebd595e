"""The CSV rows SQL writes for the targets it assessed (render/report_csv._sql_rows): each
result's area named by its place in its own target's list of areas (targets that list their
areas in another order, or only some of them, share no table of area cells by mistake), and the
``vi`` style's numbers (a decimal comma, no exponent) written as the Python rows write them."""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.actuals.read import ReadOptions
from plantrack.assessment.sql import SqlAssessment
from plantrack.render.report_csv import _VI_NUMBER, check_csv, decimal_comma
from plantrack.report.build import CheckOptions, run_check

from . import test_sql_assessment as sql_tests

AREAS = ["c1", "c2", "c3"]
#: Three growth targets: every area in the plan's order, the same areas backwards, and two of them.
LISTS = {"g1": AREAS, "g2": AREAS[::-1], "g3": ["c3", "c1"]}


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The indicators whose target's rows SQL made, in the order it made them."""
    found: list[str] = []
    rows = SqlAssessment.rows

    def recording(self: SqlAssessment, indicator: Any, target: Any) -> Any:
        result = rows(self, indicator, target)
        if result is not None:
            found.append(indicator.id)
        return result

    monkeypatch.setattr(SqlAssessment, "rows", recording)
    return found


def plan_text(lists: dict[str, list[str]] = LISTS) -> str:
    lines = [
        "id: panel",
        "title: {vi: Kế hoạch thử, en: Test plan}",
        "document: {type: {vi: Kế hoạch, en: Plan}, issuer: {vi: Tỉnh X, en: Province X}}",
        "level: province",
        "area: px",
        "areas:",
        "  - {id: px, name: {vi: Tỉnh X, en: Province X}, level: province}",
        *(
            f"  - {{id: {a}, name: {{vi: xã {a}, en: commune {a}}}, level: commune, parent: px}}"
            for a in AREAS
        ),
        "period: 2021-2030",
        "base_year: 2020",
        "indicators:",
    ]
    for number, (ident, areas) in enumerate(lists.items(), 1):
        lines += [
            f"  - id: {ident}",
            f"    name: {{vi: Chỉ tiêu {number}, en: Indicator {number}}}",
            "    unit: billion_vnd",
            "    direction: increase",
            f"    source: {{section: II, item: {number}}}",
            "    targets:",
            "      - kind: growth",
            "        value: 8%",
            "        period: 2021-2030",
            f"        areas: [{', '.join(areas)}]",
            "        text: Tăng bình quân 8%/năm",
        ]
    return "\n".join(lines) + "\n"


def write_panel(folder: Path, lists: dict[str, list[str]] = LISTS) -> None:
    """The plan of ``lists`` and its panel: a different pace in each area and indicator, so
    that an area or a target named wrongly changes its row."""
    (folder / "plan.yaml").write_text(plan_text(lists), encoding="utf-8")
    figures = [
        f"{ident},{area},{year},{100 * (1 + 0.02 * number + 0.01 * k) ** (year - 2020):.2f}"
        for k, ident in enumerate(lists)
        for number, area in enumerate(AREAS, 1)
        for year in range(2020, 2025)
    ]
    (folder / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(figures) + "\n", encoding="utf-8"
    )


def csv_of(folder: Path, engine: str) -> str:
    """The CSV report of the panel ``write_panel`` wrote, read by ``engine``."""
    report = run_check(
        [folder / "plan.yaml"],
        [folder / "panel.csv"],
        CheckOptions(read=ReadOptions(engine=engine), working=False),  # type: ignore[arg-type]
        lazy=True,
    )
    return check_csv(report, "en")


def test_targets_with_their_own_lists_of_areas(tmp_path: Path, made: list[str]) -> None:
    write_panel(tmp_path)
    python = csv_of(tmp_path, "python")
    assert not made
    written = csv_of(tmp_path, "duckdb")
    assert made == ["g1", "g2", "g3"]  # every target's rows made by SQL
    assert written == python
    order = [line.split(",")[2] + ":" + line.split(",")[1] for line in written.splitlines()[1:]]
    assert order == [f"{ident}:{area}" for ident, areas in LISTS.items() for area in areas]


@pytest.mark.parametrize(("most", "sizes"), [(3, [1, 1, 1]), (6, [2, 1]), (9, [3])])
def test_targets_of_one_kind_and_list_are_written_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, most: int, sizes: list[int]
) -> None:
    """Consecutive targets of one kind with one list of areas are written by one query, at most
    ``_BATCH`` results a query; the rows are the same, in the same order, however cut."""
    from plantrack.render import report_csv

    write_panel(tmp_path, dict.fromkeys(LISTS, AREAS))
    batches: list[int] = []
    rows = report_csv._sql_rows

    def counted(batch: list[Any], *args: Any) -> str:
        batches.append(len(batch))
        return rows(batch, *args)

    monkeypatch.setattr(report_csv, "_sql_rows", counted)
    monkeypatch.setattr(report_csv, "_BATCH", most)
    python = csv_of(tmp_path, "python")
    assert not batches
    assert csv_of(tmp_path, "duckdb") == python
    assert batches == sizes


def test_vi_numbers_in_sql_are_decimal_comma() -> None:
    """DuckDB's macro writes every double as :func:`decimal_comma` does: random bit patterns
    (every magnitude, so exponents both ways) and the edges."""
    values = [
        struct.unpack("<d", struct.pack("<Q", (n * 0x9E3779B97F4A7C15) % 2**64))[0]
        for n in range(20000)
    ]
    values = [value for value in values if math.isfinite(value)]
    values += [1e-05, 1e16, -0.0, 0.0, 5e-324, 1.7976931348623157e308, -1.5e-05, 1e15, 0.1]
    values += [123456.789e-10, 8641.0, 12345678901234567.0, -2.5e17, 9.999999999999999e-05]
    con = duckdb.connect()
    con.execute(_VI_NUMBER)
    written = con.execute("SELECT pt_vi_number(unnest(?::DOUBLE[])::VARCHAR)", [values]).fetchall()
    assert [text for (text,) in written] == [decimal_comma(value) for value in values]
    assert con.execute("SELECT pt_vi_number(NULL::VARCHAR)").fetchone() == (None,)


#: The drawn panels of each group of kinds, and the targets SQL takes among them.
PANELS = {
    "growth and level": sql_tests.clean_panel(),
    "change": sql_tests.change_panel(),
    "cumulative and every year": sql_tests.period_panel(),
}
TAKEN = {
    "growth and level": sql_tests.SQL_TARGETS,
    "change": sql_tests.CHANGE_TARGETS,
    "cumulative and every year": sql_tests.PERIOD_TARGETS,
}


@settings(
    max_examples=45,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.sampled_from(["growth and level", "change", "cumulative and every year"]).flatmap(
        lambda kinds: st.tuples(st.just(kinds), PANELS[kinds])
    ),
    st.one_of(st.none(), st.integers(2021, 2026)),
)
def test_vi_style_rows_made_by_sql_are_python_rows(
    tmp_path: Path,
    made: list[str],
    drawn: tuple[str, str],
    as_of: int | None,
) -> None:
    """``--csv-style vi`` (semicolons, decimal commas): the rows of every kind SQL assesses
    (the differential panels of tests/test_sql_assessment.py) are made by SQL, and are the Python
    rows byte for byte (a total, a pace of years met: every numeric cell in its vi form)."""
    kinds, text = drawn
    made.clear()  # one list for every drawn example
    (tmp_path / "plan.yaml").write_text(sql_tests.plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(text, encoding="utf-8")

    def vi_csv(engine: str) -> tuple[str, bool]:
        report = run_check(
            [tmp_path / "plan.yaml"],
            [tmp_path / "panel.csv"],
            CheckOptions(read=ReadOptions(engine=engine), as_of=as_of, working=False),  # type: ignore[arg-type]
            lazy=True,
        )
        return check_csv(report, "vi", "vi"), bool(report.data.blocks)

    python, _ = vi_csv("python")
    assert not made
    written, read = vi_csv("duckdb")
    assert written == python
    have = {line.split(",")[0] for line in text.splitlines()[1:]} if read else set()
    assert set(made) == TAKEN[kinds] & have


def test_targets_whose_series_two_files_hold(tmp_path: Path, made: list[str]) -> None:
    """Series read whole from two files (each DuckDB's): SQL assesses the targets of both from
    the two files' figures together, as Python does."""
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    for name, idents in (("one.csv", ["g1", "g3"]), ("two.csv", ["g2"])):
        figures = [
            f"{ident},{area},{year},{100 * (1 + 0.03 * number) ** (year - 2020):.2f}"
            for ident in idents
            for number, area in enumerate(AREAS, 1)
            for year in range(2020, 2025)
        ]
        (tmp_path / name).write_text(
            "indicator,area,year,value\n" + "\n".join(figures) + "\n", encoding="utf-8"
        )

    def csv_of(engine: str) -> tuple[str, int]:
        report = run_check(
            [tmp_path / "plan.yaml"],
            [tmp_path / "one.csv", tmp_path / "two.csv"],
            CheckOptions(read=ReadOptions(engine=engine), working=False),  # type: ignore[arg-type]
            lazy=True,
        )
        files = len({id(block.columns) for block in report.data.blocks})
        return check_csv(report, "en"), files

    python, _ = csv_of("python")
    written, files = csv_of("duckdb")
    assert files == 2 and made == ["g1", "g2", "g3"]
    assert written == python
