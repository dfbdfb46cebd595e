"""The json module's words for a syntax error, said again in the catalogue's words.

Python's JSON decoder explains what it met in English ("Expecting ',' delimiter"); a previous
report (``--since``) or a baseline that is not valid JSON is told in the run's language, so each
of the decoder's few phrases is a catalogue entry here, its English the decoder's own. A phrase
not in the table (a later Python's) stays as the decoder wrote it.
"""

from __future__ import annotations

from plantrack.texts import Text

__all__ = ["json_phrase"]

_PHRASES = {
    "Expecting value": "report.json.expecting-value",
    "Expecting property name enclosed in double quotes": "report.json.expecting-name",
    "Expecting ':' delimiter": "report.json.expecting-colon",
    "Expecting ',' delimiter": "report.json.expecting-comma",
    "Unterminated string starting at": "report.json.unterminated-string",
    "Invalid control character at": "report.json.control-character",
    "Invalid \\escape": "report.json.invalid-escape",
    "Invalid \\uXXXX escape": "report.json.invalid-unicode-escape",
    "Extra data": "report.json.extra-data",
    "Illegal trailing comma before end of object": "report.json.trailing-comma-object",
    "Illegal trailing comma before end of array": "report.json.trailing-comma-array",
}


def json_phrase(phrase: str) -> Text | str:
    """The decoder's ``JSONDecodeError.msg`` in the catalogue's words (itself when unknown)."""
    key = _PHRASES.get(phrase) or _PHRASES.get(phrase.split(":", 1)[0])  # "Invalid \\escape: 'q'"
    return Text(key, {}) if key is not None else phrase
