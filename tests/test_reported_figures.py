"""Figures as year-end tables write them: "khoảng 24", "tăng 11,07%", "giảm 1,1 điểm %", "61-62".

From the cell (``parse_figure``) through the reader (observations, findings) to the engine (the
change kind with reported changes, ranges judged at both ends, the approximate note) and the
command line.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.actuals.read import DataSet, ReadOptions, read_actuals
from plantrack.assessment import Result, assess
from plantrack.assessment.status import Status
from plantrack.numbers.figures import parse_figure
from plantrack.numbers.parse import AmbiguousNumber, NumberFormatError, parse_number
from plantrack.observations import Observation

from .conftest import PLANS
from .test_engine import POVERTY, indicator, make_plan

TAN_HONG = PLANS / "tan-hong-border-2025.yaml"
AREA = "03 xã biên giới huyện Tân Hồng"


# --------------------------------------------------------------------------------------------
# The cell


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khoảng 24", {"value": 24.0, "approximate": True}),
        ("Khoảng 24", {"value": 24.0, "approximate": True}),
        ("ước khoảng 24", {"value": 24.0, "approximate": True}),
        ("xấp xỉ 3,5", {"value": 3.5, "approximate": True, "decimal": "comma"}),
        ("about 24", {"value": 24.0, "approximate": True}),
        ("~24", {"value": 24.0, "approximate": True}),
        ("≈ 24", {"value": 24.0, "approximate": True}),
        ("tăng 11,07%", {"value": 11.07, "change": "up", "percent": True}),
        ("Tăng 9,5 %", {"value": 9.5, "change": "up", "percent": True}),
        ("giảm 1,5%", {"value": -1.5, "change": "down", "percent": True}),
        ("giảm 1,1 điểm %", {"value": -1.1, "change": "down", "points": True}),
        ("-1,1 điểm %", {"value": -1.1, "points": True}),
        ("1.1 pp", {"value": 1.1, "points": True, "decimal": "point"}),
        ("giảm 1 điểm phần trăm", {"value": -1.0, "change": "down", "points": True}),
        ("tăng hơn 11%", {"value": 11.0, "qualifier": "more_than", "change": "up"}),
        ("giảm hơn 2%", {"value": -2.0, "qualifier": "less_than", "change": "down"}),
        ("tăng khoảng 5%", {"value": 5.0, "approximate": True, "change": "up"}),
        ("61-62", {"value": 61.0, "high": 62.0}),
        ("61 - 62", {"value": 61.0, "high": 62.0}),
        ("61–62", {"value": 61.0, "high": 62.0}),
        ("6,1-6,2", {"value": 6.1, "high": 6.2, "decimal": "comma"}),
        ("6,6% - 6,8%", {"value": 6.6, "high": 6.8, "percent": True}),
        ("khoảng 61-62", {"value": 61.0, "high": 62.0, "approximate": True}),
        ("giảm 1-2%", {"value": -2.0, "high": -1.0, "change": "down"}),
        ("61-61", {"value": 61.0, "high": None}),
        ("hơn 91%", {"value": 91.0, "qualifier": "more_than"}),
        ("1.234,5", {"value": 1234.5, "decimal": "comma"}),
    ],
)
def test_figures_as_reports_write_them(text: str, expected: dict[str, Any]) -> None:
    figure = parse_figure(text)
    for field, value in expected.items():
        assert getattr(figure, field) == value, field


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2021-2025", "period or a date"),
        ("12-2023", "period or a date"),
        ("5-3", "low end of a range comes first"),
        ("-61-62", "is not a number"),
        ("6,5-6.5", "different decimal marks"),
        ("tăng -1%", "leave out the sign"),
        ("tăng", "is not a number"),
        ("khoảng x", "is not a number"),
        ("hơn 61-62", "is not a number"),
        ("1,1 điểm %%", "not a number"),
        ("ước 24", "not understood"),
    ],
)
def test_texts_that_are_not_figures(text: str, says: str) -> None:
    with pytest.raises(NumberFormatError, match=says) as error:
        parse_figure(text)
    assert text.split()[0] in str(error.value)  # the message quotes the whole cell


def test_a_number_that_reads_two_ways_is_never_guessed() -> None:
    with pytest.raises(AmbiguousNumber):
        parse_figure("khoảng 6.794")
    with pytest.raises(AmbiguousNumber):
        parse_figure("6.794-7.100")
    assert parse_figure("khoảng 6.794", "comma").value == 6794
    assert parse_figure("6.794-7.100", "point").high == 7.1


def test_parse_number_still_refuses_the_new_forms() -> None:
    """``plantrack calc`` and plan numbers keep their grammar: the new forms are for data."""
    for text in ("khoảng 24", "tăng 5%", "61-62", "1 điểm %"):
        with pytest.raises(NumberFormatError):
            parse_number(text)


def _vi(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


@given(
    st.decimals(min_value=0, max_value=10_000, places=2),
    st.decimals(min_value=0, max_value=10_000, places=2),
    st.sampled_from(["-", " - ", "–"]),
)
def test_a_range_reads_as_its_two_ends(a: Any, b: Any, dash: str) -> None:
    low, high = sorted((float(a), float(b)))
    figure = parse_figure(f"{_vi(low)}{dash}{_vi(high)}")
    assert figure.value == low
    assert figure.high == (None if low == high else high)


@given(st.decimals(min_value=0, max_value=1_000, places=2), st.booleans())
def test_a_change_word_is_the_sign(size: Any, down: bool) -> None:
    text = _vi(float(size)) + "%"
    figure = parse_figure(("giảm " if down else "tăng ") + text)
    signed = parse_number(("-" if down else "") + text)
    assert figure.value == signed.value
    assert parse_figure("khoảng " + text).value == parse_number(text).value


# --------------------------------------------------------------------------------------------
# The reader


def read(tmp_path: Path, text: str, **options: Any) -> DataSet:
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    from plantrack.plans.load import load_plans

    plans = [loaded.plan for loaded in load_plans([TAN_HONG]).plans]
    return read_actuals([path], plans, ReadOptions(**options))


def figures(data: DataSet) -> list[tuple[Any, ...]]:
    return [
        (o.indicator, o.year, o.measure, o.value, o.high, o.approximate, o.qualifier)
        for o in data.observations
    ]


def test_cells_of_a_year_end_table_are_read(tmp_path: Path) -> None:
    data = read(
        tmp_path,
        "indicator;area;year;value;unit\n"
        f"Tỷ lệ hộ nghèo;{AREA};2021;giảm 1,2 điểm %;\n"
        f"Tỷ lệ hộ nghèo;{AREA};2022;-1,6;điểm %\n"
        f"Tỷ lệ hộ nghèo;{AREA};2023;tăng 0,5 điểm %;%\n"
        "jobs_created;;2021;khoảng 2400;\n"
        "jobs_created;;2022;2300-2500;\n"
        "budget_revenue;;2021;tăng 11,07%;\n"
        "budget_revenue;;2022;giảm 1,5%;\n"
        "budget_revenue;;2023;tăng 20;tỷ đồng\n"
        "health_insurance_coverage;;2022;91-92,5;%\n"
        "health_insurance_coverage;;2023;tăng 2%;%/năm\n",
    )
    assert [f.code for f in data.findings] == []
    assert figures(data) == [
        ("poor_households_rate", 2021, "change", -1.2, None, False, None),
        ("poor_households_rate", 2022, "change", -1.6, None, False, None),
        ("poor_households_rate", 2023, "change", 0.5, None, False, None),
        ("jobs_created", 2021, "level", 2400.0, None, True, None),
        ("jobs_created", 2022, "level", 2300.0, 2500.0, False, None),
        ("budget_revenue", 2021, "growth", 0.1107, None, False, None),
        ("budget_revenue", 2022, "growth", -0.015, None, False, None),
        ("budget_revenue", 2023, "change", 20.0, None, False, None),
        ("health_insurance_coverage", 2022, "level", 91.0, 92.5, False, None),
        ("health_insurance_coverage", 2023, "growth", 0.02, None, False, None),
    ]
    assert data.files[0].decimal == "comma"  # "tăng 11,07%" votes like 11,07


@pytest.mark.parametrize(
    ("row", "code", "says"),
    [
        ("health_insurance_coverage;;2021;tăng 3%;", "ambiguous-change", "tăng 3 điểm %"),
        ("health_insurance_coverage;;2021;giảm 3;", "ambiguous-change", "%/năm"),
        ("jobs_created;;2021;giảm 1 điểm %;", "unit-mismatch", "điểm %"),
        ("health_insurance_coverage;;2021;1 điểm %;người", "unit-mismatch", "percentage points"),
        ("health_insurance_coverage;;2021;tăng 120 điểm %;", "out-of-range", "100"),
        ("health_insurance_coverage;;2021;95-105;", "out-of-range", "95-105"),
        ("jobs_created;;2021;2021-2025;", "bad-number", "period"),
        ("budget_revenue;;2021;giảm 120%;", "out-of-range", "zero or below"),
        ("jobs_created;;2021;khoảng -5;", "out-of-range", "khoảng -5"),
    ],
)
def test_cells_that_must_not_be_guessed(tmp_path: Path, row: str, code: str, says: str) -> None:
    data = read(tmp_path, "indicator;area;year;value;unit\n" + row + "\n")
    assert data.observations == []
    assert [f.code for f in data.findings] == [code]
    assert says in data.findings[0].message
    assert data.totals()["errors"] == 1


def test_two_ranges_that_differ_are_a_conflict(tmp_path: Path) -> None:
    data = read(
        tmp_path, "indicator;year;value\njobs_created;2021;2300-2500\njobs_created;2021;2300-2600\n"
    )
    assert [f.code for f in data.findings] == ["conflicting-values"]
    assert "2300-2500" in data.findings[0].message and "2300-2600" in data.findings[0].message


# --------------------------------------------------------------------------------------------
# The engine: reported changes for a change target


def poverty(*figures: tuple[int, float, str]) -> list[Observation]:
    return [
        Observation("poverty", year, value, measure=measure) for year, value, measure in figures
    ]  # type: ignore[arg-type]


def one(plan: Any, observations: list[Observation], **kwargs: Any) -> Result:
    (result,) = assess(plan, observations, **kwargs).results
    return result


def notes(result: Result) -> list[str]:
    return [note.code for note in result.notes]


def test_reported_changes_without_levels() -> None:
    plan = make_plan(POVERTY, period="2021-2025")
    result = one(
        plan, poverty((2021, -1.1, "change"), (2022, -1.9, "change"), (2023, -0.9, "change"))
    )
    average = (1.1 + 1.9 + 0.9) / 3
    assert result.observed_rate == pytest.approx(average)
    assert result.ratio == pytest.approx(average / 1.5)
    assert result.catch_up_rate == pytest.approx((1.5 * 5 - 3.9) / 2)
    assert [round(c.value or 0, 6) for c in result.years] == [1.1, 1.9, 0.9]
    assert result.status is Status.AT_RISK
    assert "change-reported" in notes(result)
    assert result.projected is None  # no level to project from
    (change,) = [step for step in result.steps if step.name == "change"]
    assert change.formula == "D_2021 + D_2022 + D_2023"


def test_levels_and_reported_changes_mix_as_the_levels_would() -> None:
    plan = make_plan(POVERTY, period="2021-2025")
    levels = {2020: 8.0, 2021: 6.9, 2022: 5.0, 2023: 4.1}
    plain = one(plan, poverty(*((y, v, "level") for y, v in levels.items())))
    mixed = one(
        plan,
        poverty(
            (2020, 8.0, "level"),
            (2021, -1.1, "change"),
            (2022, 5.0, "level"),
            (2023, -0.9, "change"),
        ),
    )
    assert mixed.observed_rate == pytest.approx(plain.observed_rate)
    assert mixed.status is plain.status
    assert mixed.latest is not None and mixed.latest.value == pytest.approx(4.1)
    assert mixed.projected is not None and plain.projected is not None
    assert mixed.projected.value == pytest.approx(plain.projected.value)


def test_levels_win_over_a_reported_change_and_a_difference_is_told() -> None:
    plan = make_plan(POVERTY, period="2021-2025")
    result = one(plan, poverty((2020, 8.0, "level"), (2021, 6.9, "level"), (2021, -1.5, "change")))
    assert result.observed_rate == pytest.approx(1.1)
    (note,) = [n for n in result.notes if n.code == "change-replaced"]
    assert note.params["reported"] == -1.5 and note.params["computed"] == pytest.approx(-1.1)
    same = one(plan, poverty((2020, 8.0, "level"), (2021, 6.9, "level"), (2021, -1.1, "change")))
    assert "change-replaced" not in notes(same)


def test_a_year_without_level_or_change_is_a_gap() -> None:
    plan = make_plan(POVERTY, period="2021-2025")
    result = one(plan, poverty((2021, -1.1, "change"), (2023, -0.9, "change")))
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.reason is not None and result.reason.code == "gap-in-changes"
    assert result.reason.params["year"] == 2022


def test_changes_after_a_moved_base() -> None:
    plan = make_plan(POVERTY, period="2021-2025")
    result = one(plan, poverty((2021, 7.0, "level"), (2022, -1.6, "change")))
    assert "base-moved" in notes(result)
    assert result.observed_rate == pytest.approx(1.6)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=2, max_size=6),
    st.data(),
)
def test_changes_of_the_levels_give_the_levels_result(values: list[float], data: Any) -> None:
    """Replacing any levels but the base by the reported changes they imply changes nothing."""
    plan = make_plan(POVERTY, period="2021-2025")
    years = list(range(2020, 2020 + len(values)))
    as_changes = data.draw(st.sets(st.sampled_from(years[1:])))
    figures = [
        (year, value - values[i - 1], "change") if year in as_changes else (year, value, "level")
        for i, (year, value) in enumerate(zip(years, values, strict=True))
    ]
    plain = one(plan, poverty(*((y, v, "level") for y, v in zip(years, values, strict=True))))
    chained = one(plan, poverty(*figures))
    assert chained.status is plain.status or (
        plain.ratio is not None
        and chained.ratio is not None
        and math.isclose(plain.ratio, chained.ratio, rel_tol=1e-6, abs_tol=1e-9)
    )
    assert chained.observed_rate == pytest.approx(plain.observed_rate, abs=1e-9)


# --------------------------------------------------------------------------------------------
# The engine: ranges and approximate figures


COVERAGE = indicator({"kind": "level", "at_least": 95, "year": 2025}, unit="percent", id="cover")


def test_a_range_is_judged_at_both_ends_and_the_less_favourable_is_shown() -> None:
    plan = make_plan(COVERAGE, period="2021-2025")
    figures = [
        Observation("cover", 2020, 90.0),
        Observation("cover", 2025, 94.0, high=96.0),
    ]
    result = one(plan, figures)
    assert result.status is Status.NOT_ACHIEVED  # 94 misses 95; 96 would exceed
    (note,) = [n for n in result.notes if n.code == "range-figure"]
    assert note.params == {
        "years": ["2025"],
        "best_status": "exceeded",
        "worst_status": "not_achieved",
        "shown": ["2025: 94"],
    }
    assert note.message.render("vi").endswith(
        "(tốt nhất Vượt, kém nhất Không đạt); lấy kết quả kém nhất, tại 2025: 94"
    )
    assert result.latest is not None and result.latest.value == 94.0
    inside = one(
        plan, [Observation("cover", 2020, 90.0), Observation("cover", 2025, 96.0, high=97.0)]
    )
    assert inside.status is Status.EXCEEDED
    assert [n.params["worst_status"] for n in inside.notes if n.code == "range-figure"] == [
        "exceeded"
    ]


def test_for_a_lower_is_better_indicator_the_high_end_is_the_conservative_one() -> None:
    rate = indicator(
        {"kind": "level", "at_most": 3, "year": 2025},
        unit="percent",
        id="rate",
        direction="decrease",
    )
    plan = make_plan(rate, period="2021-2025")
    result = one(plan, [Observation("rate", 2020, 5.0), Observation("rate", 2025, 2.5, high=3.5)])
    assert result.status is Status.NOT_ACHIEVED
    assert result.latest is not None and result.latest.value == 3.5


def test_a_range_outside_the_years_used_changes_nothing() -> None:
    plan = make_plan(COVERAGE, period="2021-2025")
    figures = [Observation("cover", 2020, 90.0), Observation("cover", 2022, 93.0)]
    later = [*figures, Observation("cover", 2024, 94.0, high=96.0)]
    assert "range-figure" not in notes(one(plan, later, as_of=2022))


@settings(max_examples=80, deadline=None)
@given(
    st.floats(min_value=50, max_value=100),
    st.floats(min_value=0, max_value=10),
    st.sampled_from([2022, 2023, 2025]),
)
def test_a_range_is_never_judged_better_than_either_end(
    low: float, width: float, year: int
) -> None:
    plan = make_plan(COVERAGE, period="2021-2025")
    high = min(low + width, 100.0)
    base = Observation("cover", 2020, 60.0)
    ranged = one(plan, [base, Observation("cover", year, low, high=high if high > low else None)])
    at_low = one(plan, [base, Observation("cover", year, low)])
    at_high = one(plan, [base, Observation("cover", year, high)])
    assert ranged.status.rank == max(at_low.status.rank, at_high.status.rank)


def test_an_approximate_figure_is_judged_as_the_number_with_a_note() -> None:
    plan = make_plan(COVERAGE, period="2021-2025")
    plain = one(plan, [Observation("cover", 2020, 90.0), Observation("cover", 2023, 93.0)])
    about = one(
        plan, [Observation("cover", 2020, 90.0), Observation("cover", 2023, 93.0, approximate=True)]
    )
    assert about.status is plain.status and about.ratio == plain.ratio
    (note,) = [n for n in about.notes if n.code == "approximate-figure"]
    assert note.message == "the 2023 value is reported as about 93 (khoảng); assessed as 93"


# --------------------------------------------------------------------------------------------
# A user's session

YEAR_END_TABLE = """\
Chỉ tiêu;Địa bàn;Năm;Giá trị;ĐVT
Tỷ lệ hộ nghèo;03 xã biên giới huyện Tân Hồng;2020;4,85;%
Tỷ lệ hộ nghèo;03 xã biên giới huyện Tân Hồng;2021;giảm 1,2 điểm %;
Tỷ lệ hộ nghèo;03 xã biên giới huyện Tân Hồng;2022;-1,6;điểm %
Số lao động được tạo cơ hội việc làm;;2021;khoảng 2.400;
Số lao động được tạo cơ hội việc làm;;2022;2.200-2.500;
Tỷ lệ người dân tham gia bảo hiểm y tế;;2022;tăng 3%;
"""


def test_a_year_end_table_checked_from_the_command_line(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("bao-cao.csv").write_text(YEAR_END_TABLE, encoding="utf-8")
    plan = str(TAN_HONG)
    result = cli(
        "check", "--plan", plan, "bao-cao.csv", "--explain", "poverty rate", "--lang", "en"
    )
    assert result.exit_code == 2  # the row that reads two ways is an error
    assert result.output.splitlines()[3:19] == [
        "  Status: ✘ Not achieved (not_achieved)",
        "  Reason: out-of-reach-unit: the pace still needed (+1.567) would take the value to "
        "-2.65 by the deadline, which the unit does not allow: out of reach",
        "  Note: change-reported: the change in 2021, 2022 is the reported change, not the "
        "difference of two levels",
        "  Note: projection-capped: the trend would reach -2.15, which the unit does not allow; "
        "the projection is 0",
        "  Figures:",
        "    2020: 4.85%  bao-cao.csv:2",
        "    2021: change -1.2 pp  bao-cao.csv:3",
        "    2022: change -1.6 pp  bao-cao.csv:4",
        "  Each year (✔ met, ✘ not met):",
        "    2021: 1.2 ✘",
        "    2022: 1.6 ✔",
        "  Working:",
        "    change = D_2021 + D_2022",
        "      = -1.2 + -1.6 = -2.8",
        "    observed_rate = d * D / (t - b)",
        "      = -1 * -2.8 / (2022 - 2020) = 1.4",
    ]
    assert (
        "bao-cao.csv:7:4: ambiguous-change 'tăng 3%' on a percentage indicator reads two ways: "
        "a change of 3 percentage points, or a growth of 3 % of the value; write 'tăng 3 điểm %' "
        "for points, or give the unit %/năm for a growth rate"
    ) in result.output
    jobs = cli("check", "--plan", plan, "bao-cao.csv", "--explain", "jobs_created")
    assert jobs.output.splitlines()[3:12] == [
        "  Đánh giá: ✘ Không đạt (not_achieved)",
        "  Lý do: years-missed: không đạt năm 2022; đạt 1/2 năm: chỉ tiêu hằng năm không còn có "
        "thể đạt trọn vẹn",
        "  Ghi chú: years-met: đạt 1/2 năm",
        "  Ghi chú: approximate-figure: số liệu năm 2021 được báo cáo là khoảng 2400; "
        "đánh giá theo 2400",
        "  Ghi chú: range-figure: số liệu năm 2022 được báo cáo là một khoảng; đánh giá tại hai "
        "đầu của từng khoảng (tốt nhất Đúng tiến độ, kém nhất Không đạt); lấy kết quả kém nhất, "
        "tại 2022: 2.200",
        "  Số liệu:",
        "    2021: ≈ 2.400 người  bao-cao.csv:5",
        "    2022: 2.200–2.500 người  bao-cao.csv:6",
        "  Từng năm (✔ đạt, ✘ không đạt):",
    ]
    import json

    document = json.loads(cli("check", "--plan", plan, "bao-cao.csv", "--format", "json").output)
    (poverty,) = [r for r in document["results"] if r["indicator"] == "poor_households_rate"]
    assert poverty["observed_rate"] == pytest.approx(1.4)
    assert [s["name"] for s in poverty["steps"]][:2] == ["change", "observed_rate"]
    assert poverty["steps"][0]["inputs"] == {"D_2021": -1.2, "D_2022": -1.6}


def test_points_on_a_points_indicator_and_excel_numbers() -> None:
    from plantrack.actuals.figures import ExchangeRates
    from plantrack.actuals.reported import read_reported_figure
    from plantrack.actuals.table import Cell

    gap = make_plan(
        indicator(
            {"kind": "level", "at_least": 1, "year": 2025}, unit="percentage_points", id="gap"
        )
    ).indicators[0]
    cover = make_plan(COVERAGE).indicators[0]
    rates = ExchangeRates()

    def read(cell: Cell, ind: Any, unit: str = "") -> tuple[str, float | None]:
        figure = read_reported_figure(cell, ind, unit, 2021, None, rates)
        return figure.measure, figure.value

    assert read(Cell("-1,1 điểm %"), gap) == ("level", -1.1)
    assert read(Cell("giảm 0,5 điểm %"), gap) == ("change", -0.5)
    assert read(Cell("", number=-1.1), cover, "điểm %") == ("change", -1.1)
    assert read(Cell("", number=-0.011, percent=True), cover, "điểm %") == ("change", -1.1)
    assert read(Cell("", number=91.5), cover) == ("level", 91.5)
