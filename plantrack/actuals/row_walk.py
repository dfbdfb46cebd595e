"""The rows of one file into its ledger and its entries: the rows above the header (titles, a
unit line, blank rows) and the header itself marked as ignored, the columns nobody reads named,
and every row after the header made into entries (:func:`plantrack.actuals.rows.rows_of`) or an
outcome. It neither reads numbers nor routes rows to plans (:mod:`plantrack.actuals.read` does).
"""

from __future__ import annotations

import itertools
from typing import Any

from plantrack.actuals.layout import Entry, Header, Layout, unit_line
from plantrack.actuals.ledger import Ledger
from plantrack.actuals.rows import rows_of
from plantrack.actuals.table import Row, column_letter
from plantrack.texts import text

__all__ = ["YEARS", "header_rows", "no_header", "walk"]

#: The years a figure may be for.
YEARS = (1900, 2200)


def no_header(ledger: Ledger, seen: list[Any], rest: Any, layout: Layout | None) -> None:
    expected = {
        "long": text("data.no-header.long"),
        "wide": text("data.no-header.wide"),
        None: text("data.no-header.either"),
    }[layout]
    first = seen[0].line if seen else None
    if all(row.is_blank() for row in seen):
        ledger.note("empty-file", text("data.empty-file.no-text"))
        for row in seen:
            ledger.mark(row.line, "ignored", "blank-row")
        return
    ledger.note("no-header", text("data.no-header", rows=len(seen), expected=expected), first)
    for row in [*seen, *rest]:
        ledger.mark(row.line, "error" if not row.is_blank() else "ignored", "no-header")


def header_rows(header: Header, seen: list[Row], ledger: Ledger) -> list[Row]:
    """Mark the rows up to the header's last; the rows read after it while looking for it."""
    started = False
    after: list[Row] = []
    for row in seen:
        if not started:
            if row.line in header.lines:
                ledger.mark(row.line, "ignored", "header-row")
                if row.line == header.lines[-1]:
                    started = True
                    unread_columns(header, ledger)
                continue
            ledger.mark(row.line, "ignored", "blank-row" if row.is_blank() else "title-row")
            header.unit = unit_line(row) or header.unit
            continue
        after.append(row)
    return after


def walk(header: Header, seen: list[Row], rest: Any, ledger: Ledger, entries: list[Entry]) -> None:
    for row in itertools.chain(header_rows(header, seen, ledger), rest):
        row_entries(header, row, ledger, entries)


def row_entries(header: Header, row: Row, ledger: Ledger, entries: list[Entry]) -> None:
    found, outcomes = rows_of(header, row, year_range=YEARS)
    for outcome in outcomes:
        ledger.outcome(outcome)
    for entry in found:
        if not entry.unit:
            entry.unit = header.unit
    entries.extend(found)


def unread_columns(header: Header, ledger: Ledger) -> None:
    line = header.lines[-1]
    for col, label in header.unread.items():
        ledger.note(
            "unread-column",
            text("data.unread-column", column=column_letter(col + 1), label=label),
            line,
            col + 1,
        )
