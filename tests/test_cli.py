"""The command line as a user and a CI job meet it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from plantrack import __version__
from plantrack.plans.yaml_reader import load_yaml
from tests.conftest import MINIMAL_PLAN, PLANS, ROOT


def test_validate_shipped_plans(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "2 plan files checked, all valid: 0 errors, 0 warnings.\n"


def test_validate_json(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "validate", "--lang", "en", "--format", "json", "plans", "tests/bad_plans/unknown_unit.yaml"
    )
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["valid"] is False
    assert doc["summary"] == {"files": 3, "plans": 2, "errors": 5, "warnings": 1}
    assert {f["path"]: f["plan"] for f in doc["files"]} == {
        "plans/cau-ngang-2030.yaml": "cau-ngang-2030",
        "plans/tan-hong-border-2025.yaml": "tan-hong-border-2025",
        "tests/bad_plans/unknown_unit.yaml": None,
    }
    assert doc["findings"][0] == {
        "code": "unknown-unit",
        "severity": "error",
        "message": "unit 'milion_vnd' cannot be read: unknown word 'milion' (did you mean "
        "'million'?) in a unit id; a unit is written as [scale] measure [/per], as the plan "
        "writes it: tỷ đồng, triệu đồng/người, nghìn tấn, tạ/ha, ha, giường bệnh/vạn dân, "
        "doanh nghiệp, %, điểm %, status; or in English: million VND per person, tonnes "
        "(docs/plan-format.md, Units)",
        "file": "tests/bad_plans/unknown_unit.yaml",
        "line": 17,
        "col": 11,
        "cell": None,
    }
    assert [f["code"] for f in doc["findings"]] == [
        "unknown-unit",
        "unknown-unit",
        "unknown-unit",
        "unknown-unit",
        "unit-as-count",
        "unit-percent",
    ]


def test_validate_github_annotations(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "validate", "--lang", "en", "--format", "github", "tests/bad_plans/many_checks.yaml"
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "::error file=tests/bad_plans/many_checks.yaml,line=25,col=5,"
        "title=plantrack missing-direction::indicator 'poverty' needs direction: increase "
        "(higher is better) or decrease (lower is better)"
    )
    assert any(line.startswith("::warning file=") and "bound-direction" in line for line in lines)


def test_validate_github_annotations_are_capped(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    """GitHub shows 10 annotations of each kind a step: validate's 14 errors (targets without
    their text) are 10 and one notice counting the other 4 (before, all 14 were printed and
    GitHub dropped 4 unseen)."""
    more = "".join(
        f"  - id: x{i}\n    name: {{vi: Chỉ tiêu {i}, en: Indicator {i}}}\n"
        "    unit: percent\n    direction: increase\n    source: {section: II, item: 3}\n"
        "    targets:\n      - {kind: level, at_most: 68, year: 2025}\n"
        for i in range(14)
    )
    path = write_plan(MINIMAL_PLAN + more)
    result = cli("validate", "--lang", "en", "--format", "github", str(path))
    lines = result.stdout.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    notices = [line for line in lines if line.startswith("::notice")]
    assert result.exit_code == 1
    assert len(errors) == 10
    assert len(notices) == 1 and "4" in notices[0]


def test_warnings_pass_unless_strict(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    path = write_plan(MINIMAL_PLAN.replace("        value: 68\n", "        at_most: 68\n"))
    relaxed = cli("validate", "--lang", "en", str(path))
    assert relaxed.exit_code == 0
    assert "bound-direction warning:" in relaxed.stdout
    assert cli("validate", "--lang", "en", "--strict", str(path)).exit_code == 1


def test_missing_path_is_a_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", "--lang", "en", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "path-not-found no such file or folder" in result.stdout


def test_folder_without_plans_is_a_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.txt").write_text("not a plan")
    result = cli("validate", "--lang", "en", str(tmp_path))
    assert result.exit_code == 2
    assert "no-plans" in result.stdout


def test_default_folder_missing_is_a_usage_error(cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = cli("validate", "--lang", "en")
    assert result.exit_code == 2
    assert "there is no plans/ folder here" in result.output  # with the advice to run init
    named = cli("validate", "--lang", "en", "plans")  # a folder named: not the advice, the finding
    assert named.exit_code == 2
    assert named.stdout.startswith("plans: path-not-found")


def test_big_file_is_refused_without_reading_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs
    result = cli("validate", "--lang", "en", str(big))
    assert result.exit_code == 1
    assert "file-too-large the file is 52.4 MB; a plan is at most 5 MB" in result.stdout


def test_empty_and_bom_files(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    empty = write_plan("", "empty.yaml")
    assert "empty-plan" in cli("validate", "--lang", "en", str(empty)).stdout
    bom = write_plan("\ufeff" + MINIMAL_PLAN, "bom.yaml")
    assert cli("validate", "--lang", "en", str(bom)).exit_code == 0


def test_schema_command_matches_committed_copy(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("schema")
    assert result.exit_code == 0
    committed = (ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8")
    assert result.stdout == committed, (
        "schema/plan.schema.json is out of date: run `plantrack schema > schema/plan.schema.json`"
    )


@pytest.mark.parametrize("plan_file", sorted(PLANS.glob("*.yaml")), ids=lambda p: p.stem)
def test_shipped_plans_conform_to_the_json_schema(plan_file: Path) -> None:
    schema = json.loads((ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    doc, findings = load_yaml(plan_file.read_text(encoding="utf-8"), str(plan_file))
    assert doc is not None and not findings
    jsonschema.validate(doc.data, schema, cls=jsonschema.Draft202012Validator)
    first = plan_file.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"


def test_json_schema_rejects_what_the_model_rejects() -> None:
    schema = json.loads((ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    doc, _ = load_yaml(MINIMAL_PLAN.replace("        year: 2025\n", "        yaer: 2025\n"), "x")
    assert doc is not None
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc.data, schema, cls=jsonschema.Draft202012Validator)


def test_plans_json_shape(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli("plans", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert [p["id"] for p in doc["plans"]] == ["cau-ngang-2030", "tan-hong-border-2025"]
    for plan in doc["plans"]:
        assert {"id", "title", "period", "base_year", "areas", "indicators"} <= set(plan)
        for indicator in plan["indicators"]:
            assert {"id", "name", "unit", "targets"} <= set(indicator)
            for target in indicator["targets"]:
                # the same keys for every kind: absent values are null, never missing
                assert set(target) == {
                    "id",
                    "kind",
                    "areas",
                    "year",
                    "period",
                    "base_year",
                    "comparator",
                    "value",
                    "min",
                    "max",
                    "rate_unit",
                    "reference_area",
                    "relation",
                    "vision",
                    "text",
                    "phrase",
                    "source",
                    "note",
                }
    growth = doc["plans"][0]["indicators"][0]["targets"][0]
    assert growth["value"] == 0.1296 and growth["comparator"] == "about"
    assert growth["period"] == {"start": 2021, "end": 2030} and growth["base_year"] == 2020


def test_plans_table_in_both_languages(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    vi = cli("plans", "plans/tan-hong-border-2025.yaml", env={"COLUMNS": "160"})
    assert vi.exit_code == 0
    assert "Thu nhập bình quân đầu người" in vi.stdout
    assert "68 triệu đồng/người đến năm 2025" in vi.stdout
    assert "\x1b[" not in vi.stdout  # not a terminal: no colour codes
    en = cli("plans", "--lang", "en", "plans/tan-hong-border-2025.yaml", env={"COLUMNS": "160"})
    assert "68 million VND per person by 2025" in en.stdout
    assert "down ≥ 1.5 pp/yr 2021-2025" in en.stdout
    env_lang = cli(
        "plans", "plans/tan-hong-border-2025.yaml", env={"COLUMNS": "160", "PLANTRACK_LANG": "en"}
    )
    assert "Income per person" in env_lang.stdout


def test_plans_with_an_invalid_plan_exits_2(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli("plans", "--format", "json", "plans", "tests/bad_plans/unknown_kind.yaml")
    assert result.exit_code == 2
    assert "unknown-kind" in result.stderr
    assert len(json.loads(result.stdout)["plans"]) == 2


def test_version_and_help(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("--version").stdout == f"plantrack, version {__version__}\n"
    for command in ("validate", "plans", "schema"):
        result = cli(command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout


def test_python_dash_m_and_help_stay_light() -> None:
    code = (
        "import sys, runpy; sys.argv = ['plantrack', '--help'];"
        "\ntry: runpy.run_module('plantrack', run_name='__main__')"
        "\nexcept SystemExit: pass"
        "\nprint(sorted(m for m in ('pydantic', 'rich', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Usage: plantrack" in out.stdout
    assert out.stdout.strip().endswith("[]")  # --help imports none of the heavy modules


def test_every_code_is_documented_and_every_emitted_code_registered() -> None:
    from plantrack.findings.registry import codes

    PLAN_CODES, DATA_CODES = codes("plans"), codes("data")

    documented = (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    for code in [*PLAN_CODES, *DATA_CODES]:
        assert f"`{code}`" in documented, code
    emitted = set()
    for expected in (ROOT / "tests" / "bad_plans").glob("*.expected"):
        for line in expected.read_text(encoding="utf-8").splitlines():
            emitted.add(line.split(": ", 1)[1].split(" ", 1)[0])
    assert emitted <= set(PLAN_CODES)
    assert len(emitted) >= 20
