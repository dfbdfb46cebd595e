"""Loading and validating many plan files: the same findings either way, plan ids unique across
files, and ``validate_plans`` keeping no plan once it is checked."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path
from typing import Any

import pytest

from plantrack.plans import load as loader
from plantrack.plans.load import load_plans, validate_plans
from tests.conftest import MINIMAL_PLAN


def _folder(tmp_path: Path) -> Path:
    """Valid plans (two sharing an id), a plan with a schema error, one that is not YAML."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (folder / "b.yaml").write_text(MINIMAL_PLAN.replace("id: test-plan", "id: other"), "utf-8")
    (folder / "c.yaml").write_text("# the same id as a.yaml\n" + MINIMAL_PLAN, encoding="utf-8")
    (folder / "d.yml").write_text(MINIMAL_PLAN.replace("value: 68", "value: lots"), "utf-8")
    (folder / "e.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    return folder


def test_a_plan_id_used_twice_is_reported_at_the_second_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    for result in (load_plans([folder]), validate_plans([folder])):
        duplicates = [f for f in result.findings if f.code == "duplicate-plan-id"]
        assert [(f.file, f.line, f.col) for f in duplicates] == [(str(folder / "c.yaml"), 2, 5)]
        assert str(folder / "a.yaml") in duplicates[0].message
        assert duplicates[0].is_error


def test_validate_plans_finds_what_load_plans_finds(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    loaded, validated = (
        load_plans([folder, tmp_path / "missing"]),
        validate_plans([folder, tmp_path / "missing"]),
    )
    assert validated.findings == loaded.findings
    assert validated.files == loaded.files
    assert validated.valid == {p.file: p.plan.id for p in loaded.plans}
    assert set(validated.valid) == {str(folder / n) for n in ("a.yaml", "b.yaml", "c.yaml")}
    codes = {f.code for f in validated.errors}
    assert {"duplicate-plan-id", "path-not-found"} <= codes and validated.usage_error


def test_validate_plans_lets_each_plan_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory does not grow with the number of files: no plan outlives its own check."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for i in range(5):
        text = MINIMAL_PLAN.replace("id: test-plan", f"id: plan-{i}")
        (folder / f"plan-{i}.yaml").write_text(text, encoding="utf-8")
    made: list[weakref.ref[Any]] = []
    read_plan = loader.read_plan

    def watched(path: Any) -> Any:
        plan, findings = read_plan(path)
        assert plan is not None
        made.append(weakref.ref(plan))
        return plan, findings

    monkeypatch.setattr(loader, "read_plan", watched)
    result = validate_plans([folder])
    gc.collect()
    assert len(made) == 5 and len(result.valid) == 5
    assert [ref() for ref in made] == [None] * 5
    kept = load_plans([folder])  # load_plans, on the other hand, returns them
    assert [ref() for ref in made[5:]] == kept.plans


def test_validate_reports_every_file(tmp_path: Path, cli: Any) -> None:
    folder = _folder(tmp_path)
    result = cli("validate", "--lang", "en", str(folder), "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.output)
    by_path = {entry["path"]: entry for entry in document["files"]}
    assert {Path(p).name: e["valid"] for p, e in by_path.items()} == {
        "a.yaml": True,
        "b.yaml": True,
        "c.yaml": False,  # its id is a.yaml's
        "d.yml": False,
        "e.yaml": False,
    }
    assert by_path[str(folder / "c.yaml")]["plan"] == "test-plan"
    assert document["summary"]["plans"] == 3 and document["summary"]["files"] == 5
