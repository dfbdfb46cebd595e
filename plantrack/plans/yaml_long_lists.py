"""Long flow lists of plain names, read without a YAML node for each name.

A national plan lists every one of its 3,321 communes for each of its 50 targets:
``areas: [c0001, c0002, ...]``. Composed by PyYAML, each name is a node with two marks, and
composing those 166,000 nodes takes most of the time of reading the plan. Here each such list is
found in the text, its names written over with spaces (``[c0001, c0002]`` becomes ``[            ]``,
the same length on the same line, so every other value keeps its line, column and index), and
the names are read from the text by :mod:`plantrack.plans.yaml_reader` when it meets the empty
list at that very place.

Only a list the YAML parser itself reads as a list is taken so: the text is scanned without
knowing whether a ``[`` opens a list, starts a quoted text or sits in a comment; the reader takes
a list's names only when the parser gives an empty flow list spanning exactly the blanked text,
and reads the original text as usual unless every blanked list was taken. A name here is what
YAML reads as the same plain text in any flow list: a letter or ``_``, then letters, digits,
``_``, ``.`` or ``-`` (never a number, never a key, an anchor, a tag or an alias).

This module knows the text only: nothing of nodes, plans or findings.
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import NamedTuple

#: Lists shorter than this are composed as usual (they cost little, and short lists of numbers
#: have checks of their own).
SHORTEST = 64

_NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"
_NAME_PATTERN = re.compile(_NAME)
_GAP = re.compile(r"\[ *|, *")
_LONG_LIST = re.compile(rf"\[ *{_NAME}(?:, *{_NAME}){{{SHORTEST - 1},}} *\]")


class LongList(NamedTuple):
    """One list of names as written: where it ends, its names, and where each name starts
    (characters from the ``[``)."""

    end: int
    names: list[str]
    offsets: list[int]


def blank_long_lists(source: str) -> tuple[str, dict[int, LongList]] | None:
    """``source`` with the names of each long list of names written over with spaces, and the
    lists by the index of their ``[``; None when it has no such list."""
    lists: dict[int, LongList] = {}
    pieces: list[str] = []
    done = 0
    for match in _LONG_LIST.finditer(source):
        start, end = match.span()
        names = _NAME_PATTERN.findall(source, start, end)
        # Each name starts after the one before it and the gap that follows that one ("[" and
        # spaces before the first, a comma and spaces before the others).
        gaps = list(map(len, _GAP.findall(source, start, end)))
        steps = itertools.chain(gaps[:1], map(operator.add, map(len, names), gaps[1:]))
        lists[start] = LongList(end=end, names=names, offsets=list(itertools.accumulate(steps)))
        pieces += [source[done:start], "[", " " * (end - start - 2), "]"]
        done = end
    if not lists:
        return None
    pieces.append(source[done:])
    return "".join(pieces), lists
