"""The check's table as lines of text, for a console that writes no colour (a pipe, a file,
``NO_COLOR`` off a terminal): the characters rich's :class:`~rich.table.Table` draws for it,
without rich's renderables.

The table has columns of fixed widths (:func:`plantrack.render.report_table._choose_columns`
made them fit), a heavy-headed box, no padding at the edges and one space between columns.
rich draws such a table through a renderable a cell (padding, lines of segments, shapes), which
was most of an everyday check's rendering; where no colour is written the styles are dropped
anyway, so the text is all there is. Each cell is still wrapped by rich's own
:meth:`rich.text.Text.wrap` (the same words on the same lines), and the box is rich's, as the
console would substitute it (ASCII on a console that cannot write box characters). A test holds
these lines equal to rich's table at every width.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.console import Console
    from rich.containers import Lines


class Column(NamedTuple):
    heading: str
    width: int  # the width of its text, without the space before the next column
    right: bool  # figures are right-aligned
    whole: bool  # never wrapped (folded only when a single word is wider than the column)


def is_plain(console: Console) -> bool:
    """The console writes no colour or style: its output is the table's characters only."""
    return console.color_system is None


def grid_lines(
    console: Console, columns: Sequence[Column], rows: Sequence[Sequence[str]]
) -> list[str]:
    """The lines of the table: its heading row, then a row a result (each a cell a column)."""
    from rich.box import HEAVY_HEAD
    from rich.control import strip_control_codes

    box = HEAVY_HEAD.substitute(console.options, safe=console.safe_box)
    last = len(columns) - 1
    spans = [column.width + (0 if index == last else 1) for index, column in enumerate(columns)]
    heading = [console.render_str(column.heading).plain for column in columns]
    lines = [box.get_top(spans)]
    every = [heading, *([strip_control_codes(cell) for cell in row] for row in rows)]
    for index, cells in enumerate(every):
        drawn = [
            _cell(console, text, column, span)
            for text, column, span in zip(cells, columns, spans, strict=True)
        ]
        height = max(len(cell) for cell in drawn)
        for cell, span in zip(drawn, spans, strict=True):
            blank = [" " * span] * (height - len(cell))
            if index == 0:
                cell[:0] = blank  # a heading sits at the bottom of its row, a result at the top
            else:
                cell.extend(blank)
        if index == 0:
            left, divider, right = box.head_left, box.head_vertical, box.head_right
        elif index == len(every) - 1:
            left, divider, right = box.foot_left, box.foot_vertical, box.foot_right
        else:
            left, divider, right = box.mid_left, box.mid_vertical, box.mid_right
        lines.extend(left + divider.join(parts) + right for parts in zip(*drawn, strict=True))
        if index == 0:
            lines.append(box.get_row(spans, "head", edge=True))
    lines.append(box.get_bottom(spans))
    return lines


def _cell(console: Console, text: str, column: Column, span: int) -> list[str]:
    """A cell's lines, each ``span`` wide: its text wrapped at the column's width, aligned, and
    the space before the next column."""
    from rich.cells import set_cell_size

    space = " " * (span - column.width)
    return [set_cell_size(line, column.width) + space for line in _wrap(console, text, column)]


def _wrap(console: Console, text: str, column: Column) -> list[str]:
    """``text`` wrapped as :meth:`rich.text.Text.wrap` wraps it (justified, words longer than
    the column folded), for text without styles: the same lines, without a ``Text`` a line."""
    from rich.cells import cell_len, set_cell_size

    divide_line: Callable[[str, int, bool], list[int]] | None
    try:  # the line breaking Text.wrap uses (rich's private module)
        from rich._wrap import divide_line
    except ImportError:  # a rich that moved it: every line wrapped by Text.wrap, the same lines
        divide_line = None

    width = column.width
    lines: list[str] = []
    for line in text.split("\n"):
        if "\t" in line or divide_line is None:  # tab stops: rich's own way
            lines.extend(part.plain for part in _rich_wrap(console, line, column))
            continue
        if column.whole:
            parts = [line]
        else:
            cuts = [0, *divide_line(line, width, True), len(line)]
            # (rich also strips the spaces past the width's count of characters: the width in
            # cells, which is never less, cuts them here anyway)
            parts = [line[a:b] for a, b in pairwise(cuts)]
        for part in parts:
            if column.right:
                part = part.rstrip()
                if cell_len(part) > width:
                    part = set_cell_size(part, width)
                part = " " * (width - cell_len(part)) + part
            else:
                length = cell_len(part)
                if length > width:
                    part = set_cell_size(part, width)
                elif length < width:
                    part += " " * (width - length)
            lines.append(part)
    return lines


def _rich_wrap(console: Console, line: str, column: Column) -> Lines:
    from rich.text import Text

    return Text(line).wrap(
        console,
        column.width,
        justify="right" if column.right else "left",
        overflow="fold",
        tab_size=console.tab_size,
        no_wrap=column.whole,
    )
