"""The two engines give the same report: ``plantrack check --engine python`` and ``--engine
duckdb`` write byte-identical JSON and CSV for any long panel.

Hypothesis writes panels of a plan with one target of each numeric kind (growth, level,
cumulative, every-year, change) in two communes: series with gaps, zero and negative values
(and values out of their unit's range, or that read two ways), decimal points or decimal commas, labels by id or by name, and now and then what sends a file to
the row reader (an estimate column, two figures for a year, the same row twice, units in another
scale, an unknown indicator or area, a short row, a quoted value, a blank line). Whichever engine
reads the file, the report must be the same; ``test_duckdb_reads_the_clean_panels`` checks that
DuckDB really reads the clean ones. Deterministic (``derandomize``) and bounded, so that it takes
seconds in CI.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.actuals.read import ReadOptions, read_actuals
from plantrack.cli import main
from plantrack.plans.load import load_plans

KINDS = [
    # id, unit, direction, projection, target lines
    ("i1", "billion_vnd", "increase", None, ["kind: growth", "value: 8%", "period: 2021-2030"]),
    # growth, which SQL assesses for the series DuckDB read (docs/decisions/0004): about, a
    # range whose deadline has passed, a ceiling on a fall, a pace of fall from its own base
    # year, a limit that starts late, a share (its projection capped at 100 %, a pace out of
    # the unit's reach), and one measured by least squares (Python's: the rule up front)
    ("g1", "billion_vnd", "increase", None, ["kind: growth", "about: 5%", "period: 2021-2030"]),
    (
        "g2",
        "billion_vnd",
        "increase",
        None,
        ["kind: growth", "range: [3%, 6%]", "period: 2021-2025"],
    ),
    ("g3", "persons", "decrease", None, ["kind: growth", "at_most: 1%", "period: 2021-2025"]),
    (
        "g4",
        "billion_vnd",
        "decrease",
        None,
        ["kind: growth", "value: -2%", "period: 2021-2030", "base_year: 2018"],
    ),
    ("g5", "persons", "increase", None, ["kind: growth", "more_than: 0%", "period: 2024-2030"]),
    ("g6", "percent", "increase", None, ["kind: growth", "at_least: 25%", "period: 2021-2026"]),
    ("g7", "persons", "increase", None, ["kind: growth", "less_than: 3%", "period: 2021-2024"]),
    (
        "g8",
        "billion_vnd",
        "increase",
        None,
        ["kind: growth", "value: 8%", "period: 2021-2030", "method: least_squares"],
    ),
    ("i2", "percent", "increase", "linear", ["kind: level", "value: 90", "year: 2030"]),
    # level, which SQL assesses too: geometric and linear trends (a percentage, an override,
    # a zero target falling back to linear), at least / more than, ceilings (at most, less
    # than) on a fall, about, a range, deadlines passed and not, a base year of its own
    ("l1", "billion_vnd", "increase", None, ["kind: level", "at_least: 500", "year: 2030"]),
    ("l2", "persons", "decrease", None, ["kind: level", "at_most: 50", "year: 2025"]),
    ("l3", "billion_vnd", "increase", None, ["kind: level", "about: 200", "year: 2030"]),
    ("l4", "percent", "increase", None, ["kind: level", "range: [60, 70]", "year: 2024"]),
    (
        "l5",
        "billion_vnd",
        "decrease",
        None,
        ["kind: level", "value: 0", "year: 2028", "base_year: 2018"],
    ),
    ("l6", "percent", "increase", "geometric", ["kind: level", "at_least: 98", "year: 2027"]),
    ("l7", "persons", "increase", None, ["kind: level", "more_than: 1000", "year: 2022"]),
    (
        "l8",
        "billion_vnd",
        "decrease",
        "linear",
        ["kind: level", "less_than: 100", "year: 2030", "base_year: 2023"],
    ),
    ("i3", "persons", "increase", None, ["kind: cumulative", "at_least: 500", "period: 2021-2030"]),
    # cumulative, which SQL assesses too: a ceiling on a fall (passed early, or kept), about, a
    # range whose period has passed, a strict bound starting late, a value to fall to
    ("u1", "persons", "decrease", None, ["kind: cumulative", "at_most: 300", "period: 2021-2030"]),
    (
        "u2",
        "billion_vnd",
        "increase",
        None,
        ["kind: cumulative", "about: 150", "period: 2021-2025"],
    ),
    (
        "u3",
        "billion_vnd",
        "increase",
        None,
        ["kind: cumulative", "range: [100, 250]", "period: 2021-2024"],
    ),
    ("u4", "persons", "increase", None, ["kind: cumulative", "more_than: 0", "period: 2024-2030"]),
    (
        "u5",
        "billion_vnd",
        "decrease",
        None,
        ["kind: cumulative", "less_than: 100", "period: 2022-2026"],
    ),
    ("i4", "persons", "increase", None, ["kind: annual", "at_least: 50", "period: 2021-2030"]),
    # every year, which SQL assesses too: a ceiling, about, a range whose period has passed, a
    # strict bound starting late, a value on a fall
    ("a1", "persons", "decrease", None, ["kind: annual", "at_most: 60", "period: 2021-2030"]),
    ("a2", "billion_vnd", "increase", None, ["kind: annual", "about: 40", "period: 2021-2025"]),
    ("a3", "percent", "increase", None, ["kind: annual", "range: [10, 60]", "period: 2021-2024"]),
    ("a4", "persons", "increase", None, ["kind: annual", "more_than: 0", "period: 2024-2030"]),
    ("a5", "billion_vnd", "decrease", None, ["kind: annual", "value: 25", "period: 2022-2026"]),
    ("i5", "percent", "decrease", "linear", ["kind: change", "at_least: 1.5", "period: 2021-2030"]),
    # change, which SQL assesses too: a ceiling on the improvement, about, a range whose
    # deadline passes, more than nothing (no ratio) from a late start, a base year of its own
    # before the period, a share whose pace leaves the unit, less than on a fall, a target of 0
    ("h1", "percent", "decrease", None, ["kind: change", "at_most: 2", "period: 2021-2025"]),
    ("h2", "billion_vnd", "increase", None, ["kind: change", "about: 10", "period: 2021-2030"]),
    ("h3", "percent", "decrease", None, ["kind: change", "range: [1, 1.5]", "period: 2021-2024"]),
    ("h4", "persons", "increase", None, ["kind: change", "more_than: 0", "period: 2024-2030"]),
    (
        "h5",
        "billion_vnd",
        "decrease",
        None,
        ["kind: change", "value: 5", "period: 2021-2030", "base_year: 2018"],
    ),
    ("h6", "percent", "increase", None, ["kind: change", "at_least: 20", "period: 2021-2026"]),
    ("h7", "persons", "decrease", None, ["kind: change", "less_than: 3", "period: 2021-2023"]),
    ("h8", "percent", "decrease", "linear", ["kind: change", "value: 0", "period: 2021-2030"]),
]
AREAS = ["c1", "c2"]


def plan_text() -> str:
    lines = [
        "id: panel",
        "title: {vi: Kế hoạch thử, en: Test plan}",
        "document: {type: {vi: Kế hoạch, en: Plan}, issuer: {vi: Tỉnh X, en: Province X}}",
        "level: province",
        "area: px",
        "areas:",
        "  - {id: px, name: {vi: Tỉnh X, en: Province X}, level: province}",
        *(
            f"  - {{id: {a}, name: {{vi: xã {a}, en: commune {a}}}, level: commune, parent: px}}"
            for a in AREAS
        ),
        "period: 2021-2030",
        "base_year: 2020",
        "thresholds: {on_track: 0.9, at_risk: 0.5}",
        "indicators:",
    ]
    for number, (ident, unit, direction, projection, target) in enumerate(KINDS, 1):
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
            f"        areas: [{', '.join(AREAS)}]",
            "        text: Mục tiêu của kế hoạch",
        ]
    return "\n".join(lines) + "\n"


PLAN = plan_text()
#: Values every unit of the plan takes (0 to 100, at most two decimals): a panel of these and no
#: mess is DuckDB's.
PLAIN = st.one_of(
    st.sampled_from([12.5, 0.25, 99.99, 45.5, 7.05, 63.4, 0.0, 100.0]),
    st.integers(0, 10_000).map(lambda hundredths: hundredths / 100),
)
#: Values some units refuse (negative persons, percent above 100) or that read two ways.
WILD = st.one_of(
    st.sampled_from([0.0, -0.0, -5.0, 100.0, 1234.5, 6.794, 0.125]),
    st.floats(-50, 5000, allow_nan=False).map(lambda x: round(x, 2)),
    st.integers(-10, 20000).map(float),
)
MESS = [
    "estimate",  # a kind column (TH / ƯTH)
    "conflict",  # two figures for a year
    "duplicate",  # the same row twice
    "unit",  # a unit column: another scale
    "unknown-indicator",
    "unknown-area",
    "short-row",
    "quoted",
    "blank-line",
]


@st.composite
def panel(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, text) of a long panel."""
    comma = draw(st.booleans())
    delimiter = ";" if comma else ","
    mess = (
        draw(st.lists(st.sampled_from(MESS), max_size=2, unique=True))
        if draw(st.booleans())
        else []
    )
    values = WILD if draw(st.booleans()) else PLAIN
    columns = ["indicator", "area", "year", "value"]
    if "estimate" in mess:
        columns.append("kind")
    if "unit" in mess:
        columns.append("unit")
    rows: list[dict[str, str]] = []
    for number, (ident, *_) in enumerate(KINDS, 1):
        for area in AREAS:
            if draw(st.integers(0, 3)) == 0:
                continue  # no figure for this series: no data
            label = ident if draw(st.booleans()) else f"Chỉ tiêu {number}"
            where = area if draw(st.booleans()) else f"xã {area}"
            years = draw(st.lists(st.integers(2015, 2026), min_size=1, max_size=8, unique=True))
            for year in sorted(years) if draw(st.booleans()) else years:
                value = draw(values)
                written = repr(value) if value != int(value) else str(int(value))
                rows.append(
                    {
                        "indicator": label,
                        "area": where,
                        "year": str(year),
                        "value": written.replace(".", ",") if comma else written,
                        "kind": draw(st.sampled_from(["TH", "ƯTH"])),
                        "unit": draw(st.sampled_from(["", "tỷ đồng", "triệu đồng"])),
                    }
                )
    if rows and "conflict" in mess:
        rows.append({**rows[0], "value": rows[0]["value"] + "1"})
    if rows and "duplicate" in mess:
        rows.append(dict(rows[-1]))
    if "unknown-indicator" in mess:
        rows.append({"indicator": "GRDP", "area": "c1", "year": "2022", "value": "5"})
    if "unknown-area" in mess:
        rows.append({"indicator": "i1", "area": "nowhere", "year": "2022", "value": "5"})
    text_rows = [delimiter.join(row.get(c, "") for c in columns) for row in rows]
    if text_rows and "short-row" in mess:
        text_rows.append(text_rows[0].rsplit(delimiter, 1)[0])
    if rows and "quoted" in mess:
        row = rows[0]
        text_rows.append(delimiter.join(f'"{row.get(c, "")}"' for c in columns))
    if text_rows and "blank-line" in mess:
        text_rows.insert(len(text_rows) // 2, "")
    return "panel.csv", delimiter.join(columns) + "\n" + "".join(r + "\n" for r in text_rows)


def run(folder: Path, engine: str, fmt: str, as_of: int | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(folder / "panel.csv"),
            "--plan",
            str(folder / "plan.yaml"),
            "--format",
            fmt,
            "--lang",
            "en",
            "--engine",
            engine,
            *(["--as-of", str(as_of)] if as_of is not None else []),
        ],
        catch_exceptions=False,
    )
    return result.exit_code, result.stdout


def write(folder: Path, text: str) -> None:
    (folder / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (folder / "panel.csv").write_text(text, encoding="utf-8")


@settings(max_examples=60, derandomize=True, deadline=None)
@given(panel(), st.one_of(st.none(), st.integers(2014, 2032)))
def test_json_and_csv_are_the_same_whichever_engine_reads_the_panel(
    drawn: tuple[str, str], as_of: int | None
) -> None:
    _, text = drawn
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write(folder, text)
        for fmt in ("json", "csv"):
            python = run(folder, "python", fmt, as_of)
            assert run(folder, "duckdb", fmt, as_of) == python
            if fmt == "json":  # a whole report, with every target of the plan
                assert len(json.loads(python[1])["results"]) == len(KINDS) * len(AREAS)


def test_duckdb_reads_the_clean_panels(tmp_path: Path) -> None:
    """A clean panel in each decimal style is read by DuckDB (blocks, no row read one by one),
    and the engines' reports are the same: the test above compares two engines, not one."""
    for delimiter, decimal in ((",", "."), (";", ",")):
        rows = [
            delimiter.join([ident, area, str(year), f"{start + year - 2015}{decimal}5"])
            for ident, unit, *_ in KINDS
            for start in [50 if unit == "percent" else 1000]  # percent: at most 100
            for area in AREAS
            for year in range(2015, 2025)
        ]
        text = delimiter.join(["indicator", "area", "year", "value"]) + "\n"
        write(tmp_path, text + "\n".join(rows) + "\n")
        plans = [loaded.plan for loaded in load_plans([tmp_path / "plan.yaml"]).plans]
        data = read_actuals([tmp_path / "panel.csv"], plans, ReadOptions(engine="duckdb"))
        assert len(data.blocks) == len(KINDS) * len(AREAS) and not data.loose
        assert data.files[0].decimal == ("point" if decimal == "." else "comma")
        for fmt in ("json", "csv"):
            assert run(tmp_path, "duckdb", fmt) == run(tmp_path, "python", fmt)
