"""``plantrack init``: an empty folder made ready, and nothing that is there written over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from plantrack.cli import main
from tests.conftest import ROOT

MADE = [
    "plans/example-tan-hong-border-2025.yaml",
    "data/example-tan-hong-border-2025.csv",
    ".github/workflows/plantrack.yml",
    ".pre-commit-config.yaml",
]


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": "en"})


def test_init_makes_a_folder_that_checks(empty: Path) -> None:
    result = run("init")
    assert result.exit_code == 0, result.output
    for name in MADE:
        assert (empty / name).is_file(), name
        assert f"created {name}" in result.stdout
    assert run("validate", "--strict").exit_code == 0
    checked = run("check", "--format", "json")
    assert checked.exit_code == 0, checked.output
    assert '"plan": "example-tan-hong-border-2025"' in checked.stdout


def test_the_example_plan_is_the_bundled_plans_first_targets(empty: Path) -> None:
    run("init")
    example = yaml.safe_load((empty / MADE[0]).read_text(encoding="utf-8"))
    bundled = yaml.safe_load(
        (ROOT / "plans" / "tan-hong-border-2025.yaml").read_text(encoding="utf-8")
    )
    by_id = {indicator["id"]: indicator for indicator in bundled["indicators"]}
    assert len(example["indicators"]) >= 3
    for indicator in example["indicators"]:
        assert indicator["targets"] == by_id[indicator["id"]]["targets"]


def test_the_data_sheet_is_the_example_plans_template(empty: Path) -> None:
    run("init")
    sheet = (empty / MADE[1]).read_text(encoding="utf-8-sig")
    expected = run("template", MADE[0]).stdout
    assert sheet == expected


def test_ci_files_are_the_ones_readme_shows(empty: Path) -> None:
    run("init")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load((empty / MADE[2]).read_text(encoding="utf-8"))
    steps = [step.get("run") for step in workflow["jobs"]["plantrack"]["steps"]]
    shown = re.search(r"# \.github/workflows/plantrack\.yml.*?```", readme, flags=re.DOTALL)
    assert shown is not None
    for line in shown.group(0).splitlines():
        if line.startswith("- run: plantrack"):
            assert line.removeprefix("- run: ") in steps
    assert not any(step == "python -m pip install plantrack" for step in steps)
    pre_commit = yaml.safe_load((empty / MADE[3]).read_text(encoding="utf-8"))
    assert pre_commit["repos"][0]["hooks"] == [{"id": "plantrack-validate"}]


def test_init_keeps_every_file_that_is_there(empty: Path) -> None:
    (empty / "plans").mkdir()
    (empty / MADE[0]).write_text("mine", encoding="utf-8")
    (empty / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = run("init")
    assert result.exit_code == 0
    assert (empty / MADE[0]).read_text(encoding="utf-8") == "mine"
    assert (empty / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"
    assert f"kept {MADE[0]}: it exists already" in result.stdout
    assert "kept .pre-commit-config.yaml: it exists already" in result.stdout
    assert "created .github/workflows/plantrack.yml" in result.stdout
    again = run("init")
    assert again.exit_code == 0
    assert "created" not in again.stdout


def test_init_in_vietnamese(empty: Path) -> None:
    result = CliRunner().invoke(main, ["init", "--lang", "vi"])
    assert result.exit_code == 0
    assert f"đã tạo {MADE[0]}" in result.stdout


def test_init_says_what_it_could_not_create(empty: Path) -> None:
    (empty / ".github").write_text("a file where a folder should be", encoding="utf-8")
    result = run("init")
    assert result.exit_code == 2
    assert "could not create .github/workflows/plantrack.yml" in result.stderr
    assert "Traceback" not in result.output


def test_readme_documents_init_and_completion() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "plantrack init" in readme
    assert "_PLANTRACK_COMPLETE=bash_source plantrack" in readme
    assert "_PLANTRACK_COMPLETE=zsh_source plantrack" in readme
