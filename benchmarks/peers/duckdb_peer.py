"""The same per-series CAGR and catch-up rate as the pandas peer, in DuckDB SQL.

python duckdb_peer.py panel.csv targets.csv
"""

from __future__ import annotations

import sys

import duckdb

QUERY = """
WITH data AS (SELECT * FROM read_csv_auto(?)),
     goals AS (SELECT * FROM read_csv_auto(?)),
     latest AS (
        SELECT indicator, area, arg_max(value, year) AS value, max(year) AS year
        FROM data GROUP BY indicator, area),
     base AS (SELECT indicator, area, value AS base FROM data WHERE year = 2020)
SELECT l.indicator, l.area, l.year, l.value, b.base,
       pow(l.value / b.base, 1.0 / (l.year - 2020)) - 1 AS cagr,
       pow(CASE WHEN g.kind = 'growth' THEN b.base * pow(1 + g.value, g.deadline - 2020)
                ELSE g.value END / l.value, 1.0 / (g.deadline - l.year)) - 1 AS catch_up
FROM latest l JOIN base b USING (indicator, area) JOIN goals g USING (indicator)
"""


def main(data: str, targets: str) -> None:
    result = duckdb.execute(QUERY, [data, targets]).fetchall()
    sys.stdout.write(f"{len(result)} series\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
