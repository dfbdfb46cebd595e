"""What the tables say about a verdict, in both languages: the pace still needed (nothing once a
target is met, the most allowed for a ceiling), a pace out of reach, a level derived from
growth rates, the years met of an every-year target, a growth bound that allows only falls, and
the base year a target sets for itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .plan_snippets import indicator, run_in


def _json(tmp_path: Path, mp: pytest.MonkeyPatch, indicators: str, csv: str) -> dict[str, Any]:
    code, out = run_in(tmp_path, mp, indicators, csv, "check", "--format", "json")
    assert code == 0, out
    [result] = json.loads(out)["results"]
    return dict(result)


def _markdown(tmp_path: Path, mp: pytest.MonkeyPatch, indicators: str, csv: str, lang: str) -> str:
    code, out = run_in(
        tmp_path, mp, indicators, csv, "check", "--format", "markdown", "--lang", lang
    )
    assert code == 0, out
    return out.splitlines()[-1]


UNEMPLOYMENT = indicator(
    "%",
    "decrease",
    "kind: level\nless_than: 4\nyear: 2025\ntext: Tỷ lệ thất nghiệp dưới 4%",
)
COVERAGE = indicator(
    "%",
    "increase",
    "kind: level\nat_least: 90\nyear: 2025\ntext: Tỷ lệ bao phủ từ 90% trở lên",
)


def test_a_met_ceiling_shows_the_most_allowed_not_a_pace_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv = 'indicator,year,value\nx,2020,"3,5"\nx,2023,"3,1"\n'
    result = _json(tmp_path, monkeypatch, UNEMPLOYMENT, csv)
    assert result["status"] == "achieved"  # already within the ceiling: Đạt, never Vượt
    assert result["catch_up_rate"] == pytest.approx((4 - 3.1) / 2)
    vi = _markdown(tmp_path, monkeypatch, UNEMPLOYMENT, csv, "vi")
    en = _markdown(tmp_path, monkeypatch, UNEMPLOYMENT, csv, "en")
    assert "| tối đa +0,45 điểm %/năm | ✔ Đạt |" in vi
    assert "| at most +0.45 pp/yr | ✔ Achieved |" in en


def test_nothing_is_asked_of_a_floor_already_met(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv = "indicator,year,value\nx,2020,85\nx,2023,92\n"
    result = _json(tmp_path, monkeypatch, COVERAGE, csv)
    assert result["status"] == "exceeded"
    assert result["catch_up_rate"] is None
    assert "catch_up_rate" not in [step["name"] for step in result["steps"]]
    assert _markdown(tmp_path, monkeypatch, COVERAGE, csv, "vi").endswith("| – | ★ Vượt |")


def test_a_pace_three_times_the_plans_own_is_out_of_reach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """21 % in 2020, 22 % in 2024, 92 % by 2025: +70 points in a year where the plan asked
    +14,2 a year: flagged, the status still the ratio's."""
    target = indicator("%", "increase", "kind: level\nvalue: 92\nyear: 2025\ntext: Tỷ lệ đạt 92%")
    csv = "indicator,year,value\nx,2020,21\nx,2024,22\n"
    result = _json(tmp_path, monkeypatch, target, csv)
    notes = {note["code"]: note["message"] for note in result["notes"]}
    assert notes["out-of-reach"] == (
        "the pace still needed (+70) is more than three times the pace the plan set from its "
        "base (+14.2): out of reach at any plausible pace"
    )
    assert result["status"] == "off_track"
    code, out = run_in(tmp_path, monkeypatch, target, csv, "check", "--explain", "x")
    assert code == 0 and "out-of-reach: tốc độ còn cần đạt (+70) cao hơn ba lần" in out


def test_a_level_worked_out_from_growth_rates_is_shown_as_derived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = indicator(
        "tỷ đồng",
        "increase",
        "kind: growth\nvalue: 10%\nperiod: 2021-2025\ntext: Tăng bình quân 10%/năm",
    )
    csv = 'indicator,year,value\nx,2020,100\nx,2021,"tăng 8%"\nx,2022,"tăng 9%"\n'
    result = _json(tmp_path, monkeypatch, target, csv)
    assert result["latest"]["derived"] is True
    assert result["latest"]["value"] == pytest.approx(100 * 1.08 * 1.09)
    assert result["base"].get("derived") is None  # reported: no key at all
    code, out = run_in(tmp_path, monkeypatch, target, csv, "check", "--format", "markdown")
    assert code == 0 and "2022: 117,72 (suy ra)" in out
    code, out = run_in(
        tmp_path, monkeypatch, target, csv, "check", "--format", "markdown", "--lang", "en"
    )
    assert code == 0 and "2022: 117.72 (derived)" in out


def test_an_every_year_target_shows_the_years_met_in_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sơn Lang (8): "Tỷ lệ người dân tham gia BHYT hàng năm: từ 90% trở lên"; one year of four
    missed is Không đạt, with the years named, and the table says 3/4 năm."""
    target = indicator(
        "%",
        "increase",
        "kind: annual\nat_least: 90\nperiod: 2021-2025\n"
        "text: Tỷ lệ người dân tham gia BHYT hàng năm từ 90% trở lên",
    )
    csv = "indicator,year,value\nx,2021,91\nx,2022,89\nx,2023,92\nx,2024,93\n"
    result = _json(tmp_path, monkeypatch, target, csv)
    assert (result["status"], result["reason"]["code"]) == ("not_achieved", "years-missed")
    vi = _markdown(tmp_path, monkeypatch, target, csv, "vi")
    en = _markdown(tmp_path, monkeypatch, target, csv, "en")
    assert "| 2024: 93%; 3/4 năm |" in vi and vi.endswith("| ✘ Không đạt |")
    assert "| 2024: 93%; 3/4 years |" in en
    code, out = run_in(tmp_path, monkeypatch, target, csv, "check", "--explain", "x")
    assert code == 0 and "Lý do: years-missed: không đạt năm 2022; đạt 3/4 năm" in out


@pytest.mark.parametrize(
    ("bound", "vi", "en"),
    [
        ("less_than: -10%", "giảm > 10%/năm", "down > 10%/yr"),
        ("at_most: -2%", "giảm ≥ 2%/năm", "down ≥ 2%/yr"),
        ('range: ["-12%", "-10%"]', "giảm 10-12%/năm", "down 10-12%/yr"),
        ("at_least: 12%", "≥ 12%/năm", "≥ 12%/yr"),
    ],
)
def test_a_growth_bound_that_allows_only_falls_reads_as_a_fall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bound: str, vi: str, en: str
) -> None:
    target = indicator(
        "tấn", "decrease", f"kind: growth\n{bound}\nperiod: 2021-2025\ntext: Giảm bình quân"
    )
    csv = "indicator,year,value\nx,2020,100\nx,2022,80\n"
    assert f"| {vi} 2021-2025 |" in _markdown(tmp_path, monkeypatch, target, csv, "vi")
    assert f"| {en} 2021-2025 |" in _markdown(tmp_path, monkeypatch, target, csv, "en")


def test_a_level_target_measured_from_its_own_base_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan's base year is 2020; the target measures from 2019, where its baseline is."""
    target = indicator(
        "%",
        "increase",
        "kind: level\nvalue: 80\nyear: 2025\nbase_year: 2019\ntext: Đạt 80% năm 2025",
    )
    csv = "indicator,year,value\nx,2019,50\nx,2020,55\nx,2023,68\n"
    result = _json(tmp_path, monkeypatch, target, csv)
    assert result["base"]["year"] == 2019
    assert result["required_rate"] == pytest.approx((80 - 50) / 6)


def test_a_baseline_before_the_base_year_is_never_silently_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = "    baseline: {year: 2019, value: 50, source: https://example.invalid/a}\n"
    target = indicator(
        "%",
        "increase",
        "kind: level\nvalue: 80\nyear: 2025\ntext: Đạt 80% năm 2025",
        extra=baseline,
    )
    code, out = run_in(tmp_path, monkeypatch, target, None, "validate", "--lang", "en")
    assert code == 0, out
    assert (
        "baseline-not-used warning: the indicator's baseline (2019) is before this target's base year "
        "2020, so it is not used; to measure from it, set base_year: 2019 on the target"
    ) in out
    measured = target.replace("year: 2025\n", "year: 2025\n        base_year: 2019\n")
    code, out = run_in(
        tmp_path, monkeypatch, measured, None, "validate", "--lang", "en", "--strict"
    )
    assert code == 0 and "baseline-not-used" not in out, out


def test_growth_by_least_squares_is_an_option_and_explain_says_it_was_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One low base year (80, then 100 growing 10 % a year to 2024): end to end 13,6 %/năm,
    fitted over every year (growth_method: least_squares) 12,8 %."""
    target = indicator(
        "tỷ đồng",
        "increase",
        "kind: growth\nat_least: 12%\nperiod: 2021-2025\ntext: Tăng bình quân từ 12%/năm",
    )
    rows = {2020: 80.0, **{2020 + k: 100 * 1.1 ** (k - 1) for k in range(1, 5)}}
    csv = "indicator,year,value\n" + "".join(f"x,{y},{v:.6f}\n" for y, v in rows.items())
    endpoints = _json(tmp_path, monkeypatch, target, csv)
    assert endpoints["observed_rate"] == pytest.approx(0.13572, abs=1e-5)
    assert "least-squares" not in [note["code"] for note in endpoints["notes"]]
    fitted = _json(
        tmp_path,
        monkeypatch,
        target.replace("period: 2021-2025", "period: 2021-2025\n        method: least_squares"),
        csv,
    )
    assert fitted["observed_rate"] == pytest.approx(0.12849, abs=1e-5)
    # what is still needed runs from the latest level, whichever rate is observed
    assert endpoints["catch_up_rate"] is not None
    assert fitted["catch_up_rate"] == pytest.approx(endpoints["catch_up_rate"])
    code, out = run_in(
        tmp_path,
        monkeypatch,
        target,
        csv,
        "check",
        "--explain",
        "x",
        "--lang",
        "en",
        head_extra="growth_method: least_squares\n",
    )
    assert code == 0
    assert (
        "Note: least-squares: observed growth is the least-squares rate over the 5 years 2020-2024"
        in out
    )
    assert "exp(s) - 1, s = least-squares slope of ln F_y on y" in out
