"""What `plantrack extract` drafts from a text, in the shape the extract tests compare."""

from __future__ import annotations

from plantrack.extract import extract_text
from plantrack.extract.draft import Draft
from plantrack.extract.reading import Reading


def drafted(text: str) -> list[tuple[str, str, tuple[float, ...], object, str | None]]:
    """(kind, bound, figures, year or period, direction) of each drafted target."""
    draft = extract_text(text).draft
    return [
        (
            t.reading.kind,
            t.reading.comparator,
            t.reading.numbers,
            t.reading.year if t.reading.year is not None else t.reading.period,
            t.reading.direction,
        )
        for t in draft.targets
    ]


def readings(text: str) -> list[tuple[object, ...]]:
    """(figures, name, unit, kind, year, period, vision) of each drafted target."""
    draft = extract_text(text).draft
    return [
        (
            t.reading.numbers,
            t.reading.name,
            t.reading.unit,
            t.reading.kind,
            t.reading.year,
            t.reading.period,
            t.reading.vision,
        )
        for t in draft.targets
    ]


def one_reading(text: str, numbers: tuple[float, ...]) -> tuple[object, ...]:
    """The one drafted target of these figures (:func:`readings`); fails if there is not one."""
    found = [t for t in readings(text) if t[0] == numbers]
    assert len(found) == 1, readings(text)
    return found[0]


def draft_of(text: str) -> Draft:
    """The draft `plantrack extract` makes of a text."""
    return extract_text(text).draft


def figures_of(text: str) -> set[tuple[float, ...]]:
    """The figures of each drafted target."""
    return {t.reading.numbers for t in draft_of(text).targets}


def reading_of(text: str, numbers: tuple[float, ...]) -> Reading:
    """The reading of the one drafted target of these figures; fails if there is not one."""
    found = [t.reading for t in draft_of(text).targets if t.reading.numbers == numbers]
    assert len(found) == 1, [t.reading for t in draft_of(text).targets]
    return found[0]
