"""``plantrack check`` run on a plan folder in a temporary folder, and the status each output
format shows for an indicator: the helpers of the CLI tests of the yearly_growth, average and
structure kinds."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
from click.testing import CliRunner, Result

from plantrack.assessment.status import LABELS, Status
from plantrack.cli import main
from plantrack.render.formats import SYMBOLS

from .conftest import ROOT

HEAD = """id: t
title: {vi: Kế hoạch thử, en: Test plan}
document: {type: {vi: Kế hoạch}, issuer: {vi: UBND xã Thử}, year: 2021}
level: commune
area: x
areas:
  - id: x
    name: {vi: xã Thử, en: Thu commune}
    level: commune
period: 2021-2025
base_year: 2020
indicators:
"""

FORMATS = ("table", "json", "csv", "markdown")
LANGS = ("vi", "en")
SCHEMA = json.loads((ROOT / "schema" / "check.schema.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, indicators: str, data: str | None) -> None:
    (tmp_path / "plans").mkdir(exist_ok=True)
    (tmp_path / "plans" / "p.yaml").write_text(HEAD + indicators, encoding="utf-8")
    if data is not None:
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / "d.csv").write_text(data, encoding="utf-8")


def run(tmp_path: Path, *args: str) -> Result:
    """``plantrack ARGS`` with ``tmp_path`` as the working folder (plans/ and data/ there)."""
    cwd = Path.cwd()
    try:
        os.chdir(tmp_path)
        return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": None, "COLUMNS": "220"})
    finally:
        os.chdir(cwd)


def shown(output: str, fmt: str, lang: str, indicator: str, name: str) -> dict[str, Any]:
    """What ``output`` (of ``check --format FMT --lang LANG``) shows for ``indicator`` (whose
    name is ``name``): its status (as a :class:`Status`), and for JSON and CSV the whole
    result / row, for the table and Markdown the line of the row."""
    if fmt == "json":
        document = json.loads(output)
        jsonschema.Draft202012Validator(SCHEMA).validate(document)
        (result,) = [r for r in document["results"] if r["indicator"] == indicator]
        status = Status(result["status"])
        assert result["status_label"][lang] == LABELS[status][0 if lang == "vi" else 1]
        return {"status": status, "result": result}
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(output)))
        (row,) = [r for r in rows if r["indicator"] == indicator]
        status = Status(row["status"])
        assert row["status_label"] == LABELS[status][0 if lang == "vi" else 1]
        return {"status": status, "row": row}
    lines = [line for line in output.splitlines() if name in line]
    assert len(lines) == 1, lines
    line = lines[0]
    found = [s for s in Status if f"{SYMBOLS[s]} {LABELS[s][0 if lang == 'vi' else 1]}" in line]
    assert len(found) == 1, line
    return {"status": found[0], "line": line}
