"""The appendix an office files (plantrack.render.appendix): the rows of the bundled plans in the
plan's own order and numbering, their figures and words in both languages, and a target over
several areas as one row counted over them."""

from __future__ import annotations

import unicodedata

import pytest

from plantrack.assessment.status import Status
from plantrack.render.appendix import Heading, Row, appendices, document_line, roman
from plantrack.report.build import CheckOptions, CheckReport, run_check
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def report() -> CheckReport:
    return run_check([ROOT / "plans"], [ROOT / "data"], CheckOptions())


def _rows(report: CheckReport, lang: str, plan: str) -> list[Row]:
    (one,) = [a for a in appendices(report, lang) if a.plan.id == plan]
    return one.rows


def test_one_appendix_a_plan_with_every_result(report: CheckReport) -> None:
    books = appendices(report, "vi")
    assert [a.plan.id for a in books] == ["cau-ngang-2030", "tan-hong-border-2025"]
    shown = sum(len(row.areas) or 1 for book in books for row in book.rows)
    assert shown == len(report.targets)  # every result is in a row (several areas: one row)


def test_rows_follow_the_plans_sections_and_numbers(report: CheckReport) -> None:
    (cau_ngang, _) = appendices(report, "vi")
    headings = [line for line in cau_ngang.lines if isinstance(line, Heading)]
    assert [h.number for h in headings] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert headings[0].title == "Về kinh tế"
    numbers = [row.number for row in cau_ngang.rows]
    # the plan's items (1)-(16) in order, sub-targets of an item as 1.1, 1.2 ...
    items = [n for n in numbers if "." not in n][:16]
    assert items == [str(i) for i in range(1, 17)]
    assert numbers[:3] == ["1", "1.1", "1.2"]
    # every row of a section comes before the next section's heading
    sections = [row.section for row in cau_ngang.rows]
    assert sections == sorted(sections, key=[h.id for h in cau_ngang.plan.sections or []].index)


def test_a_growth_row_in_vietnamese(report: CheckReport) -> None:
    row = _rows(report, "vi", "cau-ngang-2030")[0]
    assert (row.number, row.indicator, row.unit) == ("1", "Giá trị sản xuất", "tỷ đồng")
    assert row.goal == "khoảng 12,96%/năm 2021-2030"  # "about" in words, as plans write it
    assert row.figures[2020].value == 8641.0 and row.figures[2020].text == "8.641"
    assert row.figures[2025].estimate and not row.figures[2024].estimate
    assert row.achieved.kind == "percent" and row.achieved.text == "8,72%/năm"
    assert row.achieved.value == pytest.approx(row.item.result.observed_rate)
    assert row.needed.value == pytest.approx(row.item.result.catch_up_rate)
    # the pace achieved over the pace set: 8.72 % / 12.96 %
    assert row.compared.value == pytest.approx(row.item.result.observed_rate / 0.1296)
    assert row.compared.text == "67,3"
    assert row.verdict == "▲ Cần tăng tốc"
    assert row.note.startswith("ƯTH; ") and "cau-ngang-economy.xlsx:Bao cao!I6" in row.note


def test_a_level_in_percent_is_stored_as_a_fraction(report: CheckReport) -> None:
    rows = _rows(report, "en", "cau-ngang-2030")
    coverage = next(r for r in rows if r.item.result.indicator == "health_insurance_coverage")
    assert coverage.figures[2025].value == pytest.approx(0.951)
    assert coverage.figures[2025].kind == "percent" and coverage.figures[2025].text == "95.1%"
    assert coverage.compared.value == pytest.approx(95.1 / 98)
    assert coverage.achieved.kind == "amount" and coverage.achieved.text == "+0.78 pp/yr"


def test_targets_without_one_number_to_reach_have_no_comparison(report: CheckReport) -> None:
    for row in _rows(report, "vi", "tan-hong-border-2025"):
        kind = row.item.result.kind
        if kind in ("annual", "change", "qualitative", "relative"):
            assert row.compared.value is None and row.compared.text == "", row.indicator


def test_a_target_over_several_areas_is_one_row_counted(report: CheckReport) -> None:
    rows = _rows(report, "vi", "tan-hong-border-2025")
    communes = [row for row in rows if row.areas]
    assert len(communes) == 1
    (row,) = communes
    assert row.verdict == "2/2 xã đạt"
    assert row.status is Status.ACHIEVED
    assert [a.name for a in row.areas] == ["xã Tân Hộ Cơ", "xã Bình Phú"]
    assert all(a.verdict == "✔ Đạt" for a in row.areas)
    en = next(r for r in _rows(report, "en", "tan-hong-border-2025") if r.areas)
    assert en.verdict == "2/2 communes met"


def test_the_title_block(report: CheckReport) -> None:
    cau_ngang, tan_hong = appendices(report, "vi")
    assert cau_ngang.title == "PHỤ LỤC: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"
    assert cau_ngang.area == "huyện Cầu Ngang"
    assert cau_ngang.years == [2020, 2021, 2022, 2023, 2024, 2025]
    assert cau_ngang.year_heading(2025) == "Ước TH 2025"
    assert cau_ngang.year_heading(2024) == "2024"
    assert document_line(cau_ngang.plan, "vi") == (
        "(Kèm theo Kế hoạch số 92/KH-UBND ngày 08/11/2022 của Ủy ban nhân dân huyện Cầu Ngang)"
    )
    assert document_line(tan_hong.plan, "en").startswith("(Attached to Plan of 2021 by the ")
    for book in (cau_ngang, tan_hong):
        for row in book.rows:
            for text in (row.indicator, row.goal, row.verdict, row.unit):
                assert unicodedata.is_normalized("NFC", text)


def test_a_mixed_area_count_and_a_worst_verdict() -> None:
    """Over several areas: met only when every area met; else the worst area's verdict."""
    from plantrack.render.appendix import _overall

    class Item:
        def __init__(self, status: Status) -> None:
            self.result = type("R", (), {"status": status})()

    assert _overall([Item(Status.EXCEEDED), Item(Status.EXCEEDED)]) is Status.EXCEEDED  # type: ignore[list-item]
    assert _overall([Item(Status.EXCEEDED), Item(Status.ACHIEVED)]) is Status.ACHIEVED  # type: ignore[list-item]
    mixed = [Item(Status.ACHIEVED), Item(Status.AT_RISK), Item(Status.OFF_TRACK)]
    assert _overall(mixed) is Status.OFF_TRACK  # type: ignore[arg-type]
    unknown = [Item(Status.NO_DATA), Item(Status.AT_RISK), Item(Status.ACHIEVED)]
    assert _overall(unknown) is Status.AT_RISK  # type: ignore[arg-type]
    assert _overall([Item(Status.NO_DATA), Item(Status.ACHIEVED)]) is Status.NO_DATA  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("n", "letters"), [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL")]
)
def test_roman_numbers(n: int, letters: str) -> None:
    assert roman(n) == letters


def test_about_is_written_in_words_in_the_appendix_only(report: CheckReport) -> None:
    """The appendix writes "khoảng" / "about" as plans do; the table keeps its compact "≈"."""
    from plantrack.render.describe import target_phrase

    income = next(
        r
        for r in _rows(report, "en", "cau-ngang-2030")
        if r.item.result.indicator == "income_per_capita"
    )
    assert income.goal == "about 6,794 USD per person by 2030"
    item = income.item
    assert (
        target_phrase(item.plan, item.indicator, item.target, "vi")
        == "≈ 6.794 USD/người đến năm 2030"
    )
    budget = next(
        r
        for r in _rows(report, "vi", "cau-ngang-2030")
        if r.item.result.indicator == "budget_revenue"
    )
    assert budget.goal == "≥ 12%/năm 2021-2030"  # a bound keeps its sign
