"""Opening a workbook's sheet as a table of rows, with either Excel reader.

The standard-library reader (:mod:`plantrack.actuals.xlsx`) reads nearly every workbook; openpyxl
reads the ones it does not fully understand. Both go through the same limits
(:mod:`plantrack.actuals.limits`) and place rows the same way, each at its own number, so neither
path can take more than a workbook may, or drop a row the other keeps. This module knows about
sheets and rows, nothing about plans or indicators.
"""

from __future__ import annotations

import io
import os
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from plantrack import texts
from plantrack.actuals import limits
from plantrack.actuals.limits import Limit
from plantrack.actuals.table import _FORMULA, EMPTY, Cell, ReadError, Row, Table, text


def open_sheet(name: str, source: str | os.PathLike[str] | IO[bytes], sheet: str | None) -> Table:
    """A workbook's sheet as rows.

    Read with the standard library (:mod:`plantrack.actuals.xlsx`), and with openpyxl when that
    reader does not fully understand the workbook. Blank rows after the last row with a value are
    not rows of the table (a formatted cell far down the sheet must not add a million empty rows).
    """
    from plantrack.actuals import xlsx

    data = source.read() if hasattr(source, "read") else None
    try:
        book = xlsx.Workbook(io.BytesIO(data) if data is not None else source)
    except xlsx.Unsupported:
        return open_sheet_openpyxl(name, io.BytesIO(data) if data is not None else source, sheet)
    except Limit as error:
        raise _read_error(error) from None
    chosen = _pick_sheet(book.names, sheet, book.has_values, book.charts.__contains__, book.close)
    rows = _sheet_rows(book.rows(chosen, _make_cell), book.close)
    return Table(name, "xlsx", rows, sheet=chosen)


def _read_error(error: Limit) -> ReadError:
    return ReadError(error.code, error.message, error.row, error.cell)


def _pick_sheet(
    names: list[str],
    sheet: str | None,
    has_values: Callable[[str], bool],
    is_chart: Callable[[str], bool],
    close: Callable[[], None],
) -> str:
    """:func:`choose_sheet`, refusing a chart sheet; on any failure the workbook is closed and
    the failure is a ReadError."""
    try:
        chosen = choose_sheet(names, sheet, has_values)
        if is_chart(chosen):
            raise _chart_sheet(chosen)
    except ReadError:
        close()
        raise
    except Limit as error:
        close()
        raise _read_error(error) from None
    except Exception as error:  # a sheet's XML damaged in its first rows
        close()
        raise _unreadable(error) from None
    return chosen


def fold_sheet_name(name: str) -> str:
    """A sheet name as ``--sheet`` matches it: any Unicode form, case and accents (``đ`` as
    ``d``), spaces around it ignored and runs of spaces as one."""
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def choose_sheet(names: list[str], sheet: str | None, has_values: Callable[[str], bool]) -> str:
    """The sheet asked for, or the first with a value in its first rows.

    A name is matched as written (in NFC, any case, spaces around it ignored); when none
    matches so, without accents too (``--sheet "bieu 01"`` finds ``Biểu 01``), provided that
    names one sheet only."""
    if not names:
        raise ReadError("empty-file", texts.text("data.empty-file.no-sheets"))
    if sheet is None:
        return next((n for n in names if has_values(n)), names[0])
    wanted = unicodedata.normalize("NFC", sheet).strip().casefold()
    matching = [n for n in names if unicodedata.normalize("NFC", n).strip().casefold() == wanted]
    if matching:
        return matching[0]
    folded = fold_sheet_name(sheet)
    matching = [n for n in names if fold_sheet_name(n) == folded]
    if len(matching) == 1:
        return matching[0]
    if matching:
        raise ReadError(
            "sheet-not-found",
            texts.text(
                "data.sheet-not-found.accents",
                sheet=sheet,
                count=len(matching),
                names=", ".join(map(repr, matching)),
            ),
        )
    raise ReadError(
        "sheet-not-found",
        texts.text("data.sheet-not-found", sheet=sheet, names=", ".join(map(repr, names))),
    )


def _unreadable(error: Exception) -> ReadError:
    return ReadError(
        "xlsx-unreadable",
        texts.text("data.xlsx-unreadable.damaged", error=f"{type(error).__name__}: {error}"),
    )


def _chart_sheet(name: str) -> ReadError:
    return ReadError(
        "xlsx-unreadable",
        texts.text("data.xlsx-unreadable.chart", sheet=name),
    )


def _sheet_rows(
    numbered: Iterator[tuple[int, list[Cell]]], *close: Callable[[], None]
) -> Iterator[Row]:
    """A sheet's rows as they are read; a sheet that fails midway is a ReadError, and the
    workbook is closed at the end either way."""
    try:
        yield from _with_blank_rows(numbered)
    except ReadError:
        raise
    except Limit as error:
        raise _read_error(error) from None
    except Exception as error:
        raise ReadError(
            "xlsx-unreadable",
            texts.text("data.xlsx-unreadable.midway", error=f"{type(error).__name__}: {error}"),
        ) from None
    finally:
        for done in close:
            done()


def _with_blank_rows(numbered: Iterable[tuple[int, list[Cell]]]) -> Iterator[Row]:
    """Rows by number, trailing empty cells dropped; blank rows are yielded only when a row with
    a value follows them."""
    last = 0
    for number, cells in numbered:
        while cells and not cells[-1].text:
            cells.pop()
        if not cells:
            continue
        for blank in range(last + 1, number):
            yield Row(blank, [])
        last = number
        yield Row(number, cells)


def open_sheet_openpyxl(
    name: str, source: str | os.PathLike[str] | IO[bytes], sheet: str | None
) -> Table:
    """A workbook's sheet read with openpyxl, the values Excel saved and the formulas side by
    side, so that a formula saved without its value (files written by scripts) is reported, not
    read as blank. Every XML part is first read through the budget; the rows are read with
    openpyxl's own sheet parser (``openpyxl.worksheet._reader``, which its read-only sheets use
    too, but they drop a row numbered below the one before) and placed as the standard-library
    reader places them."""
    try:
        import openpyxl  # imported here: only workbooks the standard-library reader refuses
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise ReadError("xlsx-unreadable", texts.text("data.xlsx-unreadable.no-openpyxl")) from None
    data = source.read() if hasattr(source, "read") else None

    def opened() -> Any:
        return io.BytesIO(data) if data is not None else source

    try:
        with zipfile.ZipFile(opened()) as archive:
            limits.check_package(archive)
    except Limit as error:
        raise _read_error(error) from None
    except Exception:  # not a zip openpyxl can read either: it says what is wrong below
        pass

    def load(values: bool) -> Any:
        return openpyxl.load_workbook(opened(), read_only=True, data_only=values)

    try:
        values_book = load(True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise _unreadable(error) from None
    chosen = _pick_sheet(
        values_book.sheetnames,
        sheet,
        lambda n: _has_values(values_book[n]),
        lambda n: not hasattr(values_book[n], "iter_rows"),  # a chart sheet
        values_book.close,
    )
    values_sheet = values_book[chosen]
    formula_book = formula_sheet = None
    if has_formulas(values_book, values_sheet):  # else the second reading would add nothing
        try:
            formula_book = load(False)
        except Exception as error:
            values_book.close()
            raise _unreadable(error) from None
        formula_sheet = formula_book[chosen]
    closing = [values_book.close] + ([formula_book.close] if formula_book is not None else [])

    def numbered() -> Iterator[tuple[int, list[Cell]]]:
        budget = limits.Budget(values_book._archive)
        with budget.open(values_sheet._worksheet_path, charge=False) as ahead:
            in_order = limits.rows_in_order(ahead)
        read = _openpyxl_rows(budget, chosen, values_sheet, formula_sheet)
        yield from limits.arranged(read, in_order, EMPTY, chosen)

    return Table(name, "xlsx", _sheet_rows(numbered(), *closing), sheet=chosen)


def _openpyxl_rows(
    budget: limits.Budget, name: str, values_sheet: Any, formula_sheet: Any
) -> Iterator[tuple[int, list[tuple[int, Cell]]]]:
    """The rows as openpyxl's sheet parser reads them from the XML, in its order, with the
    limits of :mod:`plantrack.actuals.limits` applied as the standard-library reader applies
    them."""
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.worksheet._reader import WorkSheetParser

    def parser(sheet: Any, stream: Any) -> Any:
        book = sheet.parent
        return WorkSheetParser(
            stream,
            sheet._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )

    path = values_sheet._worksheet_path
    with budget.open(path) as values_stream:
        formulas_stream = None if formula_sheet is None else budget.open(path, charge=False)
        try:
            values_rows = parser(values_sheet, values_stream).parse()
            formula_rows: Iterator[Any] = (
                parser(formula_sheet, formulas_stream).parse()
                if formulas_stream is not None
                else iter(())
            )
            before = 0
            for number, row in values_rows:
                formulas: list[Any] = next(formula_rows, (number, []))[1] if formula_sheet else []
                if not 1 <= number <= limits.MAX_ROWS:
                    raise limits.row_out_of_range(name, number, before)
                before = number
                placed = []
                for i, cell in enumerate(row):
                    column = cell["column"]
                    if column > limits.MAX_COLUMNS:
                        raise limits.column_out_of_range(name, number, column, None)
                    value = cell["value"]
                    if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
                        raise limits.cell_too_long(name, number, column, len(value))
                    formula = formulas[i] if i < len(formulas) else None
                    placed.append(
                        (
                            column,
                            _excel_cell(
                                ReadOnlyCell(values_sheet, **cell),
                                ReadOnlyCell(formula_sheet, **formula) if formula else None,
                            ),
                        )
                    )
                yield number, placed
        except Limit as error:
            if error.code == "xlsx-cell-too-long" and error.row is None:
                error.row = before + 1
                error.cell = (
                    f"{name}!{error.cell}" if error.cell else limits.address(name, before + 1)
                )
                error.message = texts.text("data.in-sheet", sheet=name, reason=error.message)
            raise
        finally:
            if formulas_stream is not None:
                formulas_stream.close()


def has_formulas(book: Any, worksheet: Any) -> bool:
    """Whether the sheet's XML holds a formula (``<f>``); True when that cannot be told."""
    try:
        with book._archive.open(worksheet._worksheet_path) as part:
            tail = b""
            while chunk := part.read(1 << 20):
                if _FORMULA.search(tail + chunk):
                    return True
                tail = chunk[-64:]
    except Exception:  # openpyxl's internals changed: read the formulas as before
        return True
    return False


def _has_values(worksheet: object, rows: int = 50) -> bool:
    """Whether a sheet has any value in its first rows (a chart sheet has none)."""
    if not hasattr(worksheet, "iter_rows"):
        return False
    worksheet.reset_dimensions()  # type: ignore[attr-defined]
    for index, row in enumerate(worksheet.iter_rows(values_only=True)):
        if any(value is not None and str(value).strip() for value in row):
            return True
        if index >= rows:
            break
    return False


def _excel_cell(cell: object, formula: object = None) -> Cell:
    """An openpyxl read-only cell (and the same cell in the formulas view) as a :class:`Cell`."""
    value = getattr(cell, "value", None)
    percent = False
    if isinstance(value, int | float) and not isinstance(value, bool):
        percent = "%" in (getattr(cell, "number_format", "") or "")
    written = getattr(formula, "value", None)
    return _make_cell(value, percent, written if isinstance(written, str) else None)


def _make_cell(value: Any, percent: bool, formula: str | None) -> Cell:
    """A cell from what a workbook holds: its value as openpyxl types it, whether its number
    format shows a percentage, and the formula's text for a formula saved without a value."""
    if value is None:
        if formula is not None and formula.startswith("="):
            return Cell(formula)  # a formula with no saved value: read as text, refused later
        return EMPTY
    if isinstance(value, bool):
        return Cell("TRUE" if value else "FALSE")
    if isinstance(value, int | float):
        number = float(value)
        shown = str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
        return Cell(shown, number, percent)
    if hasattr(value, "isoformat"):
        return Cell(value.isoformat())
    return Cell(text(str(value)))
