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

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console
    from rich.text import Text


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
    from rich.text import Text

    box = HEAVY_HEAD.substitute(console.options, safe=console.safe_box)
    last = len(columns) - 1
    spans = [column.width + (0 if index == last else 1) for index, column in enumerate(columns)]
    heading = [console.render_str(column.heading) for column in columns]
    lines = [box.get_top(spans)]
    every = [heading, *([Text(cell) for cell in row] for row in rows)]
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


def _cell(console: Console, text: Text, column: Column, span: int) -> list[str]:
    """A cell's lines, each ``span`` wide: its text wrapped at the column's width, aligned, and
    the space before the next column."""
    from rich.cells import set_cell_size

    wrapped = text.wrap(
        console,
        column.width,
        justify="right" if column.right else "left",
        overflow="fold",
        tab_size=console.tab_size,
        no_wrap=column.whole,
    )
    space = " " * (span - column.width)
    return [set_cell_size(line.plain, column.width) + space for line in wrapped]
