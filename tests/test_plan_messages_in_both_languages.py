"""What a plan's problems say, in English and in Vietnamese (issue 17, item 3).

Every finding a plan file gives is a text of the catalogue: its English words are the ones
``plantrack validate`` prints (tests/bad_plans/*.expected), and the same finding written in
Vietnamese is a Vietnamese sentence, numbers in the Vietnamese style (1.234,5), years as they are,
YAML keys and values as the plan writes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plantrack.findings import Finding
from plantrack.plans.load import load_plans, read_plan
from plantrack.texts import Text
from tests.conftest import BAD, MINIMAL_PLAN

LEVEL = "        value: 68\n"


def _findings(path: Path) -> dict[str, Finding]:
    _, findings = read_plan(path)
    return {finding.code: finding for finding in findings}


def test_every_finding_of_the_bad_plans_is_a_catalogue_text_that_is_vietnamese_in_vi() -> None:
    findings = load_plans([BAD]).findings
    assert len(findings) > 60
    for finding in findings:
        assert isinstance(finding.message, Text), (finding.code, finding.message)
        vietnamese = finding.message.render("vi")
        assert vietnamese != finding.message, (finding.code, vietnamese)
    reversed_range = next(finding for finding in findings if finding.code == "range-reversed")
    assert reversed_range.message == "range minimum 70 is above its maximum 65; write [min, max]"
    assert reversed_range.message.render("vi") == (  # type: ignore[attr-defined]
        "giá trị nhỏ nhất 70 của khoảng (range) lớn hơn giá trị lớn nhất 65; "
        "hãy viết [nhỏ nhất, lớn nhất]"
    )


def test_a_value_above_its_unit_says_its_numbers_in_each_language_style(write_plan) -> None:  # type: ignore[no-untyped-def]
    plan = MINIMAL_PLAN.replace("unit: million_vnd_per_person", 'unit: "%"').replace(
        LEVEL, "        value: 1234.5\n"
    )
    finding = _findings(write_plan(plan))["value-out-of-range"]
    assert finding.message == (
        "1234.5 is above 100, the most a value in % can be (a share of a whole; if this "
        "percentage may pass 100, declare percent: ratio)"
    )
    assert finding.message.render("vi") == (  # type: ignore[attr-defined]
        "1.234,5 lớn hơn 100, mức cao nhất mà một giá trị tính bằng % có thể đạt (tỷ trọng "
        "trong một tổng thể; nếu tỷ lệ phần trăm này có thể vượt 100, hãy khai báo "
        "percent: ratio)"
    )


def test_a_validator_message_keeps_both_languages_through_pydantic(write_plan) -> None:  # type: ignore[no-untyped-def]
    plan = MINIMAL_PLAN.replace("period: 2021-2025", "period: 2025-2021")
    finding = _findings(write_plan(plan))["invalid-value"]
    assert finding.message == "period: the period '2025-2021' starts after it ends"
    assert finding.message.render("vi") == (  # type: ignore[attr-defined]
        "period: giai đoạn '2025-2021' có năm bắt đầu sau năm kết thúc"
    )


def test_a_misread_number_shows_yaml_values_as_the_plan_writes_them(write_plan) -> None:  # type: ignore[no-untyped-def]
    plan = (
        MINIMAL_PLAN.replace("unit: million_vnd_per_person", "unit: USD/người")
        .replace(LEVEL, "        about: 6.794\n")
        .replace("đạt 68 triệu đồng/người", "đạt khoảng 6.794 USD/người")
    )
    finding = _findings(write_plan(plan))["plan-number-misread"]
    assert finding.message.startswith("about: 6.794 is read as 6.794 (YAML reads a point as")
    vietnamese = finding.message.render("vi")  # type: ignore[attr-defined]
    assert vietnamese.startswith(
        "about: 6.794 được đọc là 6.794 (YAML đọc dấu chấm là dấu thập phân), nhưng nội dung "
        "chỉ tiêu ghi 6.794, theo cách viết Việt Nam là 6794; hãy viết about: 6794"
    )


@pytest.mark.parametrize(
    "lang,expected",
    [
        (
            "vi",
            "bound-direction (giới hạn ngược chiều chỉ tiêu) at_most đặt cho chỉ tiêu có "
            "direction là increase; hãy kiểm tra lại chiều (direction) hoặc giới hạn",
        ),
        ("en", "bound-direction at_most on an indicator whose direction is increase; check"),
    ],
)
def test_check_shows_a_plan_warning_in_the_language_of_the_report(
    cli: Any, write_plan: Any, lang: str, expected: str
) -> None:
    plan = write_plan(MINIMAL_PLAN.replace(LEVEL, "        at_most: 68\n"))
    data = plan.with_name("data.csv")
    data.write_text("indicator,area,year,value\nincome,d,2021,50\n", encoding="utf-8")
    result = cli("check", "--plan", str(plan), str(data), "--lang", lang, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert expected in result.stdout
    other = "hãy kiểm tra" if lang == "en" else "check the direction"
    assert other not in result.stdout


BROKEN_YAML = [
    "a: [1, 2", "a: {b: 1", "a: b: c", "a:\n\tb: 1", "a: 'x", 'a: "x', "- a\nb: 1", "a: *nope",
    "? a\n? b: :", 'a: "\\q"', "key: [a, b}", "a:\n  - b\n c: 1", "@a: 1", "a: `b`",
    "[a, b]: c: d", "a:\n  - b\n  c",
]  # fmt: skip


@pytest.mark.parametrize("source", BROKEN_YAML)
def test_pyyamls_words_stay_as_they_are_in_english_and_are_vietnamese_in_vi(source: str) -> None:
    """A syntax error's context and problem, from PyYAML and from LibYAML: the English is the
    parser's own, word for word; the Vietnamese has none of the parser's English words."""
    import re

    import yaml

    from plantrack.plans.yaml_words import syntax_problem

    loaders = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])
    for loader in loaders:
        with pytest.raises(yaml.YAMLError) as raised:
            list(yaml.load_all(source, Loader=loader))
        error = raised.value
        problem = getattr(error, "problem", None) or str(error)
        context = getattr(error, "context", None)
        said = syntax_problem(context, str(problem))
        assert said == (f"{context}: {problem}" if context else str(problem))
        vietnamese = re.sub(r"'[^']*'|<[^>]*>", "", said.render("vi"))
        english = {"while", "found", "expected", "not", "the", "of", "or", "a", "an", "key"}
        assert not english & set(re.findall(r"\w+", vietnamese)), said.render("vi")
