"""The JSON results of the targets SQL assessed, written by SQL (docs/decisions/0004).

A national check's JSON is 166,050 results of about 2.5 KB each; made by Python, each is a
``Result``, a dict and an encoding. For a target SQL assessed (whose kind describes its working:
:mod:`plantrack.assessment.sql.working`), one query (for the targets of one kind in a row:
``write_json`` batches those of one list of areas) writes every area's result as the text
:func:`~plantrack.render.report_json.result_dict` and the ``json`` module would write: the
target's own fields come from that very function (a template: the result of the target with a
marker in each field that varies by area, encoded once, cut at the markers), and SQL fills the
markers in: numbers as DuckDB writes a double (Python's ``repr``, which ``json`` writes), the
steps' substituted numbers with ``printf('%.6g')`` (Python's ``f"{x:.6g}"``, checked on random
doubles by tests/test_sql_json.py), text made by Python (an area's name, a formula, a
status's words, a note's message: :class:`~plantrack.assessment.results.Note` writes each
distinct note once). tests/test_sql_json.py holds the result byte for byte to Python's.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from plantrack.assessment.engine import state_goal
from plantrack.assessment.results import Note, Point, Result, YearCheck, formula_parts
from plantrack.assessment.status import LABELS, Status
from plantrack.render.sql_areas import AreaTables

if TYPE_CHECKING:
    from plantrack.assessment.sql import SqlRows
    from plantrack.assessment.sql.working import NoteSpec, StepSpec, Working, YearsSpec
    from plantrack.report.build import SqlTarget

__all__ = ["SqlJson"]

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode

#: The fields of a result that vary by area, in the order of ``Result.to_dict``.
_VARYING = (
    "area", "status", "trend", "rate_unit", "base", "latest", "observed_rate", "required_rate",
    "ratio", "catch_up_rate", "gap", "projected", "total", "met_years", "counted_years", "years",
    "values", "reason", "notes", "steps", "status_label",
)  # fmt: skip


def _marker(name: str) -> str:
    return f"\u0000{name}\u0000"


#: A marker as ``json`` writes it; the field's name in the group.
_MARKED = re.compile(r'"\\u0000(\w+)\\u0000"')


class SqlJson:
    """What the JSON of the targets SQL assessed is made of, made once a run: each connection's
    tables of area names (one a list of areas), each kind's notes and reasons (one table a
    results table), and the figures sorted by series (for the ``values`` of a result)."""

    def __init__(self, result_dict: Any) -> None:
        self.result_dict = result_dict  # report_json's: the target's fields come from it
        self.shared: dict[Any, dict[str, Any]] = {}
        self.areas: dict[str, str] = {}  # an area's JSON string, made once
        self.area_tables = AreaTables("json_area_cells", self._area)
        self.notes: set[tuple[int, str]] = set()
        self.figures: set[int] = set()

    def results(self, batch: list[SqlTarget]) -> list[bytes]:
        """The results of each target of ``batch`` (targets of one kind, in the report's order),
        one JSON text an area, joined as ``write_json`` joins them, in UTF-8 as DuckDB gives
        them (``write_json_bytes`` writes them so, never decoded): one query for them all (a
        query costs some 25 ms however few its rows: DuckDB sets up a result's expressions)."""
        rows = batch[0].rows
        working = rows.working
        assert working is not None  # SqlAssessment(working=True) takes no other target
        assert all((item.rows.table, item.rows.areas) == (rows.table, rows.areas) for item in batch)
        con = rows.con
        self._prepare(rows, working)
        names, parts = self._parts(con, batch)
        texts = _Texts()
        fields = _fields(working, texts)
        pieces = [f"t.p{i // 2}" if i % 2 == 0 else fields[name] for i, name in enumerate(names)]
        lo, hi = con.execute(
            "SELECT min(sid), max(sid) FROM series WHERE list_contains(?, indicator)",
            [sorted({item.indicator.id for item in batch})],
        ).fetchone()
        sids = f"f.sid = r.sid AND f.sid BETWEEN {int(lo or 0)} AND {int(hi or 0)}"
        when, low, high = working.values
        years = working.years
        judged = (
            f"""SELECT r.k, r.pos,
                string_agg(concat({_year_check(years)}), ', ' ORDER BY f.year) AS text
            FROM r JOIN {rows.targets} p USING (k) JOIN (
                SELECT sid, year, value, CASE WHEN lag(year) OVER w = year - 1
                    THEN lag(value) OVER w END AS before
                FROM json_figures WHERE sid BETWEEN {int(lo or 0)} AND {int(hi or 0)}
                WINDOW w AS (PARTITION BY sid ORDER BY year)) f ON f.sid = r.sid
            WHERE ({years.when}) AND f.year BETWEEN {years.low} AND {years.high}
            GROUP BY r.k, r.pos"""
            if years is not None
            else "SELECT NULL::INTEGER AS k, NULL::BIGINT AS pos, NULL::VARCHAR AS text WHERE false"
        )
        made = con.execute(
            f"""WITH r AS (SELECT * FROM {rows.table} WHERE k IN (SELECT k FROM {parts})),
            x AS (SELECT r.k, r.pos, {texts.select()} FROM r JOIN {rows.targets} p USING (k)),
            xp AS (SELECT p.k, {texts.select(per_target=True)} FROM {rows.targets} p
                WHERE p.k IN (SELECT k FROM {parts})),
            v AS (
                SELECT r.k, r.pos, string_agg(concat('{{"year": ', f.year, ', "value": ',
                    f.value::VARCHAR, ', "estimate": false}}'), ', ' ORDER BY f.year) AS text
                FROM r JOIN {rows.targets} p USING (k) JOIN json_figures f ON {sids}
                WHERE ({when}) AND f.year BETWEEN {low} AND {high}
                GROUP BY r.k, r.pos),
            y AS ({judged})
            SELECT r.k, r.pos, encode(concat({", ".join(pieces)})) AS text
            FROM r JOIN {rows.targets} p USING (k) JOIN {parts} t USING (k)
            JOIN {self.area_tables.table(con, rows.areas)} c ON c.pos = r.pos
            JOIN x ON x.k = r.k AND x.pos = r.pos JOIN xp ON xp.k = r.k
            LEFT JOIN v ON v.k = r.k AND v.pos = r.pos
            LEFT JOIN y ON y.k = r.k AND y.pos = r.pos
            LEFT JOIN {rows.table}_notes n ON n.k = r.k AND n.pos = r.pos"""
        ).fetchnumpy()
        return _joined(made, [item.rows.k for item in batch])

    def _parts(self, con: Any, batch: list[SqlTarget]) -> tuple[list[str], str]:
        """Table ``json_parts`` of the batch's targets (by ``k``): each one's template cut at
        the fields that vary by area (``p0``, ``p1``...; the fields' names, alike for every
        target of a kind, are returned) and its unit's bounds as JSON (a projection kept inside
        the unit: ``unit_min``, ``unit_max``)."""
        names: list[str] | None = None
        columns: list[list[Any]] = []
        for item in batch:
            cut = self._template(item)
            if names is None:
                names = [name if i % 2 else "" for i, name in enumerate(cut)]
                columns = [[] for _ in range(len(cut[::2]) + 3)]
            assert cut[1::2] == names[1::2]
            constants = item.rows.constants
            row = [item.rows.k, *cut[::2], _ENCODE(constants.unit_min), _ENCODE(constants.unit_max)]
            for column, value in zip(columns, row, strict=True):
                column.append(value)
        assert names is not None
        given = "".join(f", unnest(?::VARCHAR[]) AS p{i}" for i in range(len(columns) - 3))
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE json_parts AS SELECT unnest(?::INTEGER[]) AS k
            {given}, unnest(?::VARCHAR[]) AS unit_min, unnest(?::VARCHAR[]) AS unit_max""",
            columns,
        )
        return names, "json_parts"

    def _area(self, area: str) -> str:
        """An area's JSON string (made once)."""
        cell = self.areas.get(area)
        if cell is None:
            cell = self.areas[area] = _ENCODE(area)
        return cell

    def _template(self, item: SqlTarget) -> list[str]:
        """The target's result as ``result_dict`` writes it, cut at the fields that vary by
        area: text, field name, text, ..., text."""
        about = item.about
        result = Result(
            about.plan.id,
            "",
            about.indicator.id,
            about.in_sql.target_id(about.indicator, about.target),
            about.target.kind,
            about.target.years()[1],
        )
        state_goal(result, about.target)
        from plantrack.report.build import Target  # the report is made: no import to defer

        made = Target(result, about.plan, about.plan_file, about.indicator, about.target)
        data = self.result_dict(made, self.shared)
        for name in _VARYING:
            data[name] = _marker(name)
        return _MARKED.split(_ENCODE(data))

    def _prepare(self, rows: SqlRows, working: Working) -> None:
        """The figures sorted by series (once a connection) and the kind's notes and reasons
        (once a table of results)."""
        con = rows.con
        if id(con) not in self.figures:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE json_figures AS "
                "SELECT sid, year, value FROM figures ORDER BY sid, year"
            )
            self.figures.add(id(con))
        if (id(con), rows.table) in self.notes:
            return
        self.notes.add((id(con), rows.table))
        joins: list[str] = []
        reasons: list[str] = []
        notes: list[str] = []
        specs = [(spec, f"r.reason = {_literal(spec.code)}") for spec in working.reasons]
        specs += [(spec, spec.when) for spec in working.notes]
        for i, (spec, when) in enumerate(specs):
            table = f"{rows.table}_note_{i}"
            _note_table(con, rows, spec, when, table)
            keys = "".join(
                f" AND n{i}.p{j} IS NOT DISTINCT FROM ({param.sql})::VARCHAR"
                for j, param in enumerate(spec.params)
            )
            joins.append(f"LEFT JOIN {table} n{i} ON n{i}.k = r.k AND ({when}){keys}")
            (reasons if i < len(working.reasons) else notes).append(f"n{i}.text")
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {rows.table}_notes AS
            SELECT r.k, r.pos, coalesce({", ".join(reasons) or "NULL"}, 'null') AS reason,
                concat_ws(', ', {", ".join(notes) or "NULL"}) AS notes
            FROM {rows.table} r JOIN {rows.targets} p USING (k) {" ".join(joins)}"""
        )


def _note_table(con: Any, rows: SqlRows, spec: NoteSpec, when: str, table: str) -> None:
    """Table ``table``: each distinct note ``spec`` makes (by target ``k`` and its parameters
    as text ``p0``, ``p1``...) with its JSON, as :meth:`Note.to_dict` and ``json`` write it."""
    params = "".join(f", ({param.sql})::VARCHAR AS p{j}" for j, param in enumerate(spec.params))
    found = con.execute(
        f"""SELECT DISTINCT r.k{params}
        FROM {rows.table} r JOIN {rows.targets} p USING (k) WHERE {when}"""
    ).fetchall()
    made: list[list[Any]] = [[] for _ in range(len(spec.params) + 2)]
    for k, *given in found:
        values = {
            param.name: _typed(param.type, value)
            for param, value in zip(spec.params, given, strict=True)
        }
        note = Note(spec.code, spec.words(rows.given[k], **values))
        for column, value in zip(made, (k, *given, _ENCODE(note.to_dict())), strict=True):
            column.append(value)
    columns = "".join(f", unnest(?::VARCHAR[]) AS p{j}" for j in range(len(spec.params)))
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {table} AS SELECT unnest(?::INTEGER[]) AS k{columns},
        unnest(?::VARCHAR[]) AS text""",
        made,
    )


def _typed(kind: str, value: str | None) -> Any:
    """A parameter as Python gives it, from SQL's text of it (a double's is its ``repr``)."""
    if value is None:
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "ints":
        return [int(item) for item in json.loads(value)]
    return value


def _joined(made: dict[str, Any], ks: list[int]) -> list[bytes]:
    """The texts of each target ``k`` of ``ks`` in the order of its areas (``pos``), joined
    as ``write_json`` joins them. The query leaves its rows unsorted: sorting some 17 MB of
    text a query in DuckDB cost more than ordering their numbers here."""
    import numpy

    order = numpy.lexsort((made["pos"], made["k"]))
    k = made["k"][order]
    texts = made["text"][order]
    lo = numpy.searchsorted(k, ks, "left").tolist()
    hi = numpy.searchsorted(k, ks, "right").tolist()
    return [b",\n    ".join(texts[a:b].tolist()) for a, b in zip(lo, hi, strict=True)]


#: A column of the target (``p``), and one of a result's row (``r``).
_OF_TARGET = re.compile(r"\bp\.")
_OF_ROW = re.compile(r"\br\.")


def _per_target(sql: str) -> bool:
    """Whether ``sql`` reads the target's columns and no row's: its text is made once a
    target (``xp``), not once a row (``x``)."""
    return bool(_OF_TARGET.search(sql)) and not _OF_ROW.search(sql)


class _Texts:
    """The texts of the numbers a result writes, each made once a row however often it is
    written (a rate is in four steps): its ``repr`` (JSON's number) and its ``%.6g`` (in a
    substituted formula), as the columns of ``x``; those of the target alone (its threshold,
    deadline, bounds) once a target, as the columns of ``xp``."""

    def __init__(self) -> None:
        self.columns: dict[str, str] = {}  # SQL of a text -> its column

    def number(self, sql: str) -> str:
        """A double (or NULL) as ``json`` writes it: its ``repr`` (DuckDB's text), or null."""
        return self._column(_number(sql))

    def six(self, sql: str, integer: bool) -> str:
        """A number as ``f"{x:.6g}"`` writes it (an integer below a million: its digits)."""
        if integer:
            return self._column(
                f"CASE WHEN abs({sql}) < 1000000 THEN ({sql})::VARCHAR"
                f" ELSE printf('%.6g', ({sql})::DOUBLE) END"
            )
        return self._column(f"printf('%.6g', ({sql})::DOUBLE)")

    def _column(self, sql: str) -> str:
        name = self.columns.get(sql)
        if name is None:
            name = self.columns[sql] = f"t{len(self.columns)}"
        return f"xp.{name}" if _per_target(sql) else f"x.{name}"

    def select(self, per_target: bool = False) -> str:
        """The columns of ``x``, over ``r`` and ``p`` (``per_target``: of ``xp``, over ``p``)."""
        return (
            ", ".join(
                f"{sql} AS {name}"
                for sql, name in self.columns.items()
                if per_target is _per_target(sql)
            )
            or "NULL"
        )


def _fields(working: Working, texts: _Texts) -> dict[str, str]:
    """The SQL of each field that varies by area (:data:`_VARYING`), over ``r``, ``p``, ``t``
    (the target's parts), ``c`` (the area's cell), ``x`` and ``xp`` (the texts of numbers, a
    row's and a target's), ``v`` (the values used), ``y`` (the years judged) and ``n`` (the
    notes)."""
    labels = " ".join(
        f"WHEN {_literal(status.value)} THEN "
        f"{_literal(_ENCODE({'vi': LABELS[status][0], 'en': LABELS[status][1]}))}"
        for status in Status
    )
    capped = (
        "CASE r.capped WHEN -1 THEN t.unit_min WHEN 1 THEN t.unit_max"
        f" ELSE {texts.number('r.projected_value')} END"
    )
    return {
        "area": "c.cell",
        "status": _text("r.status"),
        "trend": _text(working.trend),
        "rate_unit": _text("r.rate_unit"),
        "base": _point("r.base_year", texts.number("r.base_value"), working.moved),
        "latest": _point("r.latest_year", texts.number("r.latest_value"), "false"),
        "observed_rate": texts.number("r.observed_rate"),
        "required_rate": texts.number("r.required_rate"),
        "ratio": texts.number("r.ratio"),
        "catch_up_rate": texts.number("r.catch_up_rate"),
        "gap": texts.number("r.gap"),
        "projected": f"""CASE WHEN r.projected_value IS NOT NULL OR r.capped <> 0 THEN
            concat('{{"year": ', p.e, ', "value": ', {capped}, '}}') ELSE 'null' END""",
        "total": texts.number("r.total"),
        "met_years": texts.number("r.met_years"),
        "counted_years": texts.number("r.counted_years"),
        "years": "concat('[', coalesce(y.text, ''), ']')",
        "values": "concat('[', coalesce(v.text, ''), ']')",
        "reason": "n.reason",
        "notes": "concat('[', n.notes, ']')",
        "steps": f"concat('[', concat_ws(', ', {', '.join(_step(s, texts) for s in working.steps) or 'NULL'}), ']')",
        "status_label": f"CASE r.status {labels} END",
    }


def _point(year: str, value: str, moved: str) -> str:
    """A figure (``Point.to_dict``) of a plain level from the data: its year, value (its text)
    and whether it is a base moved."""
    parts = _MARKED.split(
        _ENCODE(Point(_marker("year"), _marker("value"), moved=_marker("moved")).to_dict())  # type: ignore[arg-type]
    )
    sql = {
        "year": f"{year}::VARCHAR",
        "value": value,
        "moved": f"CASE WHEN {moved} THEN 'true' ELSE 'false' END",
    }
    filled = ", ".join(_literal(part) if i % 2 == 0 else sql[part] for i, part in enumerate(parts))
    return f"CASE WHEN {year} IS NULL THEN 'null' ELSE concat({filled}) END"


def _year_check(years: YearsSpec) -> str:
    """A year judged (``YearCheck.to_dict``) of a figure ``f``, as a list of SQL to concat."""
    parts = _MARKED.split(
        _ENCODE(YearCheck(_marker("year"), _marker("value"), _marker("met")).to_dict())  # type: ignore[arg-type]
    )
    sql = {
        "year": "f.year::VARCHAR",
        "value": _number(years.value),
        "met": f"CASE WHEN {years.met} THEN 'true' ELSE 'false' END",
    }
    return ", ".join(_literal(part) if i % 2 == 0 else sql[part] for i, part in enumerate(parts))


def _step(spec: StepSpec, texts: _Texts) -> str:
    """A step's JSON (``Step.to_dict``) when it is in the working, else NULL."""
    names = tuple(item.name for item in spec.inputs)
    pieces: list[str] = [
        _Text(f'{{"name": {_ENCODE(spec.name)}, "formula": {_ENCODE(spec.formula)}, "inputs": {{')
    ]
    for i, item in enumerate(spec.inputs):
        pieces.append(_Text((", " if i else "") + _ENCODE(item.name) + ": "))
        pieces.append(f"({item.sql})::VARCHAR" if item.integer else texts.number(item.sql))
    pieces.append(_Text('}, "substituted": "'))
    by_name = {item.name: item for item in spec.inputs}
    for i, part in enumerate(formula_parts(spec.formula, names)):
        if i % 2 == 0:
            pieces.append(_Text(_ENCODE(part)[1:-1]))
        else:
            pieces.append(texts.six(by_name[part].sql, by_name[part].integer))
    pieces += [_Text('", "value": '), texts.number(spec.value), _Text("}")]
    return f"CASE WHEN {spec.when} THEN {_concat(pieces)} END"


class _Text(str):
    """A piece of a text that is the same in every row (written as an SQL literal)."""


def _concat(pieces: list[str]) -> str:
    """``concat`` of ``pieces`` (SQL, or :class:`_Text`), each run of texts one literal: a
    step is some 25 pieces, half of them constant, and DuckDB's ``concat`` costs by the
    argument, on every row."""
    merged: list[str] = []
    text: list[str] = []
    for piece in pieces:
        if isinstance(piece, _Text):
            text.append(piece)
            continue
        if text:
            merged.append(_literal("".join(text)))
            text.clear()
        merged.append(piece)
    if text:
        merged.append(_literal("".join(text)))
    return f"concat({', '.join(merged)})"


def _number(sql: str) -> str:
    """A double (or NULL) as ``json`` writes it: its ``repr`` (DuckDB's text of it), or null."""
    return f"coalesce(({sql})::VARCHAR, 'null')"


def _text(sql: str) -> str:
    """Plain text (a code, a status) as a JSON string, or null."""
    return f"""coalesce('"' || ({sql}) || '"', 'null')"""


def _literal(value: str) -> str:
    """``value`` as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"
