"""The plan model through read_plan: strict types, bounds, periods, rates, derived ids."""

from __future__ import annotations

import pytest

from plantrack.plans.load import read_plan
from plantrack.plans.model import target_id
from tests.conftest import MINIMAL_PLAN

LEVEL = "      - kind: level\n        value: 68\n        year: 2025\n"


def _codes(write_plan, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    _, findings = read_plan(write_plan(text))
    return [(f.code, f.line) for f in findings]


def test_minimal_plan_is_valid(write_plan) -> None:  # type: ignore[no-untyped-def]
    loaded, findings = read_plan(write_plan(MINIMAL_PLAN))
    assert findings == []
    assert loaded is not None
    target = loaded.plan.indicators[0].targets[0]
    assert target_id(loaded.plan.indicators[0], target, loaded.plan.area) == "income:level:2025"


@pytest.mark.parametrize(
    ("replacement", "code"),
    [
        ("  - id: 2030\n", "wrong-type"),  # never turned into the string "2030"
        ("  - id: NO\n", "invalid-value"),  # never turned into False
        ("  - id: yes\n", None),  # a fine id: YAML 1.1 booleans are plain text here
        ("  - id: Income\n", "invalid-value"),
        ("  - id: thu_nhập\n", "invalid-value"),  # ids are ASCII
    ],
)
def test_ids_stay_strings(write_plan, replacement: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(write_plan, MINIMAL_PLAN.replace("  - id: income\n", replacement))
    assert codes == ([] if code is None else [(code, 15)])


@pytest.mark.parametrize(
    ("bound", "expected"),
    [
        ("        about: 12.96%\n", ("about", 0.1296, 0.1296)),
        ("        about: 12,96%\n", ("about", 0.1296, 0.1296)),
        ("        at_least: 12%\n", ("at_least", 0.12, 0.12)),
        ("        range: [13%, 15%]\n", ("range", 0.13, 0.15)),
        ("        value: -1.5%\n", ("value", -0.015, -0.015)),
    ],
)
def test_growth_rates_are_percent_in_yaml_and_fractions_in_code(
    write_plan, bound, expected
) -> None:  # type: ignore[no-untyped-def]
    text = MINIMAL_PLAN.replace(LEVEL, f"      - kind: growth\n{bound}        period: 2021-2025\n")
    text = text.replace("đạt 68 triệu đồng/người", "tăng nhanh")  # no number to compare with
    loaded, findings = read_plan(write_plan(text))
    assert findings == []
    assert loaded is not None
    b = loaded.plan.indicators[0].targets[0].bound
    assert (b.comparator, b.low, b.high) == expected


@pytest.mark.parametrize(
    ("bound", "code"),
    [
        ("", "missing-key"),
        ("        value: 68\n        at_least: 60\n", "invalid-value"),
        ("        range: [1, 2, 3]\n", "invalid-value"),
        ("        value: sáu mươi tám\n", "wrong-type"),
        ("        value: '68 triệu'\n", "wrong-type"),
        ("        value: .inf\n", "wrong-type"),
    ],
)
def test_exactly_one_numeric_bound(write_plan, bound: str, code: str) -> None:  # type: ignore[no-untyped-def]
    text = MINIMAL_PLAN.replace(LEVEL, f"      - kind: level\n{bound}        year: 2025\n")
    assert [c for c, _ in _codes(write_plan, text)] == [code]


@pytest.mark.parametrize("period", ["20211", "2021-30", "2030-2021", "'2021 to 2030'", "2021.5"])
def test_period_format(write_plan, period: str) -> None:  # type: ignore[no-untyped-def]
    text = MINIMAL_PLAN.replace("period: 2021-2025\n", f"period: {period}\n")
    assert [c for c, _ in _codes(write_plan, text)] == ["invalid-value"]


@pytest.mark.parametrize("written", ["2025", "'2025'", "2025-2025"])
def test_a_one_year_plan_is_written_with_its_year_and_never_shown_as_2025_2025(
    write_plan, written: str
) -> None:  # type: ignore[no-untyped-def]
    """A year's plan ("Kế hoạch năm 2025"): period 2025, base year 2024; its targets' ids and
    phrases say 2025, never "2025-2025"."""
    from plantrack.plans.load import load_plans
    from plantrack.render.describe import target_phrase

    text = (
        MINIMAL_PLAN.replace("period: 2021-2025\n", f"period: {written}\n")
        .replace("base_year: 2020", "base_year: 2024")
        .replace(
            LEVEL,
            "      - kind: growth\n        value: 7%\n        period: 2025\n",
        )
        .replace("đạt 68 triệu đồng/người", "tăng 7%")
    )
    assert _codes(write_plan, text) == []
    [loaded] = load_plans([write_plan(text)]).plans
    plan = loaded.plan
    assert (plan.period.start, plan.period.end, str(plan.period)) == (2025, 2025, "2025")
    indicator = plan.indicators[0]
    target = indicator.targets[0]
    assert target.when() == "2025" and "2025-2025" not in target_phrase(plan, indicator, target)


def test_qualitative_needs_year_or_period(write_plan) -> None:  # type: ignore[no-untyped-def]
    text = MINIMAL_PLAN.replace("unit: million_vnd_per_person", "unit: status").replace(
        LEVEL, "      - kind: qualitative\n        year: 2025\n        period: 2021-2025\n"
    )
    assert [c for c, _ in _codes(write_plan, text)] == ["invalid-value"]


def test_vision_targets(write_plan) -> None:  # type: ignore[no-untyped-def]
    vision = LEVEL.replace("year: 2025", "year: 2035")
    outside = MINIMAL_PLAN.replace(LEVEL, vision)
    assert _codes(write_plan, outside) == [("target-outside-period", 23)]
    marked = MINIMAL_PLAN.replace(LEVEL, vision + "        vision: true\n")
    assert _codes(write_plan, marked) == [("target-outside-period", 24)]  # no vision declared
    declared = marked.replace("base_year: 2020\n", "base_year: 2020\nvision: 2026-2035\n")
    assert _codes(write_plan, declared) == []


def test_growth_base_year_must_not_be_after_its_period_starts(write_plan) -> None:  # type: ignore[no-untyped-def]
    """ "tăng bình quân giai đoạn 2020-2025" measured from 2020 is written with base_year: 2020;
    a base inside the period is an error."""
    text = MINIMAL_PLAN.replace(
        LEVEL,
        "      - kind: growth\n        value: 5%\n        period: 2021-2025\n"
        "        base_year: 2022\n",
    ).replace("đạt 68 triệu đồng/người", "tăng 5%/năm")
    assert _codes(write_plan, text) == [("base-year", 24)]
    assert _codes(write_plan, text.replace("base_year: 2022", "base_year: 2021")) == []


def test_milestones_may_rise_but_not_fall(write_plan) -> None:  # type: ignore[no-untyped-def]
    rising = MINIMAL_PLAN + "      - {kind: level, value: 60, year: 2023, text: x}\n"
    assert _codes(write_plan, rising) == []
    falling = MINIMAL_PLAN + "      - {kind: level, value: 70, year: 2023, text: x}\n"
    # the 2025 target (value on line 22) is the one that falls behind the 2023 milestone
    assert _codes(write_plan, falling) == [("milestone-direction", 22)]
    lower_is_better = falling.replace("direction: increase", "direction: decrease")
    assert _codes(write_plan, lower_is_better) == []


def test_same_target_twice_is_a_duplicate(write_plan) -> None:  # type: ignore[no-untyped-def]
    text = MINIMAL_PLAN + "      - {kind: level, value: 68, year: 2025, text: again}\n"
    assert _codes(write_plan, text) == [("duplicate-target", 25)]
    with_id = text.replace("text: again}", "text: again, id: income-again}")
    assert _codes(write_plan, with_id) == []


def test_a_target_for_thousands_of_areas_gets_a_short_id() -> None:
    from types import SimpleNamespace

    from plantrack.plans.model import MAX_AREAS_IN_ID, target_id

    indicator = SimpleNamespace(id="poverty")

    def target(areas: list[str]) -> SimpleNamespace:
        return SimpleNamespace(id=None, areas=areas, kind="level", when=lambda: "2030")

    few = [f"c{n}" for n in range(MAX_AREAS_IN_ID)]
    many = [f"c{n}" for n in range(3321)]
    assert target_id(indicator, target(few), "vn") == "poverty@" + "+".join(few) + ":level:2030"  # type: ignore[arg-type]
    long_id = target_id(indicator, target(many), "vn")  # type: ignore[arg-type]
    assert long_id.startswith("poverty@3321-areas-") and len(long_id) < 50
    other = target_id(indicator, target([*many[:-1], "x"]), "vn")  # type: ignore[arg-type]
    assert other != long_id
