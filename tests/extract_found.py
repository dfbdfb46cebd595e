"""What `plantrack extract` drafts from a text, in the shape the extract tests compare."""

from __future__ import annotations

from plantrack.extract import extract_text


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
