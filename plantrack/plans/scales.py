"""Ordered rating scales ("xuất sắc > tốt > hoàn thành > không hoàn thành"): which level a word
names, and how levels compare.

A scale's levels are listed from the worst to the best; a level's *rank* is its place in that
list, 1 for the worst. Words are matched the way the readers match every label: NFC, case,
accents and spaces ignored (:func:`plantrack.units.fold`), so "hoàn thành tốt nhiệm vụ",
"Hoàn Thành Tốt Nhiệm Vụ" and "hoan thanh tot nhiem vu" are one level, and an alias such as
"HTTNV" is its level too. A number ("3", "mức 3", "mức độ 3") names a level only when the scale
is numeric (its levels are named by numbers: the number is the level's own) or numbered (the
plan says so: the number is the rank). Nothing is guessed: a word that names no level names
none.

Pure functions; the plan model (:class:`plantrack.plans.model.Scale`) holds the levels and calls
these.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

from plantrack.units import fold

#: A level written as a number, alone or after a word for "level" ("mức 3", "mức độ 3", "level 3",
#: "cấp độ 3"), in folded form.
_NUMBERED = re.compile(r"^(?:(?:muc do|muc|cap do|cap|level|hang)\s*)?(\d{1,3})$")

Verdict = Literal["exceeded", "achieved", "missed"]


def key(text: str) -> str:
    """The form two level words are compared in: NFC, case, accents and spaces ignored."""
    return fold(unicodedata.normalize("NFC", str(text)))


def number_in(text: str) -> int | None:
    """The number a level word is: ``"3"``, ``"mức 3"``, ``"Mức độ 3"`` -> 3; else None."""
    match = _NUMBERED.match(key(text))
    return int(match.group(1)) if match else None


def level_numbers(names: Sequence[str], numbered: bool) -> list[int] | None:
    """The number of each level (in order), when numbers name levels: the numbers in the level
    names when every name is one (a numeric scale), else the ranks 1..n when the plan says the
    levels are numbered; None when a number names no level."""
    own = [number_in(name) for name in names]
    if all(n is not None for n in own) and len(set(own)) == len(own):
        return [n for n in own if n is not None]
    if numbered:
        return list(range(1, len(names) + 1))
    return None


def rank_of(
    text: str | int, words: Sequence[Sequence[str]], numbers: Sequence[int] | None
) -> int | None:
    """The rank (1 = worst) of the level ``text`` names: ``words[i]`` are the names and aliases
    of level ``i + 1``; ``numbers`` the level numbers when numbers name levels. None when
    ``text`` names no level."""
    wanted = key(str(text))
    for rank, names in enumerate(words, start=1):
        if any(key(name) == wanted for name in names):
            return rank
    if numbers is not None:
        number = number_in(str(text))
        if number is not None and number in numbers:
            return list(numbers).index(number) + 1
    return None


def clashes(words: Sequence[Sequence[str]]) -> list[tuple[str, int, int]]:
    """Words that name two levels once folded: (the word as written at the second level, the
    first level's rank, the second's)."""
    seen: dict[str, int] = {}
    found: list[tuple[str, int, int]] = []
    for rank, names in enumerate(words, start=1):
        for name in names:
            folded = key(name)
            if seen.setdefault(folded, rank) != rank:
                found.append((name, seen[folded], rank))
                seen[folded] = rank  # told once
    return found


def verdict(rank: int, bound: int) -> Verdict:
    """A level against the least level a target accepts: better is exceeded, the level itself
    achieved, worse missed (the scale's order is the better direction)."""
    if rank > bound:
        return "exceeded"
    if rank == bound:
        return "achieved"
    return "missed"
