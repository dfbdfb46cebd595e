"""A plan written with its own units validates, and `check` converts reported figures within a
measure and refuses, with a finding, figures in another measure or currency without a rate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from plantrack.cli import main

from .conftest import MINIMAL_PLAN
from .test_units import FORMS

HEAD = MINIMAL_PLAN.split("indicators:")[0]


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": None})


def _indicator(number: int, unit: str, target: str, extra: str = "") -> str:
    quoted = json.dumps(unit, ensure_ascii=False)
    return f"""  - id: ind{number}
    name: {{vi: Chỉ tiêu {number}, en: Indicator {number}}}
    unit: {quoted}
    direction: increase{extra}
    source: {{section: II, item: {number}}}
    targets:
{target}
"""


LEVEL = """      - kind: level
        value: 40
        year: 2025
        text: Chỉ tiêu đạt 40"""
STATUS = """      - kind: qualitative
        year: 2025
        text: Đạt chuẩn"""


def test_a_plan_in_every_unit_form_validates_strictly(tmp_path: Path) -> None:
    indicators = [
        _indicator(n, text, STATUS if quantity == "status" else LEVEL)
        for n, (text, quantity, *_) in enumerate(FORMS, start=1)
    ]
    plan = tmp_path / "units.yaml"
    plan.write_text(HEAD + "indicators:\n" + "".join(indicators), encoding="utf-8")
    result = run("validate", "--strict", str(plan))
    assert result.stdout == ""
    assert result.exit_code == 0, result.stderr


def test_a_negative_percentage_is_valid_when_the_plan_says_it_is_a_balance(tmp_path: Path) -> None:
    """Nhập siêu below 0 is xuất siêu: a trade-balance ratio may be negative when declared."""
    target = """      - kind: level
        at_most: -2
        year: 2025
        text: Tỷ lệ nhập siêu so với kim ngạch xuất khẩu dưới -2%"""
    plan = tmp_path / "trade.yaml"
    body = _indicator(1, "%", target).replace("direction: increase", "direction: decrease")
    plan.write_text(HEAD + "indicators:\n" + body, encoding="utf-8")
    refused = run("validate", "--lang", "en", str(plan))
    assert refused.exit_code == 1
    assert (
        "value-out-of-range -2 is below 0, the least a value in % can be (if this percentage "
        "is a change or a balance that may fall below 0, declare percent: change or percent: "
        "balance)"
    ) in refused.stdout
    plan.write_text(
        HEAD
        + "indicators:\n"
        + body.replace("    direction:", "    percent: balance\n    direction:"),
        encoding="utf-8",
    )
    assert run("validate", "--lang", "en", "--strict", str(plan)).exit_code == 0


CHECKED = (
    HEAD
    + """indicators:
  - id: grain
    name: {vi: Sản lượng lương thực, en: Grain output}
    unit: tấn
    direction: increase
    source: {section: II, item: 1}
    targets:
      - {kind: level, value: 25000, year: 2025, text: Sản lượng lương thực đạt 25.000 tấn}
  - id: budget
    name: {vi: Thu ngân sách, en: Budget revenue}
    unit: tỷ đồng
    direction: increase
    source: {section: II, item: 2}
    targets:
      - {kind: level, value: 300, year: 2025, text: Thu ngân sách đạt 300 tỷ đồng}
  - id: yield
    name: {vi: Năng suất lúa, en: Rice yield}
    unit: tạ/ha
    direction: increase
    source: {section: II, item: 3}
    targets:
      - {kind: level, value: 60, year: 2025, text: Năng suất lúa đạt 60 tạ/ha}
  - id: enterprises
    name: {vi: Doanh nghiệp thành lập mới, en: New enterprises}
    unit: doanh nghiệp
    direction: increase
    source: {section: II, item: 4}
    targets:
      - {kind: level, value: 30, year: 2025, text: Có 30 doanh nghiệp thành lập mới}
"""
)


def _check(tmp_path: Path, rows: str) -> Any:
    plan = tmp_path / "plan.yaml"
    plan.write_text(CHECKED, encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("indicator,year,value,unit\n" + rows, encoding="utf-8")
    result = run("check", "--plan", str(plan), "--format", "json", str(data))
    return result, json.loads(result.stdout) if result.stdout else None


def _values(document: dict[str, Any], indicator: str) -> list[float]:
    (result,) = [r for r in document["results"] if r["indicator"] == indicator]
    return [point["value"] for point in result["values"]]


def test_check_converts_scales_of_the_same_measure(tmp_path: Path) -> None:
    result, document = _check(
        tmp_path,
        "grain,2024,24.5,nghìn tấn\n"
        "grain,2025,25100,tấn\n"
        "budget,2024,280500,triệu đồng\n"
        "budget,2025,0.31,nghìn tỷ đồng\n"
        "yield,2024,5.9,tấn/ha\n"
        "yield,2025,61,tạ/ha\n"
        "enterprises,2025,31,DN\n",
    )
    assert result.exit_code == 0, result.stderr
    assert document["findings"] == []
    assert _values(document, "grain") == [24500, 25100]
    assert _values(document, "budget") == [280.5, 310]
    assert _values(document, "yield") == [59, 61]
    assert _values(document, "enterprises") == [31]


def test_check_refuses_another_measure_or_currency_with_a_finding(tmp_path: Path) -> None:
    result, document = _check(
        tmp_path,
        "grain,2025,3200,ha\nbudget,2025,12,triệu USD\nenterprises,2025,4,hợp tác xã\n",
    )
    assert result.exit_code == 2
    findings = [(f["code"], f["line"], f["message"]) for f in document["findings"]]
    assert findings == [
        (
            "unit-mismatch",
            2,
            "unit 'ha' (ha) does not fit the indicator, which is measured in tấn (tonnes); "
            "the two cannot be converted",
        ),
        (
            "no-exchange-rate",
            3,
            "the figure is in million USD but the target is in billion VND; declare the USD "
            "rate for 2025 in the plan (exchange_rates) or on the command line "
            "(--exchange-rate USD=...)",
        ),
        (
            "unit-mismatch",
            4,
            "unit 'hợp tác xã' (count of cooperatives) does not fit the indicator, which is "
            "measured in doanh nghiệp (count of enterprises); the two cannot be converted",
        ),
    ]


def test_a_currency_converts_with_a_declared_rate(tmp_path: Path) -> None:
    result, document = _check(tmp_path, "budget,2025,12,triệu USD\n")
    assert document["findings"][0]["code"] == "no-exchange-rate"
    plan = tmp_path / "plan.yaml"
    data = tmp_path / "data.csv"
    result = run(
        "check", "--plan", str(plan), "--format", "json", "--exchange-rate", "USD=25000", str(data)
    )
    assert result.exit_code == 0, result.stderr
    assert _values(json.loads(result.stdout), "budget") == [300]


def test_a_per_person_figure_given_without_its_per_is_read_per_person(tmp_path: Path) -> None:
    """Year-end tables name the row "Thu nhập bình quân đầu người" and give the unit of the
    amount, "Tr.đồng": read per person, and say so in the working."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text(
        "indicator,year,value,unit\nincome,2020,50,Tr.đồng\nincome,2025,70,Tr.đồng/người\n",
        encoding="utf-8",
    )
    result = run("check", "--plan", str(plan), "--format", "json", str(data))
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    (found,) = document["results"]
    assert [p["value"] for p in found["values"]] == [50, 70]
    assert found["base"]["reported"] == "50 Tr.đồng (/người)"
    assert found["latest"]["reported"] is None
    explained = run("check", "--plan", str(plan), "--explain", "income", "--lang", "en", str(data))
    assert "2020: 50 million VND per person = 50 Tr.đồng (/người)  " in explained.stdout


def _text_plan(unit: str, bound: str, text: str) -> str:
    target = f"""      - kind: level
        {bound}
        year: 2025
        text: {text}"""
    return HEAD + "indicators:\n" + _indicator(1, unit, target)


def test_a_text_in_another_unit_than_the_indicator_is_a_warning(tmp_path: Path) -> None:
    """The old bad plan wrote "68 triệu đồng/người" with unit tỷ đồng: 1,000 times off, and
    nothing said so. Now validate does, with the value to write where the scale is the issue."""
    cases = [
        (
            "tỷ đồng",
            "value: 68",
            "Thu nhập bình quân đầu người đạt 68 triệu đồng/người",
            "the target's text gives 68 triệu đồng/người, but the indicator's unit is tỷ đồng "
            "(per person is not per nothing); check the unit",
        ),
        (
            "tấn",
            "value: 25",
            "Sản lượng lương thực đạt 25 nghìn tấn",
            "the target's text gives 25 nghìn tấn, which is 25000 in the indicator's unit (tấn), "
            "not 25; write value: 25000, or change the unit",
        ),
        (
            "ha",
            "value: 3500",
            "Sản lượng lúa đạt 3.500 tấn lúa khô",
            "the target's text gives 3.500 tấn lúa khô, but the indicator's unit is ha (mass is "
            "not area); check the unit",
        ),
    ]
    for unit, bound, text, message in cases:
        plan = tmp_path / "plan.yaml"
        plan.write_text(_text_plan(unit, bound, text), encoding="utf-8")
        result = run("validate", "--lang", "en", str(plan))
        assert result.stdout == f"{plan}:22:16: text-unit-mismatch warning: {message}\n"
        assert result.exit_code == 0
        assert run("validate", "--lang", "en", "--strict", str(plan)).exit_code == 1


def test_a_text_in_the_same_amount_is_not_a_warning(tmp_path: Path) -> None:
    for unit, bound, text in [
        ("tấn", "value: 25000", "Sản lượng lương thực đạt 25 nghìn tấn"),
        ("tỷ đồng", "more_than: 75000", "Vốn đầu tư đạt trên 75 nghìn tỷ đồng"),
        ("USD/người", "about: 6794", "Thu nhập bình quân/người đạt khoảng 6.794 USD"),
        ("tạ/ha", "value: 60", "Năng suất lúa bình quân đạt 60 tạ/ha"),
        ("doanh nghiệp", "value: 30", "Có 30 doanh nghiệp thành lập mới"),
        ("hộ", "value: 120", "Hỗ trợ 120 hộ thoát nghèo"),
        ("ha", "value: 3500", "Diện tích gieo trồng lúa đạt 3.500 ha đất lúa"),
        ("người", "value: 3000", "Giải quyết việc làm cho 3.000 người lao động"),
    ]:
        plan = tmp_path / "plan.yaml"
        plan.write_text(_text_plan(unit, bound, text), encoding="utf-8")
        result = run("validate", "--strict", str(plan))
        assert (result.exit_code, result.stdout) == (0, ""), (unit, text)
