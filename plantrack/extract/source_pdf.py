"""A PDF's text layer as located blocks, for :func:`plantrack.extract.sources.read_source`.

pypdf gives each page's text as lines, broken where the page broke them; :func:`page_paragraphs`
puts the paragraphs back together. A line break is inside a sentence, and the two lines are
joined with a space, when the next line

- is not a numbered item or a bullet (``1.``, ``1.2.``, ``(2)``, ``a)``, ``II.``, ``II-``,
  ``-``, ``+``, ``•``), and neither line is a heading in capitals (``KẾ HOẠCH``), and
- starts in lower case, or the line before does not end a sentence (``.``, ``;``, ``:``, ``!``,
  ``?``, with any closing quote after it).

A blank line always ends a paragraph. A word hyphenated at the end of a line (``phát-`` and
``triển``) is not glued back together: Vietnamese syllables are separate words, so the hyphen
is dropped and a space joins them; a range broken after its dash (``2020-`` and ``2025``) is
joined as ``2020-2025``. The only page furniture removed is a page number alone on the first or
last line of a page (``3``, ``- 3 -``, ``Trang 3``, ``3/12``): nothing else can be told from a
line of the text safely.

A block is a paragraph at its page and its place among the page's paragraphs (from 1). A
paragraph that runs on over a page break (the page's first line goes on with the last sentence
of the page before, by the same rule) is one block, at the page where it starts; the next page's
paragraphs are then counted from 2. A PDF
whose pages hold no text at all is a scan: ``extract-no-text``, naming OCR as the missing
step. pypdf is imported here, only when a PDF is read; what it logs about a damaged file
("EOF marker not found") is held back while it reads, since the error that follows says it in
the user's language.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from plantrack.extract.sources import Block, Location, SourceError, clean, source_error

_LINE_END = re.compile(r"\r\n|\r|\n")
_PAGE_NUMBER = re.compile(r"(?i)(?:trang|page)?\s*[-–—]?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*[-–—]?")
_ITEM = re.compile(
    r"""
      \(\s*(?:\d{1,3}|[a-zđ]|[ivx]{1,5})\s*\)     # (1) (a) (iv)
    | \d{1,2}(?:\.\d{1,2})*\s*[.)](?!\d)          # 1. 1) 1.2. 1.2)
    | [a-zđ][.)](?=\s)                            # a) a.
    | [IVXL]{1,6}\s*[.)\-–—](?!\d)                # II. II- IV)
    | [-+•*–—▪●○◦·](?!\d)                         # - + • (not a minus sign)
    """,
    re.VERBOSE,
)
_ENDS_SENTENCE = (".", ";", ":", "!", "?")
_CLOSING_QUOTES = "\"'”’»"


def pdf_blocks(data: bytes, path: Path) -> tuple[Block, ...]:
    """The blocks of the PDF ``data`` read from ``path``."""
    with _quiet("pypdf"):
        return _read(data, path)


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read(data: bytes, path: Path) -> tuple[Block, ...]:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise source_error("extract-unreadable", "source.unreadable.encrypted", path)
        pages = list(reader.pages)
    except SourceError:
        raise
    except Exception:  # a damaged file raises whatever pypdf's parser meets first
        raise source_error("extract-unreadable", "source.unreadable.pdf", path) from None
    blocks: list[Block] = []
    any_text = False
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:  # a damaged content stream
            raise source_error(
                "extract-unreadable", "source.unreadable.pdf-page", path, page=number
            ) from None
        any_text = any_text or bool(clean(text))
        paragraphs = page_paragraphs(text)
        first = 1
        if paragraphs and blocks and continues_sentence(blocks[-1].text, paragraphs[0]):
            # a sentence that runs on over the page break: one block, at the page it starts on
            blocks[-1] = Block(join_lines(blocks[-1].text, paragraphs[0]), blocks[-1].location)
            paragraphs, first = paragraphs[1:], 2
        blocks.extend(
            Block(paragraph, Location(page=number, paragraph=index))
            for index, paragraph in enumerate(paragraphs, start=first)
        )
    if pages and not any_text:
        raise source_error("extract-no-text", "source.no-text", path)
    return tuple(blocks)


def _opens_without_password(reader: object) -> bool:
    """An encrypted PDF that only restricts printing or copying opens with an empty password."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # an encryption pypdf cannot undo without the optional cryptography
        return False


def page_paragraphs(text: str) -> list[str]:
    """The paragraphs of one page's text, its lines joined back (see the module's rules)."""
    lines = [clean(line) for line in _LINE_END.split(text)]
    filled = [index for index, line in enumerate(lines) if line]
    for edge in {filled[0], filled[-1]} if filled else ():
        if _PAGE_NUMBER.fullmatch(lines[edge]):
            lines[edge] = ""
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current and line and continues_sentence(current, line):
            current = join_lines(current, line)
            continue
        if current:
            paragraphs.append(current)
        current = line
    if current:
        paragraphs.append(current)
    return paragraphs


def continues_sentence(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence that ``before`` (a paragraph so far) holds."""
    if _ITEM.match(line) or _heading(line) or _heading(before):
        return False
    return line[0].islower() or not before.rstrip(_CLOSING_QUOTES).endswith(_ENDS_SENTENCE)


def _heading(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 4 and not any(char.islower() for char in letters)


def join_lines(before: str, line: str) -> str:
    if len(before) > 1 and before[-1] == "-" and before[-2].isalpha() and line[0].islower():
        return f"{before[:-1]} {line}"  # "phát-" + "triển": Vietnamese syllables stay apart
    if len(before) > 1 and before[-1] in "-–" and before[-2].isdigit() and line[0].isdigit():
        return before + line  # "2020-" + "2025"
    return f"{before} {line}"
