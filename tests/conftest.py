from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from plantrack.cli import main

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
BAD = ROOT / "tests" / "bad_plans"

#: A small valid plan; tests write variations of it.
MINIMAL_PLAN = """\
id: test-plan
title: {vi: Kế hoạch thử, en: Test plan}
document:
  type: {vi: Kế hoạch, en: Plan}
  issuer: {vi: UBND huyện D, en: People's Committee of D district}
level: district
area: d
areas:
  - id: d
    name: {vi: huyện D, en: D district}
    level: district
period: 2021-2025
base_year: 2020
indicators:
  - id: income
    name: {vi: Thu nhập bình quân đầu người, en: Income per person}
    unit: million_vnd_per_person
    direction: increase
    source: {section: II, item: 2}
    targets:
      - kind: level
        value: 68
        year: 2025
        text: Thu nhập bình quân đầu người đạt 68 triệu đồng/người
"""


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run with the repository as the working folder, as a user following the README would."""
    monkeypatch.chdir(ROOT)
    yield ROOT


@pytest.fixture
def cli() -> object:
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(main, list(args), env=env, catch_exceptions=False)

    return run


@pytest.fixture
def write_plan(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def relative(path: Path) -> str:
    return os.path.relpath(path, ROOT)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="write tests/golden/ from the current outputs (then review the diff)",
    )
