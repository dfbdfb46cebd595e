"""A result's notes and reason in the output's language.

The words are in the text catalogue (:mod:`plantrack.texts.notes`: each note's English and
Vietnamese template); here are the few parameters that Vietnamese writes differently: the
qualifier and status words, numbers with a decimal comma, "(reference)".
"""

from __future__ import annotations

from typing import Any

from plantrack.assessment.status import Status
from plantrack.numbers.format import format_number
from plantrack.texts.notes import TEXTS as _NOTES

_STATUS_WORDS = {status.value for status in Status}

#: Code -> Vietnamese sentence template (the catalogue's ``vi`` form of each note).
NOTES_VI: dict[str, str] = {key.removeprefix("note."): vi for key, (_, vi) in _NOTES.items()}

_QUALIFIERS_VI = {"more_than": "hơn", "less_than": "dưới"}

#: The number parameters of a note that Vietnamese writes with a decimal comma.
_NUMBERS: dict[str, tuple[str, ...]] = {
    "below-band": ("value", "low", "high", "points"),
    "above-band": ("value", "low", "high", "points"),
    "mean-out-of-reach": ("bound", "mean", "target"),
}


def note_text(code: str, params: dict[str, Any], lang: str, english: str) -> str:
    """A reason or note in ``lang``; the English message when there is no Vietnamese form."""
    if lang != "vi" or code not in NOTES_VI:
        return english
    values = dict(params)
    if "qualifier" in values:
        values["qualifier"] = _QUALIFIERS_VI.get(str(values["qualifier"]), values["qualifier"])
    for key in ("best_status", "worst_status"):
        if key in values and values[key] in _STATUS_WORDS:
            values[key] = Status(values[key]).label("vi")
    for key in _NUMBERS.get(code, ()):  # numbers written the Vietnamese way: 0,4
        if isinstance(values.get(key), (int, float)):
            values[key] = format_number(float(values[key]), "vi", max_decimals=10)
    if code == "range-figure":
        values["years"] = str(values.get("years", "")).replace("(reference)", "(địa bàn so sánh)")
        values["shown"] = str(values.get("shown", "")).replace("(reference)", "(địa bàn so sánh)")
    try:
        return NOTES_VI[code].format(**values)
    except (KeyError, IndexError, ValueError):
        return english
