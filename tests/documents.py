"""Plan documents the tests make themselves: a PDF with a text layer, a Word document."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence


def pdf_bytes(pages: list[list[str]], *, shapes_only: bool = False) -> bytes:
    """A PDF written by matplotlib with a real text layer (TrueType fonts, fonttype 42): each
    page its lines from the top, as a typesetter would break them."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as pdf:
        for lines in pages:
            figure = Figure(figsize=(8.27, 11.69))  # A4
            if shapes_only:
                figure.patches.append(
                    Rectangle((0.2, 0.2), 0.5, 0.3, transform=figure.transFigure, figure=figure)
                )
                figure.figimage([[0.0, 1.0], [1.0, 0.0]], xo=50, yo=50)
            for index, line in enumerate(lines):
                figure.text(0.08, 0.94 - index * 0.025, line, fontsize=10)
            pdf.savefig(figure)
    return buffer.getvalue()


def wrapped(line: str, width: int = 48) -> list[str]:
    return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)


def docx_bytes(paragraphs: Sequence[str]) -> bytes:
    """A Word document of these paragraphs, one each, as an office would save the plan."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_table_bytes(paragraphs: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A Word document of these paragraphs and then a table of these rows (the first its
    header), as a plan gives its targets in an appendix."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
