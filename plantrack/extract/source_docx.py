"""A Word document (.docx) as located blocks, for :func:`plantrack.extract.sources.read_source`.

The body is read in its own order, paragraphs and tables interleaved (plans often put their
targets in a table between two paragraphs): a block per paragraph that holds text, at its
paragraph (counting the paragraphs that hold text, as a reader counts them), and a block per
table row that holds text, its cells' texts joined by `` | ``, at its table and row (counting
every table of the body and every row of the table, from 1). A cell merged across columns is
one cell; the continuation of a cell merged down the rows is empty and left out. Content
controls are read through; headers, footers, footnotes and text boxes are not read.

python-docx is imported here, only when a Word document is read.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plantrack.extract.sources import Block, Location, clean, source_error


def docx_blocks(data: bytes, path: Path) -> tuple[Block, ...]:
    """The blocks of the Word document ``data`` read from ``path``."""
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception:  # a damaged file raises whatever the zip, XML or OPC layer meets first
        raise source_error("extract-unreadable", "source.unreadable.docx", path) from None

    def text_of(element: Any) -> str:
        return clean(" ".join(Paragraph(p, document).text for p in element.iter(qn("w:p"))))

    blocks: list[Block] = []
    paragraphs = tables = 0
    for element in _body_order(body, qn):
        if element.tag == qn("w:p"):
            if text := text_of(element):
                paragraphs += 1
                blocks.append(Block(text, Location(paragraph=paragraphs)))
            continue
        tables += 1
        for row, tr in enumerate(element.iterchildren(qn("w:tr")), start=1):
            every = tuple(text_of(tc) for tc in tr.iterchildren(qn("w:tc")))
            if cells := [text for text in every if text]:
                blocks.append(Block(" | ".join(cells), Location(table=tables, row=row), every))
    return tuple(blocks)


def _body_order(element: Any, qn: Any) -> Iterator[Any]:
    """The paragraphs and tables of ``element`` in order, through content controls."""
    for child in element.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _body_order(content, qn)
