"""The rating kind: an ordered scale declared once in the plan, levels read from report cells by
name or alias, verdicts by rank, and the levels shown in words in every output.

Expected values follow docs/assessment.md ("Rating") and docs/plan-format.md ("Ratings and
scales"); the example is Sơn Lang's target (19), "Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm
vụ trở lên" (plans/sources/son-lang-2020-2025.txt).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from plantrack.actuals.figures import FigureError, read_level
from plantrack.actuals.table import Cell
from plantrack.cli import main
from plantrack.plans import scales
from plantrack.plans.model import Plan, Scale

ROOT = Path(__file__).resolve().parent.parent
CHECK_SCHEMA = json.loads((ROOT / "schema" / "check.schema.json").read_text(encoding="utf-8"))

PARTY = [
    ("Không hoàn thành nhiệm vụ", "Not completed", ["KHTNV"]),
    ("Hoàn thành nhiệm vụ", "Completed", ["HTNV"]),
    ("Hoàn thành tốt nhiệm vụ", "Completed well", ["HTTNV", "Tốt"]),
    ("Hoàn thành xuất sắc nhiệm vụ", "Completed with distinction", ["HTXSNV", "Xuất sắc"]),
]

HEAD = """\
id: son-lang
title: {vi: Nghị quyết Đại hội Đảng bộ xã Sơn Lang, en: Son Lang party congress resolution}
document: {type: {vi: Nghị quyết, en: Resolution}, issuer: {vi: Đảng bộ xã Sơn Lang}, year: 2020}
level: commune
area: son-lang
areas:
  - id: son-lang
    name: {vi: xã Sơn Lang, en: Son Lang commune}
    level: commune
period: 2021-2025
base_year: 2020
scales:
  - id: party-rating
    name: {vi: Xếp loại tổ chức đảng, en: Party organisation rating}
    levels:
      - {vi: Không hoàn thành nhiệm vụ, en: Not completed, aliases: [KHTNV]}
      - {vi: Hoàn thành nhiệm vụ, en: Completed, aliases: [HTNV]}
      - {vi: Hoàn thành tốt nhiệm vụ, en: Completed well, aliases: [HTTNV, Tốt]}
      - {vi: Hoàn thành xuất sắc nhiệm vụ, en: Completed with distinction, aliases: [HTXSNV, Xuất sắc]}
  - id: service-level
    name: {vi: Mức độ dịch vụ công trực tuyến, en: Online public service level}
    levels: [{vi: Mức độ 1}, {vi: Mức độ 2}, {vi: Mức độ 3}, {vi: Mức độ 4}]
indicators:
"""


def rated(target: str, *, ident: str = "party_rating", scale: str = "party-rating") -> str:
    return f"""\
  - id: {ident}
    name: {{vi: Xếp loại Đảng bộ xã, en: Commune party committee rating}}
    unit: xếp loại
    scale: {scale}
    source: {{section: "1", item: 19}}
    targets:
      - kind: rating
        text: Đảng bộ xã hàng năm đạt hoàn thành tốt nhiệm vụ trở lên
{target}"""


EVERY_YEAR = rated("        at_least: Hoàn thành tốt nhiệm vụ\n        period: 2021-2025\n")
BY_2025 = rated("        at_least: HTTNV\n        year: 2025\n")


def check(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    indicators: str,
    rows: str,
    *args: str,
) -> tuple[int, str]:
    (tmp_path / "plans").mkdir(exist_ok=True)
    (tmp_path / "plans" / "p.yaml").write_text(HEAD + indicators, encoding="utf-8")
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "d.csv").write_text("indicator,year,value,kind\n" + rows, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["check", *args], catch_exceptions=False, env={"COLUMNS": "200"}
    )
    return result.exit_code, result.stdout


def result_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indicators: str, rows: str, *args: str
) -> dict[str, Any]:
    code, out = check(tmp_path, monkeypatch, indicators, rows, "--format", "json", *args)
    assert code == 0, out
    document = json.loads(out)
    jsonschema.validate(document, CHECK_SCHEMA)
    (result,) = document["results"]
    return result


# --------------------------------------------------------------------------------------------
# The ordering (pure)

words_of = [[vi, en, *aliases] for vi, en, aliases in PARTY]


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1, 12))
def test_a_verdict_is_monotonic_in_the_rank(size: int, bound: int, shift: int) -> None:
    """A better level never gets a worse verdict, whatever the scale's size and bound."""
    bound = min(bound, size)
    order = {"missed": 0, "achieved": 1, "exceeded": 2}
    verdicts = [scales.verdict(rank, bound) for rank in range(1, size + 1)]
    assert all(order[a] <= order[b] for a, b in itertools.pairwise(verdicts))
    assert verdicts[bound - 1] == "achieved"  # the bound's level itself
    assert all(v == "missed" for v in verdicts[: bound - 1])
    assert all(v == "exceeded" for v in verdicts[bound:])
    worse, better = sorted((min(shift, size), bound))
    assert order[scales.verdict(worse, bound)] <= order[scales.verdict(better, bound)]


def _respell(word: str, data: st.DataObject) -> str:
    """The same word as a report may type it: other case, accents dropped or decomposed,
    spaces doubled."""
    out = word
    if data.draw(st.booleans()):
        out = out.upper() if data.draw(st.booleans()) else out.lower()
    if data.draw(st.booleans()):
        out = "".join(
            ch
            for ch in unicodedata.normalize("NFD", out.replace("đ", "d").replace("Đ", "D"))
            if not unicodedata.combining(ch)
        )
    elif data.draw(st.booleans()):
        out = unicodedata.normalize("NFD", out)
    if data.draw(st.booleans()):
        out = "  " + out.replace(" ", "  ") + " "
    return out


@given(st.data())
def test_every_name_and_alias_reads_as_its_level(data: st.DataObject) -> None:
    rank = data.draw(st.integers(1, len(PARTY)))
    word = data.draw(st.sampled_from(words_of[rank - 1]))
    assert scales.rank_of(_respell(word, data), words_of, None) == rank


@given(st.text(min_size=1, max_size=12))
def test_a_word_of_no_level_names_none(text: str) -> None:
    known = {scales.key(w) for names in words_of for w in names}
    if scales.key(text) not in known:
        assert scales.rank_of(text, words_of, None) is None


def test_numbers_name_levels_only_on_numeric_or_numbered_scales() -> None:
    numeric = scales.level_numbers(["Mức độ 1", "Mức độ 2", "Mức độ 3", "Mức độ 4"], False)
    assert numeric == [1, 2, 3, 4]
    for text in ("3", "mức 3", "Mức độ 3", "muc do 3", "level 3"):
        assert (
            scales.rank_of(text, [["Mức độ 1"], ["Mức độ 2"], ["Mức độ 3"], ["Mức độ 4"]], numeric)
            == 3
        )
    # levels named 0..2: the number is the level's own, not its rank
    assert (
        scales.rank_of("mức 0", [["0"], ["1"], ["2"]], scales.level_numbers(["0", "1", "2"], False))
        == 1
    )
    worded = [name[0] for name in PARTY]
    assert scales.level_numbers(worded, False) is None
    assert scales.rank_of("3", words_of, None) is None
    assert scales.rank_of("mức 3", words_of, scales.level_numbers(worded, True)) == 3
    assert scales.rank_of("5", words_of, scales.level_numbers(worded, True)) is None


# --------------------------------------------------------------------------------------------
# Reading cells


def _scale() -> Scale:
    import yaml

    plan = Plan.model_validate(yaml.safe_load(HEAD + EVERY_YEAR))
    scale = plan.indicators[0].rating_scale
    assert scale is not None
    return scale


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Hoàn thành tốt nhiệm vụ", 3),
        ("hoàn thành tốt nhiệm vụ", 3),
        ("HOAN THANH TOT NHIEM VU", 3),
        ("HTTNV", 3),
        ("Tốt", 3),
        ("httnv", 3),
        ("Completed with distinction", 4),
        ("Xuất sắc", 4),
        ("Không hoàn thành nhiệm vụ", 1),
    ],
)
def test_a_cell_reads_as_the_level_it_names(text: str, rank: int) -> None:
    figure = read_level(Cell(unicodedata.normalize("NFC", text)), _scale())
    assert (figure.measure, figure.value, figure.reported) == ("level", rank, text)


@pytest.mark.parametrize("text", ["Khá", "3", "mức 3", "Hoàn thành tốt", ""])
def test_a_cell_of_no_level_is_an_error_listing_the_levels(text: str) -> None:
    with pytest.raises(FigureError) as error:
        read_level(Cell(text), _scale())
    assert error.value.code == "bad-level"
    assert "'Không hoàn thành nhiệm vụ' < 'Hoàn thành nhiệm vụ' < 'Hoàn thành tốt nhiệm vụ'" in (
        error.value.message
    )


def test_an_unknown_word_is_a_data_error_with_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "party_rating,2021,HTTNV,TH\nparty_rating,2022,Khá,TH\n"
    code, out = check(tmp_path, monkeypatch, EVERY_YEAR, rows, "--lang", "en")
    assert code == 2
    flat = " ".join(out.split())
    assert "data/d.csv:3:3: bad-level 'Khá' is not a level of scale 'party-rating'" in flat
    assert "from the worst to the best: 'Không hoàn thành nhiệm vụ' < " in flat


def test_a_numeric_scale_reads_numbers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = rated("        at_least: Mức độ 3\n        year: 2025\n", scale="service-level")
    rows = "party_rating,2024,mức 2,TH\nparty_rating,2025,4,TH\n"
    result = result_of(tmp_path, monkeypatch, services, rows)
    assert result["status"] == "exceeded"
    assert result["latest"]["level"] == {"vi": "Mức độ 4", "en": "Mức độ 4"}
    assert result["latest"]["reported"] == "4"


def test_a_wide_table_of_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "wide.csv").write_text(
        "Chỉ tiêu,ĐVT,TH 2021,TH 2022,ƯTH 2023\n"
        "Xếp loại Đảng bộ xã,xếp loại,HTTNV,Hoàn thành xuất sắc nhiệm vụ,Tốt\n",
        encoding="utf-8",
    )
    code, out = check(tmp_path, monkeypatch, EVERY_YEAR, "", "--format", "json")
    assert code == 0, out
    (result,) = json.loads(out)["results"]
    assert [(y["year"], y["value"], y["met"]) for y in result["years"]] == [
        (2021, 3, True),
        (2022, 4, True),
        (2023, 3, True),
    ]
    assert result["latest"]["estimate"] is True


# --------------------------------------------------------------------------------------------
# Verdicts


def test_every_year_met_so_far_is_on_track(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "party_rating,2021,HTTNV,TH\nparty_rating,2022,HTXSNV,TH\nparty_rating,2023,Tốt,TH\n"
    result = result_of(tmp_path, monkeypatch, EVERY_YEAR, rows)
    assert result["status"] == "on_track"
    assert (result["met_years"], result["counted_years"]) == (3, 3)
    assert result["goal"] == {
        "comparator": "at_least",
        "value": 3,
        "max": None,
        "level": {"vi": "Hoàn thành tốt nhiệm vụ", "en": "Completed well"},
    }
    assert result["latest"]["reported"] == "Tốt"  # the words as reported


def test_a_year_below_is_not_achieved_before_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "party_rating,2021,HTTNV,TH\nparty_rating,2022,HTNV,TH\nparty_rating,2023,Tốt,TH\n"
    result = result_of(tmp_path, monkeypatch, EVERY_YEAR, rows)
    assert result["status"] == "not_achieved"
    assert result["reason"] == {
        "code": "years-missed",
        "message": "not met in 2022 (2 of 3 years met): the target, which every year must "
        "meet, can no longer be met in full",
    }
    assert [y["met"] for y in result["years"]] == [True, False, True]


@pytest.mark.parametrize(
    ("levels", "status"),
    [
        (["HTTNV", "HTXSNV", "Tốt", "Tốt", "HTXSNV"], "achieved"),
        (["HTXSNV"] * 5, "exceeded"),
        (["HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", "HTNV"], "not_achieved"),
        (["HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", None], "insufficient_data"),
    ],
)
def test_every_year_at_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, levels: list[str | None], status: str
) -> None:
    rows = "".join(
        f"party_rating,{year},{level},TH\n"
        for year, level in zip(range(2021, 2026), levels, strict=True)
        if level
    )
    result = result_of(tmp_path, monkeypatch, EVERY_YEAR, rows, "--as-of", "2025")
    assert result["status"] == status


@pytest.mark.parametrize(
    ("rows", "as_of", "status"),
    [
        ("party_rating,2025,Tốt,TH\n", "2025", "achieved"),
        ("party_rating,2025,Xuất sắc,TH\n", "2025", "exceeded"),
        ("party_rating,2025,Hoàn thành nhiệm vụ,TH\n", "2025", "not_achieved"),
        ("party_rating,2024,Xuất sắc,TH\n", "2025", "insufficient_data"),
        ("party_rating,2023,HTTNV,TH\n", "2023", "on_track"),
        ("party_rating,2022,KHTNV,TH\nparty_rating,2023,HTNV,TH\n", "2023", "at_risk"),
        ("party_rating,2022,HTTNV,TH\nparty_rating,2023,HTNV,TH\n", "2023", "regressing"),
        ("party_rating,2022,HTNV,TH\nparty_rating,2023,HTNV,TH\n", "2023", "off_track"),
    ],
)
def test_due_by_a_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str, as_of: str, status: str
) -> None:
    result = result_of(tmp_path, monkeypatch, BY_2025, rows, "--as-of", as_of)
    assert result["status"] == status


# --------------------------------------------------------------------------------------------
# Every format, both languages

ROWS = "party_rating,2021,HTTNV,TH\nparty_rating,2022,hoàn thành nhiệm vụ,TH\n"


@pytest.mark.parametrize(
    ("lang", "level", "target", "status"),
    [
        (
            "vi",
            "Hoàn thành nhiệm vụ",
            "từ Hoàn thành tốt nhiệm vụ trở lên mỗi năm 2021-2025",
            "Không đạt",
        ),
        ("en", "Completed", "Completed well or better every year 2021-2025", "Not achieved"),
    ],
)
def test_levels_are_words_in_every_format(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    level: str,
    target: str,
    status: str,
) -> None:
    code, table = check(tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang)
    assert code == 0
    (row,) = [line for line in table.splitlines() if "2022:" in line]  # one row, not wrapped
    cells = [cell.strip() for cell in row.split("│")]
    years = "1/2 năm" if lang == "vi" else "1/2 years"
    assert [target, "–", f"2022: {level}; {years}"] == [cells[2], cells[3], cells[4]]
    assert cells[-2] == f"✘ {status}"

    _, markdown = check(
        tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang, "--format", "markdown"
    )
    assert f"| {target} | 2022: {level}; {years} | – | ✘ {status} |" in markdown

    _, text = check(tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang, "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert (row["latest_value"], row["target_phrase"], row["status"], row["status_label"]) == (
        level,
        target,
        "not_achieved",
        status,
    )

    _, document = check(tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang, "--format", "json")
    (result,) = json.loads(document)["results"]
    assert result["status"] == "not_achieved"
    assert result["latest"]["level"] == {"vi": "Hoàn thành nhiệm vụ", "en": "Completed"}
    assert result["target_phrase"][lang] == target

    _, github = check(tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang, "--format", "github")
    assert f"2022: {level};" in github

    _, explained = check(
        tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang, "--explain", "party_rating"
    )
    first = "Hoàn thành tốt nhiệm vụ" if lang == "vi" else "Completed well"
    assert f"2021: {first} (HTTNV)  data/d.csv:2" in explained
    assert f"2022: {level} ✘" in explained
    missed = "không đạt năm 2022; đạt 1/2 năm" if lang == "vi" else "not met in 2022 (1 of 2"
    assert f"years-missed: {missed}" in explained


def test_the_rank_is_never_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ranks (1-4) of the levels appear in no human-readable output."""
    for lang in ("vi", "en"):
        for fmt in ("table", "markdown", "csv", "github"):
            _, out = check(tmp_path, monkeypatch, EVERY_YEAR, ROWS, "--lang", lang, "--format", fmt)
            for rank in ("2021: 3", "2022: 2", ",2,", ",3,", "3.0", "2.0"):
                assert rank not in out, (lang, fmt, rank)


# --------------------------------------------------------------------------------------------
# validate


def validate(tmp_path: Path, text: str) -> tuple[int, str]:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["validate", "--lang", "en", str(path)], catch_exceptions=False
    )
    return result.exit_code, result.stdout


def test_an_unknown_level_is_refused_at_its_line(tmp_path: Path) -> None:
    text = HEAD + rated("        at_least: Hoàn thành tốt\n        period: 2021-2025\n")
    code, out = validate(tmp_path, text)
    line = text.splitlines().index("        at_least: Hoàn thành tốt") + 1
    assert code == 1
    assert f"p.yaml:{line}:19: unknown-level 'Hoàn thành tốt' is not a level of scale" in out
    assert "did you mean 'Hoàn thành tốt nhiệm vụ'?" in out


def test_an_unknown_scale_is_refused_at_its_line(tmp_path: Path) -> None:
    text = HEAD + rated("        at_least: Tốt\n        year: 2025\n", scale="party-ratings")
    code, out = validate(tmp_path, text)
    line = text.splitlines().index("    scale: party-ratings") + 1
    assert code == 1
    assert f"p.yaml:{line}:12: unknown-scale scale 'party-ratings' is not declared" in out
    assert "did you mean 'party-rating'?" in out
    _, out = validate(tmp_path, text.replace("party-ratings", "party"))
    assert "scale 'party' is not declared in the plan's scales (declared: party-rating, " in out


def test_a_valid_rating_plan_passes_and_describes_its_levels(tmp_path: Path) -> None:
    code, out = validate(tmp_path, HEAD + EVERY_YEAR)
    assert code == 0, out
    path = tmp_path / "p.yaml"
    result = CliRunner().invoke(main, ["plans", str(path), "--format", "json"])
    (indicator,) = json.loads(result.stdout)["plans"][0]["indicators"]
    assert indicator["scale"] == "party-rating"
    assert indicator["targets"][0]["level"] == {
        "vi": "Hoàn thành tốt nhiệm vụ",
        "en": "Completed well",
    }


def test_two_levels_for_one_year_are_a_conflict_told_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two different levels for 2023 are never resolved by picking one; the message shows the
    words as reported (the same level written two ways is one figure, not a conflict)."""
    rows = (
        "party_rating,2022,HTTNV,TH\nparty_rating,2022,Hoàn thành tốt nhiệm vụ,TH\n"
        "party_rating,2023,Tốt,TH\nparty_rating,2023,HTNV,TH\n"
    )
    code, out = check(tmp_path, monkeypatch, EVERY_YEAR, rows, "--lang", "en")
    flat = " ".join(out.split())
    assert code == 2
    assert "in 2023: 'Tốt' at data/d.csv:4 and 'HTNV' at data/d.csv:5; neither is used" in flat
    assert "2022" not in flat.split("conflicting-values", 1)[1]


def test_the_engine_tells_a_conflict_of_levels_in_words() -> None:
    """Observations given in code: the conflict reason names the words, not the ranks."""
    import yaml

    from plantrack.assessment import assess
    from plantrack.observations import Observation

    plan = Plan.model_validate(yaml.safe_load(HEAD + BY_2025))
    figures = [
        Observation("party_rating", 2025, 3.0, reported="Tốt", rated=True),
        Observation("party_rating", 2025, 2.0, reported="HTNV", rated=True),
    ]
    (result,) = assess(plan, figures).results
    assert result.status.value == "insufficient_data"
    assert result.reason is not None and result.reason.params["values"] == "Tốt / HTNV"


def test_a_numeric_bound_key_on_a_rating_target_says_what_it_takes(tmp_path: Path) -> None:
    text = HEAD + rated("        more_than: Tốt\n        year: 2025\n")
    code, out = validate(tmp_path, text)
    assert code == 1
    assert (
        "unknown key 'more_than': rating targets take at_least or value (a level of the "
        "indicator's scale), not more_than" in out
    )
