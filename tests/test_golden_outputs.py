"""Every output of the bundled data, in every format and both languages, byte for byte.

Each case runs one command as a user would (from the repository folder, 100 columns, no colour)
and compares its standard output, standard error and exit code with ``tests/golden/NAME``. A
change to any output fails here, so a refactoring that should change nothing is proved to change
nothing, and a change meant to alter an output shows the whole of it in review.

After a deliberate change, write the files again and read the diff before committing::

    python -m pytest tests/test_golden_outputs.py --update-golden
    git diff tests/golden
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
MESSY = "tests/golden/inputs/messy-actuals.csv"
BAD_BASELINE = "tests/golden/inputs/bad-baseline.yaml"
CAU_NGANG = "plans/cau-ngang-2030.yaml"
TAN_HONG = "plans/tan-hong-border-2025.yaml"


def _cases() -> dict[str, tuple[str, list[str]]]:
    """Golden file name -> (language, the command's arguments)."""
    cases: dict[str, tuple[str, list[str]]] = {}
    for lang in ("vi", "en"):
        for fmt, ext in (("table", "txt"), ("json", "json"), ("csv", "csv")):
            cases[f"check-{lang}.{ext}"] = (lang, ["check", "--format", fmt])
        for fmt in ("markdown", "github"):
            cases[f"check-{lang}.{fmt}"] = (lang, ["check", "--format", fmt])
        cases[f"check-fail-on-{lang}.txt"] = (lang, ["check", "--fail-on", "off_track"])
        cases[f"explain-income-{lang}.txt"] = (lang, ["check", "--explain", "income_per_capita"])
        cases[f"explain-doctors-{lang}.txt"] = (lang, ["check", "--explain", "doctors_per_10000"])
        cases[f"check-tan-hong-{lang}.txt"] = (lang, ["check", "--plan", TAN_HONG])
        cases[f"check-tan-hong-{lang}.json"] = (
            lang,
            ["check", "--plan", TAN_HONG, "--format", "json"],
        )
        cases[f"plans-{lang}.txt"] = (lang, ["plans"])
        cases[f"plans-{lang}.json"] = (lang, ["plans", "--format", "json"])
        cases[f"validate-{lang}.txt"] = (lang, ["validate", "--strict"])
        cases[f"validate-bad-{lang}.txt"] = (lang, ["validate", "tests/bad_plans"])
        cases[f"validate-bad-{lang}.json"] = (
            lang,
            ["validate", "--format", "json", "tests/bad_plans"],
        )
        for fmt, ext in (("table", "txt"), ("json", "json"), ("github", "github")):
            args = ["check", MESSY, "--plan", CAU_NGANG, "--format", fmt]
            cases[f"messy-{lang}.{ext}"] = (lang, args)
        cases[f"calc-{lang}.txt"] = (lang, ["calc", "cagr", "45", "68", "--years", "5"])
        cases[f"calc-error-{lang}.txt"] = (lang, ["calc", "cagr", "0", "6.794", "--years", "5"])
        cases[f"usage-error-{lang}.txt"] = (lang, ["check", "--format", "xml"])
        cases[f"filter-error-{lang}.txt"] = (lang, ["check", "--indicator", "incom_per_capita"])
        cases[f"baseline-error-{lang}.txt"] = (lang, ["check", "--baseline", BAD_BASELINE])
    cases["check-vi-excel.csv"] = ("vi", ["check", "--format", "csv", "--csv-style", "vi"])
    cases["template-wide.csv"] = ("vi", ["template", CAU_NGANG])
    cases["template-long.csv"] = ("vi", ["template", CAU_NGANG, "--layout", "long"])
    return cases


CASES = _cases()
_VERSION = re.compile(r'("plantrack": )"[^"]*"')


def _run(lang: str, args: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    env = {"PLANTRACK_LANG": lang, "COLUMNS": "100", "NO_COLOR": "1", "GITHUB_ACTIONS": None}
    result = CliRunner().invoke(main, args, env=env, prog_name="plantrack", catch_exceptions=False)
    out = f"{result.stdout}--- stderr ---\n{result.stderr}--- exit {result.exit_code} ---\n"
    return _VERSION.sub(r'\1"VERSION"', out)


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_is_the_golden_one(
    name: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    lang, args = CASES[name]
    got = _run(lang, args, monkeypatch)
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.write_text(got, encoding="utf-8", newline="\n")
    assert path.exists(), f"no golden output {path.name}: run with --update-golden, then review it"
    assert got == path.read_text(encoding="utf-8"), f"plantrack {' '.join(args)} ({lang})"


def test_every_golden_file_belongs_to_a_case() -> None:
    """A case removed leaves no golden file behind that nothing compares."""
    on_disk = {path.name for path in GOLDEN.iterdir() if path.is_file()}
    assert on_disk == set(CASES)
