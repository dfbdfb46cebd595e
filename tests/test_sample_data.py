"""The bundled sample actuals in data/: clean, sourced, and the same whatever form they take."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from plantrack.engine import assess
from plantrack.readers import read_actuals

from .conftest import ROOT
from .test_readers import SHIPPED, check_ledger, facts

DATA = ROOT / "data"


@pytest.fixture(scope="module")
def sample() -> object:
    return read_actuals([DATA], SHIPPED)


def test_default_data_reads_cleanly(sample) -> None:  # type: ignore[no-untyped-def]
    check_ledger(sample)
    assert sample.findings == []
    assert [Path(f.path).name for f in sample.files] == [
        "cau-ngang-actuals.csv",
        "cau-ngang-economy.xlsx",
        "tan-hong-border-actuals.csv",
    ]
    assert all(f.errors == 0 and f.used > 0 for f in sample.files)
    assert {f.layout for f in sample.files} == {"long", "wide"}


def test_every_figure_says_where_it_comes_from(sample) -> None:  # type: ignore[no-untyped-def]
    for obs in sample.observations:
        assert obs.source, obs.where
        real = re.search(r"[\w-]+\.(?:vn|com)\b", obs.source) is not None  # a site or page
        assert real or "illustrative" in obs.source or "minh họa" in obs.source, obs


@pytest.mark.parametrize(
    ("plan", "indicator", "area", "year", "value", "qualifier", "page"),
    [
        ("cau-ngang-2030", "poor_households_rate", None, 2022, 3.4, None, "marimbapop.com"),
        ("cau-ngang-2030", "new_rural_communes", None, 2022, 13, None, "cauke.travinh.gov.vn"),
        (
            "tan-hong-border-2025",
            "income_per_capita",
            "binh-phu",
            2021,
            50,
            "more_than",
            "11947189",
        ),
        ("tan-hong-border-2025", "poor_households_rate", "binh-phu", 2021, 0.64, "less_than", None),
        (
            "tan-hong-border-2025",
            "health_insurance_coverage",
            "tan-hong",
            2020,
            91,
            "more_than",
            None,
        ),
        (
            "tan-hong-border-2025",
            "new_rural_criteria_met",
            "thong-binh",
            2022,
            15,
            None,
            "11790502",
        ),
    ],
)
def test_real_figures_are_there_as_published(  # type: ignore[no-untyped-def]
    sample, plan, indicator, area, year, value, qualifier, page
) -> None:
    (obs,) = [
        o
        for o in sample.observations
        if (o.plan, o.indicator, o.area, o.year) == (plan, indicator, area, year)
    ]
    assert obs.value == pytest.approx(value)
    assert obs.qualifier == qualifier
    assert obs.estimate is False
    if page:
        assert page in (obs.source or "")


def test_income_in_dong_meets_the_usd_target_through_the_declared_rate(sample) -> None:  # type: ignore[no-untyped-def]
    (obs,) = [
        o
        for o in sample.observations
        if o.plan == "cau-ngang-2030" and o.indicator == "income_per_capita" and o.year == 2022
    ]
    assert obs.value == pytest.approx(62.41e6 / 24000)
    assert obs.exchange_rate == 24000
    assert obs.cell == "Bao cao!F12"
    plan = next(p for p in SHIPPED if p.id == "cau-ngang-2030")
    result = next(
        r for r in assess(plan, sample.observations).results if r.indicator == "income_per_capita"
    )
    assert result.latest is not None and result.latest.exchange_rate == 24000
    assert result.latest.reported is not None and "triệu đồng/người" in result.latest.reported


def test_the_workbook_holds_the_figures_of_its_source_table() -> None:
    workbook = read_actuals([DATA / "cau-ngang-economy.xlsx"], SHIPPED)
    table = read_actuals([ROOT / "scripts" / "cau-ngang-economy.csv"], SHIPPED)
    check_ledger(workbook)
    assert table.findings == [] and workbook.findings == []
    assert facts(workbook) == facts(table)
    with (ROOT / "scripts" / "cau-ngang-economy.csv").open(encoding="utf-8") as handle:
        assert len(workbook.observations) == sum(1 for _ in csv.DictReader(handle))


def test_both_plans_get_a_verdict_for_every_target(sample) -> None:  # type: ignore[no-untyped-def]
    for plan in SHIPPED:
        assessment = assess(plan, sample.observations)
        assert assessment.findings == []
        assert assessment.as_of == 2025
        assert sum(1 for r in assessment.results if r.status.value == "no_data") == 0


def test_the_published_conflict_is_reported_with_both_places() -> None:
    data = read_actuals([DATA, DATA / "conflicts"], SHIPPED)
    check_ledger(data)
    (conflict,) = data.errors
    assert conflict.code == "conflicting-values"
    assert "62.41" in conflict.message and "64.26" in conflict.message
    assert "cau-ngang-economy.xlsx:Bao cao!F12" in conflict.message
    assert "conflicts/cau-ngang-income-2022.csv:3" in conflict.message
    assert not any(
        o.indicator == "income_per_capita" and o.year == 2022 and o.plan == "cau-ngang-2030"
        for o in data.observations
    )
