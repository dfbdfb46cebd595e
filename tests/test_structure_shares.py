"""Structure shares as a band with no better side (kind ``structure``): "cơ cấu kinh tế đến
2025: Nông nghiệp 37-38%, Công nghiệp - Xây dựng 47-48%, Thương mại - Dịch vụ 15-16%"
(Đakrông, docs/corpus.md). The band maths, the verdicts in the engine and in every output
format and both languages, the plan check (``structure-cannot-sum``) and the data check
(``structure-sum``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.assessment import assess
from plantrack.assessment.kinds.structure import distance, side, trend_status
from plantrack.assessment.status import Status

from .kinds_cli import FORMATS, LANGS, run, shown, write
from .test_engine import make_plan, note_codes, obs, one, reason

percent = st.floats(min_value=0, max_value=100, allow_nan=False)


# --------------------------------------------------------------------------------------------
# The maths


@given(percent, percent, percent)
def test_the_distance_is_to_the_nearest_edge_and_zero_inside(a: float, b: float, v: float) -> None:
    low, high = min(a, b), max(a, b)
    where = side(v, low, high)
    gap = distance(v, low, high)
    if where == "inside":
        assert gap == 0
    else:
        assert abs(gap) == pytest.approx(min(abs(v - low), abs(v - high)))
        assert (gap > 0) == (where == "above")


@given(percent, percent, st.floats(min_value=-5, max_value=5), percent)
def test_a_projection_inside_the_band_is_on_track_and_moving_away_never_is(
    a: float, b: float, slope: float, latest: float
) -> None:
    low, high = min(a, b), max(a, b)
    where = side(latest, low, high)
    for projected in (low, high, (low + high) / 2):
        assert trend_status(latest, slope, projected, low, high) is Status.ON_TRACK
    away = (where == "below" and slope <= 0) or (where == "above" and slope >= 0)
    if away:
        outside = high + 1 if where == "above" else low - 1
        assert trend_status(latest, slope, outside, low, high) is Status.OFF_TRACK


# --------------------------------------------------------------------------------------------
# The engine


def share(
    band: dict[str, Any], ident: str = "x", direction: str | None = None, **extra: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "name": {"vi": f"Tỷ trọng {ident}"},
        "unit": "%",
        "source": {"section": "II"},
        "targets": [
            {"kind": "structure", "structure": "economy", "year": 2025, "text": "cơ cấu", **band}
        ],
        **extra,
    }
    if direction is not None:
        data["direction"] = direction
    return data


def plan(*shares: dict[str, Any], **extra: Any) -> Any:
    return make_plan(*shares, period="2021-2025", **extra)


@pytest.mark.parametrize("direction", [None, "increase", "decrease"])
@given(value=st.floats(min_value=37, max_value=38))
def test_inside_the_band_is_achieved_whatever_the_direction(
    direction: str | None, value: float
) -> None:
    result = one(plan(share({"range": [37, 38]}, direction=direction)), [obs(2025, value)])
    assert result.status is Status.ACHIEVED
    assert result.gap == 0


@pytest.mark.parametrize("direction", [None, "increase", "decrease"])
@pytest.mark.parametrize(
    ("value", "code", "points"), [(38.4, "above-band", 0.4), (36, "below-band", 1)]
)
def test_outside_the_band_says_which_side_and_how_far(
    direction: str | None, value: float, code: str, points: float
) -> None:
    result = one(plan(share({"range": [37, 38]}, direction=direction)), [obs(2025, value)])
    assert result.status is Status.NOT_ACHIEVED
    note = next(n for n in result.notes if n.code == code)
    assert note.params["points"] == points
    assert result.gap == pytest.approx(points if code == "above-band" else -points)


def test_before_the_year_the_trend_from_the_base_year_decides() -> None:
    lands = one(plan(share({"range": [37, 38]})), [obs(2020, 42), obs(2023, 39.5)])
    assert lands.status is Status.ON_TRACK  # 39,5 - 2,5/3 × 2 = 37,83
    assert lands.projected is not None and lands.projected.value == pytest.approx(37 + 5 / 6)
    assert "above-band" in note_codes(lands)
    short = one(plan(share({"range": [47, 48]})), [obs(2020, 44), obs(2023, 45)])
    assert short.status is Status.AT_RISK  # toward the band, lands at 45,67
    assert short.catch_up_rate == pytest.approx((47 - 45) / 2)
    past = one(plan(share({"range": [37, 38]})), [obs(2020, 50), obs(2023, 40)])
    assert past.status is Status.AT_RISK  # toward it, but lands past it at 33,33
    away = one(plan(share({"range": [15, 16]})), [obs(2020, 14), obs(2023, 13)])
    assert away.status is Status.OFF_TRACK
    still = one(plan(share({"range": [15, 16]})), [obs(2020, 14), obs(2023, 14)])
    assert still.status is Status.OFF_TRACK
    inside = one(plan(share({"range": [15, 16]})), [obs(2020, 20), obs(2023, 15.5)])
    assert inside.status is Status.ON_TRACK  # inside now, though the trend would leave it


def test_one_figure_outside_the_band_is_not_a_trend() -> None:
    result = one(plan(share({"range": [37, 38]})), [obs(2023, 40)])
    assert result.status is Status.INSUFFICIENT_DATA
    assert reason(result) == "one-point"


def test_about_is_a_band_of_the_about_tolerance() -> None:
    # khoảng 75 %: 73,5-76,5 with the default 2 %; a plan may set its own tolerance
    assert one(plan(share({"about": 75})), [obs(2025, 76.4)]).status is Status.ACHIEVED
    assert one(plan(share({"about": 75})), [obs(2025, 76.6)]).status is Status.NOT_ACHIEVED
    exact = plan(share({"about": 75}), thresholds={"about": 0})
    assert one(exact, [obs(2025, 75)]).status is Status.ACHIEVED
    assert one(exact, [obs(2025, 75.1)]).status is Status.NOT_ACHIEVED
    own = plan(share({"about": 75, "tolerance": 0.1}))
    assert one(own, [obs(2025, 82)]).status is Status.ACHIEVED


def test_the_deadline_without_its_figure_is_insufficient_data() -> None:
    result = one(plan(share({"range": [37, 38]})), [obs(2020, 42), obs(2024, 37.5)], as_of=2025)
    assert result.status is Status.INSUFFICIENT_DATA
    assert reason(result) == "no-deadline-value"


def test_reported_shares_that_do_not_sum_to_100_are_a_data_finding() -> None:
    three = plan(
        share({"range": [37, 38]}, "agri"),
        share({"range": [47, 48]}, "industry"),
        share({"range": [15, 16]}, "services"),
    )
    ok = [obs(2023, 39.5, indicator="agri"), obs(2023, 45.2, indicator="industry")]
    ok.append(obs(2023, 15.6, indicator="services"))  # 100,3: round-off
    assert assess(three, ok).findings == []
    off = [obs(2023, 39.5, indicator="agri"), obs(2023, 45, indicator="industry")]
    off.append(obs(2023, 14, indicator="services", file="data/d.csv", line=7))
    (finding,) = [f for f in assess(three, off).findings if f.code == "structure-sum"]
    assert "2023 sum to 98.5" in finding.message
    assert not finding.is_error
    missing = off[:2]  # a share not reported: nothing to sum
    assert assess(three, missing).findings == []
    assert assess(three, off, as_of=2022).findings == []  # figures after the as-of year


# --------------------------------------------------------------------------------------------
# The command line: every format, both languages

INDICATORS = """\
  - id: s_agri
    name: {vi: Tỷ trọng nông nghiệp, en: Agriculture share}
    unit: "%"
    source: {section: II, item: 2}
    targets:
      - kind: structure
        structure: economy
        year: 2025
        range: [37, 38]
        text: "Cơ cấu kinh tế đến 2025: Nông nghiệp 37-38%"
  - id: s_ind
    name: {vi: Tỷ trọng công nghiệp, en: Industry share}
    unit: "%"
    source: {section: II, item: 2}
    targets:
      - kind: structure
        structure: economy
        year: 2025
        range: [47, 48]
        text: "Công nghiệp - Xây dựng 47-48%"
  - id: s_serv
    name: {vi: Tỷ trọng dịch vụ, en: Services share}
    unit: "%"
    source: {section: II, item: 2}
    targets:
      - kind: structure
        structure: economy
        year: 2025
        range: [15, 16]
        text: "Thương mại - Dịch vụ 15-16%"
"""
DATA = """\
indicator,year,value,kind
s_agri,2020,42,TH
s_agri,2023,39.5,TH
s_agri,2025,38.4,TH
s_ind,2020,44,TH
s_ind,2023,45,TH
s_ind,2025,47.6,TH
s_serv,2020,14,TH
s_serv,2023,15.5,TH
s_serv,2025,14,TH
"""
EXPECTED = {
    "2023": {"s_agri": Status.ON_TRACK, "s_ind": Status.AT_RISK, "s_serv": Status.ON_TRACK},
    "2025": {
        "s_agri": Status.NOT_ACHIEVED,
        "s_ind": Status.ACHIEVED,
        "s_serv": Status.NOT_ACHIEVED,
    },
}
NAMES = {
    "vi": {
        "s_agri": "Tỷ trọng nông nghiệp",
        "s_ind": "Tỷ trọng công nghiệp",
        "s_serv": "Tỷ trọng dịch vụ",
    },
    "en": {"s_agri": "Agriculture share", "s_ind": "Industry share", "s_serv": "Services share"},
}


@pytest.mark.parametrize("as_of", ["2023", "2025"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_in_every_format(tmp_path: Path, fmt: str, lang: str, as_of: str) -> None:
    write(tmp_path, INDICATORS, DATA)
    result = run(tmp_path, "check", "--format", fmt, "--lang", lang, "--as-of", as_of)
    assert result.exit_code == 0, result.output
    assert "structure-sum" not in result.output  # 100 every year
    for ident, status in EXPECTED[as_of].items():
        got = shown(result.stdout, fmt, lang, ident, NAMES[lang][ident])
        assert got["status"] is status, (ident, got)
    agri = shown(result.stdout, fmt, lang, "s_agri", NAMES[lang]["s_agri"])
    if fmt == "json":
        notes = {n["code"]: n["message"] for n in agri["result"]["notes"]}
        side_ = {
            "2023": "the 2023 share 39.5 is above the band 37-38 by 1.5 points",
            "2025": "the 2025 share 38.4 is above the band 37-38 by 0.4 points",
        }[as_of]
        assert notes["above-band"] == side_
    if fmt == "csv":
        assert float(agri["row"]["gap"]) == pytest.approx({"2023": 1.5, "2025": 0.4}[as_of])
    if fmt in ("table", "markdown"):
        phrase = {"vi": "37-38% trong cơ cấu đến năm 2025", "en": "37-38% of the structure by 2025"}
        if fmt == "markdown":
            assert phrase[lang] in agri["line"]


def test_explain_tells_the_side_and_distance_in_both_languages(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS, DATA)
    vi = run(tmp_path, "check", "--explain", "s_agri").stdout
    assert "above-band: tỷ trọng năm 2025 (38,4) cao hơn khoảng 37-38 là 0,4 điểm %" in vi
    en = run(tmp_path, "check", "--explain", "s_serv", "--lang", "en").stdout
    assert "below-band: the 2025 share 14 is below the band 15-16 by 1 points" in en


def test_the_sum_finding_in_check_output(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS, DATA.replace("s_serv,2023,15.5,TH", "s_serv,2023,13,TH"))
    result = run(tmp_path, "check", "--format", "json", "--lang", "en")
    assert result.exit_code == 0
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "structure-sum"]
    assert finding["severity"] == "warning"
    assert (finding["file"], finding["line"]) == ("data/d.csv", 3)
    assert "in x, 2023 sum to 97.5, not 100" in finding["message"]
    assert "s_serv 13 (data/d.csv:9)" in finding["message"]
    table = run(tmp_path, "check")
    assert "structure-sum (các tỷ trọng báo cáo của một cơ cấu cộng lại khác 100%)" in " ".join(
        table.stdout.split()
    )
    assert run(tmp_path, "check", "--strict").exit_code == 2


# --------------------------------------------------------------------------------------------
# validate


def test_shares_need_no_direction_and_bands_that_can_sum_are_valid(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS, None)
    result = run(tmp_path, "validate", "plans", "--strict")
    assert result.exit_code == 0, result.output
    assert "missing-direction" not in result.output


@pytest.mark.parametrize(
    ("bands", "says"),
    [
        (([38, 39], [48, 49], [15, 16]), "the low ends sum to 101"),
        (([36, 37], [46, 47], [14, 15]), "the high ends sum to 99"),
    ],
)
def test_bands_that_cannot_sum_to_100_are_a_plan_warning(
    tmp_path: Path, bands: tuple[list[int], ...], says: str
) -> None:
    text = INDICATORS
    for old, new in zip(([37, 38], [47, 48], [15, 16]), bands, strict=True):
        text = text.replace(f"range: {old}", f"range: {new}", 1)
    write(tmp_path, text, None)
    result = run(tmp_path, "validate", "--lang", "en", "plans")
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if "structure-cannot-sum" in line]
    assert len(lines) == 1
    assert lines[0].startswith("plans/p.yaml:18:9: structure-cannot-sum warning:")
    assert says in lines[0]
    assert run(tmp_path, "validate", "plans", "--strict").exit_code == 1


def test_abouts_sum_with_their_tolerance(tmp_path: Path) -> None:
    abouts = (
        INDICATORS.replace("range: [37, 38]", "about: 75")
        .replace("range: [47, 48]", "about: 20")
        .replace("range: [15, 16]", "about: 5")
    )
    write(tmp_path, abouts, None)
    assert "structure-cannot-sum" not in run(tmp_path, "validate", "--lang", "en", "plans").output
    write(tmp_path, abouts.replace("about: 75", "about: 80"), None)  # 78,4 + 19,6 + 4,9
    assert "the low ends sum to 102.9" in run(tmp_path, "validate", "--lang", "en", "plans").output


def test_a_structure_of_one_share_is_a_warning_with_a_close_id(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS.replace("structure: economy", "structure: econmy", 1), None)
    result = run(tmp_path, "validate", "--lang", "en", "plans")
    lines = [line for line in result.output.splitlines() if "structure-cannot-sum" in line]
    assert len(lines) == 2  # and the two shares left of 'economy' cannot sum to 100
    assert lines[0].startswith("plans/p.yaml:19:20: structure-cannot-sum warning: structure ")
    assert "structure 'econmy' has only one share in 2025 ('s_agri')" in lines[0]
    assert "(did you mean 'economy'?)" in lines[0]
    assert "the high ends sum to 64" in lines[1]


def test_a_share_needs_a_percent_unit_and_a_band(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS.replace('unit: "%"', "unit: tỷ đồng", 1), None)
    result = run(tmp_path, "validate", "--lang", "en", "plans")
    assert result.exit_code == 1
    assert 'unit-kind a structure target is a share of a whole: it needs unit: "%"' in result.output
    write(tmp_path, INDICATORS.replace("range: [37, 38]", "range: [37, 138]", 1), None)
    assert (
        "value-out-of-range 138 is above 100"
        in run(tmp_path, "validate", "--lang", "en", "plans").output
    )
    write(tmp_path, INDICATORS.replace("range: [37, 38]", "value: 37", 1), None)
    result = run(tmp_path, "validate", "--lang", "en", "plans")
    assert "unknown key 'value': structure targets take structure and a band (about or range)" in (
        result.output
    )
    write(tmp_path, INDICATORS.replace("        range: [37, 38]\n", "", 1), None)
    result = run(tmp_path, "validate", "--lang", "en", "plans")
    assert "missing-key a structure target gives its band: range: [low, high] or about: X" in (
        result.output
    )
