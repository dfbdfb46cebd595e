"""The words of actuals: each key with its English and Vietnamese template (see plantrack.texts)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "data.blank": ("(blank)", "(trống)"),
    "data.bad-year": (
        "year {year!r} is not a year between {first} and {last}",
        "năm {year!r} không phải là một năm trong khoảng {first}-{last}",
    ),
}
