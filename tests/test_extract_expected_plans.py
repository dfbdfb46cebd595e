"""The held-out expected plans of the extract benchmark are sound (benchmarks/extract/expected/).

Each expected plan was written by hand from a real plan text kept in plans/sources/<id>.txt. For
every one of them: ``validate --strict`` finds nothing; every target's ``text`` is the source's
own words (found verbatim after NFC and whitespace collapsing, in the text below the header);
the source starts with the header that says where it comes from, whose address is the
plan's ``document.url``; and the README's table lists every plan with its numbers of numeric
and qualitative targets.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from plantrack.cli import main

from .conftest import PLANS, ROOT

EXPECTED = ROOT / "benchmarks" / "extract" / "expected"
FILES = sorted(EXPECTED.glob("*.yaml"))
SOURCES = PLANS / "sources"
HEADER_KEYS = ("source", "title", "retrieved")
README = EXPECTED / "README.md"
# a row of the README's table: | round | `id` | ... | numeric / qualitative |
TABLE_ROW = re.compile(r"^\|\s*\d+\s*\|\s*`([a-z0-9-]+)`\s*\|.*\|\s*(\d+)\s*/\s*(\d+)\s*\|\s*$")


def _ids(files: list[Path]) -> list[str]:
    return [f.stem for f in files]


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _document(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def _header_and_body(source: Path) -> tuple[dict[str, str], str]:
    """The leading ``# key: value`` lines of a source, and the text after them."""
    lines = source.read_text(encoding="utf-8").splitlines()
    header: dict[str, str] = {}
    n = 0
    while n < len(lines) and lines[n].startswith("# "):
        key, _, value = lines[n][2:].partition(":")
        header[key.strip()] = value.strip()
        n += 1
    return header, "\n".join(lines[n:])


def test_there_are_held_out_plans() -> None:
    assert len(FILES) >= 31
    for path in FILES:
        assert (SOURCES / f"{path.stem}.txt").is_file(), path


@pytest.mark.parametrize("path", FILES, ids=_ids(FILES))
def test_each_expected_plan_validates_strictly(path: Path) -> None:
    out = CliRunner().invoke(main, ["validate", "--lang", "en", "--strict", str(path)])
    assert out.exit_code == 0, out.output
    assert "0 errors, 0 warnings" in out.output


@pytest.mark.parametrize("path", FILES, ids=_ids(FILES))
def test_each_target_text_is_in_its_source(path: Path) -> None:
    document = _document(path)
    assert document["id"] == path.stem
    _, body = _header_and_body(SOURCES / f"{path.stem}.txt")
    source = _normal(body)
    texts = [
        (indicator["id"], target["text"])
        for indicator in document["indicators"]
        for target in indicator.get("targets") or []
    ]
    assert texts, path
    missing = [f"{ident}: {text}" for ident, text in texts if _normal(text) not in source]
    assert missing == []


@pytest.mark.parametrize("path", FILES, ids=_ids(FILES))
def test_each_source_starts_with_its_header(path: Path) -> None:
    source = SOURCES / f"{path.stem}.txt"
    first = source.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source: ")
    header, body = _header_and_body(source)
    for key in HEADER_KEYS:
        assert header.get(key), f"{source.name}: no '# {key}:' line"
    assert re.fullmatch(r"https?://\S+", header["source"]), header["source"]
    assert header["source"] == _document(path)["document"]["url"]
    assert body.strip(), source
    assert unicodedata.normalize("NFC", body) == body, f"{source.name} is not NFC"


def _counts(path: Path) -> tuple[int, int]:
    """Numeric and qualitative targets of a plan, as the README counts them."""
    kinds = [
        target["kind"]
        for indicator in _document(path)["indicators"]
        for target in indicator.get("targets") or []
    ]
    qualitative = sum(kind in ("qualitative", "rating") for kind in kinds)
    return len(kinds) - qualitative, qualitative


def test_readme_table_lists_every_plan_with_its_counts() -> None:
    rows = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = TABLE_ROW.match(line)
        if match:
            rows[match.group(1)] = (int(match.group(2)), int(match.group(3)))
    # (both sorted as ids: "bac-ninh-2025" before "bac-ninh-2025-2030", whose files sort the
    # other way, "-" before ".")
    assert sorted(rows) == sorted(_ids(FILES))
    wrong = {
        path.stem: (rows[path.stem], _counts(path))
        for path in FILES
        if rows[path.stem] != _counts(path)
    }
    assert wrong == {}
