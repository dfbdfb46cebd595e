"""The same computation as the pandas peer, in plain Python written for speed: the floor any
pure-Python tool meets on the national panel.

    python python_peer.py panel.csv targets.csv [out.csv]

Reads the long CSV a megabyte at a time with ``str.split`` (no quoting, no validation), converts
the year and value columns with ``map(int)`` and ``map(float)``, takes for each (indicator, area)
the base-year (2020) and latest values, and writes the CAGR between them and the growth a year
still needed to reach the target in 2030, one row per series, as ``pandas_peer.py`` does. No
units, no row accounting, no checks: what is left is the cost of Python itself.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

BASE = 2020
CHUNK = 1 << 20


def main(data: str, targets: str, out: str | None = None) -> None:
    with Path(targets).open(encoding="utf-8", newline="") as handle:
        goals = {row["indicator"]: row for row in csv.DictReader(handle)}
    base: dict[tuple[str, str], float] = {}
    latest: dict[tuple[str, str], tuple[int, float]] = {}
    with Path(data).open(encoding="utf-8", newline="") as handle:
        handle.readline()  # header: indicator,area,year,value
        tail = ""
        while chunk := handle.read(CHUNK):
            text = tail + chunk
            cut = text.rfind("\n") + 1
            text, tail = text[:cut], text[cut:]
            fields = text.replace("\n", ",").split(",")[:-1]
            indicators, areas = fields[0::4], fields[1::4]
            years = list(map(int, fields[2::4]))
            values = list(map(float, fields[3::4]))
            keys = zip(indicators, areas, strict=True)
            for key, year, value in zip(keys, years, values, strict=True):
                if year == BASE:
                    base[key] = value
                seen = latest.get(key)
                if seen is None or year >= seen[0]:
                    latest[key] = (year, value)
    target_file = Path(out).open("w", newline="") if out else sys.stdout  # noqa: SIM115
    writer = csv.writer(target_file)
    writer.writerow(["indicator", "area", "year", "value", "base", "cagr", "catch_up"])
    for key, (t, value) in latest.items():
        b = base.get(key)
        if b is None or t == BASE:
            continue
        goal = goals[key[0]]
        g, deadline = float(goal["value"]), int(goal["deadline"])
        target = b * (1 + g) ** (deadline - BASE) if goal["kind"] == "growth" else g
        # where pandas gives inf or NaN (a zero or negative base or level): no number
        cagr = (value / b) ** (1 / (t - BASE)) - 1 if b > 0 and value >= 0 else None
        catch_up = (
            (target / value) ** (1 / (deadline - t)) - 1 if value > 0 and target >= 0 else None
        )
        writer.writerow([*key, t, value, b, cagr, catch_up])
    if out:
        target_file.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
