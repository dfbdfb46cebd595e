"""Documents written from the code stay as the code writes them: CI fails when they drift."""

from __future__ import annotations

from plantrack.findings.docs import codes_markdown
from plantrack.findings.registry import Kind, codes, sections

from .conftest import ROOT


def test_codes_md_is_what_the_registry_writes() -> None:
    on_disk = (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    assert on_disk == codes_markdown(), "run: python scripts/generate_docs.py"


def test_every_code_is_registered_once_with_its_meaning_and_gloss() -> None:
    listed = [entry.code for section in sections() for entry in section.codes]
    assert len(listed) == len(set(listed)) == len(codes())
    for entry in codes().values():
        assert entry.meaning and entry.vi, entry.code
        assert entry.code == entry.code.lower() and " " not in entry.code


def test_a_table_row_of_codes_md_per_code() -> None:
    text = codes_markdown()
    for entry in codes().values():
        assert f"| `{entry.code}` | {entry.kind.value} | " in text


def test_the_registry_gives_a_findings_severity() -> None:
    from plantrack.findings import Severity
    from plantrack.findings.registry import make, strict

    warning = make("duplicate-row", "the same figure again", "a.csv", 3)
    assert warning.severity is Severity.WARNING and codes()["duplicate-row"].kind is Kind.WARNING
    assert make("bad-number", "x", "a.csv", 3).severity is Severity.ERROR
    assert make("path-not-found", "x").severity is Severity.ERROR  # usage: an error, exit 2
    assert [f.severity for f in strict([warning])] == [Severity.ERROR]
    assert strict([warning])[0].message == warning.message


def test_cli_md_is_what_the_commands_help_says() -> None:
    from plantrack.cli.reference import reference

    on_disk = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert on_disk == reference(), "run: python scripts/generate_docs.py"


def test_cli_md_has_every_command() -> None:
    from plantrack.cli.app import main

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"## `plantrack {name}`" in text


def test_every_finding_made_is_registered_with_the_severity_the_registry_gives() -> None:
    """The findings of the bad plans, a messy data file and a bad baseline: each code is in the
    registry, and each severity is the registry's (``--strict`` aside, which is not given)."""
    from plantrack.actuals.read import read_actuals
    from plantrack.plans.load import load_plans
    from plantrack.report.baseline import load_baseline

    plans = load_plans([ROOT / "tests" / "bad_plans", ROOT / "plans"])
    good = [loaded.plan for loaded in plans.plans]
    data = read_actuals([ROOT / "tests" / "golden" / "inputs" / "messy-actuals.csv"], good)
    _, baseline = load_baseline(ROOT / "tests" / "golden" / "inputs" / "bad-baseline.yaml")
    findings = [*plans.findings, *data.findings, *baseline]
    assert len({f.code for f in findings}) > 30
    registered = codes()
    for finding in findings:
        assert finding.code in registered, finding.code
        assert finding.severity is registered[finding.code].severity, finding
