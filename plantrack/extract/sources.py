"""A plan's published text as blocks, each with its place in the file: the input of drafting.

:func:`read_source` opens a plain text file, a Word document (.docx) or a PDF with a text
layer and gives a :class:`SourceText`: its blocks of text in reading order, each a line (text),
a paragraph or a table row (Word), or a paragraph of a page (PDF), with a :class:`Location`
that says where to find it. Every block's text is clean: NFC, without invisible format
characters (zero-width spaces, soft hyphens, byte-order marks), its runs of white space (tabs,
non-breaking spaces, line breaks) one space, never empty.

A file that cannot be read raises :class:`SourceError` carrying the finding
(``extract-unreadable``, ``extract-no-text``, ``extract-empty``) that names the file.

- text: any suffix but .docx and .pdf; decoded by the data readers' rule
  (:mod:`plantrack.text_encoding`), one block per line that holds text, a table's rows (cells
  between tabs or bars) with their cells;
- Word: :mod:`plantrack.extract.source_docx` (python-docx, imported only then);
- PDF: :mod:`plantrack.extract.source_pdf` (pypdf, imported only then).

It knows nothing of targets, plans or output: text in, located text out.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from plantrack import texts
from plantrack.extract.cell_lines import cell_tables
from plantrack.findings import Finding
from plantrack.findings.registry import make
from plantrack.text_encoding import EncodingProblem, detect_encoding

_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and password-protected Office files
#: Line ends as editors count lines: \r\n, \r or \n (not the rarer ones str.splitlines knows).
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Location:
    """Where a block is: the parts its format has (1-based), the others None."""

    line: int | None = None  # of a text file
    page: int | None = None  # of a PDF
    paragraph: int | None = None  # of the page (PDF) or the document (Word)
    table: int | None = None  # of a Word document, with ``row``
    row: int | None = None

    def describe(self, language: str) -> str:
        """``line 12``, ``page 3, paragraph 4``, ``table 2, row 5`` (in Vietnamese ``dòng 12``,
        ``trang 3, đoạn 4``, ``bảng 2, hàng 5``)."""
        parts = [
            texts.text(key, **{name: value})
            for key, name, value in (
                ("source.at.line", "line", self.line),
                ("source.at.page", "page", self.page),
                ("source.at.paragraph", "paragraph", self.paragraph),
                ("source.at.table", "table", self.table),
                ("source.at.row", "row", self.row),
            )
            if value is not None
        ]
        if not parts:
            return ""
        said = parts[0]
        for part in parts[1:]:
            said = texts.text("source.at.and", first=said, then=part)
        return said.render(language)


@dataclass(frozen=True)
class Block:
    text: str  # clean (see :func:`clean`), never empty
    location: Location
    #: A table row's cells, the empty ones too, so that a column can be told by its place
    #: (the text joins only those that hold text).
    cells: tuple[str, ...] | None = field(default=None, compare=False)
    #: A row of a table written one cell a line whose figure was given by the order of names
    #: and figures merged down over several rows (:mod:`plantrack.extract.cell_lines`).
    merged: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class SourceText:
    path: Path
    format: Literal["txt", "docx", "pdf"]
    blocks: tuple[Block, ...]


class SourceError(Exception):
    """The file cannot be read; ``finding`` says why, naming the file."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def source_error(code: str, key: str, path: Path, **params: object) -> SourceError:
    """The error of ``code`` with the message ``key`` about ``path`` (at its ``line``, when the
    message names one)."""
    message = texts.text(key, file=str(path), **params)
    line = params.get("line")
    return SourceError(make(code, message, str(path), line if isinstance(line, int) else None))


#: Letters some fonts and converters of Vietnamese text put in the place of its own, never
#: Vietnamese themselves: the eth for Đ ("Ðắk", "Ðồng"), the letter OI for Ư (a PDF's
#: "ngƣời", "CHƢƠNG").
_STAND_INS = str.maketrans({"Ð": "Đ", "ð": "đ", "Ƣ": "Ư", "ƣ": "ư"})


def clean(text: str) -> str:
    """Text as blocks hold it: NFC, format characters (zero-width, soft hyphen, BOM, direction
    marks) removed, every run of white space or control characters one space, stripped, and
    the letters some fonts and converters put for Vietnamese ones (:data:`_STAND_INS`: "Ðồng",
    "ngƣời") the Vietnamese letters."""
    if not text.isascii():
        text = "".join(
            " " if category == "Cc" else char
            for char in text
            if (category := unicodedata.category(char)) != "Cf"
        )
        text = unicodedata.normalize("NFC", text.translate(_STAND_INS))
    elif not text.isprintable():
        text = "".join(char if char.isprintable() else " " for char in text)
    return " ".join(text.split())


def read_source(path: Path) -> SourceText:
    """The text of the plan at ``path``, by its suffix: ``.docx``, ``.pdf``, else plain text."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise source_error(
            "extract-unreadable", "source.unreadable.os", path, reason=texts.os_reason(error)
        ) from None
    if not data:
        raise source_error("extract-empty", "source.empty", path)
    suffix = path.suffix.casefold()
    if suffix in (".docx", ".pdf") and data.startswith(_OLE):
        raise source_error("extract-unreadable", "source.unreadable.ole", path)
    if suffix == ".docx":
        from plantrack.extract.source_docx import docx_blocks

        return _checked(SourceText(path, "docx", docx_blocks(data, path)))
    if suffix == ".pdf":
        from plantrack.extract.source_pdf import pdf_blocks

        return _checked(SourceText(path, "pdf", pdf_blocks(data, path)))
    return source_from_text(_decode(data, path), path)


def source_from_text(text: str, path: Path) -> SourceText:
    """A text file's blocks: one per line that holds text, at its line (lines end at \\r\\n,
    \\r or \\n). Lines in a row whose cells are separated by tabs (a table copied from a web
    page or a spreadsheet) or written between bars (``| Chỉ tiêu | 2025 |``, as Markdown
    writes a table) are a table when one of them has three cells that hold text (two, between
    bars): each line a row with its cells (a group row with one cell too), at its line and at
    its table and row, its text the cells that hold text joined by `` | `` as a Word table's
    row; Markdown's rule under the header ("|---|---|") is no row. A list whose items' numbers
    are followed by a tab, or a letter's heading set out with tabs, is text."""
    lines = _LINE_END.split(text)
    rows = [_row_cells(line) for line in lines]
    tables = _tables(rows)
    written = cell_tables(
        [(n, None if n in tables else clean(line)) for n, line in enumerate(lines) if line]
    )
    by_line = {table[0].lines[0]: table for table in written}
    inside = {n for table in written for n in range(table[0].lines[0], table[-1].lines[-1] + 1)}
    blocks: list[Block] = []
    count = number = 0
    for index, line in enumerate(lines):
        if index in by_line:  # a table written one cell a line, its rows rebuilt
            count += 1
            for number, row in enumerate(by_line[index], start=1):
                at = Location(line=row.lines[0] + 1, table=count, row=number)
                blocks.append(Block(row.text, at, row.cells, row.merged))
            continue
        found = rows[index]
        if index in inside:
            continue
        if index not in tables or found is None:
            if cleaned := clean(line):
                blocks.append(Block(cleaned, Location(line=index + 1)))
            continue
        if tables[index] == 0:  # the first row of a table
            count, number = count + 1, 0
        cells = found[1]
        if all(_RULE.fullmatch(cell) for cell in cells if cell):
            continue  # Markdown's rule under the header
        number += 1
        joined = " | ".join(cell for cell in cells if cell)
        blocks.append(Block(joined, Location(line=index + 1, table=count, row=number), cells))
    return _checked(SourceText(path, "txt", tuple(blocks)))


#: Markdown's rule between a table's header and its rows: "---", ":--", "--:".
_RULE = re.compile(r":?-{2,}:?")


def _row_cells(line: str) -> tuple[str, tuple[str, ...]] | None:
    """How a line written as a table's row separates its cells ("tab" or "bar") and its cells,
    when one holds text; None for a line with no tab or bar between cells."""
    stripped = line.strip(" \r\n")
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        kind, found = "bar", tuple(clean(cell) for cell in stripped[1:-1].split("|"))
    elif "\t" in stripped.lstrip("\t") or (stripped.startswith("\t") and "\t" in stripped[1:]):
        kind, found = "tab", tuple(clean(cell) for cell in line.split("\t"))
    else:
        return None
    return (kind, found) if any(found) else None


def _tables(rows: list[tuple[str, tuple[str, ...]] | None]) -> dict[int, int]:
    """The lines that are rows of a table, each with its place in its table (0 for the first):
    a run of two or more lines of one kind, one of them with three cells that hold text (two
    between bars), whose first row is not an item's number and its words."""
    out: dict[int, int] = {}
    index = 0
    while index < len(rows):
        found = rows[index]
        if found is None:
            index += 1
            continue
        end = index
        while end + 1 < len(rows) and _kind(rows[end + 1]) == found[0]:
            end += 1
        run = [row[1] for row in rows[index : end + 1] if row is not None]
        widest = max(sum(1 for cell in cells if cell) for cells in run)
        if end > index and widest >= (2 if found[0] == "bar" else 3) and not _a_list(run):
            out.update({line: n for n, line in enumerate(range(index, end + 1))})
        index = end + 1
    return out


def _kind(row: tuple[str, tuple[str, ...]] | None) -> str | None:
    return None if row is None else row[0]


#: An item's number or mark alone in a cell: "1.", "(2)", "a)", "-", "II."
_ITEM_MARK = re.compile(r"\(?\d{1,3}[.)]?|[a-zđ]\)|[IVX]{1,5}\.?|[-+•*–]")


def _a_list(run: list[tuple[str, ...]]) -> bool:
    """Whether the lines are a list whose items' numbers are followed by a tab ("1.\\tTốc độ
    …"): every line an item's mark and its words, two cells."""
    filled = [[cell for cell in cells if cell] for cells in run]
    return all(len(cells) == 2 and _ITEM_MARK.fullmatch(cells[0]) for cells in filled)


def _checked(source: SourceText) -> SourceText:
    if not source.blocks:
        raise source_error("extract-empty", "source.empty", source.path)
    return source


def _decode(data: bytes, path: Path) -> str:
    """The text of a file read as text, or the reason it is not one."""
    for signature, key in (
        (_ZIP, "source.unreadable.zip"),
        (_PDF, "source.unreadable.pdf-named"),
        (_OLE, "source.unreadable.ole"),
    ):
        if data.startswith(signature):
            raise source_error("extract-unreadable", key, path)
    try:
        encoding, _ = detect_encoding(io.BytesIO(data))
    except EncodingProblem as problem:
        if problem.problem == "binary-file":
            key = "source.unreadable.utf-16" if problem.utf16 else "source.unreadable.binary"
        elif problem.problem == "mixed-encoding":
            key = "source.unreadable.mixed-encoding"
        else:
            key = "source.unreadable.encoding"
        raise source_error("extract-unreadable", key, path, line=problem.line) from None
    return data.decode(encoding)
