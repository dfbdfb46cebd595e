"""The bundled plans say what the source documents say: every numbered item, in their own words.

The source texts are in plans/sources/. Each target's ``text`` must occur in its source (after
NFC and whitespace normalisation), and the numbers in the target must be the numbers in that text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from plantrack.loader import LoadedPlan, load_plans
from plantrack.model import Plan
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


def _vi_numbers(text: str) -> set[float]:
    """Numbers as a Vietnamese text writes them: 6.794 is six thousand..., 12,96 is a decimal."""
    found = set()
    for raw in re.findall(r"\d+(?:[.,]\d+)*", text):
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
            found.add(float(raw.replace(".", "")))
        else:
            found.add(float(raw.replace(",", ".")))
    return found


@pytest.mark.parametrize("plan_id", sorted(SOURCES))
def test_target_numbers_match_their_wording(plans: dict[str, LoadedPlan], plan_id: str) -> None:
    wrong = []
    for indicator, target in _targets(plans[plan_id].plan):
        bound = getattr(target, "bound", None)
        if bound is None:
            continue
        scale = 100 if target.kind == "growth" else 1
        numbers = _vi_numbers(target.text) | _vi_numbers(target.note or "")
        for value in {bound.low, bound.high}:
            if not any(abs(value * scale - n) < 1e-9 for n in numbers):
                wrong.append(f"{indicator.id}: {value * scale:g} not in {target.text!r}")
        years = {int(n) for n in _vi_numbers(target.text) if 2000 <= n <= 2100}
        if years and not set(target.years()) <= years:
            wrong.append(f"{indicator.id}: {target.when()} but the text says {sorted(years)}")
    assert wrong == []


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
