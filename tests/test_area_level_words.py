"""An area's label split into its level word and its name ("xa binh phu" -> "xa", "binh phu"),
as the catalogue does for every name of a plan's areas: one pattern, read as the words tried one
at a time, the longest first, would read it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.actuals.catalog import _LEVEL_WORDS, _split_level


def _split_word_by_word(key: str) -> tuple[str, str]:
    """The rule, written as a loop over the level words (the longest first)."""
    for word in sorted(_LEVEL_WORDS, key=len, reverse=True):
        if key.startswith(word + " ") and len(key) > len(word) + 1:
            return word, key[len(word) + 1 :].lstrip(". ")
        if word.endswith(".") and key.startswith(word) and len(key) > len(word):
            return word, key[len(word) :].lstrip(". ")
    return "", key


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("xa binh phu", ("xa", "binh phu")),
        ("thi xa cai lay", ("thi xa", "cai lay")),  # not "thi" + "xa cai lay"
        ("thi tran cau ngang", ("thi tran", "cau ngang")),
        ("xa . binh phu", ("xa", "binh phu")),  # the points and spaces after the word dropped
        ("thi tran. cau ngang", ("", "thi tran. cau ngang")),  # no space after the word
        ("commune c0001", ("commune", "c0001")),
        ("khu vuc 3", ("khu vuc", "3")),
        ("xa", ("", "xa")),  # a level word alone is a name
        ("xa ", ("", "xa ")),
        ("xabinh", ("", "xabinh")),
        ("c0001", ("", "c0001")),
        ("", ("", "")),
    ],
)
def test_a_label_and_its_level_word(key: str, expected: tuple[str, str]) -> None:
    assert _split_level(key) == expected


_PIECES = st.sampled_from([*_LEVEL_WORDS, " ", ".", "a", "b", "1", "thi", "khu", "\n"])


@given(st.lists(_PIECES, max_size=6).map("".join))
def test_the_pattern_reads_a_label_as_the_words_one_at_a_time(key: str) -> None:
    assert _split_level(key) == _split_word_by_word(key)
