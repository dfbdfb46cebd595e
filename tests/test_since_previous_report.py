"""``plantrack check --since PREVIOUS.json`` (issue 18 item 5): what changed since a report saved
with ``--format json -o``: statuses that improved or worsened, figures revised (an estimate
replaced by the final figure), targets now due, results new and gone; in every text format and
both languages. A previous report that cannot be used is a finding with its code and exit 2."""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from plantrack.assessment.status import Status
from plantrack.cli import main
from plantrack.report.build import CheckOptions, run_check
from plantrack.report.since import (
    Figure,
    direction,
    load_previous,
    revision_kind,
    same_figure,
)

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "schema" / "check.schema.json").read_text(encoding="utf-8"))


def run(*args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(
        main, [*args, "--lang", lang], env={"PLANTRACK_LANG": None, "COLUMNS": "200"}
    )


def document(*args: str) -> dict[str, Any]:
    result = run("check", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    return data


@pytest.fixture
def previous(in_root: Path, tmp_path: Path) -> Path:
    """The bundled data's report as of 2024, saved as a user saves it."""
    path = tmp_path / "report-2024.json"
    result = run("check", "--as-of", "2024", "--format", "json", "-o", str(path))
    assert result.exit_code == 0, result.output
    return path


def keyed(results: list[dict[str, Any]]) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(r["plan"], r["area"], r["target"]): r for r in results}


def edited(path: Path, change: Any, name: str = "edited.json") -> Path:
    """A copy of the report at ``path`` after ``change(document)``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    out = path.with_name(name)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


# --------------------------------------------------------------------------------------------
# The bundled data, as of 2024 and now (2025)

#: What the bundled figures of 2025 did to the statuses of 2024 (target, area, before, after).
STATUS_CHANGES = {
    ("industry_output:growth:2021-2030", "cau-ngang", "on_track", "at_risk", "worsened"),
    ("social_investment:cumulative:2021-2025", "cau-ngang", "at_risk", "not_achieved", "worsened"),
    ("clean_water_rate:level:2025", "cau-ngang", "on_track", "not_achieved", "worsened"),
    (
        "advanced_new_rural_communes:level:2025",
        "cau-ngang",
        "on_track",
        "not_achieved",
        "worsened",
    ),
    ("dyke_safety:qualitative:2030", "cau-ngang", "in_progress", "achieved", "improved"),
    (
        "dinh_ba_urban_type5@dinh-ba:qualitative:2025",
        "dinh-ba",
        "in_progress",
        "not_achieved",
        "worsened",
    ),
    ("income_per_capita:level:2025", "tan-hong-border", "on_track", "not_achieved", "worsened"),
    ("budget_revenue:growth:2021-2025", "tan-hong-border", "on_track", "exceeded", "improved"),
    (
        "school_enrolment_rate:relative:2021-2025",
        "tan-hong-border",
        "on_track",
        "exceeded",
        "improved",
    ),
    (
        "new_rural_criteria_met@thong-binh:level:2025",
        "thong-binh",
        "at_risk",
        "not_achieved",
        "worsened",
    ),
    (
        "clean_water_households:level:2025",
        "tan-hong-border",
        "at_risk",
        "not_achieved",
        "worsened",
    ),
}


def test_the_statuses_that_changed_since_2024_are_those_of_the_two_reports(
    previous: Path,
) -> None:
    now = document("--since", str(previous))
    changes = now["changes"]
    assert (changes["previous_as_of"], changes["as_of"]) == (2024, 2025)
    found = {
        (c["target"], c["area"], c["before"], c["after"], c["direction"])
        for c in changes["statuses"]
    }
    assert found == STATUS_CHANGES
    # the same, read off the two reports directly
    then = keyed(json.loads(previous.read_text(encoding="utf-8"))["results"])
    differ = {
        (key[2], key[1], then[key]["status"], r["status"])
        for key, r in keyed(now["results"]).items()
        if then[key]["status"] != r["status"]
    }
    assert differ == {change[:4] for change in STATUS_CHANGES}
    for before, after, moved in ((c[2], c[3], c[4]) for c in STATUS_CHANGES):
        better = Status(after).rank < Status(before).rank
        assert moved == ("improved" if better else "worsened")
    assert changes["counts"]["improved"] == 3 and changes["counts"]["worsened"] == 8
    assert changes["revisions"] == [] and changes["new"] == [] and changes["gone"] == []


def test_targets_due_in_2025_are_now_due(previous: Path) -> None:
    now = document("--since", str(previous))
    due = {(d["target"], d["area"], d["status"]) for d in now["changes"]["now_due"]}
    expected = {
        (r["target"], r["area"], r["status"]) for r in now["results"] if r["deadline"] == 2025
    }
    assert due == expected and len(due) == 19
    assert all(d["deadline"] == 2025 for d in now["changes"]["now_due"])
    one = keyed(now["results"])[
        ("tan-hong-border-2025", "tan-hong-border", "budget_revenue:growth:2021-2025")
    ]
    assert one["since"] == {"status": "on_track", "changes": ["improved", "now_due"]}


def test_every_result_says_its_previous_status_in_json_and_csv(previous: Path) -> None:
    now = document("--since", str(previous))
    then = keyed(json.loads(previous.read_text(encoding="utf-8"))["results"])
    for key, result in keyed(now["results"]).items():
        assert result["since"]["status"] == then[key]["status"]
    rows = list(
        csv.DictReader(
            io.StringIO(run("check", "--format", "csv", "--since", str(previous)).stdout)
        )
    )
    header = list(rows[0])
    assert header[-2:] == ["previous_status", "change"]
    by_key = {(r["plan"], r["area"], r["target"]): r for r in rows}
    for key, result in keyed(now["results"]).items():
        assert by_key[key]["previous_status"] == then[key]["status"]
        assert by_key[key]["change"] == " ".join(result["since"]["changes"])
    assert by_key[("cau-ngang-2030", "cau-ngang", "clean_water_rate:level:2025")]["change"] == (
        "worsened now_due"
    )


def test_the_json_written_a_result_at_a_time_has_the_changes_the_library_finds(
    previous: Path,
) -> None:
    loaded, findings = load_previous(previous)
    assert loaded is not None and findings == []
    report = run_check(["plans"], ["data"], CheckOptions())
    report.compare_with(loaded)
    changes = report.changes()
    assert changes is not None
    streamed = document("--since", str(previous))  # the CLI writes JSON from a lazy report
    assert streamed["changes"] == json.loads(json.dumps(changes.to_dict()))


@pytest.mark.parametrize(
    ("lang", "heading", "counts", "line"),
    [
        (
            "vi",
            "So với báo cáo trước (đến năm 2024)",
            "Thay đổi: ↓ Kém đi 8 | ↑ Tốt lên 3 | ◷ Đến hạn 19",
            "↑ Tốt lên: Thu ngân sách trên địa bàn (03 xã biên giới huyện Tân Hồng, hạn 2025): "
            "● Đúng tiến độ → ★ Vượt",
        ),
        (
            "en",
            "Since the previous report (as of 2024)",
            "Changes: ↓ Worsened 8 | ↑ Improved 3 | ◷ Now due 19",
            "↑ Improved: Budget revenue collected in the area (The three border communes of Tân "
            "Hồng district, by 2025): ● On track → ★ Exceeded",
        ),
    ],
)
def test_the_table_and_markdown_have_a_section_of_changes(
    previous: Path, lang: str, heading: str, counts: str, line: str
) -> None:
    table = run("check", "--since", str(previous), lang=lang)
    assert table.exit_code == 0, table.output
    out = table.stdout
    footer = "Tổng hợp:" if lang == "vi" else "Summary:"
    assert out.index("└") < out.index(heading) < out.index(counts) < out.index(footer)
    assert f"  {line}\n" in out
    markdown = run("check", "--format", "markdown", "--since", str(previous), lang=lang).stdout
    escaped = counts.replace("|", "\\|")  # as Markdown writes a "|" outside a table cell too
    assert f"\n### {heading}\n\n{escaped}\n\n" in markdown
    assert f"\n- {line}\n" in markdown
    github = run("check", "--format", "github", "--since", str(previous), lang=lang).stdout
    notice = github.splitlines()[-1]
    assert notice.startswith("::notice title=plantrack%3A ") and counts in notice


def test_without_since_nothing_is_added(in_root: Path) -> None:
    plain = document()
    assert "changes" not in plain and all("since" not in r for r in plain["results"])
    header = run("check", "--format", "csv").stdout.splitlines()[0]
    assert "previous_status" not in header


# --------------------------------------------------------------------------------------------
# Figures revised: an estimate replaced by the final figure, a final figure revised


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled plans and data in a temporary folder, the working folder of the test."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_estimate_of_2024_reported_final_now_is_an_estimate_replaced(folder: Path) -> None:
    data = folder / "data" / "cau-ngang-actuals.csv"
    final = data.read_text(encoding="utf-8")
    # last year's report had 2024 as an estimate (70) and 2023 at 68.5, revised since to 68.9
    assert "trained_labour_rate,,2024,70.4,%,TH," in final
    then = final.replace(
        "trained_labour_rate,,2024,70.4,%,TH,", "trained_labour_rate,,2024,70,%,ƯTH,"
    )
    then = then.replace(
        "trained_labour_rate,,2023,68.9,%,TH,", "trained_labour_rate,,2023,68.5,%,TH,"
    )
    data.write_text(then, encoding="utf-8")
    saved = run("check", "--as-of", "2024", "--format", "json", "-o", "then.json")
    assert saved.exit_code == 0, saved.output
    data.write_text(final, encoding="utf-8")

    changes = document("--since", "then.json")["changes"]
    revisions = {
        (r["target"], r["year"], r["before"]["value"], r["before"]["estimate"], r["after"]["value"], r["after"]["estimate"], r["kind"])
        for r in changes["revisions"]
    }  # fmt: skip
    target = "trained_labour_rate:level:2030"
    assert revisions == {
        (target, 2024, 70.0, True, 70.4, False, "estimate_replaced"),
        (target, 2023, 68.5, False, 68.9, False, "revised"),
    }
    assert changes["counts"]["estimate_replaced"] == changes["counts"]["revised"] == 1

    for lang, replaced, revised in (
        (
            "vi",
            "◇ Số ước thực hiện thay bằng số chính thức: Tỷ lệ lao động qua đào tạo (huyện Cầu "
            "Ngang, hạn 2030), 2024: 70% (ƯTH) → 70,4%",
            "✎ Số liệu điều chỉnh: Tỷ lệ lao động qua đào tạo (huyện Cầu Ngang, hạn 2030), 2023: "
            "68,5% → 68,9%",
        ),
        (
            "en",
            "◇ Estimate replaced by the final figure: Share of workers with training (Cầu Ngang "
            "district, by 2030), 2024: 70% (estimate) → 70.4%",
            "✎ Figure revised: Share of workers with training (Cầu Ngang district, by 2030), "
            "2023: 68.5% → 68.9%",
        ),
    ):
        out = run("check", "--since", "then.json", lang=lang).stdout
        assert f"\n  {replaced}\n  {revised}\n" in out


def test_float_noise_is_not_a_revision_and_a_real_change_is(previous: Path) -> None:
    def noise(data: dict[str, Any]) -> None:
        for result in data["results"]:
            for value in result["values"]:
                if value["value"]:
                    value["value"] *= 1 + 1e-12

    changes = document("--since", str(edited(previous, noise)))["changes"]
    assert changes["revisions"] == []

    def revise(data: dict[str, Any]) -> None:
        (gross,) = [r for r in data["results"] if r["target"] == "gross_output:growth:2021-2030"]
        gross["values"][1]["value"] += 0.1  # 2021: 9,114.3 then, 9,114.2 now

    (revision,) = document("--since", str(edited(previous, revise)))["changes"]["revisions"]
    assert (revision["year"], revision["kind"]) == (2021, "revised")
    assert revision["before"]["value"] == pytest.approx(9114.3)
    assert revision["after"] == {"value": 9114.2, "estimate": False}


def test_the_tolerance_and_the_order_of_statuses() -> None:
    assert same_figure(11971.0, 11971.0 * (1 + 1e-12)) and same_figure(0.0, 1e-12)
    assert not same_figure(11971.0, 11971.1) and not same_figure(None, 0.0)
    assert same_figure(None, None)
    assert revision_kind(Figure(2024, 1.0, True), Figure(2024, 1.0, False)) == "estimate_replaced"
    assert revision_kind(Figure(2024, 1.0, True), Figure(2024, 1.5, True)) == "revised"
    assert revision_kind(Figure(2024, 1.0, False), Figure(2024, 1.0, False)) is None
    assert direction(Status.ON_TRACK, Status.EXCEEDED) == "improved"
    assert direction(Status.ON_TRACK, Status.OFF_TRACK) == "worsened"
    assert direction(Status.ON_TRACK, Status.ON_TRACK) is None
    for data in (Status.NO_DATA, Status.INSUFFICIENT_DATA):
        for verdict in (Status.EXCEEDED, Status.NOT_ACHIEVED):
            assert direction(data, verdict) == "assessed"
            assert direction(verdict, data) == "unassessed"
    assert direction(Status.NO_DATA, Status.INSUFFICIENT_DATA) == "improved"


# --------------------------------------------------------------------------------------------
# New, gone, assessed


def test_results_new_gone_and_now_assessed(previous: Path) -> None:
    gone_key = "gross_output:growth:2021-2029"

    def change(data: dict[str, Any]) -> None:
        results = data["results"]
        first = results[0]
        renamed = copy.deepcopy(first)
        renamed["target"] = gone_key  # a target since renamed in the plan
        results.append(renamed)
        dropped = next(r for r in results if r["target"] == "income_per_capita:level:2030")
        results.remove(dropped)  # not in the previous report: new now
        forest = next(r for r in results if r["target"] == "forest_cover:level:2030")
        forest["status"] = "no_data"  # had no figure then: assessed now

    now = document("--since", str(edited(previous, change)))
    changes = now["changes"]
    assert [(g["target"], g["status"]) for g in changes["gone"]] == [(gone_key, "at_risk")]
    assert [n["target"] for n in changes["new"]] == ["income_per_capita:level:2030"]
    assessed = [c for c in changes["statuses"] if c["direction"] == "assessed"]
    assert [(c["target"], c["before"]) for c in assessed] == [
        ("forest_cover:level:2030", "no_data")
    ]
    income = keyed(now["results"])[("cau-ngang-2030", "cau-ngang", "income_per_capita:level:2030")]
    assert income["since"] == {"status": None, "changes": ["new"]}
    out = run("check", "--since", str(edited(previous, change, "e2.json"))).stdout
    assert "+ New: Income per person (Cầu Ngang district, by 2030): ▲ At risk" in out
    assert "− No longer in the report: Gross output (cau-ngang, by 2030) (was ▲ At risk)" in out


def test_results_the_filters_leave_out_are_not_gone(previous: Path) -> None:
    changes = document("--since", str(previous), "--area", "tan-hong-border")["changes"]
    assert changes["gone"] == []
    assert {c["area"] for c in changes["statuses"]} == {"tan-hong-border"}


# --------------------------------------------------------------------------------------------
# A previous report that cannot be used


def _bad_files(folder: Path, previous: Path) -> dict[str, tuple[Path, str]]:
    report = json.loads(previous.read_text(encoding="utf-8"))

    def broken(name: str, change: Any) -> Path:
        data = copy.deepcopy(report)
        change(data)
        path = folder / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    (folder / "not.json").write_text('{"plantrack": "0.2.0", "results": [', encoding="utf-8")
    (folder / "baseline.json").write_text('{"version": 1, "accepted": []}', encoding="utf-8")
    (folder / "latin1.json").write_bytes('{"plantrack": "Tân Hồng"}'.encode("utf-16"))
    (folder / "a-folder").mkdir()
    return {
        "missing": (folder / "nowhere.json", "path-not-found"),
        "folder": (folder / "a-folder", "file-unreadable"),
        "not json": (folder / "not.json", "since-not-json"),
        "not utf-8": (folder / "latin1.json", "encoding"),
        "a baseline": (folder / "baseline.json", "since-not-a-report"),
        "no status": (
            broken("no-status.json", lambda d: d["results"][3].pop("status")),
            "since-bad-result",
        ),
        "unknown status": (
            broken("status.json", lambda d: d["results"][3].update(status="behind")),
            "since-bad-result",
        ),
        "bad values": (
            broken("values.json", lambda d: d["results"][3].update(values=[{"year": "2024"}])),
            "since-bad-result",
        ),
        "twice": (
            broken("twice.json", lambda d: d["results"].append(d["results"][0])),
            "since-bad-result",
        ),
        "not a result": (
            broken("list.json", lambda d: d["results"].append([1, 2])),
            "since-bad-result",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "folder",
        "not json",
        "not utf-8",
        "a baseline",
        "no status",
        "unknown status",
        "bad values",
        "twice",
        "not a result",
    ],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_previous_report_that_cannot_be_used_is_a_finding_and_exit_2(
    previous: Path, case: str, lang: str
) -> None:
    path, code = _bad_files(previous.parent, previous)[case]
    for fmt in ("table", "json", "csv"):
        result = run("check", "--format", fmt, "--since", str(path), lang=lang)
        assert result.exit_code == 2, (case, fmt, result.output)
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert f"{path}" in result.stderr and f" {code} " in result.stderr, result.stderr
        assert result.stdout == ""  # nothing checked
    if lang == "vi":
        assert any(word in result.stderr for word in ("báo cáo kỳ trước", "kết quả thứ", "không"))


def test_a_broken_result_is_named_with_its_number(previous: Path) -> None:
    path, _ = _bad_files(previous.parent, previous)["no status"]
    result = run("check", "--since", str(path))
    assert "since-bad-result result 4, " in result.stderr and "missing 'status'" in result.stderr
    vi = run("check", "--since", str(path), lang="vi")
    assert "kết quả thứ 4, " in vi.stderr and "thiếu 'status'" in vi.stderr


def test_a_report_with_many_broken_results_says_so_in_a_few_lines(previous: Path) -> None:
    def strip(data: dict[str, Any]) -> None:
        for result in data["results"]:
            result.pop("status")

    result = run("check", "--since", str(edited(previous, strip)))
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 21
    assert lines[-1].endswith("and 38 more results with problems")


def test_the_readme_excerpt_is_what_the_commands_print(previous: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Compared with the previous report", 1)[1]
    commands = section.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert commands[0] == "plantrack check --as-of 2024 --format json -o report-2024.json"
    assert commands[1] == "plantrack check --since report-2024.json --lang en"
    excerpt = section.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    out = run("check", "--since", str(previous)).stdout.splitlines()  # --lang en, 200 columns
    shown = [line for line in excerpt if line.strip() != "..."]
    assert len(shown) == 5
    for line in shown:
        assert line in out
