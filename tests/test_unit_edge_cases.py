"""Units at their edges, as a fresh-eyes review of the open unit system found them: a time
under a "per", the per-person shortcut kept to money per person, ‰ against percentage points,
"tỷ lệ %", points written many ways, money with a scale plantrack does not know, price bases,
fullwidth forms, floor area per person, and the text check's unit words. Each test failed before
its fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from plantrack.actuals.figures import ExchangeRates, FigureError, read_figure
from plantrack.actuals.reported import read_reported_figure
from plantrack.actuals.table import Cell
from plantrack.cli import main
from plantrack.plans.model import ExchangeRate, Indicator
from plantrack.units import Quantity, UnitError, UnitMismatch, convert, parse_unit

# --------------------------------------------------------------------------------------------
# helpers


def _indicator(unit: str, **extra: object) -> Indicator:
    return Indicator.model_validate(
        {
            "id": "x",
            "name": {"vi": "Chỉ tiêu"},
            "unit": unit,
            "direction": "increase",
            "source": {"section": "1"},
            "targets": [{"kind": "level", "value": 1, "year": 2025, "text": "đạt 1"}],
            **extra,
        }
    )


RATES = ExchangeRates([ExchangeRate(currency="USD", rate=24000)])


def _figure(unit: str, text: str, unit_label: str, **extra: object):  # type: ignore[no-untyped-def]
    return read_figure(Cell(text), _indicator(unit, **extra), unit_label, 2025, "comma", RATES)


def _reported(unit: str, text: str, unit_label: str = ""):  # type: ignore[no-untyped-def]
    return read_reported_figure(Cell(text), _indicator(unit), unit_label, 2025, "comma", RATES)


def _plan(indicators: list[dict], **top: object) -> dict:
    return {
        "id": "review-plan",
        "title": {"vi": "Kế hoạch thử"},
        "document": {"type": {"vi": "Kế hoạch"}, "issuer": {"vi": "UBND huyện"}, "year": 2022},
        "level": "district",
        "area": "h",
        "areas": [{"id": "h", "name": {"vi": "huyện Thử"}, "level": "district"}],
        "period": "2021-2025",
        "base_year": 2020,
        **top,
        "indicators": indicators,
    }


def _level_indicator(iid: str, unit: str, value: float, text: str, **extra: object) -> dict:
    return {
        "id": iid,
        "name": {"vi": f"Chỉ tiêu {iid}"},
        "unit": unit,
        "direction": "increase",
        "source": {"section": "II.1"},
        "targets": [{"kind": "level", "value": value, "year": 2025, "text": text}],
        **extra,
    }


def _write(tmp_path: Path, plan: dict) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _validate(tmp_path: Path, plan: dict) -> tuple[int, str]:
    path = _write(tmp_path, plan)
    result = CliRunner().invoke(main, ["validate", "--lang", "en", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def _check_json(tmp_path: Path, plan: dict, csv_text: str, *extra: str) -> dict:
    path = _write(tmp_path, plan)
    data = tmp_path / "data.csv"
    data.write_text(csv_text, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        main, ["check", "--plan", str(path), str(data), "--format", "json", "-o", str(out), *extra]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return (
        json.loads(out.read_text(encoding="utf-8")) if out.exists() else {"output": result.output}
    )


def _result(report: dict, indicator: str) -> dict:
    return next(r for r in report["results"] if r["indicator"] == indicator)


# --------------------------------------------------------------------------------------------
# 1. Wrong numbers


def test_per_day_and_per_month_do_not_convert_one_to_one() -> None:
    """lít/người/ngày vs lít/người/tháng: the time under the "per" is ignored (factor 1).
    docs/plan-format.md: "times never convert into each other (a month is not 30 days)"."""
    with pytest.raises(UnitMismatch, match="per person per month is not per person per day"):
        convert(3000, "lít/người/tháng", "lít/người/ngày")


def test_reported_per_month_figure_for_a_per_day_indicator_is_not_taken_as_is() -> None:
    with pytest.raises(FigureError) as error:
        _figure("lít/người/ngày", "3000", "lít/người/tháng")
    assert error.value.code == "unit-mismatch"


@pytest.mark.parametrize(
    ("indicator_unit", "cell", "label"),
    [
        ("tạ/ha", "45000", "tấn"),  # a production total given on a yield row
        ("kg/người", "300", "tấn"),  # a total given on a per-person row
        ("m2/người", "25", "ha"),  # an area total given on a per-person row
    ],
)
def test_indicator_per_is_not_supplied_to_totals_of_other_measures(
    indicator_unit: str, cell: str, label: str
) -> None:
    """The per-person shortcut (triệu đồng for triệu đồng/người) is applied to every "per"
    and every measure, so a total in tấn becomes tấn/ha (45000 tấn -> 450000 tạ/ha)."""
    with pytest.raises(FigureError) as error:
        _figure(indicator_unit, cell, label)
    assert error.value.code == "unit-mismatch"


def test_points_on_a_per_mille_indicator_are_converted() -> None:
    """'giảm 0,5 điểm %' on a ‰ indicator is 5 ‰, not 0.5 ‰ (docs/data-format.md: "a change
    of 5 ‰")."""
    figure = _reported("‰", "giảm 0,5 điểm %")
    assert figure.measure == "change"
    assert figure.value == pytest.approx(-5.0)


def test_per_mille_change_target_is_not_shown_in_percentage_points(tmp_path: Path) -> None:
    plan = _plan(
        [
            {
                "id": "birth_rate",
                "name": {"vi": "Tỷ suất sinh thô"},
                "unit": "‰",
                "direction": "decrease",
                "source": {"section": "II.1"},
                "targets": [
                    {
                        "kind": "change",
                        "at_least": 0.2,
                        "period": "2021-2025",
                        "text": "Mức giảm tỷ suất sinh bình quân 0,2‰/năm giai đoạn 2021-2025",
                    }
                ],
            }
        ]
    )
    report = _check_json(tmp_path, plan, "indicator,year,value\nbirth_rate,2020,16\n")
    phrase = _result(report, "birth_rate")["target_phrase"]
    assert "điểm %" not in phrase["vi"], phrase
    assert "pp" not in phrase["en"], phrase


def test_per_mille_with_percent_share_keeps_its_own_range() -> None:
    """percent: share on a ‰ unit sets the maximum to 100 (‰) instead of 1000 ‰."""
    unit = _indicator("‰", percent="share").parsed_unit
    assert unit.maximum == 1000


@pytest.mark.parametrize("text", ["tỉ lệ %", "Tỷ lệ (%)", "tỉ lệ (%)"])
def test_ti_le_percent_is_a_percentage_not_a_billion_count(text: str) -> None:
    """'tỷ lệ %' is an alias of %, but 'tỉ lệ %' (the other spelling) is read as a count of
    'lệ %' with a scale of 10^9 and shown as 'billion lệ %' in English."""
    unit = parse_unit(text)
    assert unit.quantity is Quantity.SHARE
    assert unit.scale == 1


def test_template_round_trip_for_ti_le_percent(tmp_path: Path) -> None:
    """The template writes ĐVT 'tỷ lệ %' for a plan unit 'tỉ lệ %'; check reads that back as a
    percent, i.e. a growth rate of a non-percentage indicator: the level target gets no data."""
    plan = _plan([_level_indicator("clean_water", "tỉ lệ %", 95, "đạt 95% năm 2025")])
    path = _write(tmp_path, plan)
    sheet = tmp_path / "sheet.csv"
    runner = CliRunner()
    made = runner.invoke(main, ["template", str(path), "--years", "2024-2025", "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    text = sheet.read_text(encoding="utf-8-sig").splitlines()
    header = text[0].split(",")
    row = text[1].split(",")
    row[header.index("2025")] = "96"
    sheet.write_text("\n".join([text[0], ",".join(row)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    runner.invoke(
        main, ["check", "--plan", str(path), str(sheet), "--format", "json", "-o", str(out)]
    )
    result = _result(json.loads(out.read_text(encoding="utf-8")), "clean_water")
    assert result["latest"] is not None and result["latest"]["value"] == 96, result


def test_bare_ty_on_a_usd_indicator_is_not_silently_taken_as_ty_dong() -> None:
    """ĐVT 'tỷ' on a row of an indicator in tỷ USD: the office shorthand for tỷ đồng is applied
    and the figure silently converted with the plan's exchange rate (50 -> 0.002 tỷ USD)."""
    # docs/data-format.md: a bare scale is refused on the row of an indicator in another
    # currency: write tỷ USD or tỷ đồng
    with pytest.raises(FigureError) as error:
        _figure("tỷ USD", "50", "tỷ")
    assert error.value.code == "unrecognised-unit"
    assert "write tỷ USD or tỷ đồng" in error.value.message


# --------------------------------------------------------------------------------------------
# 2. Silent acceptance: real units (or typos of them) read as a "count of X"


@pytest.mark.parametrize(
    "text", ["điểm %/năm", "điểm%", "pp/năm", "percentage point", "p.p.", "điểm phần trăm/năm"]
)
def test_percentage_points_variants_are_points_not_counts(text: str) -> None:
    assert parse_unit(text).quantity is Quantity.SHARE_CHANGE


def test_points_per_year_plan_round_trips_its_own_template_unit(tmp_path: Path) -> None:
    """A plan in 'điểm %/năm' validates silently (count of 'điểm %'); data in 'điểm %' (what the
    template writes) is then refused as 'percentage points does not fit ... điểm % (count of
    điểm %)'."""
    plan = _plan(
        [
            {
                "id": "poverty_drop",
                "name": {"vi": "Mức giảm tỷ lệ hộ nghèo"},
                "unit": "điểm %/năm",
                "direction": "increase",
                "source": {"section": "II.1"},
                "targets": [
                    {
                        "kind": "annual",
                        "at_least": 1.5,
                        "period": "2021-2025",
                        "text": "Tỷ lệ hộ nghèo giảm bình quân 1,5 điểm %/năm",
                    }
                ],
            }
        ]
    )
    report = _check_json(
        tmp_path,
        plan,
        "indicator;year;value;unit\npoverty_drop;2021;1,6;điểm %\n",
        "--as-of",
        "2021",
    )
    assert not [f for f in report["findings"] if f["code"] == "unit-mismatch"], report["findings"]


@pytest.mark.parametrize(
    "text",
    [
        "Bill. dongs",  # GSO yearbooks (English side of "Tỷ đồng - Bill. dongs")
        "Bil. dongs",
        "Trill. dongs",
        "Bill. USD",
        "bil. VND",
        "M USD",
        "k USD",
        "tỷđồng",
        "triệuđồng",
        "trăm triệu đồng",
    ],
)
def test_money_with_an_unread_scale_is_never_a_count(text: str) -> None:
    """A text containing a currency is money or an error, never a count of 'Bill. dongs'."""
    try:
        unit = parse_unit(text)
    except UnitError:
        return
    assert unit.quantity is Quantity.MONEY, (text, unit)


@pytest.mark.parametrize(
    "text", ["tỷ đồng (giá hiện hành)", "Tỷ đồng (giá so sánh 2010)", "Tỷ đồng (giá SS 2010)"]
)
def test_price_basis_after_a_money_unit(text: str) -> None:
    """Report tables write 'Tỷ đồng (giá SS 2010)'. The first is silently a count of
    'đồng (giá hiện hành)' with scale 10^9; the others are refused with 'a number in a unit can
    only be a scale' (the 2010)."""
    try:
        unit = parse_unit(text)
    except UnitError as error:
        assert "scale such as 1000" not in str(error), str(error)
        return
    assert unit.quantity is Quantity.MONEY and unit.scale == 1e9, unit


@pytest.mark.parametrize("text", ["t/ha", "MT", "Mt", "kt", "GW", "％", "ｋｇ"])
def test_english_symbols_and_fullwidth_forms_are_not_counts(text: str) -> None:
    """Abbreviations of real measures (t = tonne, MT = metric ton, GW) and fullwidth forms from
    East-Asian input methods are read as counts of 't', 'GW', '％' without any warning."""
    try:
        unit = parse_unit(text)
    except UnitError:
        return
    assert unit.quantity is not Quantity.COUNT, (text, unit)


@pytest.mark.parametrize(
    ("unit", "quantity"),
    [
        ("Bill. dongs", Quantity.MONEY),
        ("GW", Quantity.POWER),
        ("t/ha", Quantity.MASS),
        ("điểm %/năm", Quantity.SHARE_CHANGE),
    ],
)
def test_units_once_read_as_counts_are_read_as_what_they_are(
    tmp_path: Path, unit: str, quantity: Quantity
) -> None:
    assert parse_unit(unit).quantity is quantity
    code, output = _validate(tmp_path, _plan([_level_indicator("i1", unit, 10, "đạt 10")]))
    assert code == 0, output


def test_money_with_a_word_that_is_no_scale_is_refused_by_validate(tmp_path: Path) -> None:
    code, output = _validate(tmp_path, _plan([_level_indicator("i1", "M USD", 10, "đạt 10")]))
    assert code == 1
    assert (
        "unknown-unit unit 'M USD' cannot be read: 'M USD' names two measures ('m' and 'usd'); "
        "write one, with its scale as a word: nghìn, triệu, tỷ (thousand, million, billion)"
    ) in output, output


def test_points_indicator_refuses_a_percentage_level() -> None:
    """codes.md: unit-mismatch for 'a percentage for points'. An indicator in điểm % takes a
    figure with unit '%' (a level of the rate) as a change of 3 points."""
    with pytest.raises(FigureError) as error:
        _reported("điểm %", "3", "%")
    assert error.value.code == "unit-mismatch"


# --------------------------------------------------------------------------------------------
# 3. Units a real plan writes that are refused


@pytest.mark.parametrize("text", ["m² sàn/người", "m2 sàn/người", "m² sàn"])
def test_floor_area_per_person_is_read(text: str) -> None:
    """'Diện tích nhà ở bình quân đạt 25 m² sàn/người': refused because '²'.isdigit() is True,
    with the wrong message 'a number in a unit can only be a scale such as 1000'."""
    unit = parse_unit(text)
    # docs/plan-format.md: "m² sàn" is an amount of something, the measure (m²) followed by
    # what it measures, shown as written
    assert unit.quantity is Quantity.AREA
    assert unit.symbol_vi == text.replace("m2", "m²")


def test_superscript_is_not_called_a_number() -> None:
    try:
        parse_unit("m² sàn/người")
    except UnitError as error:
        assert "a number in a unit" not in str(error)


@pytest.mark.parametrize("text", ["USD/ng", "trđ/ng"])
def test_ng_after_a_slash_is_not_called_a_scale(text: str) -> None:
    """'ng' after '/' is the offices' abbreviation of người; at least the message should not
    say "'ng' is a scale without a measure"."""
    try:
        unit = parse_unit(text)
    except UnitError as error:
        assert "scale without a measure" not in str(error), str(error)
        return
    assert unit.per is not None and unit.per.noun == "người"


# --------------------------------------------------------------------------------------------
# 4. Messages that do not lead to the fix


def test_per_missing_in_data_unit_message_names_the_per() -> None:
    """Data ĐVT 'giường bệnh' for an indicator in giường bệnh/vạn dân: the message reads
    "(count of hospital beds) does not fit ... (count of hospital beds)" - the same words."""
    with pytest.raises(FigureError) as error:
        _figure("giường bệnh/vạn dân", "30", "giường bệnh")
    message = error.value.message
    described = re.findall(r"\(([^()]*)\)", message)
    assert len(described) >= 2 and described[0] != described[1], message


def test_unit_as_count_hint_is_not_nonsense(tmp_path: Path) -> None:
    """'km đường' (km of road) gets the hint "is it 'dong'?" (đường folds to duong ~ dong)."""
    _code, output = _validate(
        tmp_path, _plan([_level_indicator("roads", "km đường", 10, "cứng hóa 10 km đường")])
    )
    assert "'dong'" not in output, output


def test_per_mille_change_message_does_not_refuse_the_per_mille_sign() -> None:
    """'giảm 0,2‰' (how a birth-rate fall is written) is a bad-number whose message says only
    '% at the end' is allowed."""
    # docs/data-format.md: "giảm 0,2‰ is a change of the rate by 0,2 ‰ points"
    figure = _reported("‰", "giảm 0,2‰")
    assert figure.measure == "change"
    assert figure.value == pytest.approx(-0.2)


# --------------------------------------------------------------------------------------------
# 5. Uncommitted work in /work/main (text-unit-mismatch): a false positive on ordinary words


def test_text_unit_check_does_not_swallow_the_next_word(tmp_path: Path) -> None:
    """'đạt 62,5 tạ/ha vào năm 2025' gives 'text-unit-mismatch: ... 62,5 tạ/ha vào ... per ha
    vào is not per ha' (working tree at review time)."""
    plan = _plan(
        [_level_indicator("rice_yield", "tạ/ha", 62.5, "Năng suất lúa đạt 62,5 tạ/ha vào năm 2025")]
    )
    _code, output = _validate(tmp_path, plan)
    assert "text-unit-mismatch" not in output, output


# --------------------------------------------------------------------------------------------
# Documents correct behaviour verified as important (these pass today)


def test_documented_scales_convert_exactly() -> None:
    assert convert(52, "tạ/ha", "tấn/ha") == 5.2
    assert convert(3.45, "nghìn tỷ đồng", "tỷ đồng") == 3450
    assert convert(1, "1000 tấn", "tấn") == 1000
    assert convert(3, "giường bệnh/nghìn dân", "giường bệnh/vạn dân") == 30
    with pytest.raises(UnitMismatch):
        convert(1, "USD/người", "triệu đồng/người")
    with pytest.raises(UnitMismatch):
        convert(1, "bác sĩ/vạn dân", "giường bệnh/vạn dân")


def test_per_person_income_in_trieu_dong_is_read_per_person() -> None:
    figure = _figure("triệu đồng/người", "76,5", "triệu đồng")
    assert figure.value == 76.5
    figure = _figure("usd_per_person", "72", "triệu đồng")
    assert figure.value == pytest.approx(3000)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("trạm y tế", "trạm y tế"),
        ("cây tràm", "cây tràm"),
        ("vân tay", "vân tay"),
        ("trạm", "trạm"),
    ],
)
def test_a_word_that_folds_to_a_scale_is_not_one(text: str, noun: str) -> None:
    """'135 trạm y tế' counted hundreds of 'y tế' ('trăm y tế'): 'trạm' (a station) folds to
    'tram', the key of 'trăm'. A written accent other than the scale's own is another word."""
    unit = parse_unit(text)
    assert unit.scale == 1
    assert unit.symbol_vi == noun


@pytest.mark.parametrize(
    ("text", "base", "times"),
    [
        ("trăm tấn", "tấn", 100),
        ("tram tan", "tấn", 100),
        ("vạn cây", "cây", 1e4),
        ("Tỷ đồng", "đồng", 1e9),
        ("TRIỆU đồng", "đồng", 1e6),
    ],
)
def test_scales_written_with_or_without_accents_are_scales(
    text: str, base: str, times: float
) -> None:
    assert convert(1, text, base) == times
