"""A file's decimal mark told to the reader: the cells written with the other mark than the
rest of the file (``decimal-mismatch``), and the cells that read two ways when no other number
says which (``ambiguous-decimal``, one finding for the file). The vote itself is
:func:`plantrack.actuals.figures.decide_decimal`.
"""

from __future__ import annotations

from plantrack.actuals.figures import DecimalDecision
from plantrack.actuals.layout import Entry
from plantrack.actuals.ledger import Ledger
from plantrack.findings import Finding, Severity

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
                (
                    f"{entry.cell.text!r} is written with a decimal {other} while the file's other "
                    f"numbers use a decimal {winner} ({decision.votes.get(winner, 0)} "
                    f"cells against {decision.votes.get(other, 0)}); correct it, or give --decimal"
                )
                if winner
                else (
                    f"{entry.cell.text!r}: the file's numbers use both decimal marks equally "
                    f"often ({decision.votes['comma']} cells each); give --decimal comma or "
                    "--decimal point"
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
                f"{entry.cell.text!r} reads two ways and the file does not say which",
                col=entry.col,
            )
        listed = ", ".join(
            f"{entry.cell.text} ({_place(ledger, entry)})" for entry in cells[:10]
        ) + (f" and {len(cells) - 10} more" if len(cells) > 10 else "")
        ledger.findings.append(
            Finding(
                "ambiguous-decimal",
                f"{len(cells)} number{'s' if len(cells) > 1 else ''} in this file read two ways "
                f"(6.794 is 6794 Vietnamese style, 6.794 English style) and no other number "
                f"says which: {listed}; give --decimal comma (Vietnamese) or --decimal point "
                "(English)",
                ledger.report.path,
                cells[0].line,
                cells[0].col,
                cell=ledger.table.where(cells[0].line, cells[0].col) if ledger.table else None,
            )
        )
    return refused


def _place(ledger: Ledger, entry: Entry) -> str:
    cell = ledger.table.where(entry.line, entry.col) if ledger.table is not None else None
    return cell or f"line {entry.line}"
