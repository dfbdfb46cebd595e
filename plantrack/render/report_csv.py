"""``plantrack check --format csv``: one row a result, made as the results are.

Two styles (:data:`CSV_STYLES`): ``en``, the default, comma-separated with decimal points
(``0.1296``), as every CSV reader expects; and ``vi``, for Excel on a machine set to Vietnamese,
whose decimal mark is the comma and whose list separator is therefore the semicolon:
semicolon-separated with decimal commas (``0,1296``), and no thousands mark (Excel would read
``1.234`` as one point two three four). The byte-order mark that Excel needs to read UTF-8 is
the writer's stream's affair (:func:`plantrack.render.formats._csv`). Both styles write the same
cells otherwise: years as plain integers, rates as fractions, text made safe for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from plantrack.assessment.status import Status
from plantrack.render.describe import target_phrase
from plantrack.render.result_text import (
    status_word,
)
from plantrack.safe_text import spreadsheet_cell

if TYPE_CHECKING:
    from plantrack.plans.model import Scale
    from plantrack.report.build import CheckReport, SqlTarget, Target


CSV_COLUMNS = (
    "plan",
    "area",
    "indicator",
    "indicator_name",
    "unit",
    "target",
    "target_phrase",
    "kind",
    "deadline",
    "status",
    "status_label",
    "base_year",
    "base_value",
    "latest_year",
    "latest_value",
    "latest_estimate",
    "observed_rate",
    "required_rate",
    "catch_up_rate",
    "gap",
    "ratio",
    "projected_year",
    "projected_value",
    "reason",
    "rate_unit",
    "total",
    "met_years",
    "counted_years",
)

#: ``--csv-style``: the CSV's delimiter by style (the decimal mark follows: a point with
#: commas, a comma with semicolons).
CSV_STYLES = {"en": ",", "vi": ";"}


def _safe(value: Any) -> Any:
    """Text with its control characters written out, and prefixed with ``'`` when a spreadsheet
    would run it as a formula (:func:`~plantrack.safe_text.spreadsheet_cell`); numbers as they
    are."""
    if isinstance(value, str):
        return spreadsheet_cell(value)
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _safe(value)


def check_csv(report: CheckReport, lang: str, style: str = "en") -> str:
    out = io.StringIO()
    write_csv(report, lang, out, style)
    return out.getvalue()


def write_csv(report: CheckReport, lang: str, out: IO[str], style: str = "en") -> None:
    """One row a result (:data:`CSV_COLUMNS`), written as each is made (when the report is
    lazy). What a target's areas share is made into cells once a target. ``style`` is ``en``
    (commas, decimal points) or ``vi`` (semicolons, decimal commas)."""
    writer = csv.writer(out, delimiter=CSV_STYLES[style], lineterminator="\r\n")
    comma = style == "vi"
    writer.writerow(
        CSV_COLUMNS
        + (("accepted",) if report.baseline is not None else ())
        + _since_columns(report)
    )
    heads: dict[tuple[str, str], list[Any]] = {}
    areas: dict[str, Any] = {}  # an area's cell, made once (a national check has 3,321)
    words = {status: (status.value, _cell(status_word(status, lang))) for status in Status}
    # The targets SQL assessed come as their rows, written by SQL (docs/decisions/0004); the
    # decimal comma of the vi style, a baseline's or --since's columns are Python's.
    from plantrack.report.build import SqlTarget  # the report is made: no import to defer

    plain = report.baseline is None and report.since is None and not comma
    for item in report.stream_rows() if plain else report.stream():
        if isinstance(item, SqlTarget):
            out.write(_sql_rows(item, lang, words, areas, CSV_STYLES[style]))
            continue
        r = item.result
        head = heads.get((r.plan, r.target))
        if head is None:
            head = heads[(r.plan, r.target)] = [
                _cell(value)
                for value in (
                    r.plan,
                    "",  # the area's place
                    r.indicator,
                    item.indicator.name.get(lang),
                    item.indicator.unit,
                    r.target,
                    target_phrase(item.plan, item.indicator, item.target, lang),
                    r.kind,
                    r.deadline,
                )
            ]
        area = areas.get(r.area)
        if area is None:
            area = areas[r.area] = _cell(r.area)
        head[1] = area
        base, latest, projected, reason = r.base, r.latest, r.projected, r.reason
        scale = item.indicator.rating_scale
        row = [
            *head,
            *words[r.status],
            "" if base is None else base.year,
            "" if base is None else _value(base.value, scale, lang),
            "" if latest is None else latest.year,
            "" if latest is None else _value(latest.value, scale, lang),
            "" if latest is None else ("true" if latest.estimate else "false"),
            _number(r.observed_rate),
            _number(r.required_rate),
            _number(r.catch_up_rate),
            _number(r.gap),
            _number(r.ratio),
            "" if projected is None else projected.year,
            "" if projected is None else _number(projected.value),
            "" if reason is None else reason.code,
            r.rate_unit or "",
            _number(r.total),
            _number(r.met_years),
            _number(r.counted_years),
            *(_state(item) if report.baseline is not None else ()),
            *(_since(item) if report.since is not None else ()),
        ]
        if comma:
            row = [decimal_comma(cell) if type(cell) is float else cell for cell in row]
        writer.writerow(row)


def _sql_rows(
    item: SqlTarget,
    lang: str,
    words: dict[Status, tuple[str, Any]],
    areas: dict[str, Any],
    delimiter: str,
) -> str:
    """The CSV rows of a target SQL assessed, made by SQL: the text cells made here once (the
    target's, each area's, each status's), the numbers as DuckDB writes a double, which is
    Python's ``repr`` (docs/decisions/0004; tests/test_sql_assessment.py)."""
    about, rows = item.about, item.rows
    plan, indicator, target = about.plan, about.indicator, about.target
    constants = rows.constants
    plan_cell = _fragment([_cell(plan.id)], delimiter)
    head = _fragment(
        [
            _cell(value)
            for value in (
                indicator.id,
                indicator.name.get(lang),
                indicator.unit,
                about.in_sql.target_id(indicator, target),
                target_phrase(plan, indicator, target, lang),
                target.kind,
                target.years()[1],
            )
        ],
        delimiter,
    )
    area_cells = []
    for area in rows.areas:
        cell = areas.get(area)
        if cell is None:
            cell = areas[area] = _cell(area)
        area_cells.append(_fragment([cell], delimiter))
    statuses = [status.value for status in Status]
    status_cells = [_fragment(list(words[status]), delimiter) for status in Status]
    d = delimiter
    (text,) = rows.con.execute(
        f"""SELECT coalesce(string_agg(
            ?::VARCHAR || ?::VARCHAR || (?::VARCHAR[])[r.pos + 1] || ?::VARCHAR || ?::VARCHAR
            || ?::VARCHAR || (?::VARCHAR[])[list_position(?::VARCHAR[], r.status)] || ?::VARCHAR
            || coalesce(r.base_year::VARCHAR, '') || '{d}'
            || coalesce(r.base_value::VARCHAR, '') || '{d}'
            || coalesce(r.latest_year::VARCHAR, '') || '{d}'
            || coalesce(r.latest_value::VARCHAR, '') || '{d}'
            || CASE WHEN r.latest_year IS NULL THEN '' ELSE 'false' END || '{d}'
            || coalesce(r.observed_rate::VARCHAR, '') || '{d}'
            || coalesce(r.required_rate::VARCHAR, '') || '{d}'
            || coalesce(r.catch_up_rate::VARCHAR, '') || '{d}'
            || coalesce(r.gap::VARCHAR, '') || '{d}'
            || coalesce(r.ratio::VARCHAR, '') || '{d}'
            || CASE WHEN r.projected_value IS NOT NULL OR r.capped <> 0 THEN ?::VARCHAR
                    ELSE '' END || '{d}'
            || CASE r.capped WHEN -1 THEN ?::VARCHAR WHEN 1 THEN ?::VARCHAR
                    ELSE coalesce(r.projected_value::VARCHAR, '') END || '{d}'
            || coalesce(r.reason, '') || '{d}'
            || coalesce(r.rate_unit, '') || '{d}'
            || coalesce(r.total::VARCHAR, '') || '{d}'
            || coalesce(r.met_years::VARCHAR, '') || '{d}'
            || coalesce(r.counted_years::VARCHAR, '') || chr(13) || chr(10),
            '' ORDER BY r.pos), '')
        FROM {rows.table} r WHERE r.k = {int(rows.k)}""",
        [
            plan_cell,
            d,
            area_cells,
            d,
            head,
            d,
            status_cells,
            statuses,
            d,
            str(constants.e),
            str(constants.unit_min),
            str(constants.unit_max),
        ],
    ).fetchone()
    return str(text)


def _fragment(cells: list[Any], delimiter: str) -> str:
    """Cells as :func:`write_csv`'s writer writes them, joined, without a line end."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(cells)
    return out.getvalue()


def _state(item: Target) -> tuple[str]:
    """The CSV's ``accepted`` cell (with ``--baseline``): how the result stands against its
    entry in the baseline (accepted, improved, worse, changed, expired), or empty."""
    return (item.accepted.state if item.accepted is not None else "",)


def _since_columns(report: CheckReport) -> tuple[str, ...]:
    """With ``--since``: the result's status in the previous report (empty: not in it) and
    what changed, its words (``plantrack.report.since.CHANGE_WORDS``) separated by spaces."""
    return ("previous_status", "change") if report.since is not None else ()


def _since(item: Target) -> tuple[str, str]:
    compared = item.compared
    if compared is None:
        return ("", "")
    before = compared.before.value if compared.before is not None else ""
    return (before, " ".join(compared.changes))


def _number(value: float | None) -> Any:
    return "" if value is None else value


def decimal_comma(value: float) -> str:
    """A number as Excel set to Vietnamese reads one: the same digits as the ``en`` style
    (Python's shortest exact form), a decimal comma, no thousands mark and no exponent
    (``1e-05`` is ``0,00001``)."""
    shown = repr(value)
    if "e" in shown:
        shown = format(Decimal(shown), "f")
    return shown.replace(".", ",")


def _value(value: float | None, scale: Scale | None, lang: str) -> Any:
    """A figure's cell: the number, or for a rated indicator its level in words."""
    if scale is None or value is None:
        return _number(value)
    return _safe(scale.level(value).get(lang))
