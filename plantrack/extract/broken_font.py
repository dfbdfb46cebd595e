"""Vietnamese letters broken by a font or an old code page: text typed in an 8-bit encoding
(TCVN3/ABC, VNI) and taken out of a PDF or a Word file as if it were Unicode, three ways seen in
plans: a PDF's glyphs mapped to the wrong letters ("bỡnh quõn" for "bình quân", "trờn" for
"trên"), TCVN3 read as Windows' Western letters ("b×nh qu©n", "t¨ng"), VNI read so ("bình
quaân", "taêng").

Such text cannot be read as the plan wrote it: its names and cue words are not the words of the
language. It is told, never guessed at (nor repaired: which encoding broke it cannot be told
from a few words for sure): the words that give it away are the broken forms of the words every
plan uses, none of them a word of Vietnamese, and three different ones are needed before a text
is called broken.
"""

from __future__ import annotations

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
    # TCVN3 read as Windows-1252
    "t¨ng": "tăng",
    "n¨m": "năm",
    "b×nh": "bình",
    "qu©n": "quân",
    "tÕ": "tế",
    "®¹t": "đạt",
    "c¸c": "các",
    "®Õn": "đến",
    "tiªu": "tiêu",
    "chØ": "chỉ",
    # VNI read as Windows-1252
    "taêng": "tăng",
    "naêm": "năm",
    "quaân": "quân",
    "teá": "tế",
    "ñaït": "đạt",
    "caùc": "các",
    "ñeán": "đến",
    "tieâu": "tiêu",
    "ñoàng": "đồng",
}
#: How many different telltale words make a text broken.
_ENOUGH = 3
#: Punctuation around a word (the broken forms hold signs such as "×", "©", "®").
_AROUND = ".,;:!?()[]\"'“”‘’…-–"


def broken_font_words(texts: Iterable[str]) -> tuple[str, ...]:
    """The telltale words of a broken font the texts hold, in the order met; none when fewer
    than three different ones are found."""
    seen: dict[str, None] = {}
    for piece in texts:
        for token in unicodedata.normalize("NFC", piece).split():
            word = token.strip(_AROUND)
            for form in (word, word.lower()):
                if form in TELLTALES:
                    seen.setdefault(form, None)
                    break
    return tuple(seen) if len(seen) >= _ENOUGH else ()
