"""Tables of area cells for the writers that SQL writes (CSV rows, JSON results).

A target's results come from SQL one row an area, the area named by its place ``pos`` in the
target's list of areas; the writer's text of each area (a CSV cell, a JSON string) is made by
Python once and handed to SQL as a table of ``pos`` and ``cell``, one table a list of areas and
a connection (a national plan's targets share one list of 3,321).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["AreaTables"]


class AreaTables:
    """The tables ``{prefix}_{n}`` of one writer: ``cell`` makes an area's text."""

    def __init__(self, prefix: str, cell: Callable[[str], str]) -> None:
        self.prefix = prefix
        self.cell = cell
        self.tables: dict[tuple[int, tuple[str, ...]], str] = {}

    def table(self, con: Any, areas: list[str]) -> str:
        """The name of the table of ``areas``' cells in ``con`` (made once)."""
        key = (id(con), tuple(areas))
        name = self.tables.get(key)
        if name is None:
            name = self.tables[key] = f"{self.prefix}_{len(self.tables)}"
            cells = [self.cell(area) for area in areas]
            con.execute(
                f"""CREATE OR REPLACE TEMP TABLE {name} AS SELECT
                    unnest(range(?::BIGINT)) AS pos, unnest(?::VARCHAR[]) AS cell""",
                [len(cells), cells],
            )
        return name
