"""A row of a report table as reported figures: each figure of the row an :class:`Entry`, or
the :class:`Outcome` that says why the row has none (a blank row, a section heading, a plan
figure, a year that is not one...), for the long and the wide layout.

:mod:`plantrack.actuals.layout` finds the header and the role of each column; nothing here
reads numbers or knows plans.
"""

from __future__ import annotations

import re

from plantrack.actuals.catalog import is_section_label, strip_numbering
from plantrack.actuals.layout import (
    Entry,
    Header,
    Outcome,
    figure_kind,
    is_no_figure,
    read_year,
    text,
)
from plantrack.actuals.table import Row


def rows_of(
    header: Header, row: Row, *, year_range: tuple[int, int]
) -> tuple[list[Entry], list[Outcome]]:
    """The figures of one data row, or the outcomes that say why it has none."""
    if row.is_blank():
        return [], [Outcome(row.line, "blank-row")]
    roles = header.roles
    label = row.cell(roles.get("indicator")).text
    stt = row.cell(roles.get("stt")).text
    if (
        _COLUMN_NUMBER.match(label)
        and all(_COLUMN_NUMBER.match(cell.text) for cell in row.cells if cell.text)
        and sum(1 for cell in row.cells if cell.text) >= 3
    ):
        return [], [Outcome(row.line, "header-row", text("data.header-row.column-numbers"))]
    extra = [c for c in row.cells[header.width :] if c.text]
    if extra and header.width:
        why = text("data.extra-cells.why") if header.delimiter is not None else ""
        return [], [
            Outcome(
                row.line,
                "extra-cells",
                text(
                    "data.extra-cells",
                    cells=len(row.cells),
                    width=header.width,
                    extra=", ".join(repr(c.text) for c in extra[:3]),
                    why=why,
                ),
                error=True,
            )
        ]
    if header.delimiter == ",":
        split = _split_number(header, row)
        if split is not None:
            return [], [split]
    common = {
        "area": row.cell(roles.get("area")).text,
        "plan": row.cell(roles.get("plan")).text,
        "source": row.cell(roles.get("source")).text,
    }
    unit = row.cell(roles.get("unit")).text
    if header.layout == "long":
        return _long_row(row, header, label, unit, common, year_range)
    return _wide_row(row, header, label, stt, unit, common)


_COLUMN_NUMBER = re.compile(r"^\(?(?:[0-9]{1,2}|[A-Za-z])\)?$")  # (1) (2) (3), A B 1 2
_INTEGER = re.compile(r"^[-−]?[0-9]+$")
_DIGITS = re.compile(r"^[0-9]{1,3}$")


def _split_number(header: Header, row: Row) -> Outcome | None:
    """``120,5`` left unquoted in a comma-separated file: its ``5`` lands in a text column."""
    for role in ("source", "note"):
        col = header.roles.get(role)
        if col is None or col == 0:
            continue
        here, before = row.cell(col).text, row.cell(col - 1).text
        if _DIGITS.match(here) and _INTEGER.match(before):
            return Outcome(
                row.line,
                "split-number",
                text(
                    "data.split-number",
                    before=before,
                    here=here,
                    role=text("data.role.source") if role == "source" else text("data.role.note"),
                ),
                error=True,
                col=col + 1,
            )
    return None


def _long_row(
    row: Row,
    header: Header,
    label: str,
    unit: str,
    common: dict[str, str],
    year_range: tuple[int, int],
) -> tuple[list[Entry], list[Outcome]]:
    roles = header.roles
    value = row.cell(roles["value"])
    year_cell = row.cell(roles["year"])
    kind_text = row.cell(roles.get("kind")).text
    if not label:
        if is_no_figure(value.text):
            return [], [Outcome(row.line, "no-values", text("data.no-values.nothing"))]
        return [], [
            Outcome(row.line, "missing-indicator", text("data.missing-indicator.value"), error=True)
        ]
    kind = figure_kind(kind_text)
    if kind is None:
        return [], [
            Outcome(
                row.line,
                "unknown-figure-kind",
                text("data.unknown-figure-kind", kind=kind_text),
                error=True,
                col=roles["kind"] + 1,
            )
        ]
    if kind == "plan":
        return [], [Outcome(row.line, "plan-figure", text("data.plan-figure"))]
    if is_no_figure(value.text):
        return [], [Outcome(row.line, "no-values", text("data.no-values.blank"))]
    year = read_year(year_cell)
    if year is None or not year_range[0] <= year <= year_range[1]:
        shown = year_cell.text or text("data.blank")
        first, last = year_range
        return [], [
            Outcome(
                row.line,
                "bad-year",
                text("data.bad-year", year=shown, first=first, last=last),
                error=True,
                col=roles["year"] + 1,
            )
        ]
    entry = Entry(
        row.line,
        roles["value"] + 1,
        label,
        common["area"],
        common["plan"],
        year,
        kind,
        value,
        unit,
        common["source"],
    )
    return [entry], []


def _wide_row(
    row: Row, header: Header, label: str, stt: str, unit: str, common: dict[str, str]
) -> tuple[list[Entry], list[Outcome]]:
    filled = {col: row.cell(col) for col in header.years if not is_no_figure(row.cell(col).text)}
    if not filled:
        if is_section_label(stt, label):
            return [], [
                Outcome(row.line, "section-row", text("data.section-row", label=label or stt))
            ]
        return [], [Outcome(row.line, "no-values", text("data.no-values.no-year"))]
    if not label:
        return [], [
            Outcome(
                row.line, "missing-indicator", text("data.missing-indicator.figures"), error=True
            )
        ]
    entries: list[Entry] = []
    outcomes: list[Outcome] = []
    for col, cell in filled.items():
        year, kind = header.years[col]
        if kind == "plan":
            outcomes.append(
                Outcome(
                    row.line, "plan-figure", text("data.plan-figure.year", year=year), col=col + 1
                )
            )
            continue
        entries.append(
            Entry(
                row.line,
                col + 1,
                strip_numbering(label),
                common["area"],
                common["plan"],
                year,
                kind,
                cell,
                unit,
                common["source"],
            )
        )
    if not entries and is_section_label(stt, label):
        return [], [Outcome(row.line, "section-row", text("data.section-row", label=label or stt))]
    return entries, outcomes
