"""``plantrack check`` output formats, in one table: the format's name, the ``-o`` extensions that
ask for it, and the function that renders a report in it.

:data:`REPORT_FORMATS` is the one place a format is named: ``check --format`` offers its names,
``-o`` infers a format from :data:`FORMAT_BY_SUFFIX`, and ``check`` renders with the entry's
``write``. To add a format: a module that renders a
:class:`~plantrack.report.build.CheckReport`, and a row here.

One module a format: :mod:`~plantrack.render.report_table`, :mod:`~plantrack.render.report_json`,
:mod:`~plantrack.render.report_csv`, :mod:`~plantrack.render.report_markdown`,
:mod:`~plantrack.render.report_github`, :mod:`~plantrack.render.report_xlsx` and
:mod:`~plantrack.render.report_docx` (the appendix an office files, in Excel and Word),
:mod:`~plantrack.render.report_html` (a page with charts), and
:mod:`~plantrack.render.explain` for ``--explain``,
over the words and figures of a result they share (:mod:`~plantrack.render.result_text`). This
module imports none of them until a report is rendered (the CLI reads the table before
``--help``); their entry points are also reachable from here (``formats.check_document``). No
writer computes anything the report does not already hold; none knows of ``-o``, files or exit
codes: a writer gives text, or a function that writes bytes, and the CLI puts them where they go.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from plantrack.assessment.status import Status
    from plantrack.render.explain import explain_lines, input_series
    from plantrack.render.report_csv import CSV_COLUMNS, _safe, check_csv, write_csv
    from plantrack.render.report_github import check_github
    from plantrack.render.report_json import check_document, result_dict, write_json
    from plantrack.render.report_markdown import check_markdown
    from plantrack.render.report_table import print_footer, print_table
    from plantrack.render.result_text import (
        HEAD,
        STATE_WORDS,
        STYLES,
        SYMBOLS,
        area_name,
        catch_up_text,
        estimated,
        gap_text,
        latest_text,
        main_line,
        point_text,
        rate_text,
        sparkline,
        status_word,
    )
    from plantrack.report.build import CheckReport


class RenderOptions(NamedTuple):
    """How to render: the language, and what some formats need besides the report. (Named
    tuples rather than dataclasses here: the CLI imports this module before ``--help``.)"""

    lang: str = "vi"
    color: bool | None = None  # the table on a terminal: None lets the console decide
    to_file: bool = False  # the table for a file: 160 columns, no colour
    bom: bool = False  # CSV with a UTF-8 byte-order mark (for Excel)
    csv_style: str = "en"  # CSV: en (commas, decimal points) or vi (semicolons, decimal commas)
    fail_on: Status | None = None  # GitHub annotations: results at this status or worse


#: What a writer gives: text; or a function that writes the bytes to a stream as the results
#: are made (a large JSON or CSV is never one string); or None when it has shown the report on
#: the terminal itself (the table, with the terminal's width and colours).
Rendered: TypeAlias = "str | Callable[[IO[bytes]], None] | None"
Writer: TypeAlias = "Callable[[CheckReport, RenderOptions], Rendered]"


class ReportFormat(NamedTuple):
    """One output format of ``plantrack check``."""

    name: str  # the --format value
    suffixes: tuple[str, ...]  # the -o extensions that ask for it
    write: Writer
    streamed: bool = False  # written a result at a time: the report can be lazy
    working: bool = False  # shows each result's working (its steps)
    findings_on_stderr: bool = False  # the format has no place for findings: stderr has them
    binary: bool = False  # a binary file (xlsx, docx): never written to a terminal


def _table(report: CheckReport, how: RenderOptions) -> Rendered:
    from plantrack.render.report_table import print_table

    if how.to_file:
        import io

        from rich.console import Console

        buffer = io.StringIO()
        console = Console(file=buffer, width=160, no_color=True, color_system=None)
        print_table(report, console, how.lang)
        return buffer.getvalue()
    from plantrack.render.console import make_console

    print_table(report, make_console(how.color), how.lang)
    return None


def _json(report: CheckReport, _how: RenderOptions) -> Rendered:
    def write(stream: IO[bytes]) -> None:
        """The report as JSON, written result by result, never held whole."""
        from plantrack.render.report_json import write_json_bytes

        write_json_bytes(report, stream)

    return write


def _csv(report: CheckReport, how: RenderOptions) -> Rendered:
    def write(stream: IO[bytes]) -> None:
        """The report as CSV, row by row; with a byte-order mark for Excel when ``bom`` and
        always in the ``vi`` style (made for Excel, which reads UTF-8 only after one)."""
        import io

        from plantrack.render.report_csv import write_csv

        encoding = "utf-8-sig" if how.bom or how.csv_style == "vi" else "utf-8"
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        try:
            write_csv(report, how.lang, text, how.csv_style)
            text.flush()
        finally:
            text.detach()

    return write


def _markdown(report: CheckReport, how: RenderOptions) -> Rendered:
    from plantrack.render.report_markdown import check_markdown

    return check_markdown(report, how.lang)


def _html(report: CheckReport, how: RenderOptions) -> Rendered:
    from plantrack.render.report_html import check_html

    return check_html(report, how.lang)


def _github(report: CheckReport, how: RenderOptions) -> Rendered:
    from plantrack.render.report_github import check_github

    return "".join(line + "\n" for line in check_github(report, how.lang, how.fail_on))


def _xlsx(report: CheckReport, how: RenderOptions) -> Rendered:
    def write(stream: IO[bytes]) -> None:
        """The appendix as an Excel workbook (openpyxl is loaded only here)."""
        from plantrack.render.report_xlsx import write_xlsx

        write_xlsx(report, how.lang, stream)

    return write


def _docx(report: CheckReport, how: RenderOptions) -> Rendered:
    def write(stream: IO[bytes]) -> None:
        """The appendix as a Word document (python-docx, imported only now)."""
        from plantrack.render.report_docx import write_docx

        write_docx(report, how.lang, stream)

    return write


#: Every output format of ``plantrack check``, in the order ``--format`` lists them.
REPORT_FORMATS: dict[str, ReportFormat] = {
    entry.name: entry
    for entry in (
        ReportFormat("table", (".txt",), _table),
        ReportFormat("json", (".json",), _json, streamed=True, working=True),
        ReportFormat("csv", (".csv",), _csv, streamed=True, findings_on_stderr=True),
        ReportFormat("markdown", (".md", ".markdown"), _markdown, findings_on_stderr=True),
        ReportFormat("github", (), _github),
        ReportFormat("xlsx", (".xlsx",), _xlsx, findings_on_stderr=True, binary=True),
        ReportFormat("docx", (".docx",), _docx, findings_on_stderr=True, binary=True),
        ReportFormat("html", (".html", ".htm"), _html, findings_on_stderr=True),
    )
}

#: The format each ``-o`` extension asks for (lower case, with the dot).
FORMAT_BY_SUFFIX: dict[str, str] = {
    suffix: entry.name for entry in REPORT_FORMATS.values() for suffix in entry.suffixes
}


def explain_text(report: CheckReport, lang: str) -> str:
    """``--explain``: the working of each result the report holds, with the figures read for
    it (and for a share's or a count's inputs), a block a result."""
    from plantrack.render.explain import explain_lines, input_series

    items = report.targets
    if not items:
        none = "không có kết quả nào cho chỉ tiêu này" if lang == "vi" else "no result for it"
        return none + "\n"
    explained = {item.result.indicator for item in items}
    explained |= {indicator for item in items for indicator, _ in input_series(item)}
    figures: dict[tuple[str, str | None], list[Any]] = {}  # by indicator and area, read once
    for obs in report.data.observations:
        if obs.indicator in explained:
            figures.setdefault((obs.indicator, obs.area), []).append(obs)
    as_of = report.as_of
    blocks = []
    for item in items:
        areas = {item.result.area, getattr(item.target, "reference_area", None)} - {None}
        if item.plan.area in areas:
            areas.add(None)  # figures for the plan's own area name no area
        mine = [obs for area in areas for obs in figures.get((item.result.indicator, area), [])]
        for indicator, area in input_series(item):  # a share's or a count's inputs
            wanted = (area, None) if area == item.plan.area else (area,)
            mine += [obs for one in wanted for obs in figures.get((indicator, one), [])]
        blocks.append("\n".join(explain_lines(item, lang, mine, as_of)))
    return "\n\n".join(blocks) + "\n"


#: The format modules' entry points, imported when first asked for (``formats.print_table``).
_ENTRY_POINTS = {
    "explain_lines": "explain",
    "input_series": "explain",
    "CSV_COLUMNS": "report_csv",
    "_safe": "report_csv",
    "check_csv": "report_csv",
    "write_csv": "report_csv",
    "check_github": "report_github",
    "check_document": "report_json",
    "result_dict": "report_json",
    "write_json": "report_json",
    "check_markdown": "report_markdown",
    "print_footer": "report_table",
    "print_table": "report_table",
    **dict.fromkeys(
        (
            "HEAD",
            "STATE_WORDS",
            "STYLES",
            "SYMBOLS",
            "area_name",
            "catch_up_text",
            "estimated",
            "gap_text",
            "latest_text",
            "main_line",
            "point_text",
            "rate_text",
            "sparkline",
            "status_word",
        ),
        "result_text",
    ),
}


def __getattr__(name: str) -> Any:
    module = _ENTRY_POINTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"plantrack.render.{module}"), name)


__all__ = [
    "CSV_COLUMNS",
    "FORMAT_BY_SUFFIX",
    "HEAD",
    "REPORT_FORMATS",
    "STATE_WORDS",
    "STYLES",
    "SYMBOLS",
    "RenderOptions",
    "ReportFormat",
    "_safe",
    "area_name",
    "catch_up_text",
    "check_csv",
    "check_document",
    "check_github",
    "check_markdown",
    "estimated",
    "explain_lines",
    "explain_text",
    "gap_text",
    "input_series",
    "latest_text",
    "main_line",
    "point_text",
    "print_footer",
    "print_table",
    "rate_text",
    "result_dict",
    "sparkline",
    "status_word",
    "write_csv",
    "write_json",
]
