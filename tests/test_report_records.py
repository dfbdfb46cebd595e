"""``CheckReport.to_records()`` and ``to_frame()``: the report as flat rows for a notebook, equal
to what ``plantrack check --format json`` says of the same data; and the public API that gets a
notebook user there (``from plantrack import run_check``)."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import plantrack
from plantrack import CheckOptions, Status, run_check
from plantrack.cli import main
from plantrack.report.baseline import load_baseline
from plantrack.report.records import RECORD_KEYS


def _json(*args: str, lang: str = "en") -> dict[str, Any]:
    result = CliRunner().invoke(
        main, ["check", "--format", "json", "--lang", lang, *args], catch_exceptions=False
    )
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _notes(result: dict[str, Any]) -> str:
    remarks = ([result["reason"]] if result["reason"] else []) + result["notes"]
    return "\n".join(f"{note['code']}: {note['message']}" for note in remarks)


def _expected(result: dict[str, Any], lang: str) -> dict[str, Any]:
    """A JSON result flattened the way the records are documented to be."""
    base, latest, projected = result["base"], result["latest"], result["projected"]
    return {
        "plan": result["plan"],
        "area": result["area"],
        "indicator": result["indicator"],
        "indicator_name": result["indicator_name"][lang],
        "unit": result["unit"],
        "target": result["target"],
        "target_text": result["target_text"],
        "kind": result["kind"],
        "deadline": result["deadline"],
        "comparator": result["goal"]["comparator"],
        "goal": result["goal"]["value"],
        "goal_max": result["goal"]["max"],
        "status": result["status"],
        "status_label": result["status_label"][lang],
        "base_year": base and base["year"],
        "base_value": base and base["value"],
        "latest_year": latest and latest["year"],
        "latest_value": latest and latest["value"],
        "latest_estimate": latest and latest["estimate"],
        "latest_state": latest and latest["state"],
        "observed_rate": result["observed_rate"],
        "required_rate": result["required_rate"],
        "catch_up_rate": result["catch_up_rate"],
        "gap": result["gap"],
        "ratio": result["ratio"],
        "rate_unit": result["rate_unit"],
        "projected_year": projected and projected["year"],
        "projected_value": projected and projected["value"],
        "total": result["total"],
        "met_years": result["met_years"],
        "counted_years": result["counted_years"],
        "reason": result["reason"] and result["reason"]["code"],
        "notes": _notes(result),
        "accepted": (result.get("accepted") or {}).get("state"),
        "plan_file": result["plan_file"],
    }


def test_one_record_per_result_with_the_json_outputs_values(in_root: Path) -> None:
    document = _json()
    records = run_check(["plans"], ["data"]).to_records(lang="en")
    assert len(records) == len(document["results"]) == 58
    for record, result in zip(records, document["results"], strict=True):
        assert tuple(record) == RECORD_KEYS  # every key, in the documented order
        assert record == _expected(result, "en")
    # the bundled data exercise what the keys are for, not only None
    kinds = {record["kind"] for record in records}
    assert {"growth", "level", "annual", "qualitative", "relative"} <= kinds
    assert any(r["catch_up_rate"] is not None and r["projected_value"] for r in records)
    assert any(r["latest_state"] == "in_progress" for r in records)
    assert any(r["reason"] == "years-missed" for r in records)
    assert json.loads(json.dumps(records)) == records  # plain values only


def test_records_in_vietnamese_name_and_label_as_the_json_does(in_root: Path) -> None:
    document = _json(lang="vi")
    vietnamese = run_check(["plans"], ["data"]).to_records()  # vi, as the CLI, by default
    english = run_check(["plans"], ["data"]).to_records(lang="en")
    for record, result, other in zip(vietnamese, document["results"], english, strict=True):
        assert record["indicator_name"] == result["indicator_name"]["vi"]
        assert record["status_label"] == result["status_label"]["vi"]
        codes = [note.split(": ", 1)[0] for note in record["notes"].splitlines()]
        assert codes == [note.split(": ", 1)[0] for note in other["notes"].splitlines()]
        same = {key for key in RECORD_KEYS if key not in ("indicator_name", "status_label")}
        assert {k: record[k] for k in same - {"notes"}} == {k: other[k] for k in same - {"notes"}}
    gross = vietnamese[0]
    assert gross["indicator_name"] == "Giá trị sản xuất"
    assert gross["status_label"] == "Cần tăng tốc"
    assert "ước thực hiện" in gross["notes"]


def test_records_follow_the_options_and_a_lazy_report(in_root: Path) -> None:
    options = CheckOptions(as_of=2023, areas=("cau-ngang",))
    records = run_check(["plans"], ["data"], options).to_records(lang="en")
    assert records == run_check(["plans"], ["data"], options, lazy=True).to_records(lang="en")
    assert {record["area"] for record in records} == {"cau-ngang"}
    document = _json("--as-of", "2023", "--area", "cau-ngang")
    assert records == [_expected(result, "en") for result in document["results"]]


def test_records_say_how_each_result_stands_against_a_baseline(
    in_root: Path, tmp_path: Path
) -> None:
    path = str(tmp_path / "baseline.yaml")
    written = CliRunner().invoke(main, ["check", "--write-baseline", path], catch_exceptions=False)
    assert written.exit_code == 0, written.stderr
    report = run_check(["plans"], ["data"])
    baseline, findings = load_baseline(path)
    assert baseline is not None and not findings
    report.apply_baseline(baseline)
    records = report.to_records(lang="en")
    document = _json("--baseline", path)
    assert records == [_expected(result, "en") for result in document["results"]]
    assert {r["accepted"] for r in records} == {"accepted", None}
    # --write-baseline accepts what is at off_track or worse (by default)
    assert {r["status"] for r in records if r["accepted"]} == {"off_track", "not_achieved"}


def test_to_frame_makes_a_pandas_frame_of_the_records(
    in_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a stand-in ``pandas`` (pandas is not a dependency): the records go to
    ``DataFrame.from_records`` with every documented key as a column, in order."""
    calls: list[tuple[list[dict[str, Any]], list[str]]] = []

    class DataFrame:
        @classmethod
        def from_records(cls, data: list[dict[str, Any]], columns: list[str]) -> str:
            calls.append((data, columns))
            return "a frame"

    fake = types.ModuleType("pandas")
    fake.DataFrame = DataFrame  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pandas", fake)
    report = run_check(["plans"], ["data"])
    assert report.to_frame(lang="en") == "a frame"
    [(data, columns)] = calls
    assert columns == list(RECORD_KEYS)
    assert data == report.to_records(lang="en")
    none = CheckOptions(statuses=(Status.REGRESSING,))  # no result of the bundled data
    calls.clear()
    run_check(["plans"], ["data"], none).to_frame()
    assert calls == [([], list(RECORD_KEYS))]  # no row, every column


def test_to_frame_without_pandas_says_how_to_install_it(
    in_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    report = run_check(["plans"], ["data"])
    with pytest.raises(ImportError, match="pip install pandas"):
        report.to_frame()
    assert len(report.to_records()) == 58  # the records need nothing more


def test_the_public_api_has_what_a_notebook_needs_and_loads_it_lazily() -> None:
    for name in (
        "load_plans",
        "validate_plans",
        "read_plan",
        "read_actuals",
        "assess",
        "run_check",
        "CheckOptions",
        "CheckReport",
        "Target",
        "Result",
        "Finding",
        "Status",
        "Observation",
    ):
        assert name in plantrack.__all__, name
    for name in plantrack.__all__:
        assert getattr(plantrack, name) is not None, name
    assert plantrack.CheckReport.to_records is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        plantrack.nothing  # noqa: B018
    code = (
        "import sys, plantrack; print(sorted(m for m in ('pydantic', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
