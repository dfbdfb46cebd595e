"""Which plan, indicator and area a row of reported data is about.

Reports name an indicator by the plan's id (``income_per_capita``), by an alias (``GTSX``) or by
its name as the plan words it, in Vietnamese or English (``Thu nhập bình quân đầu người``).
Names are compared after NFC normalisation, with case, accents and runs of spaces ignored, and
without the numbering reports put in front (``1.``, ``a)``, ``-``). Areas match the same way by
id or name, with or without the word for their level (``xã Bình Phú``, ``Bình Phú``).

Indicator ids are shared between plans (both bundled plans have ``income_per_capita``): which
plan a row is for is decided by :mod:`plantrack.actuals.routing`, not here. An unknown indicator
label gets the closest id, name or alias as a suggestion (:meth:`Catalog.suggest`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from plantrack.plans.model import Indicator, Plan
from plantrack.units import fold

_NUMBERING = re.compile(
    r"^\s*(?:[0-9]+(?:\.[0-9]+)+\s+|(?:[0-9]+(?:\.[0-9]+)*|[ivxlc]+|[a-zđ])\s*[.)/:-]\s*"
    r"|[-–—•+*]\s*|\(\s*[0-9a-z]+\s*\)\s*)"
)
#: Words for an area's level, folded, and the levels each may name. "Thị trấn Cầu Ngang" (a
#: town) is not "huyện Cầu Ngang" (the district): a level word only matches areas of its level.
#: "Thành phố" / "TP." is not here: a city may share its name with its province (TP. Trà Vinh,
#: tỉnh Trà Vinh), so a city matches only by its own full name.
_LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "huyen": ("district",),
    "quan": ("district",),
    "thi xa": ("district",),
    "district": ("district",),
    "tinh": ("province",),
    "province": ("province",),
    "xa": ("commune",),
    "phuong": ("commune",),
    "thi tran": ("commune",),
    "commune": ("commune",),
    "town": ("commune",),
    "khu vuc": ("locality",),
    "ap": ("locality",),
    "thon": ("locality",),
    "khom": ("locality",),
    "area": ("locality",),
}
#: A level word at the start of a folded label, with more after it: the longest first (``"thi
#: xa"`` before ``"xa"``), followed by a space, or right by the rest when the word ends in a point.
_LEVEL_WORD = re.compile(
    "|".join(
        f"{re.escape(word)} (?=.)" + (f"|{re.escape(word)}(?=.)" if word.endswith(".") else "")
        for word in sorted(_LEVEL_WORDS, key=len, reverse=True)
    ),
    re.DOTALL,
)
#: "Toàn huyện" (the whole district), the total row of a per-commune table.
_WHOLE = {
    "toan huyen": "district",
    "toan tinh": "province",
    "toan xa": "commune",
    "whole district": "district",
    "whole province": "province",
    "whole commune": "commune",
}
_ROMAN = re.compile(r"^[ivxlc]+$")
#: How close (difflib's ratio, 0-1) a label must be to an indicator's to be suggested.
_CLOSE = 0.7


def strip_numbering(label: str) -> str:
    """``"1. Thu nhập"`` -> ``"Thu nhập"``; ``"a) Tỷ lệ"`` -> ``"Tỷ lệ"``; ``"- GTSX"`` -> ``"GTSX"``."""
    folded = label.casefold()
    match = _NUMBERING.match(folded)
    if match is None or match.end() >= len(label):
        return label
    return label[match.end() :].strip()


def is_section_label(stt: str, label: str) -> bool:
    """A heading row: ``I`` / ``II.`` / ``A`` in the number column, or ``I. Kinh tế``."""
    key = fold(stt).rstrip(".")
    if key and (_ROMAN.match(key) or (len(key) == 1 and key.isalpha())):
        return True
    head = fold(label).split(" ", 1)[0].rstrip(".")
    return bool(head and _ROMAN.match(head) and fold(label).split(" ", 1)[0].endswith("."))


@dataclass(frozen=True, slots=True)
class Route:
    """One destination of a reported figure: a plan's indicator in one of its areas."""

    plan: Plan
    indicator: Indicator
    area: str | None  # None: the plan's own area


@dataclass(slots=True)
class Catalog:
    """Every indicator and area of the loaded plans, indexed by the labels people use."""

    plans: list[Plan]
    _indicators: dict[str, list[tuple[Plan, Indicator]]] = field(default_factory=dict)
    _areas: dict[str, list[tuple[Plan, str, str]]] = field(default_factory=dict)
    _plans: dict[str, Plan] = field(default_factory=dict)
    _found_areas: dict[str, list[tuple[Plan, str]]] = field(default_factory=dict)  # by label

    @classmethod
    def of(cls, plans: Iterable[Plan]) -> Catalog:
        catalog = cls(list(plans))
        for plan in catalog.plans:
            catalog._plans[fold(plan.id)] = plan
            for indicator in plan.indicators:
                labels = {indicator.id, indicator.name.vi, indicator.name.en, *indicator.aliases}
                for label in labels:
                    catalog._add(catalog._indicators, label, (plan, indicator))
            for area in plan.areas:
                for label in (area.id, area.name.vi, area.name.en):
                    catalog._add(catalog._areas, label, (plan, area.id, area.level))
                    word, stripped = _split_level(fold(label))
                    if word and area.level in _LEVEL_WORDS[word]:
                        catalog._add(catalog._areas, stripped, (plan, area.id, area.level))
        return catalog

    @staticmethod
    def _add(index: dict[str, list[Any]], label: str, entry: object) -> None:
        bucket = index.setdefault(fold(label), [])
        if entry not in bucket:
            bucket.append(entry)

    def indicators(self, label: str) -> list[tuple[Plan, Indicator]]:
        """Plans and indicators a label names; numbering in front is ignored."""
        found = self._indicators.get(fold(label))
        if found is None:
            found = self._indicators.get(fold(strip_numbering(label)), [])
        return found

    def areas(self, label: str) -> list[tuple[Plan, str]]:
        """Plans and area ids a label names: by id or name, with or without the word for the
        area's level (which must then be the right level); "Toàn huyện" is a plan's district.
        (The list is shared by every call with this label: do not change it.)"""
        found = self._found_areas.get(label)
        if found is None:
            found = self._found_areas[label] = self._find_areas(label)
        return found

    def _find_areas(self, label: str) -> list[tuple[Plan, str]]:
        key = fold(label)
        if key in _WHOLE:
            level = _WHOLE[key]
            found = []
            for plan in self.plans:
                ids = [area.id for area in plan.areas if area.level == level]
                if len(ids) == 1:
                    found.append((plan, ids[0]))
            return found
        exact = self._areas.get(key)
        if exact:
            return [(plan, area) for plan, area, _ in exact]
        word, stripped = _split_level(key)
        levels = _LEVEL_WORDS.get(word, ())
        return [
            (plan, area)
            for plan, area, level in self._areas.get(stripped, [])
            if not word or level in levels
        ]

    def plan(self, label: str) -> Plan | None:
        return self._plans.get(fold(label))

    @staticmethod
    def is_whole(label: str) -> bool:
        """``Toàn huyện``, ``Toàn tỉnh``, ``whole district``...: a level, not which area of it."""
        return fold(label) in _WHOLE

    def suggest(self, label: str, plans: Iterable[Plan] | None = None) -> str | None:
        """The indicator id, name or alias of ``plans`` (default: every plan) closest to
        ``label``, compared folded (case, accents, spaces and numbering ignored), written as the
        plan writes it, with the id after a name: ``'Thu nhập bình quân đầu người'
        (income_per_capita)``; None when nothing is close."""
        wanted = fold(strip_numbering(label))
        written: dict[str, str] = {}
        indicators = [
            i for plan in (self.plans if plans is None else plans) for i in plan.indicators
        ]
        for aliases in (False, True):  # a plan's own name before an alias that folds the same
            for indicator in indicators:
                names = (
                    indicator.aliases
                    if aliases
                    else (indicator.id, indicator.name.vi, indicator.name.en)
                )
                for name in names:
                    shown = repr(name) if name == indicator.id else f"{name!r} ({indicator.id})"
                    written.setdefault(fold(name), shown)
        close = difflib.get_close_matches(wanted, list(written), n=1, cutoff=_CLOSE)
        return written[close[0]] if close else None


def _split_level(key: str) -> tuple[str, str]:
    """``"xa binh phu"`` -> (``"xa"``, ``"binh phu"``); (``""``, key) without a level word."""
    found = _LEVEL_WORD.match(key)  # one pattern, not a test a word: 3,321 areas' names
    if found is None:
        return "", key
    return found[0].rstrip(" "), key[found.end() :].lstrip(". ")
