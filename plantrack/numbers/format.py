"""Numbers written the way each language writes them: vi ``1.234,5``, en ``1,234.5``."""

from __future__ import annotations

import math


def format_number(value: float, lang: str = "en", *, max_decimals: int = 4) -> str:
    """``value`` with thousands separators and no needless trailing zeros.

    >>> format_number(6794, "vi"), format_number(99.85, "vi"), format_number(1234.5, "en")
    ('6.794', '99,85', '1,234.5')
    """
    if math.isnan(value) or math.isinf(value):
        return str(value)
    text = f"{value:,.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(fraction: float, lang: str = "en", *, max_decimals: int = 2) -> str:
    """A fraction as a percentage: 0.1296 -> ``12.96%`` (en) or ``12,96%`` (vi)."""
    return format_number(fraction * 100, lang, max_decimals=max_decimals) + "%"
