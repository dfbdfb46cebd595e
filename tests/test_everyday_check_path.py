"""The everyday check (``plantrack check`` of the bundled plans and data, as a table) does only
the work its table needs (issue 20, item 4): what it imports, and what it no longer draws to
find out a width."""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from plantrack.render.report_table import _COLUMNS, _overhead


def _drawn_overhead(columns: int) -> int:
    """The width rich draws around ``columns`` one-character columns, in the check table's
    style (the reference :func:`_overhead` counts instead of drawing)."""
    table = Table(expand=False, pad_edge=False, collapse_padding=True)
    for _ in range(columns):
        table.add_column("x")
    table.add_row(*("x" for _ in range(columns)))
    console = Console(width=1_000, color_system=None, file=io.StringIO())
    with console.capture() as capture:
        console.print(table)
    return cell_len(capture.get().splitlines()[0]) - columns


@pytest.mark.parametrize("columns", range(1, len(_COLUMNS) + 1))
def test_the_counted_borders_and_padding_are_what_rich_draws(columns: int) -> None:
    assert _overhead(columns) == _drawn_overhead(columns)
