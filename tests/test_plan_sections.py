"""A plan's section headings (``sections:``), which a report's appendix groups targets under:
listed once each, and every section a source cites among them."""

from __future__ import annotations

from pathlib import Path

SECTIONS = """
sections:
  - id: II.1.1
    title: {vi: Về kinh tế, en: Economy}
"""


def _plan(root: Path) -> str:
    return (root / "plans" / "cau-ngang-2030.yaml").read_text(encoding="utf-8")


def _without_sections(plan: str) -> str:
    return plan[: plan.index("# The headings of section II")]


def test_the_bundled_plan_names_every_section_it_cites(cli, in_root) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", "--lang", "en", "--strict", "plans/cau-ngang-2030.yaml")
    assert result.exit_code == 0, result.stdout


def test_a_cited_section_missing_from_the_list_is_a_warning(cli, write_plan, in_root) -> None:  # type: ignore[no-untyped-def]
    path = write_plan(_without_sections(_plan(in_root)) + SECTIONS)
    result = cli("validate", "--lang", "en", str(path))
    lines = [line for line in result.stdout.splitlines() if "unknown-section" in line]
    cited = {"II.1.2", "II.1.3", "II.1.4", "II.1.5", "II.2.1", "II.2.2", "II.2.3"}
    assert {line.split("section '")[1].split("'")[0] for line in lines} == cited
    assert "is not in the plan's sections (II.1.1)" in lines[0]
    assert result.exit_code == 0  # a warning
    assert cli("validate", "--strict", str(path)).exit_code == 1
    vi = cli("validate", "--lang", "vi", str(path)).stdout
    assert "không có trong sections của kế hoạch" in vi


def test_a_section_listed_twice_is_an_error(cli, write_plan, in_root) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(in_root)
    twice = plan + "  - id: II.1.1\n    title: {vi: Kinh tế, en: Economy}\n"
    path = write_plan(twice)
    result = cli("validate", "--lang", "en", str(path))
    assert result.exit_code == 1
    (line,) = [line for line in result.stdout.splitlines() if "duplicate-section" in line]
    last = len(twice.splitlines()) - 1
    assert line.startswith(f"{path}:{last}:")
    assert "section 'II.1.1' is listed twice" in line


def test_a_plan_without_sections_is_not_asked_for_them(cli, write_plan, in_root) -> None:  # type: ignore[no-untyped-def]
    path = write_plan(_without_sections(_plan(in_root)))
    result = cli("validate", "--lang", "en", "--strict", str(path))
    assert result.exit_code == 0, result.stdout
