"""Which plan, indicator and area a row of reported data is about.

Reports name an indicator by the plan's id (``income_per_capita``), by an alias (``GTSX``) or by
its name as the plan words it, in Vietnamese or English (``Thu nhập bình quân đầu người``).
Names are compared after NFC normalisation, with case, accents and runs of spaces ignored, and
without the numbering reports put in front (``1.``, ``a)``, ``-``). Areas match the same way by
id or name, with or without the word for their level (``xã Bình Phú``, ``Bình Phú``).

Indicator ids are shared between plans (both bundled plans have ``income_per_capita``). A row
that names an area goes to every loaded plan that has both the indicator and the area; a row
without an area goes to the one plan with that indicator, or, when several have it, to the plan
the rest of the same file is about; failing that it is ambiguous and reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from plantrack.model import Indicator, Plan
from plantrack.units import fold

_NUMBERING = re.compile(
    r"^\s*(?:(?:[0-9]+(?:\.[0-9]+)*|[ivxlc]+|[a-zđ])\s*[.)/:-]\s*|[-–—•+*]\s*|\(\s*[0-9a-z]+\s*\)\s*)"
)
_LEVEL_WORDS = (
    "huyen",
    "xa",
    "tinh",
    "thi tran",
    "phuong",
    "thanh pho",
    "tp.",
    "tp",
    "thi xa",
    "district",
    "commune",
    "province",
    "town",
)
_ROMAN = re.compile(r"^[ivxlc]+$")


def label_key(label: str) -> str:
    """The folded form names are compared in: ``" 1. Thu nhập  BQ "`` -> ``"thu nhap bq"``."""
    return fold(label)


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
    _areas: dict[str, list[tuple[Plan, str]]] = field(default_factory=dict)
    _plans: dict[str, Plan] = field(default_factory=dict)

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
                    catalog._add(catalog._areas, label, (plan, area.id))
                    stripped = _without_level(fold(label))
                    if stripped != fold(label):
                        catalog._add(catalog._areas, stripped, (plan, area.id))
        return catalog

    @staticmethod
    def _add(index: dict[str, list[object]] | dict, label: str, entry: object) -> None:  # type: ignore[type-arg]
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
        key = fold(label)
        return self._areas.get(key) or self._areas.get(_without_level(key), [])

    def plan(self, label: str) -> Plan | None:
        return self._plans.get(fold(label))


def _without_level(key: str) -> str:
    for word in _LEVEL_WORDS:
        if key.startswith(word + " ") and len(key) > len(word) + 1:
            return key[len(word) + 1 :]
    return key
