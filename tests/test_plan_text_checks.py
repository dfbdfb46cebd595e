"""A target's numbers and words as plans write them, and the messages that lead to the fix:
periods before punctuation, base years in brackets, scales after a range, numbers grouped by
spaces, dates, rates written "12,96%/năm", misread ranges, decimal commas inside [ ] and { }.
Each test failed before its fix (found by a fresh-eyes review)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .plan_snippets import indicator, run_in

# --------------------------------------------------------------------------------------------
# A. Plan numbers and the text cross-checks


def _validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indicators: str, head_extra: str = ""
) -> tuple[int, str]:
    return run_in(
        tmp_path,
        monkeypatch,
        indicators,
        None,
        "validate",
        "--lang",
        "en",
        "--strict",
        head_extra=head_extra,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Giai đoạn 2021-2025, trồng mới 500 ha rừng",
        "Trồng mới 500 ha rừng trong giai đoạn 2021-2025.",
    ],
)
def test_a_period_followed_by_punctuation_is_the_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """D7. "Giai đoạn 2021-2025, ..." gives text-year-mismatch "the text says 2021": the
    period pattern refuses a comma or full stop after the second year."""
    indicators = indicator(
        "ha", "increase", f"kind: cumulative\nvalue: 500\nperiod: 2021-2025\ntext: '{text}'"
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-year-mismatch" not in out, out
    assert code == 0, out


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% (năm 2020 đạt 90,2%)",
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%, gấp 1,05 lần năm 2020",
    ],
)
def test_a_baseline_year_in_the_text_is_not_the_target_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """D8. The year of a baseline the text quotes ("(năm 2020 đạt 90,2%)", "gấp 1,05 lần năm
    2020") is taken for the target's year: text-year-mismatch on a correct target."""
    indicators = indicator("%", "increase", f"kind: level\nvalue: 95\nyear: 2025\ntext: '{text}'")
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-year-mismatch" not in out, out


def test_a_scale_word_after_a_text_range_applies_to_both_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D9. "1,2-1,5 nghìn tỷ đồng" is 1.200-1.500 tỷ đồng, but only 1,5 gets the scale:
    text-value-mismatch "range: 1200 is not a number of the target's text"."""
    indicators = indicator(
        "tỷ đồng",
        "increase",
        "kind: level\nrange: [1200, 1500]\nyear: 2025\n"
        "text: Đến năm 2025 giá trị sản xuất đạt 1,2-1,5 nghìn tỷ đồng",
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-value-mismatch" not in out, out
    assert code == 0, out


def test_a_text_number_grouped_with_spaces_is_one_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D10. numparse (and a quoted plan number) read "1 250" as 1250, the text check reads
    "Đạt 1 250 tỷ đồng" as 1 and 250: text-value-mismatch on a bound equal to the text."""
    indicators = indicator(
        "tỷ đồng",
        "increase",
        "kind: level\nvalue: 1250\nyear: 2025\ntext: Đến năm 2025 thu ngân sách đạt 1 250 tỷ đồng",
    )
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-value-mismatch" not in out, out


def test_a_date_in_the_text_names_its_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """D11. "Đến ngày 31/12/2024" with year: 2025 passes silently: the date's year is a "loose"
    number, and 31 and 12 count as numbers of the text (they can hide a wrong value)."""
    indicators = indicator(
        "km",
        "increase",
        "kind: level\nvalue: 120\nyear: 2025\n"
        "text: Đến ngày 31/12/2024 nhựa hóa 120 km đường giao thông nông thôn",
    )
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-year-mismatch" in out, out


def test_a_day_of_a_date_does_not_vouch_for_a_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D11 (second half). value: 31 where the text says 13 xã: the "31" of 31/12/2025 makes the
    value look like a number of the text, so the transposed digits pass without a warning."""
    indicators = indicator(
        "xã",
        "increase",
        "kind: level\nvalue: 31\nyear: 2025\n"
        "text: Đến ngày 31/12/2025 có 13 xã đạt chuẩn nông thôn mới",
    )
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-value-mismatch" in out, out


@pytest.mark.parametrize(
    ("bound", "when", "shown"),
    [
        ('value: "12,5"', "period: 2021-2025", "(got '12,5')"),
        ("value: 12%", "period: 20211", "(got '20211')"),
    ],
)
def test_messages_never_show_a_template_placeholder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bound: str, when: str, shown: str
) -> None:
    """D12. PydanticCustomError does not format ``{value!r}``: the user reads "a growth rate is
    written like 12.96% or 12,96% (got {value!r})" and "a period is written as text like
    "2021-2030" (got {value!r})". "12,96%/năm" is how Vietnamese plans write a rate."""
    indicators = indicator(
        "tỷ đồng",
        "increase",
        f"kind: growth\n{bound}\n{when}\ntext: Tăng bình quân 12,96%/năm",
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert code == 1
    assert "{value" not in out, out
    assert shown in out, out


def test_a_rate_written_per_year_is_a_rate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "12,96%/năm" is how Vietnamese plans write a rate: the "/năm" is what a rate is."""
    indicators = indicator(
        "tỷ đồng",
        "increase",
        "kind: growth\nvalue: 12,96%/năm\nperiod: 2021-2025\ntext: Tăng bình quân 12,96%/năm",
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert (code, out) == (0, "1 plan file checked, all valid: 0 errors, 0 warnings.\n")


def test_a_misread_range_item_is_fixed_as_a_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D13. range: [1.200, 1.500] with the text "1.200-1.500 triệu đồng": the message says
    "write range: 1200" (twice, one per item), which would replace the list by a number."""
    indicators = indicator(
        "triệu đồng",
        "increase",
        "kind: level\nrange: [1.200, 1.500]\nyear: 2025\ntext: Đến năm 2025 đạt 1.200-1.500 triệu đồng",
    )
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert out.splitlines()[0].endswith(
        "plan-number-misread range: [1.200, 1.500] is read as [1.2, 1.5] (YAML reads a point "
        "as the decimal mark), but the target's text says 1.200-1.500, which is 1200-1500 the "
        'Vietnamese way; write range: [1200, 1500], or range: ["1.200", "1.500"] in quotes '
        "with decimal: comma for the plan"
    ), out
    assert out.count("plan-number-misread") == 1


@pytest.mark.parametrize("written", ["[1,5, 2,5]", "[1, 1,5]"])
def test_a_decimal_comma_in_a_flow_list_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: str
) -> None:
    """D14. range: [1,5, 2,5] (the plan's "1,5-2,5%") is four items to YAML. validate says only
    "List should have at most 2 items after validation, not 4": the comma explanation given
    for { } is not given for [ ], the commonest place a plan writes two decimals."""
    indicators = indicator(
        "%",
        "decrease",
        f"kind: change\nrange: {written}\nperiod: 2021-2025\n"
        "text: Tỷ lệ hộ nghèo giảm bình quân 1-1,5 điểm %/năm",
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert code == 1
    items = [item.strip() for item in written[1:-1].split(", ")]
    points = ", ".join(item.replace(",", ".") for item in items)
    quoted = ", ".join(f'"{item}"' for item in items)
    assert (
        f"invalid-value range: inside [ ] a comma separates items, so range: {written} was read "
        f"as {written.count(',') + 1} numbers, cut at the decimal comma; write range: "
        f"[{points}], or range: [{quoted}] with decimal: comma for the plan"
    ) in out, out


def test_the_fix_for_a_cut_decimal_is_not_another_ambiguous_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D15. baseline: {..., value: 4,850, ...} is cut at the comma; the message proposes
    "write value: 4.850", an unquoted number that reads two ways (validate then warns
    plan-number-ambiguous; 4850 the Vietnamese way), or "4,850" in quotes, which without
    decimal: is plan-ambiguous-decimal. It should propose 4.85 (or 4850)."""
    indicators = indicator(
        "%",
        "increase",
        "kind: level\nvalue: 5\nyear: 2025\ntext: Đến năm 2025 đạt 5%",
        extra="    baseline: {year: 2020, value: 4,850, source: báo cáo}\n",
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert code == 1
    assert out.splitlines()[0].endswith(
        "unknown-key unknown key '850': inside { } a comma separates entries, so value: 4,850 "
        "was cut at the comma; write value: 4.85 if the comma is the decimal mark, or value: "
        "4850 if it separates thousands"
    ), out


# --------------------------------------------------------------------------------------------
# B. The plan's whole sentence in `text`: readings analysts of the extract corpus had to cut
# their texts around (benchmarks/extract/expected: the notes of An Giang, Cần Thơ, Đại Lộc,
# Thanh Hóa, Khun Há, Chi Lăng, Ngọc Trạo, Nhơn Sơn). Each failed before its fix.


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # a term named from its congress year: growth of 2021-2025 is measured from 2020
        ("growth", "tăng trưởng kinh tế bình quân 12-13%/năm nhiệm kỳ 2020 - 2025"),
        ("growth", "GRDP bình quân giai đoạn 2020-2025 phấn đấu đạt 12% trở lên"),
        ("change", "tỷ lệ hộ nghèo giảm bình quân 2%/năm giai đoạn 2020-2025"),
    ],
)
def test_a_period_named_from_its_base_year_is_the_target_s_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, text: str
) -> None:
    """E1. "bình quân giai đoạn 2020-2025" of a growth measured from 2020 over 2021-2025
    warned text-year-mismatch, though period 2021-2025 with its default base year 2020 and
    period 2020-2025 with base_year 2020 are one target (plan-format.md)."""
    value = "12%" if kind == "growth" else "2"
    indicators = indicator(
        "%", "increase", f"kind: {kind}\nat_least: {value}\nperiod: 2021-2025\ntext: '{text}'"
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert code == 0 and "text-year-mismatch" not in out, out


def test_a_term_named_from_its_congress_year_is_its_five_years(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E1'. A total "trong cả nhiệm kỳ 2020 - 2025" is the term's, 2021-2025 (as `extract`
    drafts it): text-year-mismatch made the Tuy Đức analyst cut the text."""
    indicators = indicator(
        "tỷ đồng",
        "increase",
        "kind: cumulative\nmore_than: 268\nperiod: 2021-2025\ntext: 'Tổng thu ngân sách trên "
        "địa bàn huyện trong cả nhiệm kỳ 2020 - 2025 đạt hơn 268 tỷ đồng'",
    )
    code, out = _validate(tmp_path, monkeypatch, indicators)
    assert code == 0 and "text-year-mismatch" not in out, out
    # a period of other years still warns: 2019-2025 is no term of 2021-2025
    code, out = _validate(tmp_path, monkeypatch, indicators.replace("2020 - 2025", "2019 - 2025"))
    assert "text-year-mismatch" in out, out


def test_the_base_year_rule_on_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """E1 apart from the five-year term: a growth of 2023-2025 measured from 2022 named
    "bình quân giai đoạn 2022-2025" is its period; "2021-2025" is not (fresh-eyes review: no
    test failed with the base-year rule turned off)."""
    target = "kind: growth\nat_least: 8%\nperiod: 2023-2025\ntext: 'bình quân giai đoạn {} đạt 8%'"
    code, out = _validate(
        tmp_path, monkeypatch, indicator("%", "increase", target.format("2022-2025"))
    )
    assert code == 0 and "text-year-mismatch" not in out, out
    _code, out = _validate(
        tmp_path, monkeypatch, indicator("%", "increase", target.format("2021-2025"))
    )
    assert "text-year-mismatch" in out, out


@pytest.mark.parametrize(
    ("target", "says"),
    [
        # a plan's own period after "theo" is no standard's
        (
            "kind: cumulative\nvalue: 3000\nperiod: 2026-2030\ntext: 'Tổng vốn đầu tư công theo kế "
            "hoạch trung hạn giai đoạn 2021 - 2025 đạt 3000 tỷ đồng'",
            "2021-2025",
        ),
        # nor one after a full stop
        (
            "kind: change\nvalue: 2\nperiod: 2026-2030\ntext: 'Thực hiện theo quy định. Giai đoạn "
            "2021 - 2025 tỷ lệ hộ nghèo giảm 2%/năm'",
            "2021-2025",
        ),
        # a six-year total written "giai đoạn 2020 - 2025" is no term of 2021-2025
        (
            "kind: cumulative\nvalue: 10000\nperiod: 2021-2025\ntext: 'Tổng vốn đầu tư toàn xã hội "
            "giai đoạn 2020 - 2025 đạt 10000 tỷ đồng'",
            "2020-2025",
        ),
    ],
)
def test_periods_that_are_the_target_s_still_warn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, says: str
) -> None:
    """The limits of E1' and E2 (fresh-eyes review): the standard's pattern took "theo kế
    hoạch … giai đoạn" and read across a full stop; the term's rule took any 2020-2025."""
    _code, out = _validate(tmp_path, monkeypatch, indicator("tỷ đồng", "increase", target))
    assert f"text says {says} (" in out, out


def test_a_period_of_another_base_year_still_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E1's limit: a text period that is neither the target's, nor from its base year, nor the
    term of its five years."""
    indicators = indicator(
        "%",
        "increase",
        "kind: growth\nat_least: 12%\nperiod: 2021-2025\nbase_year: 2019\n"
        "text: 'bình quân giai đoạn 2016-2025 đạt 12% trở lên'",
    )
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-year-mismatch" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Giảm tỷ lệ hộ nghèo 1,5%/năm (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)",
        "Giảm tỷ lệ hộ nghèo 1,5%/năm theo chuẩn nghèo đa chiều giai đoạn 2022-2025",
    ],
)
def test_the_period_of_a_standard_is_not_the_target_s_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """E2. "theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025" names the standard the rate is
    counted by, not the target's period: text-year-mismatch on a 2026-2030 target."""
    indicators = indicator(
        "%", "decrease", f"kind: change\nat_least: 1.5\nperiod: 2026-2030\ntext: '{text}'"
    )
    _code, out = _validate(tmp_path, monkeypatch, indicators)
    assert "text-year-mismatch" not in out, out


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        # "10/10 thôn": ten of the ten villages, not 10 per 10 villages
        ("thôn", "kind: annual\nvalue: 10\nperiod: 2021-2025\ntext: 'giữ vững 10/10 thôn văn hóa'"),
        ("xã", "kind: level\nvalue: 6\nyear: 2025\ntext: 'Có 6/8 xã đạt chuẩn nông thôn mới'"),
        # "3 trường = 100%": the schools restated as a share, not "trường = 100" as a unit
        (
            "trường",
            "kind: level\nvalue: 3\nyear: 2025\ntext: 'Số trường đạt chuẩn: 3 trường = 100%'",
        ),
        # money per person, the text leaving out "/người" as plans do (session 23)
        (
            "triệu đồng/người/tháng",
            "kind: level\nvalue: 8.7\nyear: 2025\n"
            "text: 'Thu nhập bình quân đầu người 8,7 triệu đồng/tháng'",
        ),
        (
            "triệu đồng/người/năm",
            "kind: level\nvalue: 92\nyear: 2025\n"
            "text: 'thu nhập bình quân đầu người đạt 92 triệu đồng/năm'",
        ),
        ("USD/người", "kind: level\nvalue: 8500\nyear: 2025\ntext: 'GDP đầu người 8.500 USD'"),
        # a road is a road: "đường" is no mistyped "đồng"
        (
            "đường hẻm",
            "kind: cumulative\nrange: [8, 10]\nperiod: 2021-2025\n"
            "text: 'nhựa hóa từ 08 đến 10 đường hẻm chính và phụ'",
        ),
    ],
)
def test_a_count_of_things_in_its_text_is_the_indicator_s_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unit: str, target: str
) -> None:
    """E3. The units of counts as plans write them warned text-unit-mismatch ("10/10 thôn"
    read as per 10 villages, "trường = 100" as an index) or unit-as-count ("is it 'dong'?")."""
    code, out = _validate(tmp_path, monkeypatch, indicator(unit, "increase", target))
    assert (code, out.splitlines()[-1]) == (
        0,
        "1 plan file checked, all valid: 0 errors, 0 warnings.",
    ), out


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("tỷ quả", "kind: level\nabout: 23\nyear: 2025\ntext: 'đạt khoảng 23 tỷ quả trứng'"),
        ("tỷ quả trứng", "kind: level\nabout: 23\nyear: 2025\ntext: 'đạt khoảng 23 tỷ quả trứng'"),
    ],
)
def test_billions_of_a_thing_are_not_billions_of_dong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unit: str, target: str
) -> None:
    """Round 95's livestock strategy: "23 tỷ quả trứng" was read as 23 tỷ (đồng), so no unit of
    the indicator passed without text-unit-mismatch; the analyst had to leave the targets out."""
    code, out = _validate(tmp_path, monkeypatch, indicator(unit, "increase", target))
    assert (code, out.splitlines()[-1]) == (
        0,
        "1 plan file checked, all valid: 0 errors, 0 warnings.",
    ), out


def test_billions_of_dong_written_tỷ_still_meet_the_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(a guard: "tỷ" alone is still tỷ đồng, 1,000 times an indicator in triệu đồng)"""
    target = "kind: level\nvalue: 200\nyear: 2025\ntext: 'thu ngân sách đạt 200 tỷ, tăng 10%'"
    _code, out = _validate(tmp_path, monkeypatch, indicator("triệu đồng", "increase", target))
    assert "text-unit-mismatch" in out, out


@pytest.mark.parametrize("unit", ["nghìn lao động", "lao động/năm"])
def test_a_unit_a_year_written_with_moi_is_the_unit_a_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    """Round 109's enterprise targets: "10 nghìn lao động/mỗi năm" was read as a count per
    "mỗi" (the unit's words cut before "năm"), a text-unit-mismatch whatever the unit."""
    target = (
        "kind: annual\nmore_than: 10\nperiod: 2021-2025\n"
        "text: 'tạo việc làm cho trên 10 nghìn lao động/mỗi năm'"
    )
    if unit == "lao động/năm":
        target = target.replace("more_than: 10", "more_than: 10000")
    code, out = _validate(tmp_path, monkeypatch, indicator(unit, "increase", target))
    assert (code, out.splitlines()[-1]) == (
        0,
        "1 plan file checked, all valid: 0 errors, 0 warnings.",
    ), out


def test_a_count_a_year_still_meets_a_unit_it_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(a guard: "10 nghìn lao động/mỗi năm" in an indicator of lao động is 1,000 times off)"""
    target = (
        "kind: annual\nmore_than: 10\nperiod: 2021-2025\n"
        "text: 'tạo việc làm cho trên 10 nghìn lao động/mỗi năm'"
    )
    _code, out = _validate(tmp_path, monkeypatch, indicator("lao động", "increase", target))
    assert "text-unit-mismatch" in out, out


def test_a_plan_written_with_decimal_points_reads_its_texts_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 112's national plan for 2023 writes "4,400 USD" and "25.4-25.8%" (decimal: point):
    the texts were read the Vietnamese way, "4,400" as 4.4, a plan-number-misread error for a
    value written right; the analyst had to copy the figure into a note, and `extract` listed
    the target as not understood."""
    target = "kind: level\nabout: 4,400\nyear: 2023\ntext: 'GDP bình quân đầu người đạt khoảng 4,400 USD'"
    code, out = _validate(
        tmp_path, monkeypatch, indicator("USD/người", "increase", target), "decimal: point\n"
    )
    assert (code, out.splitlines()[-1]) == (
        0,
        "1 plan file checked, all valid: 0 errors, 0 warnings.",
    ), out


def test_a_plan_with_decimal_commas_still_reads_its_texts_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(a guard: without decimal: point, "4,400" in the text is 4,4 and a value of 4400 is
    caught)"""
    target = (
        "kind: level\nabout: 4400\nyear: 2023\ntext: 'GDP bình quân đầu người đạt khoảng 4,400 USD'"
    )
    _code, out = _validate(tmp_path, monkeypatch, indicator("USD/người", "increase", target))
    assert "text-value-mismatch" in out or "misread" in out, out


@pytest.mark.parametrize(
    ("unit", "bounds", "text"),
    [
        ("căn hộ", "8000, 10000", "xây mới nhà ở xã hội đạt từ 8.000-10.000 căn hộ"),
        ("triệu lượt", "8, 10", "đón 8-10 triệu lượt khách"),
    ],
)
def test_the_indicator_s_own_unit_written_after_the_number_meets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unit: str, bounds: str, text: str
) -> None:
    """Rounds 113 and 115: "10.000 căn hộ" was read as "căn" (dwellings), "triệu lượt khách"
    as visitors, against an indicator in căn hộ or triệu lượt: a text-unit-mismatch for the
    unit the text writes; the analysts changed the unit to quiet the tool."""
    target = f"kind: level\nrange: [{bounds}]\nyear: 2025\ntext: '{text}'"
    code, out = _validate(tmp_path, monkeypatch, indicator(unit, "increase", target))
    assert (code, out.splitlines()[-1]) == (
        0,
        "1 plan file checked, all valid: 0 errors, 0 warnings.",
    ), out


def test_a_unit_per_person_after_the_indicator_s_unit_still_differs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(a guard: "68 triệu đồng/người" in an indicator of triệu đồng is money per person)"""
    target = (
        "kind: level\nvalue: 68\nyear: 2025\ntext: 'thu nhập bình quân đạt 68 triệu đồng/người'"
    )
    _code, out = _validate(tmp_path, monkeypatch, indicator("triệu đồng", "increase", target))
    assert "text-unit-mismatch" in out, out


def test_a_range_with_its_thousands_written_once_meets_its_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bình Thuận's "40-45.000 tấn" is 40.000 to 45.000 tấn: a range of 40000-45000 was a
    text-value-mismatch (the text said 40)."""
    target = (
        "kind: level\nrange: [40000, 45000]\nyear: 2025\n"
        "text: 'sản lượng mủ cao su đạt khoảng 40-45.000 tấn'"
    )
    code, out = _validate(tmp_path, monkeypatch, indicator("tấn", "increase", target))
    assert (code, out.splitlines()[-1]) == (
        0,
        "1 plan file checked, all valid: 0 errors, 0 warnings.",
    ), out
