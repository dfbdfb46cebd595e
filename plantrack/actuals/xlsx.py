"""Reading a sheet of an ``.xlsx`` workbook with the standard library (``zipfile`` + ``iterparse``).

openpyxl takes about 0.1 s to import (more when numpy is installed, which it then loads), longer
than plantrack's own everyday check; and its read-only cells are objects made one per cell. What
plantrack needs from a sheet is small: the sheet names, and for each cell its value (number,
text, shared string, boolean, error, date) the way openpyxl's read-only, ``data_only`` reading
gives it, whether its number format shows a percentage, and, for a formula saved without a value,
the formula's text. This module reads exactly that, streaming the sheet's XML.

It is a second reading of a format openpyxl knows in full, so it reads only workbooks it fully
understands: anything else (strict OOXML, a chart or dialog sheet among the sheets, a part that is
missing or not XML) raises :class:`Unsupported` before a single row is read, and the caller reads
the workbook with openpyxl as before. Parts are found where openpyxl finds them (the workbook and
the shared strings by content type, the styles at ``xl/styles.xml``).
``tests/test_stdlib_xlsx_matches_openpyxl.py`` and
``tests/test_stdlib_xlsx_edge_cases_match_openpyxl.py`` hold the two readers equal on generated
and hand-built workbooks.
One difference is kept on purpose: openpyxl refuses a whole workbook when a part plantrack does
not use is malformed (document properties, fonts, page margins, merged-cell ranges) or a cell's
style cannot be resolved; this reader reads the sheet's values anyway. The date conversions below follow openpyxl's (``openpyxl.utils.datetime``,
MIT licence) so that a date cell reads the same text either way.

Rows are placed as Excel places them, each at its own number (``<row r="...">``; a row without
one follows the row before it): rows out of order are put in order, a row given twice has its
cells merged, a cell given twice keeps the last. Excel's own limits are applied, and a budget on
what the parts may decompress to (:mod:`plantrack.actuals.limits`), so that a small file cannot
make the reader allocate without end: each breach is a :class:`~plantrack.actuals.limits.Limit`
naming the part, sheet, row or cell.
"""

from __future__ import annotations

import datetime
import os
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import IO, Any, TypeVar
from xml.etree.ElementTree import Element, ParseError, XMLParser, iterparse

from plantrack import texts
from plantrack.actuals import limits
from plantrack.actuals.limits import Limit

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_OFFICE_DOCUMENT = _TYPES + "officeDocument"
_WORKSHEET = _TYPES + "worksheet"
_CHARTSHEET = _TYPES + "chartsheet"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_MACRO = "application/vnd.ms-excel."
# the parts openpyxl looks up by content type, in the order it tries them
_WORKBOOK_TYPES = (
    _MACRO + "template.macroEnabled.main+xml",
    _SPREADSHEET + "template.main+xml",
    _MACRO + "sheet.macroEnabled.main+xml",
    _SPREADSHEET + "sheet.main+xml",
)
_SHARED_STRINGS_TYPE = _SPREADSHEET + "sharedStrings+xml"
_STYLES_PART = "xl/styles.xml"  # openpyxl reads the styles there, whatever the relationships say
_DATE1904 = {None: False, "": False, "0": False, "false": False, "1": True, "true": True}

_ROW, _V, _F, _IS = (_MAIN + tag for tag in ("row", "v", "f", "is"))
_T, _R = _MAIN + "t", _MAIN + "r"

# openpyxl.styles.numbers.BUILTIN_FORMATS: the format codes Excel does not write out
_BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)",
    41: r'_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)',
    42: r'_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)',
    43: r'_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)',
    44: r'_("$"* #,##0.00_)_("$"* \(#,##0.00\)_("$"* "-"??_)_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}  # fmt: skip
_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_CODE = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_TIMEDELTA_CODE = re.compile(
    r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.IGNORECASE
)
_WINDOWS_EPOCH = datetime.datetime(1899, 12, 30)
_MAC_EPOCH = datetime.datetime(1904, 1, 1)
_ISO = re.compile(
    r"(?P<date>(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2}))?T?"
    r"(?P<time>(?P<hour>\d{2}):(?P<minute>\d{2})"
    r"(:(?P<second>\d{2})(?P<microsecond>\.\d{1,3})?)?)?Z?"
)
_ISO_DURATION = re.compile(
    r"PT((?P<hours>\d+)H)?((?P<minutes>\d+)M)?((?P<seconds>\d+(\.\d{1,3})?)S)?"
)

C = TypeVar("C")
#: What the caller makes of a cell: (value, its number format shows a percentage, formula text).
MakeCell = Callable[[Any, bool, "str | None"], C]


class Unsupported(Exception):
    """The workbook is not one this reader fully understands: read it with openpyxl."""


class Workbook:
    """An open workbook: its sheet names, and each sheet's rows on demand."""

    def __init__(self, source: str | os.PathLike[str] | IO[bytes]) -> None:
        try:
            self._zip = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise Unsupported(str(error)) from None
        self._budget = limits.Budget(self._zip)
        try:
            self._open()
        except (Unsupported, Limit):
            self._zip.close()
            raise
        except (KeyError, ParseError, ValueError, IndexError, OSError, EOFError) as error:
            self._zip.close()  # zlib errors are OSError's kin too; openpyxl will say what it is
            raise Unsupported(f"{type(error).__name__}: {error}") from None
        except Exception as error:  # zipfile raises a few more kinds for a damaged archive
            self._zip.close()
            raise Unsupported(f"{type(error).__name__}: {error}") from None

    def _open(self) -> None:
        # The parts are found the way openpyxl finds them: the workbook and the shared strings by
        # their content type, the styles at xl/styles.xml; where the package's relationships say
        # otherwise, openpyxl is left to read it.
        overrides: dict[str, list[str]] = {}
        types = _parse(self._budget.read("[Content_Types].xml"))
        for item in types.iter(_CONTENT_TYPES + "Override"):
            kind, part = item.get("ContentType") or "", (item.get("PartName") or "")[1:]
            overrides.setdefault(kind, []).append(part)
        path = next((overrides[t][0] for t in _WORKBOOK_TYPES if t in overrides), None)
        defaults = {item.get("ContentType") for item in types.iter(_CONTENT_TYPES + "Default")}
        if path is None and defaults.intersection(_WORKBOOK_TYPES):
            path = "xl/workbook.xml"  # a workbook type made the default for .xml files
        if path is None or self._rels("_rels/.rels", "").get(_OFFICE_DOCUMENT) != [path]:
            raise Unsupported(
                "the workbook part is not where both the content types and the relationships say"
            )
        root = _parse(self._budget.read(path))
        if root.tag != _MAIN + "workbook":
            raise Unsupported(f"not a transitional SpreadsheetML workbook: {root.tag}")
        properties = root.find(_MAIN + "workbookPr")
        date1904 = None if properties is None else properties.get("date1904")
        if date1904 not in _DATE1904:
            raise Unsupported(f"date1904={date1904!r}")
        self.epoch = _MAC_EPOCH if _DATE1904[date1904] else _WINDOWS_EPOCH
        parts = self._rels(_rels_of(path), posixpath.dirname(path), by_id=True)
        sheets = root.find(_MAIN + "sheets")
        self._sheets: dict[str, str] = {}
        self.charts: set[str] = set()  # chart sheets: named, but no table to read
        self.names: list[str] = []
        for sheet in [] if sheets is None else sheets:
            name = sheet.get("name")
            kind, target = parts.get(sheet.get(_REL + "id") or "", ("", ""))
            if name is None or kind not in (_WORKSHEET, _CHARTSHEET) or name in self.names:
                raise Unsupported(f"sheet {name!r} is not a worksheet ({kind})")
            self._zip.getinfo(target)  # KeyError when the part is missing
            if kind == _CHARTSHEET:
                self.charts.add(name)
            else:
                self._sheets[name] = target
            self.names.append(name)
        strings = overrides.get(_SHARED_STRINGS_TYPE, [])
        self._strings = self._shared_strings(strings[0]) if strings else []
        has_styles = _STYLES_PART in self._zip.namelist()
        self._percent, self._dates, self._durations = self._styles(has_styles)

    def _rels(self, path: str, folder: str, by_id: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for rel in _parse(self._budget.read(path)).iter(_PKG_REL + "Relationship"):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                continue
            target = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            kind = rel.get("Type") or ""
            if by_id:
                out[rel.get("Id") or ""] = (kind, target)
            else:
                out.setdefault(kind, []).append(target)
        return out

    def _shared_strings(self, path: str) -> list[str]:
        strings: list[str] = []
        with self._budget.open(path) as part:
            try:
                for _, element in iterparse(part):
                    if element.tag == _MAIN + "si":
                        strings.append(_text_of(element).replace("x005F_", ""))
                        element.clear()
            except Limit as error:
                if error.code == "xlsx-cell-too-long":
                    error.message = texts.text(
                        "data.xlsx-cell-too-long.shared-string",
                        index=len(strings) + 1,
                        part=path,
                        mib=limits.MAX_TEXT_RUN >> 20,
                        limit=limits.MAX_CELL_CHARS,
                    )
                    error.cell = None
                raise
        return strings

    def _styles(self, present: bool) -> tuple[list[bool], set[int], set[int]]:
        """Per cell style (``s``): whether its number format shows a percentage; which styles
        are dates and which durations (openpyxl's ``Stylesheet._normalise_numbers``)."""
        if not present:
            return [], set(), set()
        root = _parse(self._budget.read(_STYLES_PART))
        custom = {}
        for formats in root.findall(_MAIN + "numFmts")[-1:]:  # not those of conditional formats
            for fmt in formats.findall(_MAIN + "numFmt"):
                custom[int(fmt.get("numFmtId") or "")] = fmt.get("formatCode")
        percent, dates, durations = [], set(), set()
        for cell_xfs in root.findall(_MAIN + "cellXfs")[-1:]:
            for index, xf in enumerate(cell_xfs.findall(_MAIN + "xf")):
                number = int(xf.get("numFmtId") or 0)
                code = custom[number] if number in custom else _BUILTIN_FORMATS.get(number)
                percent.append("%" in (code or "General"))
                if _is_date_format(code):
                    dates.add(index)
                if code is not None and _TIMEDELTA_CODE.search(code.split(";")[0]):
                    durations.add(index)
        return percent, dates, durations

    def has_values(self, name: str, rows: int = 51) -> bool:
        """Whether the sheet has a value in its first ``rows`` rows (what openpyxl would read
        as not None and not blank), looking no further than the first row numbered beyond."""
        if name in self.charts:
            return False
        for number, cells in self._read_rows(name, _raw, formulas=False):
            if number > rows:
                break
            if any(value is not None and str(value).strip() for _, (value, _, _) in cells):
                return True
        return False

    def rows(
        self, name: str, make: MakeCell[C], formulas: bool = True
    ) -> Iterator[tuple[int, list[C]]]:
        """The sheet's rows in order of number, each with its number and its cells (made by
        ``make``; a cell the row skips is ``make(None, False, None)``), placed as Excel places
        them (module docstring). ``formulas=False``: the text of a formula saved without a
        value is not made (None). A limit reached is a :class:`Limit`, after the rows before
        it."""
        with self._budget.open(self._sheets[name], charge=False) as ahead:
            in_order = limits.rows_in_order(ahead)
        empty = make(None, False, None)
        yield from limits.arranged(self._read_rows(name, make, formulas), in_order, empty, name)

    def _read_rows(
        self, name: str, make: MakeCell[C], formulas: bool
    ) -> Iterator[tuple[int, list[tuple[int, C]]]]:
        """The rows as the sheet's XML gives them: each row's number and its cells with their
        columns."""
        strings, percent, dates = self._strings, self._percent, self._dates
        durations, epoch = self._durations, self.epoch
        shared: dict[str, Any] = {}
        row_number = 0
        with self._budget.open(self._sheets[name]) as part:
            context = iterparse(part, events=("start", "end"))
            parent: Element | None = None
            try:
                for event, element in context:
                    if event == "start":
                        if element.tag == _MAIN + "sheetData":
                            parent = element
                        continue
                    if element.tag != _ROW:
                        continue
                    r = element.get("r")
                    before = row_number
                    row_number = limits.row_number(r) if r is not None else row_number + 1
                    if not 1 <= row_number <= limits.MAX_ROWS:
                        raise limits.row_out_of_range(name, row_number, before)
                    column = 0
                    placed: list[tuple[int, C]] = []
                    for c in element:  # every child is read as a cell, as openpyxl reads it
                        coordinate = c.get("r")
                        if coordinate:
                            column = _column_of(coordinate)
                        else:
                            column += 1
                        if column > limits.MAX_COLUMNS:
                            raise limits.column_out_of_range(name, row_number, column, coordinate)
                        kind = c.get("t", "n")
                        style = int(c.get("s") or 0)
                        value: Any = None
                        if kind == "inlineStr":
                            child = c.find(_IS)
                            if child is not None:
                                value = _text_of(child)
                        else:
                            value = c.findtext(_V) or None
                            if value is None:
                                pass
                            elif kind == "n":
                                value = _number(value)
                                if style in dates:
                                    value = _from_excel(value, epoch, style in durations)
                            elif kind == "s":
                                value = strings[int(value)]
                            elif kind == "b":
                                value = bool(int(value))
                            elif kind == "d":
                                value = _from_iso8601(value)
                        if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
                            raise limits.cell_too_long(name, row_number, column, len(value))
                        formula = None
                        f = c.find(_F) if formulas else None
                        if f is not None:  # every shared formula is noted, for those that use it
                            formula = _formula(f, coordinate, shared, needed=value is None)
                        is_number = isinstance(value, int | float) and not isinstance(value, bool)
                        shows_percent = is_number and style < len(percent) and percent[style]
                        placed.append((column, make(value, shows_percent, formula)))
                    try:
                        if parent is None:
                            raise ValueError
                        parent.remove(element)
                    except ValueError:  # a row elsewhere than directly in sheetData
                        element.clear()
                    yield row_number, placed
            except Limit as error:  # a run of text too long, met in the stream
                if error.code == "xlsx-cell-too-long" and error.row is None:
                    error.row = row_number + 1
                    error.cell = (
                        f"{name}!{error.cell}" if error.cell else limits.address(name, error.row)
                    )
                    error.message = texts.text("data.in-sheet", sheet=name, reason=error.message)
                raise

    def close(self) -> None:
        self._zip.close()


def _raw(value: Any, percent: bool, formula: str | None) -> tuple[Any, bool, str | None]:
    return value, percent, formula


def _parse(data: bytes) -> Element:
    parser = XMLParser()
    parser.feed(data)
    return parser.close()


def _rels_of(path: str) -> str:
    folder, name = posixpath.split(path)
    return posixpath.join(folder, "_rels", name + ".rels")


def _text_of(element: Element) -> str:
    """A string item's text without formatting: its ``t``, then each run's ``t`` (phonetic
    guides left out; of two ``t``, the last), as openpyxl's ``Text.content``."""
    parts = []
    plain = element.findall(_T)
    if plain and plain[-1].text is not None:
        parts.append(plain[-1].text)
    for run in element.findall(_R):
        t = run.findall(_T)
        if t and t[-1].text is not None:
            parts.append(t[-1].text)
    return "".join(parts)


def _number(text: str) -> int | float:
    return float(text) if "." in text or "e" in text or "E" in text else int(text)


def _formula(
    f: Element, coordinate: str | None, shared: dict[str, Any], needed: bool
) -> str | None:
    """A formula's text as openpyxl gives it (``=`` and the text); None for an array formula,
    which openpyxl gives as an object, not text, and when the text is not ``needed``."""
    text = "=" + (f.text or "")
    kind = f.get("t")
    if kind in ("array", "dataTable"):
        return None
    if kind == "shared":
        index = f.get("si") or ""
        if index in shared:
            if not needed:
                return None
            # the rare formula that only points at another: translated as openpyxl does
            from openpyxl.formula.translate import Translator

            master = shared[index]
            if not isinstance(master, Translator):
                master = shared[index] = Translator(*master)
            return str(master.translate_formula(coordinate))
        if text != "=":
            shared[index] = (text, coordinate)
    return text if needed else None


def _column_of(coordinate: str) -> int:
    """The column of a cell address, read as openpyxl's ``coordinate_to_tuple`` reads it (the
    letters before the first digit; the rest must be a number)."""
    index = 0
    for index, char in enumerate(coordinate):  # noqa: B007 - the index is what is wanted
        if char in "0123456789":
            break
    letters, row = coordinate[:index], coordinate[index:]
    int(row)  # ValueError when it is not a number, as in openpyxl
    column = 0
    if len(letters) <= 3:
        for letter in letters.upper():
            if not "A" <= letter <= "Z":
                column = 0
                break
            column = column * 26 + ord(letter) - 64
    if not 0 < column < 18279:
        raise ValueError(f"{letters!r} is not a valid column name")
    return column


def _is_date_format(code: str | None) -> bool:
    if code is None:
        return False
    return _DATE_CODE.search(_STRIP.sub("", code.split(";")[0])) is not None


def _from_excel(value: float, epoch: datetime.datetime, duration: bool) -> Any:
    """A date serial as openpyxl reads it: a datetime, a time (under one day) or a timedelta;
    ``#VALUE!`` when it is outside the dates Python can hold."""
    try:
        if duration:
            td = datetime.timedelta(days=value)
            if td.microseconds:
                td = datetime.timedelta(
                    seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3)
                )
            return td
        day, fraction = divmod(value, 1)
        diff = datetime.timedelta(milliseconds=round(fraction * 86400 * 1000))
        if 0 <= value < 1 and diff.days == 0:
            minutes, seconds = divmod(diff.seconds, 60)
            hours, minutes = divmod(minutes, 60)
            return datetime.time(hours, minutes, seconds, diff.microseconds)
        if 0 < value < 60 and epoch == _WINDOWS_EPOCH:
            day += 1  # Excel's 29 February 1900, which never was
        return epoch + datetime.timedelta(days=day) + diff
    except (OverflowError, ValueError):
        return "#VALUE!"


def _from_iso8601(text: str) -> Any:
    match = _ISO.match(text)
    if match and any(match.groups()):
        parts: dict[str, Any] = match.groupdict(0)
        for key in ("year", "month", "day", "hour", "minute", "second"):
            if parts[key]:
                parts[key] = int(parts[key])
        if parts["microsecond"]:
            parts["microsecond"] = int(float(parts["microsecond"]) * 1_000_000)
        if not parts["date"]:
            return datetime.time(
                parts["hour"], parts["minute"], parts["second"], parts["microsecond"]
            )
        if not parts["time"]:
            return datetime.date(parts["year"], parts["month"], parts["day"])
        del parts["time"], parts["date"]
        return datetime.datetime(**parts)
    match = _ISO_DURATION.match(text)
    if match and any(match.groups()):
        return datetime.timedelta(
            **{key: float(value) for key, value in match.groupdict(0).items() if value}
        )
    raise ValueError(f"Invalid datetime value {text}")
