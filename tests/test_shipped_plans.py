"""The bundled plans say what the source documents say: every numbered item, in their own words.

The source texts are in plans/sources/. Each target's ``text`` must occur in its source (after
NFC and whitespace normalisation), and the numbers in the target must be the numbers in that text
(validate checks that, and the bundled plans validate with --strict).
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from plantrack.plans.load import LoadedPlan, load_plans
from plantrack.plans.model import Plan
from plantrack.plans.text_checks import check_target_texts, text_numbers
from tests.conftest import PLANS

SOURCES = {
    "cau-ngang-2030": PLANS / "sources" / "cau-ngang-92-kh-ubnd-2022.txt",
    "tan-hong-border-2025": PLANS / "sources" / "tan-hong-border-communes-2020-2025.txt",
}
NUMBERED_ITEMS = {"cau-ngang-2030": range(1, 17), "tan-hong-border-2025": range(1, 12)}


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("*", "").split())


@pytest.fixture(scope="module")
def plans() -> dict[str, LoadedPlan]:
    result = load_plans([PLANS])
    assert result.findings == []
    return {loaded.plan.id: loaded for loaded in result.plans}


def _targets(plan: Plan) -> list[tuple[Any, Any]]:
    return [(indicator, target) for indicator in plan.indicators for target in indicator.targets]


@pytest.mark.parametrize("plan_id", sorted(SOURCES))
def test_every_target_text_is_in_the_source(plans: dict[str, LoadedPlan], plan_id: str) -> None:
    source = _normal(SOURCES[plan_id].read_text(encoding="utf-8"))
    missing = [
        f"{indicator.id}: {target.text}"
        for indicator, target in _targets(plans[plan_id].plan)
        if _normal(target.text) not in source
    ]
    assert missing == []


@pytest.mark.parametrize("plan_id", sorted(SOURCES))
def test_every_numbered_item_is_encoded(plans: dict[str, LoadedPlan], plan_id: str) -> None:
    plan = plans[plan_id].plan
    items = {(t.source or i.source).item for i, t in _targets(plan)}
    assert set(NUMBERED_ITEMS[plan_id]) <= items
    source = SOURCES[plan_id].read_text(encoding="utf-8")
    for item in NUMBERED_ITEMS[plan_id]:
        assert f"({item})" in source  # the numbering really is the document's


#: Bounded targets whose text has no number to compare with ("chiếm đa số", "không còn hộ nghèo").
UNCHECKED = {"cau-ngang-2030": {"high_quality_labour_rate", "poor_households_rate"}}


@pytest.mark.parametrize("plan_id", sorted(SOURCES))
def test_target_numbers_match_their_wording(plans: dict[str, LoadedPlan], plan_id: str) -> None:
    """validate compares each target's numbers with its text (plantrack.plans.text_checks): the
    bundled plans pass it without a warning (the fixture), and the comparison is not vacuous."""
    loaded = plans[plan_id]
    assert check_target_texts(loaded.plan, loaded.doc, loaded.file, {}) == []
    unchecked = {
        indicator.id
        for indicator, target in _targets(loaded.plan)
        if getattr(target, "bound", None) is not None and not text_numbers(target.text).values
    }
    assert unchecked == UNCHECKED.get(plan_id, set())


def test_cau_ngang_key_figures(plans: dict[str, LoadedPlan]) -> None:
    plan = plans["cau-ngang-2030"].plan
    growth = {i.id: t.bound.low for i, t in _targets(plan) if t.kind == "growth" and not t.vision}
    assert growth == {
        "gross_output": 0.1296,
        "industry_construction_output": 0.185,
        "industry_output": 0.2148,
        "construction_output": 0.17,
        "services_output": 0.15,
        "agriculture_output": 0.0254,
        "budget_revenue": 0.12,
    }
    vision = next(t for i, t in _targets(plan) if i.id == "gross_output" and t.vision)
    assert (vision.bound.low, vision.bound.high, str(vision.period)) == (0.13, 0.15, "2031-2045")
    investment = {
        str(t.period): (t.bound.comparator, t.bound.low)
        for i, t in _targets(plan)
        if i.id == "social_investment"
    }
    assert investment == {"2021-2030": ("more_than", 75), "2021-2025": ("value", 25)}
    water = sorted((t.year, t.bound.low) for i, t in _targets(plan) if i.id == "clean_water_rate")
    assert water == [(2025, 99.85), (2030, 100)]
    assert plan.indicator("income_per_capita").unit == "usd_per_person"  # type: ignore[union-attr]


def test_tan_hong_scoped_and_special_targets(plans: dict[str, LoadedPlan]) -> None:
    plan = plans["tan-hong-border-2025"].plan
    by_id = {i.id: (i, i.targets) for i in plan.indicators}
    _, (new_rural,) = by_id["commune_new_rural"]
    assert new_rural.areas == ["tan-ho-co", "binh-phu"]
    _, (criteria,) = by_id["new_rural_criteria_met"]
    assert (criteria.areas, criteria.bound.low) == (["thong-binh"], 19)
    poverty, (change,) = by_id["poor_households_rate"]
    assert (poverty.direction, change.kind, change.bound.comparator, change.bound.low) == (
        "decrease",
        "change",
        "at_least",
        1.5,
    )
    _, (relative,) = by_id["school_enrolment_rate"]
    assert (relative.kind, relative.reference_area, relative.relation) == (
        "relative",
        "dong-thap",
        "at_least",
    )
    income, (level,) = by_id["income_per_capita"]
    assert income.baseline is not None and (income.baseline.year, income.baseline.value) == (
        2020,
        45,
    )
    assert (level.year, level.bound.low) == (2025, 68)
