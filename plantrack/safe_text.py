"""Text from plans and data files made safe to show: control characters made visible, and cells
that a spreadsheet would run as a formula neutralised.

A plan or a data file is text someone else wrote. An ESC or BEL in an indicator's name would
reach a terminal as a command (clear the screen, set the window title, open an OSC 8 link), and a
name starting with ``=`` would reach Excel as a formula (``=HYPERLINK("http://...")``). Every
renderer passes such text through :func:`visible`, and every spreadsheet cell (CSV or xlsx)
through :func:`spreadsheet_cell`; ``plantrack validate`` reports the control characters
(``control-character``) at their line, found with :func:`control_characters`.

This module knows nothing of plans, reports or formats.
"""

from __future__ import annotations

import re

#: C0 controls other than tab and newline, DEL, and the C1 controls (U+0080-U+009F: U+009B is a
#: CSI to some terminals). Tab and newline are layout, not commands: they stay. Lone surrogates
#: too: a file name that is not UTF-8 arrives with its bytes as U+DC80-U+DCFF, which no stream
#: can encode.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

#: What a spreadsheet reads as the start of a formula (tab and CR too: Excel skips them first).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def control_characters(text: str) -> list[str]:
    """The control characters of ``text`` as :func:`visible` shows them (``["\\\\x1b"]``)."""
    return [_shown(match) for match in _CONTROL.finditer(text)]


def visible(text: str) -> str:
    """``text`` with each control character written out: ESC as the four characters ``\\x1b``,
    BEL as ``\\x07``. Text without any comes back as it is (the same object)."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_shown, text)


def neutralise_formula(text: str) -> str:
    """Text a spreadsheet would run as a formula, prefixed with ``'`` (as Excel's own escape, and
    as OWASP advises for CSV injection); other text as it is."""
    if text[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def spreadsheet_cell(text: str) -> str:
    """A text cell for CSV or xlsx: control characters made visible, then a formula neutralised.
    (In that order: a control character before ``=`` would otherwise hide the formula.)"""
    return neutralise_formula(visible(text))
