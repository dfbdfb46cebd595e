"""The corpus of real plans (corpus/*/plan.yaml) is valid and assessable.

Each plan under corpus/ encodes a real plan text of plans/sources/ with its figures (real where
the source publishes results, otherwise rows marked ``illustrative``). For every one of them,
``validate --strict`` finds nothing, ``check`` runs cleanly, and every target of the plan gets a
status from its figures (none left without data).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from plantrack.cli import main

from .conftest import ROOT

CORPUS = ROOT / "corpus"
PLANS = sorted(CORPUS.glob("*/plan.yaml"))
WITHOUT_DATA = {"no_data", "insufficient_data"}


def _ids(plans: list[Path]) -> list[str]:
    return [p.parent.name for p in plans]


def _targets(plan: Path) -> int:
    document = yaml.safe_load(plan.read_text(encoding="utf-8"))
    return sum(len(indicator.get("targets") or []) for indicator in document["indicators"])


def _check(plan: Path) -> dict[str, Any]:
    out = CliRunner().invoke(
        main,
        ["check", "--plan", str(plan), str(plan.parent / "actuals.csv"), "--format", "json"],
    )
    assert out.exit_code == 0, out.output
    document: dict[str, Any] = json.loads(out.output)
    return document


def test_the_corpus_has_plans() -> None:
    assert len(PLANS) >= 8
    for plan in PLANS:
        assert (plan.parent / "actuals.csv").is_file(), plan


@pytest.mark.parametrize("plan", PLANS, ids=_ids(PLANS))
def test_each_plan_validates_strictly(plan: Path) -> None:
    out = CliRunner().invoke(main, ["validate", "--lang", "en", "--strict", str(plan)])
    assert out.exit_code == 0, out.output
    assert "0 errors, 0 warnings" in out.output


@pytest.mark.parametrize("plan", PLANS, ids=_ids(PLANS))
def test_each_plan_checks_with_a_status_for_every_target(plan: Path) -> None:
    document = _check(plan)
    results = document["results"]
    assert len(results) == _targets(plan)
    assert len({r["target"] for r in results}) == len(results)
    without = [(r["indicator"], r["status"]) for r in results if r["status"] in WITHOUT_DATA]
    assert without == []
    assert document["findings"] == []


@pytest.mark.parametrize("plan", PLANS, ids=_ids(PLANS))
def test_each_figure_is_sourced_or_marked_illustrative(plan: Path) -> None:
    text = (plan.parent / "actuals.csv").read_text(encoding="utf-8")
    header, *rows = text.splitlines()
    assert "source" in header.split(",")
    for row in rows:
        assert "illustrative" in row or "plans/sources/" in row, row
