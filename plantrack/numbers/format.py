"""Numbers written the way each language writes them: vi ``1.234,5``, en ``1,234.5``; and a number
read from text that a message writes exactly as read (:class:`ExactNumber`)."""

from __future__ import annotations

import math
from decimal import Decimal


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


class ExactNumber(float):
    """A number read from text, for a message: written plainly (``{x}``) exactly as read,
    without exponent or trailing zeros (``6.794``, ``12345678901234567890``), and in a
    language's own style with ``{x:num}`` (``6,794`` in Vietnamese) from its float value."""

    exact: str

    def __new__(cls, value: Decimal) -> ExactNumber:
        self = super().__new__(cls, value)
        text = format(value, "f")
        self.exact = text.rstrip("0").rstrip(".") if "." in text else text
        return self

    def __str__(self) -> str:
        return self.exact

    def __format__(self, spec: str) -> str:
        return self.exact if not spec else super().__format__(spec)

    def __reduce__(self) -> tuple[object, ...]:  # pickling (a message sent between processes)
        return (ExactNumber, (Decimal(self.exact),))
