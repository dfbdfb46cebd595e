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
from typing import Literal

from plantrack.model import Indicator, Plan

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
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(template_rows(plan, layout, years))
    return out.getvalue()


def template_xlsx(plan: Plan, layout: Layout, years: tuple[int, int]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Số liệu"
    for row in template_rows(plan, layout, years):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
