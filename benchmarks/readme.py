#!/usr/bin/env python3
"""benchmarks/README.md, written whole from its template and the recorded results.

    python benchmarks/readme.py            # rewrite README.md from results.json (no measuring)
    python benchmarks/readme.py --check    # exit 1 when README.md is not what they give

``benchmarks/run.py`` measures and records ``results.json`` (medians of time and peak memory of
every command), then writes the README through :func:`render_readme`: the template
``README.template.md`` with the table of the latest run in place of its ``{{latest run}}`` line.
This module measures nothing and knows nothing of how the numbers were taken; the ratios, the
budgets met and the growth of the panel are worked out here from the recorded medians.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "README.template.md"
RESULTS = HERE / "results.json"
README = HERE / "README.md"
PLACE = "{{latest run}}"


def _fmt(value: float | None, unit: str) -> str:
    return "–" if value is None else f"{value:.3f} {unit}" if unit == "s" else f"{value:.0f} MB"


def render_table(results: dict[str, Any]) -> str:
    """The table of a run, its panel growth, the years-per-series line and the machine."""
    out = [
        "| scenario | command | median time | peak memory | ratio to peer | budget | met |",
        "|---|---|---|---|---|---|---|",
    ]
    table = results["rows"]
    for row in table:
        ours, peer = row["ours"], row["peers"][0]
        ratio = (
            ours["seconds"] / peer["seconds"]
            if ours["seconds"] is not None and peer["seconds"]
            else None
        )
        memory_ratio = (
            ours["megabytes"] / peer["megabytes"]
            if ours["megabytes"] is not None and peer["megabytes"]
            else None
        )
        met = "–"
        if ratio is not None and row["limit"] is not None:
            met = "yes" if ratio <= row["limit"] else "no"
            if row["memory_limit"] is not None and memory_ratio is not None:
                met += "; memory " + ("yes" if memory_ratio <= row["memory_limit"] else "no")
        rows = f" ({row['rows']:,} rows)" if row["rows"] else ""
        shown = ours["failed"] or _fmt(ours["seconds"], "s")
        ratio_text = "–" if ratio is None else f"{ratio:.2f}× time"
        if memory_ratio is not None and row["memory_limit"] is not None:
            ratio_text += f", {memory_ratio:.2f}× memory"
        out.append(
            f"| {row['scenario']}{rows} | {ours['name']} | {shown} | "
            f"{_fmt(ours['megabytes'], 'MB')} | {ratio_text} | {row['budget']} | {met} |"
        )
        for other in row["peers"]:
            shown = (
                f"not run: {other['failed']}" if other["failed"] else _fmt(other["seconds"], "s")
            )
            out.append(
                f"| | peer: {other['name']} | {shown} | {_fmt(other['megabytes'], 'MB')} | | | |"
            )
    panel = [r for r in table if r["rows"] and r["ours"]["seconds"]]
    if len(panel) >= 2:
        out += ["", "Growth of the national panel (time per 10× rows, budget ≤ 11×):", ""]
        for small, big in itertools.pairwise(panel):
            factor = big["rows"] / small["rows"]
            growth = big["ours"]["seconds"] / small["ours"]["seconds"]
            out.append(
                f"- {small['rows']:,} → {big['rows']:,} rows ({factor:.0f}×): time {growth:.1f}×"
            )
    years = results.get("years")
    if years is not None and years["short"]["megabytes"] and years["long"]["megabytes"]:
        short, long, count = years["short"], years["long"], results["years_per_series"]
        more = long["megabytes"] - short["megabytes"]
        each = more * 2**20 / years["more_figures"]
        out += [
            "",
            f"Years kept per series ({years['communes']} communes, budget: memory grows by what "
            "the assessment needs): "
            f"{count} years {_fmt(short['megabytes'], 'MB')}, "
            f"{2 * count} years {_fmt(long['megabytes'], 'MB')} "
            f"(+{more:.0f} MB for {years['more_figures']:,} more figures: about {each:.0f} bytes "
            f"a figure); time {_fmt(short['seconds'], 's')} and {_fmt(long['seconds'], 's')}.",
        ]
    out += ["", f"Medians of {results['repeat']} runs each. Machine: {results['machine']}."]
    return "\n".join(out) + "\n"


def render_readme(results: dict[str, Any], template: str | None = None) -> str:
    """The whole README: the template with the latest run's table in place of its marker."""
    text = TEMPLATE.read_text(encoding="utf-8") if template is None else template
    if text.count(PLACE + "\n") != 1:
        raise ValueError(f"the template must hold one {PLACE} line")
    return text.replace(PLACE + "\n", render_table(results))


def load_results(path: Path = RESULTS) -> dict[str, Any]:
    results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = render_readme(load_results())
    if args.check:
        same = README.read_text(encoding="utf-8") == text
        if not same:
            print("benchmarks/README.md differs: run python benchmarks/readme.py", file=sys.stderr)
        return 0 if same else 1
    README.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
