"""``plantrack template``: an empty data-entry sheet for a plan, which ``check`` reads back.

One row per indicator, area and year (long) or per indicator and area with one column per year
(wide), with the plan id, the indicator id and name, the area and the unit already filled in, so
that whoever fills it in only types figures. The sheet uses the column names the readers know, so
``plantrack check`` reads it without any option.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any, Literal

from plantrack.plans.model import Indicator, Plan
from plantrack.safe_text import neutralise_formula, spreadsheet_cell, visible

Layout = Literal["long", "wide"]


def _areas(plan: Plan, indicator: Indicator) -> list[str]:
    """The areas an indicator's targets speak of (and their reference areas), and those where
    another target uses its figures (a share's numerator or denominator, a count's criterion in
    each area counted), in plan order."""
    wanted: set[str] = set(plan.areas_using(indicator.id))
    for target in indicator.targets:
        wanted.update(target.areas or [plan.area])
        reference = getattr(target, "reference_area", None)
        if reference:
            wanted.add(reference)
    return [area.id for area in plan.areas if area.id in wanted]


def _unit_label(indicator: Indicator) -> str:
    unit = indicator.unit_info
    return unit.symbol_vi if unit is not None else indicator.unit


def default_years(plan: Plan) -> tuple[int, int]:
    return plan.base_year, plan.period.end


def template_rows(plan: Plan, layout: Layout, years: tuple[int, int]) -> Iterator[list[str]]:
    """The sheet as rows of text, header first."""
    first, last = years
    names = {area.id: area.name.vi for area in plan.areas}
    if layout == "long":
        yield [
            "plan",
            "indicator",
            "name",
            "area",
            "year",
            "value",
            "unit",
            "kind",
            "source",
            "note",
        ]
        for indicator in plan.indicators:
            for area in _areas(plan, indicator):
                for year in range(first, last + 1):
                    yield [
                        plan.id,
                        indicator.id,
                        indicator.name.vi,
                        names[area],
                        str(year),
                        "",
                        _unit_label(indicator),
                        "TH",
                        "",
                        "",
                    ]
        return
    yield [
        "STT",
        "Mã chỉ tiêu",
        "Tên chỉ tiêu",
        "ĐVT",
        "Địa bàn",
        "plan",
        *(str(year) for year in range(first, last + 1)),
        "Nguồn",
        "Ghi chú",
    ]
    number = 0
    for indicator in plan.indicators:
        for area in _areas(plan, indicator):
            number += 1
            yield [
                str(number),
                indicator.id,
                indicator.name.vi,
                _unit_label(indicator),
                names[area],
                plan.id,
                *([""] * (last - first + 1)),
                "",
                "",
            ]


def template_csv(plan: Plan, layout: Layout, years: tuple[int, int]) -> str:
    """The sheet as CSV; plan text that a spreadsheet would run as a formula is neutralised and
    control characters are written out (:func:`~plantrack.safe_text.spreadsheet_cell`), as in
    ``check --format csv``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in template_rows(plan, layout, years):
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return out.getvalue()


def template_xlsx(plan: Plan, layout: Layout, years: tuple[int, int]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Số liệu"
    for number, row in enumerate(template_rows(plan, layout, years), start=1):
        for column, text in enumerate(row, start=1):
            _text_cell(sheet.cell(row=number, column=column), text)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text_cell(cell: Any, text: str) -> None:
    """``text`` in ``cell`` as text, never as a formula: control characters written out (openpyxl
    refuses them, and a terminal would obey them), the type string (``s``) whatever the first
    character, and Excel's quote prefix on text that reads as a formula, so that editing the cell
    in Excel keeps it text."""
    shown = visible(text)
    cell.value = shown
    cell.data_type = "s"
    if neutralise_formula(shown) != shown:
        cell.quotePrefix = True
