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
