"""DuckDB's memory limit comes from ``PLANTRACK_DUCKDB_MEMORY`` (plantrack/duckdb_settings.py): a
size DuckDB reads as written is passed on; anything else (DuckDB would read ``-1GB`` as no limit,
fail on ``1024`` or ``abc`` with a parser error halfway through a run) is refused up front, by
the command line with a usage error in the run's language, by the library with
``MemorySettingError``; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.actuals.read import ReadOptions, read_actuals
from plantrack.cli import main
from plantrack.duckdb_settings import (
    MEMORY_LIMIT,
    MEMORY_VARIABLE,
    MemorySettingError,
    config,
    memory_limit,
)
from plantrack.plans.load import load_plans

from .conftest import PLANS, ROOT

ROWS = "indicator,area,year,value\nforest_cover,cau-ngang,2021,2.5\n"


@pytest.mark.parametrize("value", ["4GB", "500MB", "1.5GiB", " 2 gb ", "50%", "1TB", "64KiB"])
def test_a_size_with_its_unit_is_passed_on(value: str) -> None:
    assert memory_limit({MEMORY_VARIABLE: value}) == value.strip()


@pytest.mark.parametrize(
    "value", ["", "abc", "1024", "-1GB", "0GB", "4GBs", "4 gigabytes", "1,5GB"]
)
def test_anything_else_is_refused(value: str) -> None:
    with pytest.raises(MemorySettingError) as refused:
        memory_limit({MEMORY_VARIABLE: value})
    assert MEMORY_VARIABLE in str(refused.value) and repr(value) in str(refused.value)


def test_unset_is_one_gigabyte_and_every_connection_gets_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(MEMORY_VARIABLE, raising=False)
    assert memory_limit() == MEMORY_LIMIT == "1GB"
    assert config(temp_directory="/tmp/x")["memory_limit"] == "1GB"
    assert config(temp_directory="/tmp/x")["temp_directory"] == "/tmp/x"
    monkeypatch.setenv(MEMORY_VARIABLE, "3GB")
    assert config()["memory_limit"] == "3GB"


@pytest.mark.parametrize("lang,words", [("en", "is not a memory size"), ("vi", "không phải")])
def test_check_refuses_a_bad_setting_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    data = tmp_path / "panel.csv"
    data.write_text(ROWS, encoding="utf-8")
    monkeypatch.setenv(MEMORY_VARIABLE, "-1GB")
    args = ["check", "--plan", str(ROOT / "plans"), str(data), "--engine", "duckdb", "--lang", lang]
    result = CliRunner().invoke(main, args, env={"PLANTRACK_LANG": None})
    assert result.exit_code == 2, result.output
    assert f"{MEMORY_VARIABLE}='-1GB' {words}" in result.stderr
    assert isinstance(result.exception, SystemExit)  # a usage error, not an exception
    python = CliRunner().invoke(main, [*args[:-4], "--engine", "python", "--lang", lang])
    assert python.exit_code == 0, python.output  # DuckDB not used: its setting not asked


def test_the_library_says_what_is_wrong_not_duckdbs_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "panel.csv"
    data.write_text(ROWS, encoding="utf-8")
    monkeypatch.setenv(MEMORY_VARIABLE, "abc")
    plans = [loaded.plan for loaded in load_plans([PLANS]).plans]
    with pytest.raises(MemorySettingError):
        read_actuals([data], plans, ReadOptions(engine="duckdb"))
