"""Vietnamese letters broken by a font: text whose letters were typed in an old 8-bit font and
taken out of a PDF or a Word file as if they were Unicode ("bỡnh quõn" for "bình quân", "trờn"
for "trên", "Cỏc mục tiờu" for "Các mục tiêu").

Such text cannot be read as the plan wrote it: its names and cue words are not the words of the
language. It is told, never guessed at: the words that give it away are the garbled forms of the
words every plan uses, none of them a word of Vietnamese as plans write it, and three different
ones are needed before a text is called broken.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Garbled forms of common words of plans, with the word each stands for.
TELLTALES: dict[str, str] = {
    "cỏc": "các",
    "trờn": "trên",
    "bỡnh": "bình",
    "quõn": "quân",
    "nụng": "nông",
    "dõn": "dân",
    "ngõn": "ngân",
    "phỏt": "phát",
    "tiờu": "tiêu",
    "sỏch": "sách",
    "xõy": "xây",
    "nghốo": "nghèo",
    "nhiờn": "nhiên",
    "toỏn": "toán",
    "cũn": "còn",
}
#: How many different telltale words make a text broken.
_ENOUGH = 3
_WORD = re.compile(r"[^\W\d_]+")


def broken_font_words(texts: Iterable[str]) -> tuple[str, ...]:
    """The telltale words of a broken font the texts hold, in the order met; none when fewer
    than three different ones are found."""
    seen: dict[str, None] = {}
    for piece in texts:
        for word in _WORD.findall(unicodedata.normalize("NFC", piece).lower()):
            if word in TELLTALES:
                seen.setdefault(word, None)
    return tuple(seen) if len(seen) >= _ENOUGH else ()
