"""Reported ranges and reported changes from a year-end table, from the command line.

A range on a change target is judged in improvement space; several ranged figures of a series
(and a reference area's) are judged at their worst combination; ranges and approximate figures
reach JSON and the table; the notes on reported changes name what the working uses; a deadline
level given as a change is the level it implies. Each test writes a small plan (and data) into
tmp_path and runs the CLI there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from .plan_snippets import indicator, run_in

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "schema" / "check.schema.json").read_text(encoding="utf-8")
)


def _results(output: str) -> list[dict[str, Any]]:
    return json.loads(output)["results"]


POVERTY_CHANGE = indicator(
    "%",
    "decrease",
    """kind: change
at_least: 1.5
period: 2021-2025
text: Giảm tỷ lệ hộ nghèo hằng năm từ 1,5 điểm % trở lên""",
    ident="poor",
    name="Tỷ lệ hộ nghèo",
)


def test_reported_range_on_a_decrease_change_target_shows_the_worse_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D1. "giảm 1-1,2 điểm %" against "giảm từ 1,5 điểm % trở lên": both ends are at_risk, so
    the numbers shown must be those of the worse end (a fall of 1.0), per docs/assessment.md.
    The engine takes the direction from the comparator (at_least: +1) although change targets
    work in improvement space, and shows the fall of 1.2 (the favourable end)."""
    csv = 'indicator,year,value\npoor,2020,10\npoor,2021,"giảm 1-1,2 điểm %"\n'
    code, out = run_in(
        tmp_path, monkeypatch, POVERTY_CHANGE, csv, "check", "--format", "json", "--as-of", "2021"
    )
    assert code == 0, out
    (result,) = _results(out)
    assert result["status"] == "at_risk"
    assert result["observed_rate"] == pytest.approx(1.0)  # now 1.2
    assert result["ratio"] == pytest.approx(1.0 / 1.5)  # now 0.8
    assert result["catch_up_rate"] == pytest.approx((1.5 * 5 - 1.0) / 4)  # now 1.575
    (note,) = [n["message"] for n in result["notes"] if n["code"] == "range-figure"]
    assert note == (
        "2021 reported as a range; judged at the ends of each range (at_risk at best, at_risk at "
        "worst); the least favourable is shown, at 2021: -1"
    )
    _, explained = run_in(
        tmp_path,
        monkeypatch,
        POVERTY_CHANGE,
        None,
        "check",
        "--as-of",
        "2021",
        "--explain",
        "poor",
        "--lang",
        "en",
    )
    assert "    2021: change -(1–1.2) pp  data/d.csv:3" in explained.splitlines()


def test_two_ranged_figures_are_judged_at_their_worst_combination(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D2. Base "50-57" and latest "70-71": the engine judges (50, 70) and (57, 71), both
    on_track, but (57, 70) lies inside both reported ranges and is at_risk. "A reported range
    meets a target only if every value in it does" (docs/assessment.md) is not kept, and the
    numbers shown (base 50) are the most favourable ones."""
    indicators = indicator(
        "%",
        "increase",
        """kind: level
value: 80
year: 2025
text: Đến năm 2025 tỷ lệ bao phủ đạt 80%""",
    )
    csv = "indicator,year,value\nx,2020,50-57\nx,2023,70-71\n"
    code, out = run_in(
        tmp_path, monkeypatch, indicators, csv, "check", "--format", "json", "--as-of", "2023"
    )
    assert code == 0, out
    (result,) = _results(out)
    # the plain figures 57 and 70, both inside the reported ranges, give at_risk
    assert result["status"] == "at_risk", result["status"]
    assert (result["base"]["value"], result["latest"]["value"]) == (57, 70)
    assert (result["base"]["low"], result["base"]["high"]) == (50, 57)
    (note,) = [n["message"] for n in result["notes"] if n["code"] == "range-figure"]
    assert "2020, 2023 reported as a range" in note
    assert "on_track at best, at_risk at worst" in note and "2020: 57, 2023: 70" in note


def test_many_ranged_figures_are_searched_one_at_a_time_to_the_same_worst(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More than six ranged figures: the search one figure at a time finds the combination
    that judging every combination would (here: the high base, the low latest)."""
    indicators = indicator(
        "%",
        "increase",
        """kind: level
value: 80
year: 2025
text: Đến năm 2025 tỷ lệ bao phủ đạt 80%""",
    )
    middle = "".join(
        f"x,{year},{60 + year - 2015}-{62 + year - 2015}\n" for year in range(2015, 2020)
    )
    csv = f"indicator,year,value\n{middle}x,2020,50-57\nx,2021,60-61\nx,2023,70-71\n"
    code, out = run_in(
        tmp_path, monkeypatch, indicators, csv, "check", "--format", "json", "--as-of", "2023"
    )
    assert code == 0, out
    (result,) = _results(out)
    assert result["status"] == "at_risk"
    assert (result["base"]["value"], result["latest"]["value"]) == (57, 70)


def test_a_reference_area_range_is_not_judged_at_its_favourable_end_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D3. Relative target "at least the province": the province reports "98,5-99" and the area
    98,7 / 98,8. At the high end the area is behind in both years, yet the result is on_track
    with no note at all (the reference is taken at its low end, the favourable one for
    at_least)."""
    indicators = indicator(
        "%",
        "increase",
        """kind: relative
period: 2021-2025
reference_area: p
relation: at_least
text: Tỷ lệ huy động học sinh ra lớp đạt mức bình quân của Tỉnh""",
    )
    csv = (
        "indicator,area,year,value\n"
        'x,h,2021,"98,7"\nx,h,2022,"98,8"\n'
        'x,p,2021,"98,5-99"\nx,p,2022,"98,5-99"\n'
    )
    code, out = run_in(tmp_path, monkeypatch, indicators, csv, "check", "--format", "json")
    assert code == 0, out
    (result,) = _results(out)
    assert result["status"] != "on_track", result["status"]  # behind the province's 99
    (note,) = [n["message"] for n in result["notes"] if n["code"] == "range-figure"]
    assert note.startswith("2021 (reference), 2022 (reference) reported as a range")
    assert result["years"][-1]["reference"] == 99  # the province at its high end


def test_json_keeps_a_ranged_and_an_approximate_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D4. A latest figure reported as "4,1-4,4" is output as the single value 4.4 (table
    "2023: 4,4%", CSV latest_value 4.4, JSON latest without high/reported); "khoảng 24" as a
    plain 24. Point.to_dict drops ``high`` and ``approximate``."""
    indicators = indicator(
        "%",
        "decrease",
        """kind: level
less_than: 3
year: 2025
text: Đến năm 2025 tỷ lệ hộ nghèo dưới 3%""",
    )
    csv = 'indicator,year,value\nx,2020,6\nx,2023,"4,1-4,4"\n'
    code, out = run_in(
        tmp_path, monkeypatch, indicators, csv, "check", "--format", "json", "--as-of", "2023"
    )
    assert code == 0, out
    (result,) = _results(out)
    latest = result["latest"]
    assert (latest["value"], latest["low"], latest["high"]) == (4.4, 4.1, 4.4)
    assert "approximate" not in latest
    csv = 'indicator,year,value\nx,2020,khoảng 6\nx,2023,"4,1-4,4"\n'
    _, out = run_in(
        tmp_path, monkeypatch, indicators, csv, "check", "--format", "json", "--as-of", "2023"
    )
    document = json.loads(out)
    jsonschema.validate(document, SCHEMA)
    (result,) = document["results"]
    assert result["base"]["approximate"] is True and "high" not in result["base"]
    assert result["values"][0] == {"year": 2020, "value": 6, "estimate": False, "approximate": True}
    _, table = run_in(tmp_path, monkeypatch, indicators, None, "check", "--as-of", "2023")
    assert "2023: 4,1–4,4%" in table
    _, markdown = run_in(
        tmp_path,
        monkeypatch,
        indicators,
        None,
        "check",
        "--as-of",
        "2023",
        "--format",
        "markdown",
    )
    assert "| 2023: 4,1–4,4% |" in markdown


def test_change_reported_note_matches_the_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D5. Levels 2020 = 10 and 2022 = 8, reported changes 2021 "giảm 1" and 2022 "giảm 1,5".
    The total is taken from the levels (V_2022 - V_2020), yet note change-reported says the
    2021 change was used; the 2022 change (which disagrees with 10 - 1 -> 8) is dropped without
    change-replaced, and the year list stops at 2021."""
    csv = (
        "indicator,year,value\npoor,2020,10\npoor,2021,giảm 1 điểm %\n"
        'poor,2022,8\npoor,2022,"giảm 1,5 điểm %"\n'
    )
    code, out = run_in(
        tmp_path, monkeypatch, POVERTY_CHANGE, csv, "check", "--format", "json", "--as-of", "2022"
    )
    assert code == 0, out
    (result,) = _results(out)
    change_step = next(step for step in result["steps"] if step["name"] == "change")
    reported = [n["message"] for n in result["notes"] if n["code"] == "change-reported"]
    for message in reported:
        for year in re.findall(r"\b20\d\d\b", message):
            assert f"D_{year}" in change_step["formula"], (message, change_step["formula"])
    assert [check["year"] for check in result["years"]] == [2021, 2022]
    assert [check["value"] for check in result["years"]] == [pytest.approx(1), pytest.approx(1)]
    assert change_step["formula"] == "(V_2022 - V_2020)"
    assert reported == []  # no reported change is in the total
    (replaced,) = [n["message"] for n in result["notes"] if n["code"] == "change-replaced"]
    assert replaced == (
        "the reported change for 2022 (-1.5) differs from the change from 2021 to 2022 that the "
        "levels give (-1.0); the levels are used"
    )


def test_a_level_at_the_deadline_given_as_a_change_is_not_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D6. 2024 = 3 % and 2025 "giảm 1,1 điểm %" (the year-end table's way): the 2025 level is
    1,9 %, below the ceiling of 2 %. plantrack says "there is no value for 2025" while listing
    the 2025 figure; it should use it (3 - 1,1) or at least say the 2025 figure is a change."""
    indicators = indicator(
        "%",
        "decrease",
        """kind: level
less_than: 2
year: 2025
text: Đến năm 2025 tỷ lệ hộ nghèo dưới 2%""",
    )
    csv = 'indicator,year,value\nx,2020,5\nx,2024,3\nx,2025,"giảm 1,1 điểm %"\n'
    code, out = run_in(tmp_path, monkeypatch, indicators, csv, "check", "--format", "json")
    assert code == 0, out
    (result,) = _results(out)
    reason = (result["reason"] or {}).get("message", "")
    assert result["status"] == "achieved", reason  # 1,9 % < 2 %: a ceiling met is Đạt
    assert result["latest"]["year"] == 2025 and result["latest"]["value"] == pytest.approx(1.9)
    (note,) = [n["message"] for n in result["notes"] if n["code"] == "level-from-change"]
    assert note == "the 2025 level is the 2024 level and the reported change: 3 + (-1.1) = 1.9"
    step = next(step for step in result["steps"] if step["name"] == "V_2025")
    assert step["formula"] == "V_2024 + D_2025"


def test_a_growth_target_links_a_year_given_as_a_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "tăng 100" (tỷ đồng) after a known level is the level 100 above it, not a gap."""
    indicators = indicator(
        "tỷ đồng",
        "increase",
        """kind: growth
value: 10%
period: 2021-2025
text: Tăng bình quân 10%/năm""",
    )
    csv = "indicator,year,value\nx,2020,1000\nx,2021,tăng 100\n"
    code, out = run_in(tmp_path, monkeypatch, indicators, csv, "check", "--format", "json")
    assert code == 0, out
    (result,) = _results(out)
    assert result["observed_rate"] == pytest.approx(0.1)
    assert "level-from-change" in {n["code"] for n in result["notes"]}
