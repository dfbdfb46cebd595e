"""Mangled plans never crash the reader: every outcome is findings with positions."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.plans.load import USAGE_CODES, read_plan
from tests.conftest import PLANS

SOURCE_LINES = (PLANS / "tan-hong-border-2025.yaml").read_text(encoding="utf-8").splitlines()
FILE_LEVEL = {"empty-plan", "file-too-large", "yaml-syntax", *USAGE_CODES}

_edits = st.lists(
    st.tuples(
        st.sampled_from(["delete", "duplicate", "replace", "indent", "dedent"]),
        st.integers(min_value=0, max_value=len(SOURCE_LINES) - 1),
        st.sampled_from(
            [
                "",
                "2030",
                "NO",
                "- x",
                "{",
                "]",
                "kind: level",
                "value: abc",
                "&a [*a]",
                "!!python/object:os.system",
                "period: 2030-2020",
                "unit: xyz",
                "\t",
                "areas: [nowhere]",
                "range: [5, 1]",
                "~",
            ]
        ),
    ),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_edits)
def test_mangled_plans_give_findings_not_tracebacks(tmp_path: Path, edits: list) -> None:  # type: ignore[type-arg]
    lines = list(SOURCE_LINES)
    for action, index, token in edits:
        index %= len(lines)
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "replace":
            indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
            lines[index] = indent + token
        elif action == "indent":
            lines[index] = "  " + lines[index]
        else:
            lines[index] = lines[index][2:]
        if not lines:
            lines = [""]
    path = tmp_path / "mangled.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded, findings = read_plan(path)
    for finding in findings:
        assert finding.message
        if finding.code not in FILE_LEVEL:
            assert finding.line is not None, finding
    if loaded is None:
        assert any(f.is_error for f in findings)
