#!/usr/bin/env python3
"""plantrack benchmarks: every scenario and its peers, measured in the same run.

    python benchmarks/run.py                      # the full run (several minutes): results.json
                                                  # and README.md (benchmarks/readme.py)
    python benchmarks/run.py --fractions 0.01,0.1 --repeat 3
    python benchmarks/run.py --smoke --out /tmp/bench.md   # seconds; what the test suite runs

Each command runs as its own process, several times; the table gives the median wall time and
the median peak resident memory (from ``wait4``), and each scenario's ratio to its peer, with the
budget of issue 6 beside it. Nothing here is asserted: machines are noisy, so budgets are read,
not tested. Peers (pandas, DuckDB) are a benchmark-only extra: ``pip install ".[bench]"``; a peer
that is not installed is reported as such, not skipped silently.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import readme  # benchmarks/readme.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PY = sys.executable
COMMUNES = 3321  # Vietnam's communes after the 2025 reform
INDICATORS = 50
YEARS = range(2011, 2026)  # 15 years per series


def plantrack() -> list[str]:
    script = Path(PY).parent / "plantrack"
    return [str(script)] if script.exists() else [PY, "-m", "plantrack"]


@dataclass
class Measure:
    name: str
    command: list[str]
    cwd: Path = ROOT
    ok_codes: tuple[int, ...] = (0,)
    times: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)  # KiB
    failed: str | None = None

    def run(self, repeat: int) -> Measure:
        for _ in range(repeat):
            with tempfile.TemporaryFile() as errors:
                start = time.perf_counter()
                try:
                    process = subprocess.Popen(
                        self.command,
                        cwd=self.cwd,
                        stdout=subprocess.DEVNULL,
                        stderr=errors,
                        env={**os.environ, "NO_COLOR": "1", "PLANTRACK_LANG": "vi"},
                    )
                except OSError as error:
                    self.failed = str(error)
                    return self
                _, status, usage = os.wait4(process.pid, 0)
                elapsed = time.perf_counter() - start
                code = os.waitstatus_to_exitcode(status)
                if code not in self.ok_codes:
                    errors.seek(max(0, errors.seek(0, 2) - 300))
                    said = errors.read().decode(errors="replace").strip().replace("\n", " ")
                    self.failed = f"exit {code}: {said}"
                    return self
            self.times.append(elapsed)
            self.peaks.append(usage.ru_maxrss)
        return self

    @property
    def seconds(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def megabytes(self) -> float | None:
        return statistics.median(self.peaks) / 1024 if self.peaks else None


# --------------------------------------------------------------------------------------------
# Inputs


def make_plans(folder: Path, count: int) -> Path:
    """``count`` plan files: the two shipped plans, copied under new ids."""
    out = folder / f"plans-{count}"
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "plans").glob("*.yaml"))
    for i in range(count):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8")
        old_id = next(line for line in text.splitlines() if line.startswith("id: "))
        (out / f"plan-{i:04d}.yaml").write_text(
            text.replace(old_id, f"id: plan-{i:04d}", 1), encoding="utf-8"
        )
    return out


_KINDS = (
    # (how many, unit, direction, projection, target yaml lines)
    (20, "billion_vnd", "increase", None, ["kind: growth", "value: 8%", "period: 2021-2030"]),
    (15, "percent", "increase", "linear", ["kind: level", "value: 90", "year: 2030"]),
    (5, "persons", "increase", None, ["kind: cumulative", "at_least: 50000", "period: 2021-2030"]),
    (5, "persons", "increase", None, ["kind: annual", "at_least: 500", "period: 2021-2030"]),
    (5, "percent", "decrease", "linear", ["kind: change", "at_least: 1.5", "period: 2021-2030"]),
)
#: Each kind's target as a plan states it (the text names the value, so ``check`` has nothing
#: to warn about): "Chỉ tiêu N: " and this.
_TEXTS = {
    "growth": "tốc độ tăng bình quân 8%/năm giai đoạn 2021-2030",
    "level": "đạt 90% vào năm 2030",
    "cumulative": "tổng cộng giai đoạn 2021-2030 đạt ít nhất 50.000 người",
    "annual": "mỗi năm đạt ít nhất 500 người giai đoạn 2021-2030",
    "change": "giảm ít nhất 1,5 điểm phần trăm giai đoạn 2021-2030",
}


def make_panel(
    folder: Path, communes: int, seed: int = 6, years: range = YEARS
) -> tuple[Path, Path, Path]:
    """A 50-indicator commune plan of mixed kinds, and a long CSV: ``communes`` areas x 50
    indicators x 15 years (``years``). Returns (plan, data, targets for the peers)."""
    rng = random.Random(seed)
    out = folder / f"panel-{communes}-{len(years)}y"
    out.mkdir(parents=True, exist_ok=True)
    areas = [f"c{n:04d}" for n in range(1, communes + 1)]
    area_list = "[" + ", ".join(areas) + "]"
    lines = [
        "id: national-panel",
        "title: {vi: Kế hoạch thử nghiệm toàn quốc, en: National benchmark plan}",
        "document: {type: {vi: Kế hoạch, en: Plan}, issuer: {vi: Bộ X, en: Ministry X}}",
        "level: country",
        "area: vn",
        "areas:",
        "  - {id: vn, name: {vi: Việt Nam, en: Viet Nam}, level: country}",
    ]
    lines += [
        f"  - {{id: {a}, name: {{vi: xã {a}, en: commune {a}}}, level: commune, parent: vn}}"
        for a in areas
    ]
    lines += ["period: 2021-2030", "base_year: 2020", "indicators:"]
    indicators: list[tuple[str, str, str]] = []  # id, unit, kind
    targets: list[str] = ["indicator,kind,value,deadline"]
    number = 0
    for count, unit, direction, projection, target in _KINDS:
        for _ in range(count):
            number += 1
            ident = f"i{number:02d}"
            kind = target[0].split(": ")[1]
            indicators.append((ident, unit, kind))
            lines += [
                f"  - id: {ident}",
                f"    name: {{vi: Chỉ tiêu {number}, en: Indicator {number}}}",
                f"    unit: {unit}",
                f"    direction: {direction}",
                *([f"    projection: {projection}"] if projection else []),
                f"    source: {{section: II, item: {number}}}",
                "    targets:",
                f"      - {target[0]}",
                *(f"        {part}" for part in target[1:]),
                f"        areas: {area_list}",
                f'        text: "Chỉ tiêu {number}: {_TEXTS[kind]}"',
            ]
            value = target[1].split(": ")[1].rstrip("%")
            goal = float(value) / 100 if target[1].endswith("%") else float(value)
            targets.append(f"{ident},{kind},{goal},2030")
    plan = out / "panel.yaml"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "targets.csv").write_text("\n".join(targets) + "\n", encoding="utf-8")

    data = out / "panel.csv"
    with data.open("w", encoding="utf-8", newline="") as handle:
        handle.write("indicator,area,year,value\n")
        for area in areas:
            for ident, _unit, kind in indicators:
                if kind == "growth":
                    value, step = rng.uniform(500, 2000), rng.uniform(0.03, 0.12)
                elif kind == "level":
                    value, step = rng.uniform(50, 85), rng.uniform(0.2, 2.0)
                elif kind == "change":
                    value, step = rng.uniform(5, 20), -rng.uniform(0.3, 2.0)
                else:
                    value, step = rng.uniform(300, 7000), 0.0
                for year in years:
                    if kind == "growth":
                        shown = f"{value:.2f}"
                        value *= 1 + step
                    elif kind in ("level", "change"):
                        shown = f"{min(max(value, 0.0), 100.0):.2f}"
                        value += step
                    else:
                        shown = str(int(value * rng.uniform(0.8, 1.2)))
                    handle.write(f"{ident},{area},{year},{shown}\n")
    return plan, data, out / "targets.csv"


# --------------------------------------------------------------------------------------------
# The run


@dataclass
class YearsRow:
    """The same panel with more years kept per series: what each more figure costs."""

    communes: int
    short: Measure
    long: Measure
    more_figures: int


@dataclass
class Row:
    scenario: str
    ours: Measure
    peers: list[Measure]
    budget: str
    limit: float | None  # ours / first peer, time
    memory_limit: float | None = None  # ours / pandas peer, memory
    rows: int | None = None


def _python(code: str, *args: str) -> list[str]:
    return [PY, "-c", code, *args]


def run(
    fractions: list[float], repeat: int, plan_count: int, work: Path
) -> tuple[list[Row], YearsRow | None]:
    tool = plantrack()
    table: list[Row] = []
    years_row = None
    bare = Measure("python -c pass", _python("pass")).run(repeat)
    floor = Measure(
        "import floor (click, yaml, pydantic, rich.console)",
        _python("import click, yaml, pydantic, rich.console"),
    ).run(repeat)
    click_only = Measure("python -c 'import click'", _python("import click")).run(repeat)

    everyday = Measure("plantrack check (bundled plans and data)", [*tool, "check"]).run(repeat)
    table.append(Row("1 everyday check", everyday, [floor, bare], "≤ 2× import floor", 2.0))
    for flag in ("--version", "--help"):
        ours = Measure(f"plantrack {flag}", [*tool, flag]).run(repeat)
        table.append(Row(f"2 plantrack {flag}", ours, [click_only], "≤ 1.3× import click", 1.3))

    plans = make_plans(work, plan_count)
    validate = Measure(f"plantrack validate ({plan_count} plans)", [*tool, "validate", str(plans)])
    pyyaml = Measure(
        "PyYAML C loader alone",
        _python(
            "import sys, glob, yaml\n"
            "L = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)\n"
            "for f in sorted(glob.glob(sys.argv[1] + '/*.yaml')):\n"
            "    yaml.load(open(f, encoding='utf-8'), Loader=L)",
            str(plans),
        ),
    )
    table.append(
        Row(
            f"3 validate {plan_count} plans",
            validate.run(repeat),
            [pyyaml.run(repeat)],
            "≤ 2× PyYAML C loader",
            2.0,
        )
    )

    for fraction in fractions:
        communes = max(1, round(COMMUNES * fraction))
        plan, data, targets = make_panel(work, communes)
        rows = communes * INDICATORS * len(YEARS)
        # CSV out, one row a result, like the pandas peer's output; JSON is measured apart
        out = work / f"out-{communes}"
        ours = Measure(
            f"plantrack check --format csv ({communes} communes)",
            [*tool, "check", "--plan", str(plan), str(data), "--format", "csv", "-o", f"{out}.csv"],
        ).run(repeat)
        # JSON too, at every size: its budget (2x the CSV run) is the full panel's
        as_json = Measure(
            f"plantrack check --format json ({communes} communes)",
            [
                *tool,
                "check",
                "--plan",
                str(plan),
                str(data),
                "--format",
                "json",
                "-o",
                f"{out}.json",
            ],
        ).run(repeat)
        tokenizer = Measure(
            "csv.reader pass",
            _python(
                "import csv, sys\nsum(1 for _ in csv.reader(open(sys.argv[1], newline='')))",
                str(data),
            ),
        ).run(repeat)
        pandas_peer = Measure(
            "pandas CAGR + catch-up",
            [PY, str(HERE / "peers" / "pandas_peer.py"), str(data), str(targets)],
        ).run(repeat)
        duckdb_peer = Measure(
            "DuckDB SQL CAGR + catch-up",
            [PY, str(HERE / "peers" / "duckdb_peer.py"), str(data), str(targets)],
        ).run(repeat)
        floor = Measure(
            "plantrack's floor: its plan load and row checks, then one query and COPY",
            [
                PY,
                str(HERE / "peers" / "plantrack_floor.py"),
                str(plan),
                str(data),
                f"{out}.floor.csv",
            ],
        ).run(repeat)
        python_peer = Measure(
            "plain Python CAGR + catch-up (the pure-Python floor)",
            [PY, str(HERE / "peers" / "python_peer.py"), str(data), str(targets), f"{out}.py.csv"],
        ).run(repeat)
        name = f"4 national panel × {fraction:g}" if fraction != 1 else "4 national panel"
        table.append(
            Row(
                name,
                ours,
                [pandas_peer, floor, duckdb_peer, python_peer, tokenizer],
                "≤ 1× pandas; memory ≤ pandas",
                1.0,
                1.0,
                rows,
            )
        )
        table.append(
            Row(
                f"{name}, JSON out",
                as_json,
                [ours, pandas_peer],
                "≤ 2× the CSV run (every result with its working, about 2.5 KB each)",
                2.0,
            )
        )
        if fraction <= 0.1 and (years_row is None or communes > years_row.communes):
            # twice the years kept per series: memory should grow by the figures alone
            longer = range(YEARS.start - len(YEARS), YEARS.stop)
            plan30, data30, _ = make_panel(work, communes, years=longer)
            long = Measure(
                f"plantrack check --format csv ({communes} communes, {len(longer)} years)",
                [
                    *tool,
                    "check",
                    "--plan",
                    str(plan30),
                    str(data30),
                    "--format",
                    "csv",
                    "-o",
                    f"{out}-long.csv",
                ],
            ).run(repeat)
            years_row = YearsRow(communes, ours, long, rows)
    return table, years_row


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs{memory}; "
        f"Python {platform.python_version()}"
    )


def _measured(measure: Measure) -> dict[str, Any]:
    return {
        "name": measure.name,
        "seconds": measure.seconds,
        "megabytes": measure.megabytes,
        "failed": measure.failed,
    }


def record(table: list[Row], repeat: int, years: YearsRow | None = None) -> dict[str, Any]:
    """The medians of a run as ``results.json`` keeps them (what benchmarks/readme.py reads)."""
    return {
        "note": f"benchmarks/run.py, {time.strftime('%Y-%m-%d')}",
        "repeat": repeat,
        "machine": machine(),
        "years_per_series": len(YEARS),
        "rows": [
            {
                "scenario": row.scenario,
                "rows": row.rows,
                "budget": row.budget,
                "limit": row.limit,
                "memory_limit": row.memory_limit,
                "ours": _measured(row.ours),
                "peers": [_measured(peer) for peer in row.peers],
            }
            for row in table
        ],
        "years": None
        if years is None
        else {
            "communes": years.communes,
            "more_figures": years.more_figures,
            "short": {"seconds": years.short.seconds, "megabytes": years.short.megabytes},
            "long": {"seconds": years.long.seconds, "megabytes": years.long.megabytes},
        },
    }


def compile_plantrack() -> None:
    """Write plantrack's bytecode, as ``pip install .`` does: an editable install under
    ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module on every run (about 0.05 s
    here) while the peers' packages load compiled bytecode."""
    found = subprocess.run(
        [PY, "-c", "import plantrack, os; print(os.path.dirname(plantrack.__file__))"],
        capture_output=True,
        text=True,
    )
    if found.returncode == 0:
        subprocess.run([PY, "-m", "compileall", "-q", found.stdout.strip()], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fractions", default="0.01,0.1,1", help="national panel sizes")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--plans", type=int, default=1000, help="plan files to validate")
    parser.add_argument("--out", default=str(readme.README))
    parser.add_argument("--smoke", action="store_true", help="a tiny run for the test suite")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs")
    args = parser.parse_args()
    if args.smoke:
        args.fractions, args.repeat, args.plans = "0.003", 1, 4
    fractions = [float(f) for f in args.fractions.split(",") if f]
    compile_plantrack()
    work = Path(tempfile.mkdtemp(prefix="plantrack-bench-"))
    try:
        table, years = run(fractions, args.repeat, args.plans, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results = record(table, args.repeat, years)
    text = readme.render_table(results)
    print(text)
    target = Path(args.out)
    if (
        target.resolve() == readme.README
    ):  # the full run: its results recorded, the README written whole
        readme.RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
        target.write_text(readme.render_readme(results), encoding="utf-8")
    else:
        target.write_text(text, encoding="utf-8")
    return 1 if any(row.ours.failed for row in table) else 0


if __name__ == "__main__":
    sys.exit(main())
