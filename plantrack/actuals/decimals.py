"""A file's decimal mark told to the reader: the cells written with the other mark than the
rest of the file (``decimal-mismatch``), and the cells that read two ways when no other number
says which (``ambiguous-decimal``, one finding for the file). The vote itself is
:func:`plantrack.actuals.figures.decide_decimal`.
"""

from __future__ import annotations

from plantrack.actuals.figures import DecimalDecision
from plantrack.actuals.layout import Entry
from plantrack.actuals.ledger import Ledger
from plantrack.findings import Severity
from plantrack.texts import Text, text

__all__ = ["refuse_decimals"]


def refuse_decimals(decision: DecimalDecision, entries: list[Entry], ledger: Ledger) -> set[int]:
    """Mark the entries (the numbers voted on, in the vote's order) that ``decision`` refuses;
    the ids of those entries."""
    refused: set[int] = set()
    if decision.against:
        winner = decision.mark
        for index in decision.against:
            entry = entries[index]
            refused.add(id(entry))
            other = "comma" if winner == "point" else "point"
            ledger.mark(
                entry.line,
                "error",
                "decimal-mismatch",
                text(
                    "data.decimal-mismatch",
                    cell=entry.cell.text,
                    other=_mark(other),
                    winner=_mark(winner),
                    won=decision.votes.get(winner, 0),
                    lost=decision.votes.get(other, 0),
                )
                if winner
                else text(
                    "data.decimal-mismatch.equal",
                    cell=entry.cell.text,
                    count=decision.votes["comma"],
                ),
                col=entry.col,
                severity=Severity.ERROR,
            )
    if decision.mark is None and decision.ambiguous:
        cells = [entries[index] for index in decision.ambiguous]
        for entry in cells:
            refused.add(id(entry))
            ledger.mark(
                entry.line,
                "error",
                "ambiguous-decimal",
                text("data.ambiguous-decimal.row", cell=entry.cell.text),
                col=entry.col,
            )
        listed: str = ""
        for entry in cells[:10]:
            place = text(
                "data.ambiguous-decimal.place", cell=entry.cell.text, place=_place(ledger, entry)
            )
            listed = text("data.comma", first=listed, last=place) if listed else place
        more = text("data.cells.more", count=len(cells) - 10) if len(cells) > 10 else ""
        ledger.note(
            "ambiguous-decimal",
            text("data.ambiguous-decimal.file.many", count=len(cells), listed=listed, more=more)
            if len(cells) > 1
            else text("data.ambiguous-decimal.file.one", count=1, listed=listed, more=more),
            cells[0].line,
            cells[0].col,
        )
    return refused


def _place(ledger: Ledger, entry: Entry) -> str:
    cell = ledger.table.where(entry.line, entry.col) if ledger.table is not None else None
    return cell or text("data.line", line=entry.line)


def _mark(mark: str) -> Text:
    """The decimal mark ``comma`` or ``point`` as a word of a message."""
    return text("data.decimal-mark.comma") if mark == "comma" else text("data.decimal-mark.point")
