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
from plantrack.render.sql_areas import AreaTables
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
    sql = _SqlCells(CSV_STYLES[style], comma, areas)  # for the targets SQL assessed
    words = {status: (status.value, _cell(status_word(status, lang))) for status in Status}
    # The targets SQL assessed come as their rows, written by SQL (docs/decisions/0004); a
    # baseline's or --since's columns are Python's.
    from plantrack.report.build import SqlTarget  # the report is made: no import to defer

    plain = report.baseline is None and report.since is None
    batch: list[SqlTarget] = []

    def flush() -> None:
        if batch:
            out.write(_sql_rows(batch, lang, words, sql))
            batch.clear()

    for item in report.stream_rows() if plain else report.stream():
        if isinstance(item, SqlTarget):
            if batch and (
                (batch[0].rows.table, batch[0].rows.areas) != (item.rows.table, item.rows.areas)
                or sum(len(made.rows.areas) for made in batch) + len(item.rows.areas) > _BATCH
            ):
                flush()
            batch.append(item)
            continue
        flush()
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
    flush()


#: At most so many results a query of the CSV rows of SQL targets (some 4 MB of text): the
#: consecutive targets of one kind and one list of areas are written by one query (a query
#: costs some 10-20 ms however few its rows: DuckDB sets up the expressions of a row's text).
_BATCH = 16_000


class _SqlCells:
    """What the rows of the targets SQL assessed are made of, besides their numbers: the
    area cells as tables of their connection, one table a list of areas (a national plan's
    targets share one list of 3,321), each row an area's place ``pos`` in the list and its cell
    as the writer writes it (``cell``), made once; and, in the ``vi`` style, the macro that
    writes a number as :func:`decimal_comma` does (made once a connection)."""

    def __init__(self, delimiter: str, comma: bool, areas: dict[str, Any]) -> None:
        self.delimiter = delimiter
        self.comma = comma
        self.areas = areas  # an area's cell (write_csv's, shared with the Python rows)
        self.tables = AreaTables("csv_area_cells", self._area)
        self.prepared: set[int] = set()

    def number(self, column: str) -> str:
        """The SQL of a double ``column``'s cell: Python's ``repr`` (DuckDB's text of a double,
        docs/decisions/0004), or in the ``vi`` style :func:`decimal_comma`'s text."""
        return f"pt_vi_number({column}::VARCHAR)" if self.comma else f"{column}::VARCHAR"

    def given(self, value: Any) -> str:
        """A number Python gives the query (a unit's bound), as the Python rows write it."""
        return decimal_comma(value) if self.comma and type(value) is float else str(value)

    def table(self, con: Any, areas: list[str]) -> str:
        """The name of the table of ``areas``' cells in ``con`` (with the macro, in ``vi``)."""
        if self.comma and id(con) not in self.prepared:
            con.execute(_VI_NUMBER)
            self.prepared.add(id(con))
        return self.tables.table(con, areas)

    def _area(self, area: str) -> str:
        """An area's cell, as the writer writes it (made once, shared with the Python rows)."""
        cell = self.areas.get(area)
        if cell is None:
            cell = self.areas[area] = _cell(area)
        return _fragment([cell], self.delimiter)


#: :func:`decimal_comma` in SQL, on the text of a double (Python's ``repr``): the point made a
#: comma, or a number with an exponent written out in full (``1e-05``: the digits ``1``, the
#: point's place -4, so ``0,00001``; ``1.5e+16``: ``15000000000000000``). Held equal to
#: :func:`decimal_comma` on random bit patterns by tests/test_sql_csv_rows.py.
_VI_NUMBER = """
CREATE OR REPLACE TEMP MACRO pt_vi_shift(neg, digits, p) AS
    (CASE WHEN neg THEN '-' ELSE '' END) ||
    CASE WHEN p <= 0 THEN '0,' || repeat('0', -p) || digits
         WHEN p >= length(digits) THEN digits || repeat('0', p - length(digits))
         ELSE left(digits, p) || ',' || substr(digits, p + 1) END;
CREATE OR REPLACE TEMP MACRO pt_vi_number(s) AS
    CASE WHEN s IS NULL THEN NULL
         WHEN NOT contains(s, 'e') THEN replace(s, '.', ',')
         ELSE pt_vi_shift(starts_with(s, '-'),
                          replace(split_part(ltrim(s, '-'), 'e', 1), '.', ''),
                          length(split_part(split_part(ltrim(s, '-'), 'e', 1), '.', 1))
                              + split_part(s, 'e', 2)::INTEGER) END;
"""


def _sql_rows(
    batch: list[SqlTarget],
    lang: str,
    words: dict[Status, tuple[str, Any]],
    sql: _SqlCells,
) -> str:
    """The CSV rows of targets SQL assessed (of one kind, with one list of areas, in the
    report's order), made by SQL: the text cells made here once (each target's, each area's,
    each status's), the numbers as DuckDB writes a double, which is Python's ``repr``
    (docs/decisions/0004; tests/test_sql_assessment.py). The last cells (``total``,
    ``met_years``, ``counted_years``) are NULL, so empty, for a kind whose query does not give
    them (:class:`~plantrack.assessment.sql.SqlAssessment` adds the columns)."""
    first = batch[0].rows
    assert all((item.rows.table, item.rows.areas) == (first.table, first.areas) for item in batch)
    con = first.con
    d = sql.delimiter
    parts: list[list[Any]] = [[] for _ in range(6)]
    for item in batch:
        about, rows = item.about, item.rows
        plan, indicator, target = about.plan, about.indicator, about.target
        head = [
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
        ]
        constants = rows.constants
        row = (
            rows.k,
            _fragment([_cell(plan.id)], d) + d,
            d + _fragment(head, d) + d,
            str(constants.e),
            sql.given(constants.unit_min),
            sql.given(constants.unit_max),
        )
        for column, value in zip(parts, row, strict=True):
            column.append(value)
    con.execute(
        """CREATE OR REPLACE TEMP TABLE csv_parts AS SELECT unnest(?::INTEGER[]) AS k,
        unnest(?::VARCHAR[]) AS plan_cell, unnest(?::VARCHAR[]) AS head,
        unnest(?::VARCHAR[]) AS e, unnest(?::VARCHAR[]) AS unit_min,
        unnest(?::VARCHAR[]) AS unit_max""",
        parts,
    )
    areas = sql.table(con, first.areas)
    status_cell = " ".join(
        f"WHEN {_literal(status.value)} THEN {_literal(_fragment(list(words[status]), d))}"
        for status in Status
    )
    number = sql.number
    made = con.execute(
        f"""SELECT t.k, string_agg(concat(
            t.plan_cell, c.cell, t.head, CASE r.status {status_cell} END, ?::VARCHAR,
            r.base_year::VARCHAR, '{d}', {number("r.base_value")}, '{d}',
            r.latest_year::VARCHAR, '{d}', {number("r.latest_value")}, '{d}',
            CASE WHEN r.latest_year IS NULL THEN '' ELSE 'false' END, '{d}',
            {number("r.observed_rate")}, '{d}', {number("r.required_rate")}, '{d}',
            {number("r.catch_up_rate")}, '{d}', {number("r.gap")}, '{d}',
            {number("r.ratio")}, '{d}',
            CASE WHEN r.projected_value IS NOT NULL OR r.capped <> 0 THEN t.e END, '{d}',
            CASE r.capped WHEN -1 THEN t.unit_min WHEN 1 THEN t.unit_max
                 ELSE {number("r.projected_value")} END, '{d}',
            r.reason, '{d}', r.rate_unit, '{d}', {number("r.total")}, '{d}',
            r.met_years::VARCHAR, '{d}', r.counted_years::VARCHAR, chr(13), chr(10)),
            '' ORDER BY r.pos)
        FROM {first.table} r JOIN csv_parts t ON t.k = r.k JOIN {areas} c ON c.pos = r.pos
        GROUP BY t.k""",
        [d],
    ).fetchall()
    by_k = dict(made)
    return "".join(str(by_k.get(item.rows.k) or "") for item in batch)


def _literal(value: str) -> str:
    """``value`` as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


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
