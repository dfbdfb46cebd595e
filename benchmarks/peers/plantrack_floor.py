"""The least plantrack's own path over the national panel could cost: the floor of issue 20.

    python plantrack_floor.py panel.yaml panel.csv out.csv

What plantrack cannot leave out, by its own code: Python's start and the command line's
imports, the plan loaded and validated (``plantrack.plans.load``), and DuckDB's first pass over
the file (``plantrack.actuals.duckdb_reader.Engine.first_pass``: the CSV scan, every row's
year and number checked, the series grouped, routed and checked). Then what the pandas and
DuckDB peers do, in one SQL query over the first pass's tables: each series' base-year and
latest values, its CAGR and the catch-up rate to the target, a status, and 28 cells a series
written by DuckDB's ``COPY`` (the columns of ``plantrack check --format csv``). No bound, no
kind's rule beyond growth and level, no note, no row accounting written: a lower bound on any
design that keeps plantrack's checks, not a design.
"""

from __future__ import annotations

import sys

from plantrack.actuals.catalog import Catalog
from plantrack.actuals.duckdb_reader import Engine
from plantrack.actuals.read import ReadOptions, _Read
from plantrack.cli.app import main as _cli  # noqa: F401  (the command line's imports)
from plantrack.plans.load import load_plans

QUERY = """COPY (
WITH s AS (
    SELECT k.sid, k.ind, k.area, max(r.year) AS t, arg_max(r.value, r.year) AS v_t,
           max(r.value) FILTER (WHERE r.year = {base}) AS v_b
    FROM {name}_r r JOIN {name}_k k USING (i, a, p) GROUP BY k.sid, k.ind, k.area),
x AS (
    SELECT s.*, g.name, g.unit, g.kind, g.goal, g.deadline,
           pow(v_t / v_b, 1.0 / (t - {base})) - 1 AS cagr,
           CASE WHEN g.kind = 'growth' THEN v_b * pow(1 + g.goal, g.deadline - {base})
                ELSE g.goal END AS target
    FROM s JOIN goals g ON s.ind = g.indicator)
SELECT '{plan}' AS plan, area, ind AS indicator, name AS indicator_name, unit,
       ind || ':' || kind AS target, kind AS target_phrase, kind, deadline,
       CASE WHEN cagr >= goal THEN 'on_track' ELSE 'behind' END AS status,
       CASE WHEN cagr >= goal THEN 'Đúng tiến độ' ELSE 'Chậm tiến độ' END AS status_label,
       {base} AS base_year, v_b AS base_value, t AS latest_year, v_t AS latest_value,
       false AS latest_estimate, cagr AS observed_rate, goal AS required_rate,
       pow(target / v_t, 1.0 / (deadline - t)) - 1 AS catch_up_rate, cagr - goal AS gap,
       cagr / goal AS ratio, deadline AS projected_year,
       v_t * pow(1 + cagr, deadline - t) AS projected_value, NULL AS reason,
       'fraction' AS rate_unit, NULL AS total, NULL AS met_years, NULL AS counted_years
FROM x ORDER BY sid) TO '{out}' (HEADER)"""


def main(plan_file: str, data: str, out: str) -> None:
    loaded = load_plans([plan_file])
    plan = loaded.plans[0].plan
    read = _Read(data, 0, Catalog.of([plan]), ReadOptions(engine="duckdb"), {}, None, given=plan)
    read.start()
    engine = Engine()
    first = read.first_pass(engine)
    if first is None:
        raise SystemExit("the first pass did not take the file")
    goals = [
        (
            indicator.id,
            str(indicator.name.get("vi")),
            str(indicator.unit),
            target.kind,
            float(target.value or getattr(target, "low", None) or 0.0),
            target.years()[1],
        )
        for indicator in plan.indicators
        for target in indicator.targets[:1]
    ]
    con = engine.con
    con.execute(
        "CREATE TEMP TABLE goals (indicator VARCHAR, name VARCHAR, unit VARCHAR, kind VARCHAR,"
        " goal DOUBLE, deadline INTEGER)"
    )
    con.executemany("INSERT INTO goals VALUES (?, ?, ?, ?, ?, ?)", goals)
    con.execute(
        QUERY.format(
            name=first.table,
            base=plan.base_year,
            plan=plan.id,
            out=out.replace("'", "''"),
        )
    )
    engine.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
