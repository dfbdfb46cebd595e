"""A small plan written in a temporary folder, and plantrack run there as a user would: the
helpers the tests of plan texts and of reported figures share."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main

HEAD = """id: t
title: {vi: Kế hoạch thử}
document: {type: {vi: Kế hoạch}, issuer: {vi: UBND huyện Thử}, year: 2021}
level: district
area: h
areas:
  - id: h
    name: {vi: huyện Thử}
    level: district
    parent: p
  - id: p
    name: {vi: tỉnh Thử}
    level: province
period: 2021-2025
base_year: 2020
"""


def indicator(
    unit: str,
    direction: str,
    target: str,
    *,
    ident: str = "x",
    name: str = "Chỉ tiêu thử",
    extra: str = "",
) -> str:
    body = "\n".join(
        "        " + line if i else "      - " + line
        for i, line in enumerate(target.strip().splitlines())
    )
    return (
        f"  - id: {ident}\n"
        f"    name: {{vi: {name}}}\n"
        f'    unit: "{unit}"\n'
        f"    direction: {direction}\n"
        f"    source: {{section: II, item: 1}}\n"
        f"{extra}"
        f"    targets:\n{body}\n"
    )


def run_in(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    indicators: str,
    csv: str | None,
    *args: str,
    head_extra: str = "",
) -> tuple[int, str]:
    (tmp_path / "plans").mkdir(exist_ok=True)
    (tmp_path / "plans" / "p.yaml").write_text(
        HEAD + head_extra + "indicators:\n" + indicators, encoding="utf-8"
    )
    if csv is not None:
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / "d.csv").write_text(csv, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output
