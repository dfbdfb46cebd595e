"""Baselines (issue 16 item 16): results accepted as they stand, so that ``--fail-on`` gates new
regressions without staying red for targets already missed; worse results, stale and expired
entries still show. Everything runs on temporary copies."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plantrack.assessment.status import Status
from plantrack.cli import main
from plantrack.plans.load import load_plans
from plantrack.report.baseline import Baseline, Entry, dump, load_baseline, result_keys
from plantrack.report.build import run_check
from tests.conftest import MINIMAL_PLAN, ROOT

SCHEMA = json.loads((ROOT / "schema" / "check.schema.json").read_text(encoding="utf-8"))
TARGET = "income:level:2025"
#: The figure of 2023 for each status of the minimal plan's income target (68 by 2025, 50 in 2020).
FIGURES = {Status.OFF_TRACK: 52, Status.REGRESSING: 48, Status.ON_TRACK: 60}


def run(*args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(
        main, [*args, "--lang", lang], env={"PLANTRACK_LANG": None, "COLUMNS": "200"}
    )


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plan and its data in a temporary folder, the working folder of the test."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "data").mkdir()
    figures(tmp_path, FIGURES[Status.OFF_TRACK])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def figures(folder: Path, value: float | None) -> None:
    rows = "income,2020,50\n" + (f"income,2023,{value}\n" if value is not None else "")
    (folder / "data" / "d.csv").write_text("indicator,year,value\n" + rows, encoding="utf-8")


def entry(status: str = "off_track", **extra: str) -> str:
    lines = [
        "  - plan: test-plan",
        "    indicator: income",
        f"    target: {TARGET}",
        "    area: d",
        f"    status: {status}",
        *(f"    {key}: {value}" for key, value in extra.items()),
    ]
    return "\n".join(lines) + "\n"


def baseline(folder: Path, *entries: str, name: str = "baseline.yaml") -> str:
    (folder / name).write_text("version: 1\naccepted:\n" + "".join(entries), encoding="utf-8")
    return name


def checked(*args: str) -> dict[str, Any]:
    result = run("check", "--format", "json", *args)
    document: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    document["exit"] = result.exit_code
    return document


# --------------------------------------------------------------------------------------------
# Accepted, worse, improved


def test_a_target_missed_before_fails_without_the_baseline_and_passes_with_it(
    folder: Path,
) -> None:
    assert run("check", "--fail-on", "off_track").exit_code == 1
    name = baseline(folder, entry("off_track"))
    result = run("check", "--fail-on", "off_track", "--baseline", name)
    assert result.exit_code == 0, result.output
    assert "▼ Off track †" in result.stdout
    assert "† accepted in baseline.yaml: 1 (not counted by --fail-on)" in result.stdout


def test_a_result_worse_than_accepted_still_fails(folder: Path) -> None:
    name = baseline(folder, entry("off_track"))
    figures(folder, FIGURES[Status.REGRESSING])
    result = run("check", "--fail-on", "off_track", "--baseline", name)
    assert result.exit_code == 1
    assert "✖ Regressing †" not in result.stdout
    assert "1 listed but counted all the same" in result.stdout
    document = checked("--fail-on", "off_track", "--baseline", name)
    assert document["exit"] == 1
    assert document["results"][0]["accepted"] == {
        "status": "off_track",
        "state": "worse",
        "reason": None,
        "expires": None,
    }
    github = run("check", "--format", "github", "--fail-on", "off_track", "--baseline", name)
    assert "::error file=plans/plan.yaml,line=" in github.stdout


def test_a_better_result_is_accepted_and_shown_as_improved(folder: Path) -> None:
    name = baseline(folder, entry("regressing"))
    document = checked("--fail-on", "off_track", "--baseline", name)
    assert document["exit"] == 0
    assert document["results"][0]["status"] == "off_track"
    assert document["results"][0]["accepted"]["state"] == "improved"
    assert document["baseline"] == {
        "file": name,
        "entries": 1,
        "accepted": 0,
        "improved": 1,
        "worse": 0,
        "changed": 0,
        "expired": 0,
    }


def test_accepted_results_make_no_annotation(folder: Path) -> None:
    name = baseline(folder, entry("off_track"))
    github = run("check", "--format", "github", "--fail-on", "off_track", "--baseline", name)
    assert github.exit_code == 0
    assert "::error" not in github.stdout


@pytest.mark.parametrize("fmt", ["json", "csv", "table", "markdown", "github"])
def test_every_format_gives_the_same_exit_code(folder: Path, fmt: str) -> None:
    """JSON and CSV make results as they write them (a lazy report): the exit code counts the
    accepted ones out all the same."""
    name = baseline(folder, entry("off_track"))
    assert (
        run("check", "--format", fmt, "--fail-on", "off_track", "--baseline", name).exit_code == 0
    )
    figures(folder, FIGURES[Status.REGRESSING])
    assert (
        run("check", "--format", fmt, "--fail-on", "off_track", "--baseline", name).exit_code == 1
    )


def test_missing_figures_are_not_accepted_by_a_progress_status(folder: Path) -> None:
    name = baseline(folder, entry("off_track"))
    figures(folder, None)  # the 2023 figure withdrawn: only the base year is left
    document = checked("--fail-on", "insufficient_data", "--baseline", name)
    assert document["results"][0]["status"] == "insufficient_data"
    assert document["results"][0]["accepted"]["state"] == "changed"
    assert document["exit"] == 1
    assert checked("--fail-on", "off_track", "--baseline", name)["exit"] == 0


def test_a_data_status_does_not_accept_a_progress_status(folder: Path) -> None:
    name = baseline(folder, entry("no_data"))
    document = checked("--fail-on", "off_track", "--baseline", name)
    assert document["results"][0]["accepted"]["state"] == "changed"
    assert document["exit"] == 1


def test_csv_and_markdown_show_the_state(folder: Path) -> None:
    name = baseline(folder, entry("off_track"))
    out = run("check", "--format", "csv", "--baseline", name).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["accepted"] == "accepted"
    plain = run("check", "--format", "csv").stdout
    assert "accepted" not in plain.splitlines()[0]  # no column without a baseline
    markdown = run("check", "--format", "markdown", "--baseline", name, lang="vi").stdout
    assert "▼ Chậm tiến độ † |" in markdown
    assert "† kết quả đã chấp nhận trong baseline.yaml: 1 (không tính cho --fail-on)" in markdown


def test_json_without_a_baseline_is_unchanged(folder: Path) -> None:
    document = checked()
    assert "baseline" not in document
    assert "accepted" not in document["results"][0]


# --------------------------------------------------------------------------------------------
# Stale and expired entries


def test_an_entry_whose_target_is_gone_is_stale(folder: Path) -> None:
    other = entry("off_track").replace(TARGET, "income:level:2024")
    name = baseline(folder, entry("off_track"), other)
    result = run("check", "--fail-on", "off_track", "--baseline", name)
    assert result.exit_code == 0
    assert "baseline.yaml:8: baseline-stale" in result.stdout
    assert "income:level:2024 (d): no such target and area in plan 'test-plan'" in result.stdout
    assert run("check", "--strict", "--baseline", name).exit_code == 2


def test_entries_of_plans_not_loaded_are_left_alone(folder: Path) -> None:
    other = entry("off_track").replace("test-plan", "another-plan")
    name = baseline(folder, entry("off_track"), other)
    result = run("check", "--fail-on", "off_track", "--baseline", name, "--strict")
    assert result.exit_code == 0
    assert "baseline-stale" not in result.stdout


def test_an_expired_entry_accepts_nothing(folder: Path) -> None:
    name = baseline(folder, entry("off_track", expires="2020-12-31", reason="until the review"))
    document = checked("--fail-on", "off_track", "--baseline", name)
    assert document["exit"] == 1
    assert document["results"][0]["accepted"] == {
        "status": "off_track",
        "state": "expired",
        "reason": "until the review",
        "expires": "2020-12-31",
    }
    [finding] = [f for f in document["findings"] if f["code"] == "baseline-expired"]
    assert (finding["file"], finding["line"], finding["severity"]) == (name, 3, "warning")


def test_an_entry_expiring_later_accepts(folder: Path) -> None:
    later = date.today().replace(year=date.today().year + 1).isoformat()
    name = baseline(folder, entry("off_track", expires=later))
    assert checked("--fail-on", "off_track", "--baseline", name)["exit"] == 0


# --------------------------------------------------------------------------------------------
# A baseline that cannot be used


BAD = {
    "unknown status": (entry("of_track"), "baseline.yaml:3:5: baseline-invalid status 'of_track'"),
    "missing key": (
        entry().replace("    area: d\n", ""),
        "baseline.yaml:3:5: baseline-invalid missing 'area'",
    ),
    "unknown key": (entry(owner="me"), "baseline.yaml:3:5: baseline-invalid unknown key 'owner'"),
    "bad date": (
        entry(expires="next year"),
        "baseline.yaml:3:5: baseline-invalid expires: 'next year' is not a date",
    ),
    "listed twice": (
        entry() + entry("regressing"),
        "baseline.yaml:8:5: baseline-invalid income:level:2025 (d) is listed twice "
        "(first at line 3)",
    ),
    "not a list": ("  oops\n", "baseline.yaml:1:1: baseline-invalid a baseline is a mapping"),
    "yaml syntax": ("  - plan: [unclosed\n", "baseline.yaml:4:1: yaml-syntax"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_baseline_is_a_usage_error_naming_file_and_line(folder: Path, case: str) -> None:
    text, expected = BAD[case]
    name = baseline(folder, text)
    result = run("check", "--fail-on", "off_track", "--baseline", name)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_a_missing_or_unreadable_baseline(folder: Path) -> None:
    missing = run("check", "--baseline", "nowhere.yaml")
    assert missing.exit_code == 2
    assert "nowhere.yaml: path-not-found the baseline file does not exist" in missing.stderr
    folder_itself = run("check", "--baseline", "data")
    assert folder_itself.exit_code == 2
    assert "data: file-unreadable cannot read the baseline: a folder" in folder_itself.stderr


def test_a_fifo_is_refused_not_read_forever(folder: Path) -> None:
    os.mkfifo(folder / "fifo.yaml")
    result = run("check", "--baseline", "fifo.yaml")
    assert result.exit_code == 2
    assert "not a regular file" in result.stderr


# --------------------------------------------------------------------------------------------
# Writing


def test_written_from_a_run_it_accepts_what_failed(folder: Path) -> None:
    result = run("check", "--fail-on", "off_track", "--write-baseline", "accepted.yaml")
    assert result.exit_code == 0, result.output
    assert "wrote accepted.yaml: 1 accepted results (1 new, 0 dropped" in result.stderr
    assert "▼ Off track †" in result.stdout
    text = (folder / "accepted.yaml").read_text(encoding="utf-8")
    assert entry("off_track") in text
    assert "as_of: 2023\nfail_on: off_track\n" in text
    assert run("check", "--fail-on", "off_track", "--baseline", "accepted.yaml").exit_code == 0


def test_written_at_a_stricter_threshold_only(folder: Path) -> None:
    run("check", "--fail-on", "regressing", "--write-baseline", "accepted.yaml")
    assert "accepted: []" in (folder / "accepted.yaml").read_text(encoding="utf-8")
    assert run("check", "--fail-on", "off_track", "--baseline", "accepted.yaml").exit_code == 1


def test_rewriting_keeps_reasons_and_other_plans_and_drops_what_passes(folder: Path) -> None:
    other = entry("off_track").replace("test-plan", "another-plan")
    name = baseline(folder, entry("off_track", reason='"agreed: see minutes #4"'), other)
    run("check", "--baseline", name, "--write-baseline", name)
    again, _ = load_baseline(folder / name)
    assert again is not None
    kept = again.entries[("test-plan", "income", TARGET, "d")]
    assert (kept.status, kept.reason) == (Status.OFF_TRACK, "agreed: see minutes #4")
    assert ("another-plan", "income", TARGET, "d") in again.entries
    figures(folder, FIGURES[Status.ON_TRACK])
    result = run("check", "--baseline", name, "--write-baseline", name)
    assert "0 new, 1 dropped" in result.stderr
    again, _ = load_baseline(folder / name)
    assert again is not None
    assert list(again.entries) == [("another-plan", "income", TARGET, "d")]


def test_writing_refuses_filters_and_inputs(folder: Path) -> None:
    filtered = run("check", "--area", "d", "--write-baseline", "accepted.yaml")
    assert filtered.exit_code == 2
    assert "--write-baseline writes the whole baseline" in filtered.stderr
    onto_data = run("check", "--write-baseline", "data/d.csv")
    assert onto_data.exit_code == 2
    assert "income,2023,52" in (folder / "data" / "d.csv").read_text(encoding="utf-8")
    assert not (folder / "accepted.yaml").exists()


def test_nothing_is_written_from_inputs_in_error(folder: Path) -> None:
    (folder / "data" / "d.csv").write_text(
        "indicator,year,value\nincome,2020,50\nincome,2023,5x2\n", encoding="utf-8"
    )
    result = run("check", "--write-baseline", "accepted.yaml", lang="vi")
    assert result.exit_code == 2
    assert "accepted.yaml: không ghi: dữ liệu đầu vào có lỗi" in result.stderr
    assert not (folder / "accepted.yaml").exists()


def test_a_json_baseline_is_written_and_read(folder: Path) -> None:
    run("check", "--fail-on", "off_track", "--write-baseline", "accepted.json")
    document = json.loads((folder / "accepted.json").read_text(encoding="utf-8"))
    assert document["accepted"][0]["target"] == TARGET
    assert run("check", "--fail-on", "off_track", "--baseline", "accepted.json").exit_code == 0
    (folder / "broken.json").write_text('{"version": 1,\n "accepted": [}', encoding="utf-8")
    broken = run("check", "--baseline", "broken.json")
    assert broken.exit_code == 2
    assert "broken.json:2: baseline-invalid not valid JSON" in broken.stderr


TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=150, deadline=None)
@given(ids=st.tuples(TEXT, TEXT, TEXT, TEXT), reason=st.none() | TEXT)
@example(ids=("p", "i", "t", "A:"), reason=None)  # "A:" written plain read back as a mapping
@example(ids=("p", "i", "t", "a: b"), reason="x: y")
def test_dump_then_load_gives_the_same_entries(ids: tuple[str, ...], reason: str | None) -> None:
    """Any id or reason (quotes, colons, '#', 'yes', newlines, leading dashes) reads back as
    written, through the project's own YAML reader."""
    import tempfile
    import unicodedata

    plan, indicator, target, area = (unicodedata.normalize("NFC", i) for i in ids)
    reason = unicodedata.normalize("NFC", reason) if reason is not None else None
    written = Baseline("b.yaml")
    written.entries[(plan, indicator, target, area)] = Entry(
        plan, indicator, target, area, Status.NOT_ACHIEVED, reason, date(2027, 1, 31)
    )
    with tempfile.TemporaryDirectory() as where:
        path = Path(where) / "b.yaml"
        path.write_text(dump(written, as_of=2025, fail_on=Status.OFF_TRACK), encoding="utf-8")
        read, findings = load_baseline(path)
    assert findings == []
    assert read is not None
    [back] = read.entries.values()
    assert (back.plan, back.indicator, back.target, back.area) == (plan, indicator, target, area)
    assert (back.status, back.reason, back.expires) == (
        Status.NOT_ACHIEVED,
        reason,
        date(2027, 1, 31),
    )


# --------------------------------------------------------------------------------------------
# Keys


@pytest.mark.parametrize(
    "folder_name",
    ["plans", *sorted(p.name for p in (ROOT / "corpus").iterdir() if p.is_dir())],
)
def test_every_result_has_a_key_a_baseline_can_name(folder_name: str) -> None:
    """The keys that stale entries are judged against are those of the results, no more and
    no fewer, for every bundled and corpus plan: no real result's entry is ever called stale."""
    path = ROOT / folder_name if folder_name == "plans" else ROOT / "corpus" / folder_name
    planset = load_plans([path])
    assert planset.plans
    report = run_check([path], [ROOT / "data" / "cau-ngang-actuals.csv"])
    made = {(r.plan, r.indicator, r.target, r.area) for r in report.results}
    keys = {key for loaded in planset.plans for key in result_keys(loaded)}
    assert made == keys
