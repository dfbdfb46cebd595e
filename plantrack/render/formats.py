"""``plantrack check`` output: a table for people, JSON / CSV / Markdown for scripts and reports,
GitHub workflow annotations for CI, and the working of one indicator (``--explain``).

One module a format: :mod:`~plantrack.render.report_table`, :mod:`~plantrack.render.report_json`,
:mod:`~plantrack.render.report_csv`, :mod:`~plantrack.render.report_markdown`,
:mod:`~plantrack.render.report_github` and :mod:`~plantrack.render.explain`, over the words and
figures of a result they share (:mod:`~plantrack.render.result_text`). This module gathers their
entry points. Every function takes a :class:`~plantrack.report.build.CheckReport` and a language; none
of them computes anything the report does not already hold.
"""

from __future__ import annotations

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

__all__ = [
    "CSV_COLUMNS",
    "HEAD",
    "STATE_WORDS",
    "STYLES",
    "SYMBOLS",
    "_safe",
    "area_name",
    "catch_up_text",
    "check_csv",
    "check_document",
    "check_github",
    "check_markdown",
    "estimated",
    "explain_lines",
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
