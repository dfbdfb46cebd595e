"""``plantrack check --format csv --csv-style vi``: a CSV that Excel set to Vietnamese opens with
its figures as numbers; and the columns every CSV gained (issue 18, item 6).

Excel on a machine set to Vietnamese takes the comma as its decimal mark, and so the semicolon as
its list separator; it reads UTF-8 only after a byte-order mark. The ``vi`` style is read back
here with the csv module as Excel would split it, and compared cell by cell with the plain
(``en``) CSV and with the JSON output of the same check.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from plantrack.cli import main
from plantrack.render.report_csv import CSV_COLUMNS, decimal_comma
from tests.conftest import MINIMAL_PLAN

#: The columns that hold numbers (or are empty); for a rated indicator the two values are its
#: level in words.
NUMERIC = (
    "deadline",
    "base_year",
    "base_value",
    "latest_year",
    "latest_value",
    "observed_rate",
    "required_rate",
    "catch_up_rate",
    "gap",
    "ratio",
    "projected_year",
    "projected_value",
    "total",
    "met_years",
    "counted_years",
)
#: A number as the vi style writes it: digits, an optional sign and decimal comma; nothing else
#: (no thousands mark, no exponent).
VI_NUMBER = re.compile(r"-?[0-9]+(,[0-9]+)?")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": None})


def vi_rows(data: bytes) -> list[dict[str, str]]:
    """The vi-style CSV as Excel set to Vietnamese splits it: a BOM, then ``;``-separated."""
    assert data.startswith(codecs.BOM_UTF8)
    text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header, *rows = list(reader)
    assert tuple(header) == CSV_COLUMNS
    assert all(len(row) == len(header) for row in rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def en_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def as_number(cell: str) -> float:
    """A vi-style numeric cell as a number (a ValueError when it is not one)."""
    if not VI_NUMBER.fullmatch(cell):
        raise ValueError(cell)
    return float(cell.replace(",", "."))


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_vi_style_is_the_plain_csv_with_semicolons_and_decimal_commas(
    in_root: Path, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "report.csv"
    made = run("check", "--csv-style", "vi", "--lang", lang, "-o", str(out))  # .csv: CSV
    assert made.exit_code == 0, made.output
    vi = vi_rows(out.read_bytes())
    en = en_rows(run("check", "--format", "csv", "--lang", lang).stdout)
    assert len(vi) == len(en) == 58
    numbers = commas = negatives = 0
    for vi_row, en_row in zip(vi, en, strict=True):
        for column in CSV_COLUMNS:
            vi_cell, en_cell = vi_row[column], en_row[column]
            if column in NUMERIC and _is_number(en_cell):
                assert as_number(vi_cell) == float(en_cell), (column, vi_cell, en_cell)
                assert vi_cell == en_cell.replace(".", ",")  # the same digits
                numbers += 1
                commas += "," in vi_cell
                negatives += vi_cell.startswith("-")
            else:  # text (and empty cells) as the plain CSV has them
                assert vi_cell == en_cell, column
                assert not VI_NUMBER.fullmatch(vi_cell) or column not in NUMERIC
    # the bundled data have decimals and negative numbers (a gap behind the target)
    assert numbers > 300 and commas > 100 and negatives > 0
    years = {row["base_year"] for row in vi} | {row["deadline"] for row in vi}
    assert "2020" in years and "2030" in years  # years are plain integers


def test_a_numeric_cell_never_has_a_thousands_mark_or_an_exponent() -> None:
    assert decimal_comma(19943.74282606179) == "19943,74282606179"
    assert decimal_comma(-0.04236289367344198) == "-0,04236289367344198"
    assert decimal_comma(8641.0) == "8641,0"
    assert decimal_comma(1e-05) == "0,00001"
    assert decimal_comma(-2.5e-07) == "-0,00000025"
    assert decimal_comma(1.5e16) == "15000000000000000"
    for value in (1e-05, 1.5e16, 123456789.125, -0.5):
        assert as_number(decimal_comma(value)) == value


def test_the_vi_style_always_has_a_bom_and_bom_adds_nothing_to_it(in_root: Path) -> None:
    plain = run("check", "--format", "csv", "--csv-style", "vi").stdout_bytes
    assert plain.startswith(codecs.BOM_UTF8) and not plain.startswith(codecs.BOM_UTF8 * 2)
    assert run("check", "--format", "csv", "--csv-style", "vi", "--bom").stdout_bytes == plain


def test_the_default_style_is_en_and_stays_the_plain_csv(in_root: Path) -> None:
    default = run("check", "--format", "csv").stdout_bytes
    assert run("check", "--format", "csv", "--csv-style", "en").stdout_bytes == default
    assert not default.startswith(codecs.BOM_UTF8)
    assert default.startswith(b"plan,area,indicator,")
    bom = run("check", "--format", "csv", "--csv-style", "en", "--bom").stdout_bytes
    assert bom == codecs.BOM_UTF8 + default


def test_every_csv_says_the_rates_unit_the_total_and_the_years_met(in_root: Path) -> None:
    """The columns each CSV gained hold what the JSON output holds for the same result."""
    results = json.loads(run("check", "--format", "json").stdout)["results"]
    plain = en_rows(run("check", "--format", "csv").stdout)
    vi = vi_rows(run("check", "--format", "csv", "--csv-style", "vi").stdout_bytes)
    for result, en_row, vi_row in zip(results, plain, vi, strict=True):
        for row, number in ((en_row, float), (vi_row, as_number)):
            assert row["rate_unit"] == (result["rate_unit"] or "")
            for column in ("total", "met_years", "counted_years"):
                got = None if row[column] == "" else number(row[column])
                assert got == result[column], (column, result["target"])
    units = {row["rate_unit"] for row in plain}
    assert units == {"fraction", "unit", ""}
    # a growth target's rates are fractions; a percentage's slope is in points a year
    growth = {row["rate_unit"] for row in plain if row["kind"] == "growth" and row["ratio"]}
    assert growth == {"fraction"}
    assert any(row["unit"] == "percent" and row["rate_unit"] == "unit" for row in plain)
    assert any(row["kind"] == "cumulative" and row["total"] for row in plain)
    assert any(row["met_years"] and row["counted_years"] for row in plain)


# ---------------------------------------------------------------------------------------------
# Text from the plan: quoted, never a formula


#: An indicator name with the vi style's delimiter, a quote, and the start of a formula.
AWKWARD_NAME = '-Thu nhập; "bình quân" đầu người'


def _awkward_plan(tmp_path: Path) -> tuple[Path, Path]:
    written = '"' + AWKWARD_NAME.replace('"', '\\"') + '"'
    plan_text = MINIMAL_PLAN.replace(
        "name: {vi: Thu nhập bình quân đầu người, en: Income per person}",
        f'name: {{vi: {written}, en: "@income; per person"}}',
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(plan_text, encoding="utf-8")
    data = tmp_path / "figures.csv"
    data.write_text("indicator,area,year,value\nincome,d,2020,40.5\nincome,d,2023,55.25\n")
    return plan, data


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_with_a_semicolon_or_a_quote_is_quoted_and_no_cell_starts_a_formula(
    tmp_path: Path, lang: str
) -> None:
    plan, data = _awkward_plan(tmp_path)
    args = ("--plan", str(plan), str(data), "--csv-style", "vi", "--lang", lang)
    made = run("check", *args, "--format", "csv")
    assert made.exit_code == 0, made.output
    raw = made.stdout_bytes
    [row] = vi_rows(raw)
    name = AWKWARD_NAME if lang == "vi" else "@income; per person"
    assert row["indicator_name"] == "'" + name  # neutralised, the ; and " kept in the cell
    quoted = "\"'" + name.replace('"', '""') + '"'
    assert (";" + quoted + ";").encode() in raw  # one field, quoted as CSV quotes
    assert row["base_value"] == "40,5" and row["latest_value"] == "55,25"
    for column, cell in row.items():
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), column
        if cell.startswith("-"):  # a negative number is a number, not a formula
            as_number(cell)
    # -o FILE.csv writes the same bytes
    again = tmp_path / "again.csv"
    assert run("check", *args, "-o", str(again)).exit_code == 0
    assert again.read_bytes() == raw


def test_a_negative_number_stays_a_number_in_the_vi_style(tmp_path: Path) -> None:
    """A falling figure gives a negative rate: written as ``-0,0256...``, not neutralised with
    ``'`` as text starting with ``-`` is."""
    plan, data = _awkward_plan(tmp_path)
    data.write_text("indicator,area,year,value\nincome,d,2020,60\nincome,d,2023,55.5\n")
    args = ("check", "--plan", str(plan), str(data))
    [row] = vi_rows(run(*args, "--format", "csv", "--csv-style", "vi").stdout_bytes)
    [result] = json.loads(run(*args, "--format", "json").stdout)["results"]
    assert result["observed_rate"] == pytest.approx((55.5 / 60) ** (1 / 3) - 1)
    assert row["observed_rate"] == decimal_comma(result["observed_rate"])
    assert row["observed_rate"].startswith("-0,025")
    assert as_number(row["observed_rate"]) == result["observed_rate"]
    assert row["rate_unit"] == "fraction"


# ---------------------------------------------------------------------------------------------
# The option


@pytest.mark.parametrize(
    "args,fmt",
    [
        (["--format", "json"], "json"),
        (["-o", "report.md"], "markdown"),
        ([], "table"),
    ],
)
def test_csv_style_with_another_format_is_a_usage_error_in_either_language(
    in_root: Path, args: list[str], fmt: str
) -> None:
    for lang, words in (
        ("en", f"--csv-style is for CSV output (--format csv, or -o FILE.csv), not for --format {fmt}"),
        ("vi", f"--csv-style dùng cho kết quả dạng CSV (--format csv, hoặc -o TỆP.csv), không dùng cho --format {fmt}"),
    ):  # fmt: skip
        result = run("check", "--csv-style", "vi", *args, "--lang", lang)
        assert result.exit_code == 2
        assert result.stderr.rstrip().endswith(words)
    assert not (in_root / "report.md").exists()


def test_csv_style_accepts_only_en_and_vi(in_root: Path) -> None:
    assert run("check", "--format", "csv", "--csv-style", "de").exit_code == 2
