"""``plantrack template``: an empty data-entry sheet for a plan, which ``check`` reads back.

One row per indicator, area and year (long) or per indicator and area with one column per year
(wide), with the plan id, the indicator id and name, the area and the unit already filled in, so
that whoever fills it in only types figures. The sheet uses the column names the readers know, so
``plantrack check`` reads it without any option.

The year of estimates (``estimate_year``, the current year for the command line) is marked as the
readers recognise an estimate (:func:`plantrack.actuals.layout.year_column`): its column headed
``Ước TH 2026`` (wide), or its rows of kind ``ƯTH`` (long). The ``.xlsx`` sheet is the one people
fill in: STT and years as numbers, column widths set, a drop-down of the words the reader takes
for a qualitative or rated row, and a second sheet, ``Hướng dẫn``, saying in Vietnamese and
English what to fill and how estimates are marked (the reader takes the first sheet with data:
the figures).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any, Literal, TypeAlias

from plantrack.plans.model import Indicator, Plan
from plantrack.safe_text import neutralise_formula, spreadsheet_cell, visible
from plantrack.texts import text

Layout = Literal["long", "wide"]
#: A cell of the sheet: text, or a number (STT, a year).
Value: TypeAlias = "str | int"

#: The data sheet's name, and the instructions' (after it: the reader takes the first).
SHEET, INSTRUCTIONS = "Số liệu", "Hướng dẫn"

#: A qualitative row's drop-down: a word for each state the reader knows
#: (:func:`plantrack.observations.parse_state`), in the language of the run.
STATE_CHOICES = {
    "vi": ("Đạt", "Chưa đạt", "Đang thực hiện"),
    "en": ("achieved", "not achieved", "in progress"),
}


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


def estimate_header(year: int) -> str:
    """The header of the column of a year's estimates, as offices write it."""
    return f"Ước TH {year}"


def template_rows(
    plan: Plan, layout: Layout, years: tuple[int, int], estimate_year: int | None = None
) -> Iterator[list[Value]]:
    """The sheet as rows, header first: text, and numbers for STT and years (a wide header's
    years too, but for ``estimate_year``'s, headed :func:`estimate_header`)."""
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
                        year,
                        "",
                        _unit_label(indicator),
                        "ƯTH" if year == estimate_year else "TH",
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
        *(
            estimate_header(year) if year == estimate_year else year
            for year in range(first, last + 1)
        ),
        "Nguồn",
        "Ghi chú",
    ]
    number = 0
    for indicator in plan.indicators:
        for area in _areas(plan, indicator):
            number += 1
            yield [
                number,
                indicator.id,
                indicator.name.vi,
                _unit_label(indicator),
                names[area],
                plan.id,
                *([""] * (last - first + 1)),
                "",
                "",
            ]


def template_csv(
    plan: Plan, layout: Layout, years: tuple[int, int], estimate_year: int | None = None
) -> str:
    """The sheet as CSV; plan text that a spreadsheet would run as a formula is neutralised and
    control characters are written out (:func:`~plantrack.safe_text.spreadsheet_cell`), as in
    ``check --format csv``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in template_rows(plan, layout, years, estimate_year):
        writer.writerow([spreadsheet_cell(str(cell)) for cell in row])
    return out.getvalue()


def template_xlsx(
    plan: Plan,
    layout: Layout,
    years: tuple[int, int],
    estimate_year: int | None = None,
    lang: str = "vi",
) -> bytes:
    """The sheet as an Excel workbook: the figures' sheet, then the instructions (in Vietnamese
    and English); the drop-downs' words in ``lang``."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    rows = list(template_rows(plan, layout, years, estimate_year))
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, int):
                cell.value = value
                cell.number_format = "0"  # a year is 2021, never 2.021 or 2,021
            elif value:  # an empty cell is left blank, for a figure
                _text_cell(cell, value)
    _style(sheet, rows, layout, estimate_year)
    _drop_downs(sheet, plan, layout, years, lang)
    _instructions(book.create_sheet(INSTRUCTIONS), plan, layout, years, estimate_year, lang)
    book.active = 0
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


#: A column's width bounds, in characters (a name column wraps beyond the widest); a year's
#: column holds figures such as 19.943,74.
_NARROWEST, _WIDEST, _FIGURES = 6, 48, 11
_HEADER_FILL, _ESTIMATE_FILL = "D9E1F2", "FFF2CC"


def _style(sheet: Any, rows: list[list[Value]], layout: Layout, estimate_year: int | None) -> None:
    """Bold header on a fill, wrapped; each column as wide as its longest cell (within bounds);
    the header row (and, wide, the columns naming each row) frozen; the estimates shaded (the
    column and its header, or the value and kind of each row)."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header = rows[0]
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first_year = 7 if layout == "wide" else 2  # wide: STT to plan stay in view
    figures = range(first_year - 1, len(header) - 2) if layout == "wide" else (5,)
    for index in range(len(header)):
        longest = max(len(str(row[index])) for row in rows)
        least = _FIGURES if index in figures else _NARROWEST
        width = min(max(longest + 2, least), _WIDEST)
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    shade = PatternFill("solid", fgColor=_ESTIMATE_FILL)
    if layout == "wide" and estimate_year is not None:
        if estimate_header(estimate_year) in header:
            column = header.index(estimate_header(estimate_year)) + 1
            for number in range(1, len(rows) + 1):
                sheet.cell(row=number, column=column).fill = shade
    elif layout == "long":
        for number, values in enumerate(rows[1:], start=2):
            if values[7] == "ƯTH":  # the value and the kind of an estimate's row
                sheet.cell(row=number, column=6).fill = shade
                sheet.cell(row=number, column=8).fill = shade
    sheet.freeze_panes = sheet.cell(row=2, column=first_year).coordinate


def _choices(indicator: Indicator, lang: str) -> tuple[str, ...] | None:
    """The words a qualitative or rated row is filled with, or None for figures."""
    scale = indicator.rating_scale
    if scale is not None:
        return tuple(level.get(lang) for level in scale.levels)
    unit = indicator.unit_info
    if unit is not None and unit.is_qualitative:
        return STATE_CHOICES[lang]
    return None


def _drop_downs(sheet: Any, plan: Plan, layout: Layout, years: tuple[int, int], lang: str) -> None:
    """A list of the accepted words on each qualitative or rated row's figure cells; a word not
    on the list is warned about, not refused (the reader takes other spellings too)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    count = years[1] - years[0] + 1
    lists: dict[tuple[str, ...], Any] = {}
    row = 2
    for indicator in plan.indicators:
        span = len(_areas(plan, indicator)) * (count if layout == "long" else 1)
        words = _choices(indicator, lang)
        if span and words is not None and _fits_a_list(words):
            check = lists.get(words)
            if check is None:
                check = lists[words] = DataValidation(
                    type="list",
                    formula1='"' + ",".join(words) + '"',
                    allow_blank=True,
                    errorStyle="warning",
                    showErrorMessage=True,
                )
                sheet.add_data_validation(check)
            if layout == "long":
                check.add(f"F{row}:F{row + span - 1}")
            else:
                last = get_column_letter(6 + count)
                check.add(f"G{row}:{last}{row + span - 1}")
        row += span


def _fits_a_list(words: tuple[str, ...]) -> bool:
    """Excel's list of values: no comma or quote in a word, 255 characters in all."""
    joined = ",".join(words)
    return len(joined) <= 255 and not any("," in w or '"' in w for w in words)


def _instructions(
    sheet: Any,
    plan: Plan,
    layout: Layout,
    years: tuple[int, int],
    estimate_year: int | None,
    lang: str,
) -> None:
    """What to fill and how, a line each, Vietnamese in column A and English in column B."""
    from openpyxl.styles import Alignment, Font

    first, last = years
    lines = [
        text("template.title"),
        text("template.plan", title=plan.title.vi, plan=plan.id, first=first, last=last),
        (
            text("template.wide", sheet=SHEET)
            if layout == "wide"
            else text("template.long", sheet=SHEET)
        ),
        text("template.keep"),
        text("template.numbers"),
    ]
    if estimate_year is not None and first <= estimate_year <= last:
        header = estimate_header(estimate_year)
        if layout == "wide":
            lines.append(text("template.estimate-column", header=header, year=estimate_year))
        else:
            lines.append(text("template.estimate-rows", year=estimate_year))
    lines.append(text("template.estimate-words"))
    units = [indicator.unit_info for indicator in plan.indicators]
    if any(unit is not None and unit.is_qualitative for unit in units):
        lines.append(text("template.states", words=", ".join(STATE_CHOICES[lang])))
    if any(indicator.rating_scale is not None for indicator in plan.indicators):
        lines.append(text("template.levels"))
    lines += [text("template.source"), text("template.check")]
    sheet["A1"], sheet["B1"] = "Tiếng Việt", "English"
    for number, line in enumerate(lines, start=2):
        for column, language in ((1, "vi"), (2, "en")):
            cell = sheet.cell(row=number, column=column)
            _text_cell(cell, line.render(language))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in (*sheet[1], *sheet[2]):
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = sheet.column_dimensions["B"].width = 70


def _text_cell(cell: Any, value: str) -> None:
    """``value`` in ``cell`` as text, never as a formula: control characters written out (openpyxl
    refuses them, and a terminal would obey them), the type string (``s``) whatever the first
    character, and Excel's quote prefix on text that reads as a formula, so that editing the cell
    in Excel keeps it text."""
    shown = visible(value)
    cell.value = shown
    cell.data_type = "s"
    if neutralise_formula(shown) != shown:
        cell.quotePrefix = True
