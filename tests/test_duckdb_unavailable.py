"""When DuckDB cannot be loaded: the row reader reads the files (the same results); asked for by
name (``--engine duckdb``), the run says so with one warning, ``engine-unavailable``, in the
run's language; left to choose (``auto``) it says nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main

from .conftest import ROOT

ROWS = "indicator,area,year,value\nforest_cover,cau-ngang,2021,2.5\n"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "DuckDB could not be used"), ("vi", "không dùng được DuckDB")],
)
def test_duckdb_asked_for_and_missing_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    data = tmp_path / "panel.csv"
    data.write_text(ROWS, encoding="utf-8")
    args = ["check", "--plan", str(ROOT / "plans"), str(data), "--format", "csv"]
    python = CliRunner().invoke(main, [*args, "--engine", "python", "--lang", lang])
    monkeypatch.setitem(sys.modules, "duckdb", None)  # as if DuckDB were not installed
    forced = CliRunner().invoke(main, [*args, "--engine", "duckdb", "--lang", lang])
    assert forced.exit_code == python.exit_code, forced.output
    assert forced.stderr.count("engine-unavailable") == 1
    assert words in forced.stderr
    assert forced.stdout == python.stdout  # the same results
    strict = CliRunner().invoke(main, [*args, "--engine", "duckdb", "--strict", "--lang", lang])
    assert strict.exit_code == 2  # a warning, an error under --strict


def test_duckdb_left_to_choose_and_missing_is_silent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "panel.csv"
    data.write_text(ROWS * 1 + "".join(f"forest_cover,x{n},2021,1\n" for n in range(20000)))
    monkeypatch.setitem(sys.modules, "duckdb", None)
    result = CliRunner().invoke(
        main, ["check", "--plan", str(ROOT / "plans"), str(data), "--lang", "en"]
    )
    assert "engine-unavailable" not in result.stderr, result.stderr
