"""``plantrack check --area``: a locality found without its level word, and an area without
targets a usage error rather than an empty green report.

Found by a reviewer who had only the README and docs/check.md; each first failed as a strict
xfail, and is now fixed.
"""

from __future__ import annotations

import json
from pathlib import Path

from .check_session import run


def test_area_filter_without_the_level_word_for_a_locality(in_root: Path) -> None:
    result = run("check", "--format", "json", "--area", "Dinh Bà")
    assert result.exit_code == 0, result.output
    assert {r["area"] for r in json.loads(result.stdout)["results"]} == {"dinh-ba"}


def test_area_filter_on_an_area_without_targets_is_not_an_empty_green_report(
    in_root: Path,
) -> None:
    """docs/check.md: a filter that names nothing is a usage error (unknown-filter, exit 2)."""
    result = run("check", "--lang", "en", "--format", "json", "--area", "huyện Tân Hồng")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown-filter --area 'huyện Tân Hồng': no target is set for that area" in (
        result.stderr
    )
