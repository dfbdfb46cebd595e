"""Numbers in a plan file, written the Vietnamese way or the English way (issue 14, item 2).

YAML reads ``about: 6.794`` as six point seven nine four; the plan's "khoảng 6.794 USD" is six
thousand seven hundred and ninety-four. These sessions show what validate says, and what a plan
may write instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.plans.load import read_plan
from plantrack.plans.text_checks import text_numbers
from tests.conftest import MINIMAL_PLAN

LEVEL = (
    "      - kind: level\n        value: 68\n        year: 2025\n"
    "        text: Thu nhập bình quân đầu người đạt 68 triệu đồng/người\n"
)


def _plan(targets: str, header: str = "") -> str:
    assert LEVEL in MINIMAL_PLAN
    plan = MINIMAL_PLAN.replace(LEVEL, targets).replace(
        "base_year: 2020\n", "base_year: 2020\n" + header
    )
    if "6.794 USD" in targets:  # the income target in USD (its text says so)
        plan = plan.replace("unit: million_vnd_per_person", "unit: USD/người")
    return plan


def _validate(cli, write_plan, text: str, *options: str) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    path: Path = write_plan(text)
    result = cli("validate", "--lang", "en", *options, str(path))
    assert "Traceback" not in result.output
    prefix = f"{path}:"
    return [line.removeprefix(prefix) for line in result.stdout.splitlines()], result.exit_code


INCOME_6794 = """\
      - kind: level
        about: {about}
        year: 2025
        text: Thu nhập bình quân/người năm 2025 đạt khoảng 6.794 USD
"""


def test_an_unquoted_number_read_the_other_way_than_the_text_is_an_error(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    lines, code = _validate(cli, write_plan, _plan(INCOME_6794.format(about="6.794")))
    assert lines == [
        "22:16: plan-number-misread about: 6.794 is read as 6.794 (YAML reads a point as the "
        "decimal mark), but the target's text says 6.794, which is 6794 the Vietnamese way; "
        'write about: 6794, or about: "6.794" in quotes with decimal: comma for the plan'
    ]
    assert code == 1


@pytest.mark.parametrize(
    ("about", "header"),
    [("6794", ""), ('"6.794"', "decimal: comma\n"), ('"6794"', ""), ('"6 794"', "")],
)
def test_the_fixes_it_spells_out_are_valid(cli, write_plan, about: str, header: str) -> None:  # type: ignore[no-untyped-def]
    text = _plan(INCOME_6794.format(about=about), header)
    lines, code = _validate(cli, write_plan, text, "--strict")
    assert (lines, code) == ([], 0)
    loaded, _ = read_plan(write_plan(text))
    assert loaded is not None
    assert loaded.plan.indicators[0].targets[0].bound.low == 6794


def test_68_000_with_no_number_in_the_text_is_a_warning(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(LEVEL.replace("value: 68", "value: 68.000").replace("đạt 68 ", "tăng khá "))
    lines, code = _validate(cli, write_plan, text)
    assert lines == [
        "22:16: plan-number-ambiguous warning: value: 68.000 is read as 68, but written the "
        "Vietnamese way it is 68000, and the target's text does not say which; write value: 68 "
        "or value: 68000"
    ]
    assert code == 0
    assert _validate(cli, write_plan, text, "--strict")[1] == 1


def test_68_000_is_fine_when_the_text_says_68(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(LEVEL.replace("value: 68", "value: 68.000"))
    assert _validate(cli, write_plan, text, "--strict") == ([], 0)


def test_68_000_when_the_text_says_68_000_is_an_error(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(LEVEL.replace("value: 68", "value: 68.000").replace("đạt 68 ", "đạt 68.000 "))
    lines, _ = _validate(cli, write_plan, text)
    assert lines == [
        "22:16: plan-number-misread value: 68.000 is read as 68 (YAML reads a point as the "
        "decimal mark), but the target's text says 68.000, which is 68000 the Vietnamese way; "
        'write value: 68000, or value: "68.000" in quotes with decimal: comma for the plan'
    ]


def test_a_decimal_comma_in_block_style_is_read_as_written(write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(LEVEL.replace("value: 68", "value: 12,5").replace("đạt 68 ", "đạt 12,5 "))
    loaded, findings = read_plan(write_plan(text))
    assert findings == []
    assert loaded is not None and loaded.plan.indicators[0].targets[0].bound.low == 12.5


def test_a_quoted_number_that_reads_two_ways_needs_the_plans_decimal_style(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    lines, code = _validate(cli, write_plan, _plan(INCOME_6794.format(about='"6.794"')))
    assert lines == [
        '22:16: plan-ambiguous-decimal about: "6.794" reads as 6794 (Vietnamese style, decimal '
        "comma) or 6.794 (English style, decimal point); say which for the whole plan with "
        "decimal: comma or decimal: point"
    ]
    assert code == 1


GROWTH = """\
      - kind: growth
        value: {rate}
        period: 2021-2025
        text: Thu nhập bình quân đầu người tăng bình quân {said}/năm
"""


def test_the_plans_other_numbers_decide_an_ambiguous_one(write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(INCOME_6794.format(about='"6.794"') + GROWTH.format(rate="12,96%", said="12,96%"))
    loaded, findings = read_plan(write_plan(text))
    assert findings == []
    assert loaded is not None
    income, growth = loaded.plan.indicators[0].targets
    assert (income.bound.low, growth.bound.low) == (6794, 0.1296)


def test_a_rate_with_thousands_follows_the_same_rule(write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(GROWTH.format(rate='"1.234,5%"', said="1.234,5%"))
    loaded, findings = read_plan(write_plan(text))
    assert findings == []
    assert loaded is not None and loaded.plan.indicators[0].targets[0].bound.low == 12.345


def test_a_number_against_the_plans_decimal_key(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(GROWTH.format(rate="12.96%", said="12,96%"), "decimal: comma\n")
    lines, code = _validate(cli, write_plan, text)
    assert lines == [
        '23:16: plan-decimal-mismatch value: "12.96%" has a decimal point, but the plan says '
        'decimal: comma; write "12,96%", or write every number of the plan one way and say '
        "which with decimal: comma or decimal: point"
    ]
    assert code == 1


def test_numbers_of_both_styles_in_one_plan(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    targets = GROWTH.format(rate="12.96%", said="12,96%") + GROWTH.format(
        rate="12,5%", said="12,5%"
    ).replace("2021-2025", "2021-2024")
    lines, _ = _validate(cli, write_plan, _plan(targets))
    assert lines == [
        '22:16: plan-decimal-mismatch value: "12.96%" has a decimal point, but as many of the '
        "plan's numbers have a decimal comma (1 each); write every number of the plan one way "
        "and say which with decimal: comma or decimal: point",
        '26:16: plan-decimal-mismatch value: "12,5%" has a decimal comma, but as many of the '
        "plan's numbers have a decimal point (1 each); write every number of the plan one way "
        "and say which with decimal: comma or decimal: point",
    ]


def test_a_value_the_text_does_not_say_is_a_warning_naming_both(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    text = _plan(GROWTH.format(rate="12.69%", said="12,96%"))
    lines, code = _validate(cli, write_plan, text)
    assert lines == [
        "22:16: text-value-mismatch warning: value: 12.69% is not a number of the target's "
        'text, which says 12,96% ("Thu nhập bình quân đầu người tăng bình quân 12,96%/năm"); '
        "check the value or the text"
    ]
    assert code == 0


def test_a_year_or_period_the_text_does_not_say_is_a_warning(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    level = LEVEL.replace("text: Thu", "text: Đến năm 2024 thu")
    growth = GROWTH.format(rate="5%", said="5%").replace(
        "tăng bình quân", "tăng giai đoạn 2021-2024"
    )
    lines, _ = _validate(cli, write_plan, _plan(level + growth))
    assert lines == [
        "23:15: text-year-mismatch warning: year: 2025, but the target's text says 2024 "
        '("Đến năm 2024 thu nhập bình quân đầu người đạt 68 triệu đồng/người"); check the '
        "year or the text",
        "27:17: text-year-mismatch warning: period: 2021-2025, but the target's text says "
        '2021-2024 ("Thu nhập bình quân đầu người tăng giai đoạn 2021-2024 5%/năm"); check the '
        "period or the text",
    ]


def test_a_number_that_is_not_a_number(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    lines, _ = _validate(cli, write_plan, _plan(LEVEL.replace("value: 68", 'value: "1.23,4"')))
    assert lines == [
        '22:16: invalid-value value: "1.23,4" is not a number: every group of digits after a '
        "thousands separator must have 3 digits"
    ]


@pytest.mark.parametrize(
    ("text", "values", "years", "periods"),
    [
        ("Thu nhập bình quân/người năm 2030 đạt khoảng 6.794 USD", [6794], {2030}, set()),
        ("Có 02 xã đạt nông thôn mới (xã Tân Hộ Cơ, Bình Phú)", [2], set(), set()),
        ("(3) Có 11-13 bác sĩ/1 vạn dân", [11, 13, 1], set(), set()),
        ("thời kỳ 2021-2030 đạt khoảng 12,96%/năm", [12.96], set(), {(2021, 2030)}),
        ("giai đoạn 2021 – 2025 đạt 25 nghìn tỷ đồng", [25], set(), {(2021, 2025)}),
        ("theo Nghị quyết 13-NQ/TW, tăng gấp 2 lần so với năm 2020", [2], set(), set()),
        # real texts (benchmarks/extract/expected: Châu Đức, Phú Nhuận) that validate misread
        ("Thu ngân sách tăng 20,35% so với dự toán năm 2024", [20.35], set(), set()),
        ("tăng 5% so với cùng kỳ năm 2024, đến năm 2025 đạt 30%", [5, 30], {2025}, set()),
        # "so" without "với" compares too (An Giang 2016, Nghĩa Đàn): the year is a base
        ("Giảm tỷ lệ hộ nghèo 1,5% so năm 2015", [1.5], set(), set()),
        ("tăng 8% so cùng kỳ năm 2024", [8], set(), set()),
        ("tăng 10% so sánh với năm 2020", [10], set(), set()),
        ("tăng 3% so ước thực hiện năm 2017", [3], set(), set()),
        ("tăng 1,5 lần so sánh với năm 2020", [1.5], set(), set()),
        ("giảm 10% so cuối năm 2020, đến năm 2025 đạt 30%", [10, 30], {2025}, set()),
        ("tăng 8% so với bình quân giai đoạn 2016-2020", [8], set(), set()),
        # a share of the target's own year is no comparison
        ("vốn đầu tư so với tổng sản phẩm năm 2025 đạt 34%", [34], {2025}, set()),
        ("Diện tích cây xanh đô thị đạt 1,1m2/người", [1.1], set(), set()),
        ("đến năm 2025 có 250ha lúa chất lượng cao", [250], {2025}, set()),
        ("phủ sóng 5G 100% thôn, giảm 2,5%", [100, 2.5], set(), set()),
    ],
)
def test_numbers_of_a_vietnamese_target_text(
    text: str, values: list[float], years: set[int], periods: set[tuple[int, int]]
) -> None:
    said = text_numbers(text)
    assert [value for _, value in said.values] == values
    assert (said.years, said.periods) == (years, periods)


def test_the_bundled_plan_with_its_income_target_written_as_yaml_reads_it(
    cli, write_plan, in_root
) -> None:  # type: ignore[no-untyped-def]
    plan = (in_root / "plans" / "cau-ngang-2030.yaml").read_text(encoding="utf-8")
    assert "        about: 6794\n" in plan
    path = write_plan(plan.replace("        about: 6794\n", "        about: 6.794\n"))
    result = cli("validate", "--lang", "en", "--strict", str(path))
    assert result.stdout == (
        f"{path}:154:16: plan-number-misread about: 6.794 is read as 6.794 (YAML reads a point "
        "as the decimal mark), but the target's text says 6.794, which is 6794 the Vietnamese "
        'way; write about: 6794, or about: "6.794" in quotes with decimal: comma for the plan\n'
    )
    assert result.exit_code == 1


def test_a_range_written_as_one_text_is_shown_as_written(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    target = '      - {kind: growth, range: "1,5%", period: 2021-2025, text: "tăng 1,5%"}\n'
    lines, _ = _validate(cli, write_plan, _plan(target))
    assert lines == ["21:31: wrong-type range: expected a list, got the text '1,5%'"]
