"""The benchmark script runs end to end at a tiny size (a smoke test: no timing is asserted), and
benchmarks/README.md is what its template and the recorded results give."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT


def test_benchmark_script_runs_every_scenario(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    table = out.read_text(encoding="utf-8")
    for scenario in (
        "1 everyday check",
        "2 plantrack --version",
        "2 plantrack --help",
        "3 validate 4 plans",
        "4 national panel × 0.003 (7,500 rows)",
    ):
        assert f"| {scenario} |" in table
    assert "peer: import floor" in table and "peer: PyYAML C loader alone" in table
    assert "peer: csv.reader pass" in table and "Machine:" in table
    assert "peer: plain Python CAGR + catch-up" in table
    assert "Years kept per series (10 communes" in table and "30 years" in table


def _readme_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme", ROOT / "benchmarks" / "readme.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_is_what_its_template_and_the_recorded_results_give() -> None:
    readme = _readme_module()
    results = readme.load_results()
    written = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    assert written == readme.render_readme(results)
    assert readme.PLACE not in written
    assert readme.render_table(results) in written  # the table of the recorded run, whole
    for row in results["rows"]:
        assert f"| {row['ours']['name']} |" in written


def test_the_readme_template_holds_one_place_for_the_table() -> None:
    readme = _readme_module()
    results = readme.load_results()
    with pytest.raises(ValueError, match="one"):
        readme.render_readme(results, template="# Benchmarks\n\nno place for the table\n")
    assert readme.render_readme(results, template="A\n{{latest run}}\nB\n") == (
        "A\n" + readme.render_table(results) + "B\n"
    )
