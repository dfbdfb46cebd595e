"""Boundaries that a one-character change in the code would move, each pinned by a test.

Mutation testing (issue 16 item 21; docs/mutation.md) found that moving the on-track and at-risk
boundaries from ``>=`` to ``>``, reading a flat series (ratio exactly 0) as regressing, and blank
rows inside a data body never reaching the row ledger all left the suite green. docs/assessment.md
says which status each side of a boundary gets: ``on_track`` R >= 0.95, ``at_risk``
0.60 <= R < 0.95, ``off_track`` 0 <= R < 0.60, ``regressing`` R < 0 (default thresholds).
"""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest

from plantrack.actuals.layout import Outcome
from plantrack.actuals.ledger import Ledger
from plantrack.actuals.read import DataSet, FileReport, ReadOptions, RowRecord, read_actuals
from plantrack.assessment import assess
from plantrack.assessment.goals import (
    VERDICT_STATUS,
    Goal,
    by_ratio,
    float_tolerance,
    goal_for,
    judge,
)
from plantrack.assessment.status import Status
from plantrack.findings import Finding, Severity
from plantrack.observations import Observation
from plantrack.plans.model import Plan, Thresholds

from .test_engine import indicator, make_plan

DEFAULT = Thresholds()


def test_the_default_thresholds_are_the_documented_ones() -> None:
    assert (DEFAULT.on_track, DEFAULT.at_risk) == (0.95, 0.60)


# --------------------------------------------------------------------------------------------
# The ratio's boundaries, on the rule itself


@pytest.mark.parametrize(
    ("ratio", "status"),
    [
        (1.0, Status.ON_TRACK),
        (0.95, Status.ON_TRACK),  # exactly at the boundary: on track (R >= 0.95)
        (math.nextafter(0.95, 0), Status.AT_RISK),
        (0.60, Status.AT_RISK),  # exactly at the boundary: at risk (R >= 0.60)
        (math.nextafter(0.60, 0), Status.OFF_TRACK),
        (0.0, Status.OFF_TRACK),  # no movement at all: off track, not regressing
        (-0.0, Status.OFF_TRACK),
        (-1e-12, Status.OFF_TRACK),  # float rounding of no movement (chained rates of 0 %)
        (-1e-6, Status.REGRESSING),
        (-0.5, Status.REGRESSING),
    ],
)
def test_each_side_of_each_boundary_gets_its_status(ratio: float, status: Status) -> None:
    assert by_ratio(ratio, ratio, 1, DEFAULT) is status


@pytest.mark.parametrize(
    ("observed", "direction", "status"),
    [
        (0.0, 1, Status.OFF_TRACK),  # nothing needed, nothing moved: off track
        (-1e-12, 1, Status.OFF_TRACK),
        (-1.0, 1, Status.REGRESSING),  # moved away from the target
        (1.0, -1, Status.REGRESSING),  # a lower-is-better figure that rose
        (-1.0, -1, Status.OFF_TRACK),
        (1.0, 1, Status.OFF_TRACK),
    ],
)
def test_without_a_ratio_only_a_movement_away_is_regressing(
    observed: float, direction: int, status: Status
) -> None:
    assert by_ratio(None, observed, direction, DEFAULT) is status


def test_a_plans_own_thresholds_move_the_boundaries() -> None:
    own = Thresholds(on_track=0.9, at_risk=0.5)
    assert by_ratio(0.9, 0.9, 1, own) is Status.ON_TRACK
    assert by_ratio(0.95, 0.95, 1, own) is Status.ON_TRACK
    assert by_ratio(math.nextafter(0.9, 0), 0.0, 1, own) is Status.AT_RISK
    assert by_ratio(0.5, 0.5, 1, own) is Status.AT_RISK
    assert by_ratio(0.6, 0.6, 1, own) is Status.AT_RISK
    assert by_ratio(math.nextafter(0.5, 0), 0.0, 1, own) is Status.OFF_TRACK


# --------------------------------------------------------------------------------------------
# The same boundaries through the engine, with ratios that are exact in floating point

#: 200 in 2020 to 1,200 in 2030 on a straight line: 100 a year needed. The latest value of 2024
#: gives the ratio (latest - 200) / 4 / 100 exactly: 580 -> 0.95, 440 -> 0.60, 200 -> 0.
LINEAR = indicator(
    {"kind": "level", "value": 1200, "year": 2030}, unit="persons", projection="linear"
)


def _status(plan: Plan, observations: list[Observation]) -> tuple[Status, float | None]:
    (result,) = assess(plan, observations).results
    return result.status, result.ratio


@pytest.mark.parametrize(
    ("latest", "ratio", "status"),
    [
        (580, 0.95, Status.ON_TRACK),
        (579, 0.9475, Status.AT_RISK),
        (440, 0.60, Status.AT_RISK),
        (439, 0.5975, Status.OFF_TRACK),
        (200, 0.0, Status.OFF_TRACK),
        (199, -0.0025, Status.REGRESSING),
    ],
)
def test_a_level_target_at_the_boundaries(latest: int, ratio: float, status: Status) -> None:
    plan = make_plan(LINEAR)
    observations = [Observation("x", 2020, 200), Observation("x", 2024, latest)]
    got, got_ratio = _status(plan, observations)
    assert got_ratio == pytest.approx(ratio, abs=1e-12)
    assert got is status


def test_the_boundary_ratios_are_exact_in_floating_point() -> None:
    """The level test above is at the boundary itself, not within rounding of it."""
    assert (580 - 200) / 4 / 100 == 0.95
    assert (440 - 200) / 4 / 100 == 0.60


@pytest.mark.parametrize("unit", ["persons", "billion_vnd"])
def test_a_flat_series_is_off_track_not_regressing(unit: str) -> None:
    """A growth target whose level has not moved: observed growth 0, ratio exactly 0."""
    plan = make_plan(
        indicator({"kind": "growth", "value": "10%", "period": "2021-2030"}, unit=unit)
    )
    observations = [Observation("x", 2020, 100), Observation("x", 2023, 100)]
    got, ratio = _status(plan, observations)
    assert ratio == 0
    assert got is Status.OFF_TRACK


def test_a_flat_series_of_yearly_rates_of_zero_is_off_track() -> None:
    plan = make_plan(indicator({"kind": "growth", "value": "10%", "period": "2021-2030"}))
    observations = [
        Observation("x", 2020, 100),
        *(Observation("x", y, 0.0, measure="growth") for y in (2021, 2022, 2023)),
    ]
    got, ratio = _status(plan, observations)
    assert ratio is not None and abs(ratio) < 1e-9
    assert got is Status.OFF_TRACK


def test_a_falling_series_is_regressing() -> None:
    plan = make_plan(indicator({"kind": "growth", "value": "10%", "period": "2021-2030"}))
    observations = [Observation("x", 2020, 100), Observation("x", 2023, 99)]
    got, ratio = _status(plan, observations)
    assert ratio is not None and ratio < 0
    assert got is Status.REGRESSING


# --------------------------------------------------------------------------------------------
# The row ledger against the file's own rows


def _read(tmp_path: Path, path: Path, **options: Any) -> DataSet:
    data = read_actuals([path], [make_plan(LINEAR)], ReadOptions(**options))
    (report,) = data.files
    assert report.rows == report.used + report.ignored + report.errors
    return data


#: A long CSV with blank lines inside the body (lines 3, 5 and 6), one of them only separators.
CSV_WITH_BLANKS = "indicator,year,value\nx,2021,60\n\nx,2022,70\n,,\n\nx,2023,80\n"


@pytest.mark.parametrize("columnar", [True, False])
def test_every_physical_line_of_a_csv_is_in_the_ledger(tmp_path: Path, columnar: bool) -> None:
    path = tmp_path / "data.csv"
    path.write_text(CSV_WITH_BLANKS, encoding="utf-8")
    data = _read(tmp_path, path, columnar=columnar) if columnar else _read(tmp_path, path)
    lines = CSV_WITH_BLANKS.count("\n")
    (report,) = data.files
    assert report.rows == lines == 7
    assert (report.used, report.ignored, report.errors) == (3, 4, 0)
    blank = sorted(r.line for r in data.rows if r.code == "blank-row")
    assert blank == [3, 5, 6]
    assert sorted(o.line for o in data.observations) == [2, 4, 7]


def test_every_row_of_a_sheet_is_in_the_ledger(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indicator", "year", "value"])
    sheet.append(["x", 2021, 60])
    sheet.append([])
    sheet.append(["x", 2022, 70])
    sheet.append([None, None, None])
    sheet.append([])
    sheet.append(["x", 2023, 80])
    path = tmp_path / "data.xlsx"
    book.save(path)
    data = _read(tmp_path, path)
    (report,) = data.files
    assert report.rows == sheet.max_row == 7
    assert (report.used, report.ignored, report.errors) == (3, 4, 0)
    assert sorted(r.line for r in data.rows if r.code == "blank-row") == [3, 5, 6]
    assert sorted(o.cell or "" for o in data.observations) == ["Sheet!C2", "Sheet!C4", "Sheet!C7"]


# --------------------------------------------------------------------------------------------
# The status words and their order


def test_statuses_are_ordered_best_to_worst_as_documented() -> None:
    """docs/assessment.md and docs/check.md: --fail-on uses this order."""
    order = [
        "exceeded",
        "achieved",
        "on_track",
        "in_progress",
        "at_risk",
        "off_track",
        "regressing",
        "not_achieved",
        "insufficient_data",
        "no_data",
    ]
    assert [s.value for s in sorted(Status, key=lambda s: s.rank)] == order
    assert [Status(name).rank for name in order] == list(range(10))
    finals = {Status.EXCEEDED, Status.ACHIEVED, Status.NOT_ACHIEVED}
    assert {s for s in Status if s.is_final} == finals


@pytest.mark.parametrize(
    ("status", "vi", "en"),
    [
        (Status.EXCEEDED, "Vượt", "Exceeded"),
        (Status.ACHIEVED, "Đạt", "Achieved"),
        (Status.NOT_ACHIEVED, "Không đạt", "Not achieved"),
        (Status.AT_RISK, "Cần tăng tốc", "At risk"),
        (Status.NO_DATA, "Chưa có số liệu", "No data"),
    ],
)
def test_each_status_has_its_word_in_each_language(status: Status, vi: str, en: str) -> None:
    assert status.label("vi") == vi
    assert status.label("en") == en
    assert status.label() == en  # English unless Vietnamese is asked for
    assert status.label("fr") == en


# --------------------------------------------------------------------------------------------
# Verdicts at the edges of a bound (docs/assessment.md, "Verdicts"): equality allows for float
# rounding, 1e-9 of the number (of 1 for numbers below 1), and no more


def _goal(comparator: str, low: float, high: float = 0.0, d: int = 1, tol: float = 0.0) -> Goal:
    return Goal(comparator, low, high or low, d, tol)


@pytest.mark.parametrize("x", [0.5, 1.0, 12.96, 1000.0, -40.0])
def test_a_floor_is_achieved_within_rounding_and_exceeded_beyond_it(x: float) -> None:
    tol = 1e-9 * max(1.0, abs(x))
    assert float_tolerance(x) == tol
    floor = _goal("at_least", x)
    assert judge(x, floor) == "achieved"
    assert judge(x + 0.5 * tol, floor) == "achieved"
    assert judge(x - 0.5 * tol, floor) == "achieved"
    assert judge(x + 2 * tol, floor) == "exceeded"
    assert judge(x - 2 * tol, floor) == "missed"
    assert floor.verdict(x + 2 * tol) == "exceeded"


def test_a_ceiling_met_is_achieved_never_exceeded() -> None:
    for comparator in ("at_most", "less_than"):
        assert _goal(comparator, 4.0, d=-1).is_ceiling
        assert judge(3.1, _goal(comparator, 4.0, d=-1)) == "achieved"
        assert judge(4.5, _goal(comparator, 4.0, d=-1)) == "missed"
    assert judge(4.0, _goal("at_most", 4.0, d=-1)) == "achieved"
    assert judge(4.0, _goal("less_than", 4.0, d=-1)) == "missed"  # "dưới 4 %" is strict
    assert not _goal("at_least", 4.0).is_ceiling
    assert not _goal("more_than", 4.0).is_ceiling


def test_more_than_is_strict() -> None:
    assert judge(10.0, _goal("more_than", 10.0)) == "missed"
    assert judge(10.5, _goal("more_than", 10.0)) == "exceeded"
    assert judge(10.0, _goal("value", 10.0)) == "achieved"


@pytest.mark.parametrize(
    ("d", "value", "verdict"),
    [
        (1, 12.0, "missed"),
        (1, 13.0, "achieved"),
        (1, 13.0 - 1e-9, "achieved"),
        (1, 14.0, "achieved"),
        (1, 15.0, "achieved"),
        (1, 15.0 + 1e-9, "achieved"),
        (1, 15.0 + 1e-6, "exceeded"),
        (1, 13.0 - 1e-6, "missed"),
        (-1, 12.0, "exceeded"),
        (-1, 13.0, "achieved"),
        (-1, 13.0 - 1e-9, "achieved"),
        (-1, 13.0 - 1e-6, "exceeded"),
        (-1, 15.0, "achieved"),
        (-1, 15.0 + 1e-9, "achieved"),
        (-1, 15.0 + 1e-6, "missed"),
        (-1, 16.0, "missed"),
    ],
)
def test_a_range_from_each_side(d: int, value: float, verdict: str) -> None:
    assert judge(value, Goal("range", 13.0, 15.0, d)) == verdict


def test_an_about_target_is_achieved_within_its_tolerance() -> None:
    about = _goal("about", 100.0, tol=0.05)
    assert judge(105.0, about) == "achieved"
    assert judge(95.0, about) == "achieved"
    assert judge(105.5, about) == "exceeded"
    assert judge(94.5, about) == "missed"
    assert judge(100.0 + 1e-7, _goal("about", 100.0)) == "achieved"  # rounding only
    assert judge(100.0 + 1e-6, _goal("about", 100.0)) == "exceeded"
    falling = _goal("about", 100.0, d=-1, tol=0.05)
    assert judge(94.5, falling) == "exceeded"
    assert judge(105.5, falling) == "missed"


def test_the_threshold_is_the_near_end_of_a_range() -> None:
    assert Goal("range", 13.0, 15.0, 1).threshold == 13.0
    assert Goal("range", 13.0, 15.0, -1).threshold == 15.0
    assert Goal("at_least", 13.0, 13.0, 1).threshold == 13.0
    assert Goal("at_most", 4.0, 4.0, -1).threshold == 4.0


def test_the_gap_is_from_the_nearest_edge() -> None:
    band = Goal("range", 13.0, 15.0, 1)
    assert band.gap(16.5) == 1.5
    assert band.gap(12.0) == -1.0
    assert band.gap(14.0) == 0.0
    assert band.gap(15.0) == 0.0
    assert band.gap(13.0) == 0.0
    assert _goal("at_least", 10.0).gap(12.5) == 2.5
    assert _goal("at_least", 10.0).gap(7.0) == -3.0


@pytest.mark.parametrize(
    ("comparator", "indicator_direction", "direction"),
    [
        ("at_least", -1, 1),
        ("more_than", -1, 1),
        ("at_most", 1, -1),
        ("less_than", 1, -1),
        ("value", 1, 1),
        ("value", -1, -1),
        ("about", -1, -1),
        ("range", -1, -1),
    ],
)
def test_a_one_sided_bound_says_which_way_is_better(
    comparator: str, indicator_direction: int, direction: int
) -> None:
    bound = SimpleNamespace(comparator=comparator, low=3.0, high=5.0)
    goal = goal_for(SimpleNamespace(bound=bound), indicator_direction, tolerance=0.1)
    assert (goal.comparator, goal.low, goal.high, goal.direction) == (
        comparator,
        3.0,
        5.0,
        direction,
    )
    assert goal.tolerance == (0.1 if comparator == "about" else 0.0)


def test_verdicts_map_to_their_statuses() -> None:
    assert VERDICT_STATUS == {
        "exceeded": Status.EXCEEDED,
        "achieved": Status.ACHIEVED,
        "missed": Status.NOT_ACHIEVED,
    }


# --------------------------------------------------------------------------------------------
# The ledger's own rules (plantrack/actuals/ledger.py, Ledger): a row's outcome is the worst
# of its cells', a duplicate cell given back leaves the row ignored only when no used cell is
# left, --strict makes a warning an error, and closing counts every row once


class _Sheet:
    """A stand-in for a workbook's table: only the address of a cell is asked of it."""

    def where(self, line: int, col: int | None = None) -> str:
        return f"S!{col}:{line}"


def _ledger(strict: bool = False, table: Any = None) -> Ledger:
    return Ledger(FileReport("f.xlsx"), table, strict)


def test_a_rows_outcome_is_the_worst_of_its_cells() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.mark(2, "ignored", "blank-cell")
    ledger.mark(2, "used", "ok")
    assert ledger.rows[2] == ["used", "ok", "", None]  # no column: no cell address
    ledger.mark(2, "ignored", "later")  # better than used? no: ignored ranks below it
    assert ledger.rows[2][:2] == ["used", "ok"]
    ledger.mark(2, "error", "bad-number", "not a number", col=3)
    assert ledger.rows[2] == ["error", "bad-number", "not a number", "S!3:2"]
    ledger.mark(2, "error", "second")  # the first error of a row is the one kept
    assert ledger.rows[2][1] == "bad-number"
    ledger.mark(3, "ignored", "title-row")
    ledger.mark(3, "ignored", "other")
    assert ledger.rows[3][1] == "title-row"
    assert ledger.findings == []  # no severity: no finding
    assert ledger.used_cells == {2: 1}


def test_a_finding_carries_where_it_is() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.mark(4, "ignored", "unknown-indicator", "no such", col=2, severity=Severity.WARNING)
    assert ledger.findings == [
        Finding("unknown-indicator", "no such", "f.xlsx", 4, 2, Severity.WARNING, "S!2:4")
    ]
    assert ledger.rows[4] == ["ignored", "unknown-indicator", "no such", "S!2:4"]
    csv = _ledger()
    csv.mark(4, "ignored", "x", "m", col=2, severity=Severity.WARNING)
    assert csv.findings[0].cell is None and csv.rows[4][3] is None
    csv.mark(5, "ignored", "x", "m", col=0, severity=Severity.WARNING)
    assert csv.findings[1].cell is None


def test_strict_makes_a_warning_and_its_row_an_error() -> None:
    strict = _ledger(strict=True)
    strict.mark(4, "ignored", "duplicate-row", "dup", severity=Severity.WARNING)
    assert strict.rows[4][0] == "error"
    assert strict.findings[0].severity is Severity.ERROR
    strict.mark(5, "ignored", "blank-row")  # no finding: not a warning, stays ignored
    assert strict.rows[5][0] == "ignored"
    lenient = _ledger()
    lenient.mark(4, "ignored", "duplicate-row", "dup", severity=Severity.WARNING)
    assert lenient.rows[4][0] == "ignored"
    assert lenient.findings[0].severity is Severity.WARNING
    assert Ledger(FileReport("f.csv"), None).strict is False


def test_outcomes_become_rows_and_findings() -> None:
    ledger = _ledger()
    ledger.outcome(Outcome(2, "bad-year", "not a year", error=True, col=1))
    ledger.outcome(Outcome(3, "unknown-indicator", "no such", warning=True))
    ledger.outcome(Outcome(4, "blank-row"))
    assert ledger.rows == {
        2: ["error", "bad-year", "not a year", None],
        3: ["ignored", "unknown-indicator", "no such", None],
        4: ["ignored", "blank-row", "", None],
    }
    assert [(f.code, f.line, f.col, f.severity) for f in ledger.findings] == [
        ("bad-year", 2, 1, Severity.ERROR),
        ("unknown-indicator", 3, None, Severity.WARNING),
    ]


def test_a_duplicate_given_back_leaves_the_row_ignored_only_when_nothing_is_used() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.mark(7, "used", "ok")
    ledger.mark(7, "used", "ok")
    ledger.unuse(7, "duplicate-row", "the same figure", 3)
    assert ledger.rows[7][0] == "used"  # one cell of the row is still used
    ledger.unuse(7, "duplicate-row", "the same figure", 4)
    assert ledger.rows[7] == ["ignored", "duplicate-row", "the same figure", "S!4:7"]
    ledger.mark(8, "used", "ok")
    ledger.unuse(8, "duplicate-row", "dup", None)
    assert ledger.rows[8] == ["ignored", "duplicate-row", "dup", None]
    ledger.mark(9, "error", "bad", "bad")
    ledger.mark(9, "used", "ok")
    ledger.unuse(9, "duplicate-row", "dup", 2)
    assert ledger.rows[9][0] == "error"  # an error stays an error
    ledger.unuse(10, "duplicate-row", "dup", 2)  # nothing was used there: nothing to undo
    assert 10 not in ledger.rows
    ledger.mark(10, "used", "ok")
    ledger.unuse(10, "duplicate-row", "dup", 2)
    assert ledger.rows[10][0] == "ignored"


def test_closing_counts_every_row_once_and_lists_those_not_used() -> None:
    ledger = _ledger()
    ledger.mark(5, "ignored", "blank-row")
    ledger.mark(2, "used", "ok")
    ledger.mark(4, "error", "bad-number", "not a number", col=3)
    ledger.mark(3, "ignored", "title-row", "a title")
    records: list[RowRecord] = []
    ledger.close(records)
    report = ledger.report
    assert (report.rows, report.used, report.ignored, report.errors) == (4, 1, 2, 1)
    assert report.observations == 0
    assert records == [
        RowRecord("f.xlsx", 3, "ignored", "title-row", "a title"),
        RowRecord("f.xlsx", 4, "error", "bad-number", "not a number"),
        RowRecord("f.xlsx", 5, "ignored", "blank-row"),
    ]
    columnar = _ledger()
    columnar.mark(1, "ignored", "header-row")
    columnar.columnar = SimpleNamespace(count=5)  # type: ignore[assignment]
    columnar.close([])
    report = columnar.report
    assert (report.rows, report.used, report.ignored, report.observations) == (6, 5, 1, 5)


def test_a_sheets_outcomes_keep_their_message_and_cell() -> None:
    """On a workbook every outcome with a column names its cell, warning or not, and keeps its
    message: both reach the report's list of rows not used (``--explain``, JSON ``rows``)."""
    ledger = _ledger(table=_Sheet())
    ledger.outcome(Outcome(3, "unmatched-area", "no such area", warning=True, col=2))
    ledger.outcome(Outcome(4, "plan-figure", "a plan figure (KH 2025)", col=5))
    assert ledger.rows == {
        3: ["ignored", "unmatched-area", "no such area", "S!2:3"],
        4: ["ignored", "plan-figure", "a plan figure (KH 2025)", "S!5:4"],
    }
    assert [(f.code, f.col, f.cell) for f in ledger.findings] == [("unmatched-area", 2, "S!2:3")]


def test_a_finding_without_a_column_names_the_cell_its_code_is_about() -> None:
    """An unmatched indicator on a sheet points at the row's indicator cell (``Biểu 01!B14``),
    found from the header's columns, even when the reader gave no column."""
    ledger = _ledger(table=_Sheet())
    ledger.header = SimpleNamespace(roles={"indicator": 1, "area": 3})  # type: ignore[assignment]
    ledger.mark(14, "ignored", "unmatched-indicator", "no such", severity=Severity.WARNING)
    ledger.mark(15, "ignored", "blank-row")  # no finding: no cell looked for
    assert ledger.findings[0].cell == "S!2:14"
    assert ledger.rows[14][3] == "S!2:14"
    assert ledger.rows[15][3] is None


@pytest.mark.parametrize("d", [1, -1])
def test_a_range_at_exactly_its_rounding_tolerance_is_achieved(d: int) -> None:
    """Each edge of a range, moved out by exactly its float tolerance, is still the edge:
    achieved; the next float out is beyond it (exceeded on the better side, missed on the
    other)."""
    low, high = 13.0, 15.0
    band = Goal("range", low, high, d)
    at_low, at_high = low - float_tolerance(low), high + float_tolerance(high)
    assert judge(at_low, band) == "achieved"
    assert judge(at_high, band) == "achieved"
    below, above = math.nextafter(at_low, -math.inf), math.nextafter(at_high, math.inf)
    assert judge(below, band) == ("missed" if d > 0 else "exceeded")
    assert judge(above, band) == ("exceeded" if d > 0 else "missed")


def test_no_movement_ends_at_exactly_its_rounding_allowance() -> None:
    """A ratio or a movement within 1e-9 of none is none (off track); the next float beyond it
    is a movement away (regressing), for either direction of better."""
    edge = -1e-9
    beyond = math.nextafter(edge, -math.inf)
    assert by_ratio(edge, edge, 1, DEFAULT) is Status.OFF_TRACK
    assert by_ratio(beyond, beyond, 1, DEFAULT) is Status.REGRESSING
    assert by_ratio(None, edge, 1, DEFAULT) is Status.OFF_TRACK
    assert by_ratio(None, beyond, 1, DEFAULT) is Status.REGRESSING
    assert by_ratio(None, -edge, -1, DEFAULT) is Status.OFF_TRACK
    assert by_ratio(None, -beyond, -1, DEFAULT) is Status.REGRESSING


def test_an_about_goal_has_no_tolerance_unless_given() -> None:
    """``goal_for`` without a tolerance: an "about" target is judged exactly (to rounding)."""
    bound = SimpleNamespace(comparator="about", low=100.0, high=100.0)
    goal = goal_for(SimpleNamespace(bound=bound), 1)
    assert goal.tolerance == 0.0
    assert judge(101.0, goal) == "exceeded"


def test_an_about_target_at_exactly_its_tolerance_is_achieved() -> None:
    """About 1,000 within 5 %: a figure exactly that far below (with the rounding allowance)
    is still achieved; the next float below is missed."""
    about = _goal("about", 1000.0, tol=0.05)
    edge = 1000.0 - (0.05 * 1000.0 + float_tolerance(1000.0))
    assert abs(edge - 1000.0) == 0.05 * 1000.0 + float_tolerance(1000.0)  # exact in floats
    assert judge(edge, about) == "achieved"
    assert judge(math.nextafter(edge, -math.inf), about) == "missed"


def test_a_figure_at_exactly_the_rounding_allowance_is_equal() -> None:
    """A target of 0 met to within 1e-9 (the allowance for numbers below 1), either side, is
    achieved; the next float beyond exceeds it above and misses it below."""
    for comparator in ("value", "at_least"):
        goal = _goal(comparator, 0.0)
        assert judge(1e-9, goal) == "achieved"
        assert judge(math.nextafter(1e-9, math.inf), goal) == "exceeded"
        assert judge(-1e-9, goal) == "achieved"
        assert judge(math.nextafter(-1e-9, -math.inf), goal) == "missed"


def test_a_sheets_rows_not_used_keep_their_cell_when_closed() -> None:
    """The list of rows not used names each row's cell on a workbook; a finding before any
    header was found (a title row, say) names the whole row."""
    ledger = _ledger(table=_Sheet())
    ledger.mark(2, "ignored", "unmatched-indicator", "no such", severity=Severity.WARNING)
    ledger.mark(3, "error", "bad-number", "not a number", col=4)
    records: list[RowRecord] = []
    ledger.close(records)
    assert [(r.line, r.cell) for r in records] == [(2, "S!None:2"), (3, "S!4:3")]
    assert ledger.findings[0].cell == "S!None:2"
