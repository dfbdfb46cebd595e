"""The benchmark script runs end to end at a tiny size (a smoke test: no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
