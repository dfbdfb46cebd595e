"""Broken plans give exactly the expected findings, at the right lines, with exit code 1.

Each ``tests/bad_plans/NAME.yaml`` has ``NAME.expected``: the exact output of
``plantrack validate --lang en tests/bad_plans/NAME.yaml``. To add a case, write the YAML, run the command,
read the output critically, and save it as the .expected file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BAD, relative

CASES = sorted(BAD.glob("*.yaml"))


def test_every_case_has_an_expected_file() -> None:
    assert CASES, "no bad plans found"
    for case in CASES:
        assert case.with_suffix(".expected").exists(), case


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_bad_plan_findings(case: Path, cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", "--lang", "en", relative(case))
    expected = case.with_suffix(".expected").read_text(encoding="utf-8")
    assert result.stdout == expected
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_all_bad_plans_at_once_report_every_file(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", "--lang", "en", relative(BAD))
    expected = "".join(c.with_suffix(".expected").read_text(encoding="utf-8") for c in CASES)
    assert sorted(result.stdout.splitlines()) == sorted(expected.splitlines())
    assert result.exit_code == 1
    assert f"{len(CASES)} plan files checked" in result.stderr
