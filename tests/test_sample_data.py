"""The bundled sample actuals in data/: clean, sourced, and the same whatever form they take."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from pathlib import Path

import pytest

from plantrack.actuals.read import read_actuals
from plantrack.assessment import assess
from plantrack.numbers.format import format_number

from .conftest import ROOT
from .test_read_actuals import SHIPPED, check_ledger, facts, to_cp1258

DATA = ROOT / "data"


@pytest.fixture(scope="module")
def sample() -> object:
    return read_actuals([DATA], SHIPPED)


def test_default_data_reads_cleanly(sample) -> None:  # type: ignore[no-untyped-def]
    check_ledger(sample)
    assert sample.findings == []
    assert [Path(f.path).name for f in sample.files] == [
        "cau-ngang-actuals.csv",
        "cau-ngang-economy.xlsx",
        "tan-hong-border-actuals.csv",
    ]
    assert all(f.errors == 0 and f.used > 0 for f in sample.files)
    assert {f.layout for f in sample.files} == {"long", "wide"}


def test_every_figure_says_where_it_comes_from(sample) -> None:  # type: ignore[no-untyped-def]
    for obs in sample.observations:
        assert obs.source, obs.where
        real = re.search(r"[\w-]+\.(?:vn|com)\b", obs.source) is not None  # a site or page
        assert real or "illustrative" in obs.source or "minh họa" in obs.source, obs


@pytest.mark.parametrize(
    ("plan", "indicator", "area", "year", "value", "qualifier", "page"),
    [
        ("cau-ngang-2030", "poor_households_rate", None, 2022, 3.4, None, "marimbapop.com"),
        ("cau-ngang-2030", "new_rural_communes", None, 2022, 13, None, "cauke.travinh.gov.vn"),
        (
            "tan-hong-border-2025",
            "income_per_capita",
            "binh-phu",
            2021,
            50,
            "more_than",
            "11947189",
        ),
        ("tan-hong-border-2025", "poor_households_rate", "binh-phu", 2021, 0.64, "less_than", None),
        (
            "tan-hong-border-2025",
            "health_insurance_coverage",
            "tan-hong",
            2020,
            91,
            "more_than",
            None,
        ),
        (
            "tan-hong-border-2025",
            "new_rural_criteria_met",
            "thong-binh",
            2022,
            15,
            None,
            "11790502",
        ),
    ],
)
def test_real_figures_are_there_as_published(  # type: ignore[no-untyped-def]
    sample, plan, indicator, area, year, value, qualifier, page
) -> None:
    (obs,) = [
        o
        for o in sample.observations
        if (o.plan, o.indicator, o.area, o.year) == (plan, indicator, area, year)
    ]
    assert obs.value == pytest.approx(value)
    assert obs.qualifier == qualifier
    assert obs.estimate is False
    if page:
        assert page in (obs.source or "")


def test_income_in_dong_meets_the_usd_target_through_the_declared_rate(sample) -> None:  # type: ignore[no-untyped-def]
    (obs,) = [
        o
        for o in sample.observations
        if o.plan == "cau-ngang-2030" and o.indicator == "income_per_capita" and o.year == 2022
    ]
    assert obs.value == pytest.approx(62.41e6 / 24000)
    assert obs.exchange_rate == 24000
    assert obs.cell == "Bao cao!F12"
    plan = next(p for p in SHIPPED if p.id == "cau-ngang-2030")
    result = next(
        r for r in assess(plan, sample.observations).results if r.indicator == "income_per_capita"
    )
    assert result.latest is not None and result.latest.exchange_rate == 24000
    assert result.latest.reported is not None and "triệu đồng/người" in result.latest.reported


def test_the_workbook_holds_the_figures_of_its_source_table() -> None:
    workbook = read_actuals([DATA / "cau-ngang-economy.xlsx"], SHIPPED)
    table = read_actuals([ROOT / "scripts" / "cau-ngang-economy.csv"], SHIPPED)
    check_ledger(workbook)
    assert table.findings == [] and workbook.findings == []
    assert facts(workbook) == facts(table)
    with (ROOT / "scripts" / "cau-ngang-economy.csv").open(encoding="utf-8") as handle:
        assert len(workbook.observations) == sum(1 for _ in csv.DictReader(handle))


def test_both_plans_get_a_verdict_for_every_target(sample) -> None:  # type: ignore[no-untyped-def]
    for plan in SHIPPED:
        assessment = assess(plan, sample.observations)
        assert assessment.findings == []
        assert assessment.as_of == 2025
        assert sum(1 for r in assessment.results if r.status.value == "no_data") == 0


def test_the_published_conflict_is_reported_with_both_places() -> None:
    data = read_actuals([DATA, DATA / "conflicts"], SHIPPED)
    check_ledger(data)
    (conflict,) = data.errors
    assert conflict.code == "conflicting-values"
    assert "62.41" in conflict.message and "64.26" in conflict.message
    assert "cau-ngang-economy.xlsx:Bao cao!F12" in conflict.message
    assert "conflicts/cau-ngang-income-2022.csv:3" in conflict.message
    assert not any(
        o.indicator == "income_per_capita" and o.year == 2022 and o.plan == "cau-ngang-2030"
        for o in data.observations
    )


def _bundled_long() -> list[dict[str, str]]:
    with (DATA / "cau-ngang-actuals.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _as_wide(rows: list[dict[str, str]], vi: bool) -> list[list[str]]:
    """The long rows pivoted into a report table: one row per indicator, one column per year."""
    columns: list[tuple[int, str]] = sorted({(int(r["year"]), r["kind"]) for r in rows})
    header = ["STT", "Chỉ tiêu", "Địa bàn", "ĐVT"] + [
        ("Ước TH " if kind == "ƯTH" else "TH ") + str(year) for year, kind in columns
    ]
    table: dict[tuple[str, str, str], dict[tuple[int, str], str]] = {}
    for r in rows:
        value = r["value"]
        if vi:
            with contextlib.suppress(ValueError):
                value = format_number(float(value), "vi", max_decimals=6)
        table.setdefault((r["indicator"], r["area"], r["unit"]), {})[
            (int(r["year"]), r["kind"])
        ] = value
    out = [["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"], header, ["I", "Các chỉ tiêu"]]
    for number, ((indicator, area, unit), cells) in enumerate(table.items(), start=1):
        out.append([str(number), indicator, area, unit] + [cells.get(c, "") for c in columns])
    return out


def _write_csv(rows: list[list[str]], delimiter: str, newline: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return out.getvalue()


def test_the_bundled_long_file_reads_the_same_in_every_form(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    original = read_actuals([DATA / "cau-ngang-actuals.csv"], SHIPPED)
    rows = _bundled_long()
    long_vi = [[*r.values()] for r in rows]
    for r in long_vi:
        with contextlib.suppress(ValueError):
            r[3] = format_number(float(r[3]), "vi", max_decimals=6)
    variants: dict[str, bytes] = {
        "long-vi.csv": _write_csv([list(rows[0]), *long_vi], ";", "\r\n").encode("utf-8-sig"),
        "wide-1258.csv": to_cp1258(_write_csv(_as_wide(rows, vi=True), ";", "\r\n")),
        "wide-utf16.txt": _write_csv(_as_wide(rows, vi=False), "\t", "\r\n").encode("utf-16"),
    }
    book = openpyxl.Workbook()
    for line in _as_wide(rows, vi=False):
        book.active.append([float(c) if c.replace(".", "", 1).isdigit() else c for c in line])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    variants["wide.xlsx"] = path.read_bytes()
    for name, content in variants.items():
        (tmp_path / name).write_bytes(content)
        other = read_actuals([tmp_path / name], SHIPPED)
        check_ledger(other)
        assert [f.code for f in other.errors] == [], name
        assert other.files[0].layout == name.split("-")[0].split(".")[0], name
        assert facts(other) == facts(original), name
        for plan in SHIPPED:
            ours = assess(plan, original.observations).results
            theirs = assess(plan, other.observations).results
            assert [r.to_dict()["status"] for r in theirs] == [r.to_dict()["status"] for r in ours]
