"""A previous report (``--since``) or a baseline that is not valid JSON is told in the run's
language: the json module's English phrase is a catalogue entry (plantrack.report.json_words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from plantrack.report.json_words import json_phrase
from plantrack.texts import Text, in_language

from .conftest import ROOT

#: Documents that make this Python's decoder use each of its phrases.
BROKEN = [
    "",
    "{",
    '{"a"',
    '{"a":1',
    '"abc',
    '"a\x01"',
    '"\\q"',
    '"\\u12"',
    "1 2",
    '{"a":1,}',
    "[1,]",
]


def _decoder_phrase(document: str) -> str:
    with pytest.raises(json.JSONDecodeError) as raised:
        json.loads(document)
    return raised.value.msg


@pytest.mark.parametrize("document", BROKEN)
def test_every_phrase_of_the_decoder_is_in_the_catalogue(document: str) -> None:
    phrase = _decoder_phrase(document)
    said = json_phrase(phrase)
    assert isinstance(said, Text), phrase
    assert phrase.startswith(in_language(said, "en"))  # the English is the decoder's
    assert in_language(said, "vi") != in_language(said, "en")


def test_a_phrase_it_does_not_know_stays_as_written() -> None:
    assert json_phrase("Something a later Python says") == "Something a later Python says"


@pytest.mark.parametrize(
    "option,code", [("--since", "since-not-json"), ("--baseline", "baseline-invalid")]
)
def test_a_broken_json_file_is_told_in_vietnamese(tmp_path: Path, option: str, code: str) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"as_of": 2024,\n "results": [1 2]}', encoding="utf-8")
    runner = CliRunner()
    env = {"PLANTRACK_LANG": None, "COLUMNS": "200"}
    args = ["check", "--plan", str(ROOT / "plans"), str(ROOT / "data"), option, str(broken)]
    vi = runner.invoke(main, [*args, "--lang", "vi"], env=env)
    en = runner.invoke(main, [*args, "--lang", "en"], env=env)
    assert "broken.json:2" in vi.stderr and f" {code} " in vi.stderr, vi.stderr
    assert "thiếu dấu ','" in vi.stderr and "Expecting" not in vi.stderr
    assert "Expecting ',' delimiter" in en.stderr
