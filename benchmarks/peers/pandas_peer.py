"""The peer an analyst would otherwise write: per-series CAGR and catch-up rate with pandas.

    python pandas_peer.py panel.csv targets.csv

Reads the long CSV, takes for each (indicator, area) the base-year (2020) and latest values,
computes the CAGR between them and the growth a year still needed to reach the target in 2030
(for growth targets the level the planned rate implies, for level targets the level itself), and
writes one row per series. No validation, no units, no row accounting: the floor to compare with.
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

BASE = 2020


def main(data: str, targets: str) -> None:
    frame = pd.read_csv(data, dtype={"indicator": "category", "area": "category"})
    goals = pd.read_csv(targets).set_index("indicator")
    latest_year = frame.groupby(["indicator", "area"], observed=True)["year"].transform("max")
    base = frame[frame["year"] == BASE].set_index(["indicator", "area"])["value"]
    latest_rows = frame[frame["year"] == latest_year]
    latest = latest_rows.set_index(["indicator", "area"])[["year", "value"]]
    series = latest.join(base.rename("base"), how="inner")
    t = series["year"]
    series["cagr"] = (series["value"] / series["base"]) ** (1 / (t - BASE)) - 1
    kinds = goals["kind"].reindex(series.index.get_level_values("indicator")).to_numpy()
    goal = goals["value"].reindex(series.index.get_level_values("indicator")).to_numpy()
    deadline = goals["deadline"].reindex(series.index.get_level_values("indicator")).to_numpy()
    target = np.where(kinds == "growth", series["base"] * (1 + goal) ** (deadline - BASE), goal)
    series["catch_up"] = (target / series["value"]) ** (1 / (deadline - t)) - 1
    series.to_csv(sys.stdout if len(sys.argv) < 4 else sys.argv[3])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
