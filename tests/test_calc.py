"""`plantrack calc`: the growth formulas on the command line."""

from __future__ import annotations

import json
import math

import pytest

TAN_HONG = (68 / 45) ** (1 / 5) - 1  # income 45 -> 68 million VND per person, 2020-2025
#: The error tests read click's and plantrack's messages in English.
ENGLISH = {"PLANTRACK_LANG": "en"}


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLANTRACK_LANG", raising=False)


def error_line(result) -> str:  # type: ignore[no-untyped-def]
    """The last line on stderr, where click puts 'Error: ...'."""
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    line: str = result.stderr.splitlines()[-1]
    assert line.startswith("Error: ")
    return line


# cagr and required


def test_cagr_text_vi_is_the_default(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "45", "68", "--years", "5")
    assert result.exit_code == 0
    assert result.stdout == "Tốc độ tăng bình quân = (68 / 45)^(1/5) - 1 = 8,61%/năm\n"
    assert f"{TAN_HONG:.4f}" == "0.0861"


def test_cagr_text_en(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "45", "68", "--years", "5", "--lang", "en")
    assert result.stdout == "CAGR = (68 / 45)^(1/5) - 1 = 8.61%/yr\n"


def test_lang_from_the_environment(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "45", "68", "--years", "5", env={"PLANTRACK_LANG": "en"})
    assert result.stdout.startswith("CAGR = ")
    explicit = cli(
        "calc", "cagr", "45", "68", "--years", "5", "--lang", "vi", env={"PLANTRACK_LANG": "en"}
    )
    assert explicit.stdout.startswith("Tốc độ tăng bình quân = ")


def test_cagr_json(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "45", "68", "--years", "5", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc == {
        "start": 45.0,
        "end": 68.0,
        "years": 5,
        "rate": pytest.approx(TAN_HONG, rel=1e-15),
    }
    assert isinstance(doc["years"], int)
    assert '"years": 5,' in result.stdout  # 5, not 5.0


def test_required_vi_en_json(cli) -> None:  # type: ignore[no-untyped-def]
    vi = cli("calc", "required", "45", "68", "--years", "5")
    assert vi.stdout == "Tốc độ tăng cần đạt = (68 / 45)^(1/5) - 1 = 8,61%/năm\n"
    en = cli("calc", "required", "45", "68", "--years", "5", "--lang", "en")
    assert en.stdout == "Required growth = (68 / 45)^(1/5) - 1 = 8.61%/yr\n"
    doc = json.loads(cli("calc", "required", "45", "68", "--years", "5", "--format", "json").stdout)
    assert set(doc) == {"current", "target", "years", "rate"}
    assert doc["current"] == 45.0 and doc["target"] == 68.0 and doc["years"] == 5
    assert doc["rate"] == pytest.approx(TAN_HONG, rel=1e-15)


def test_numbers_in_both_styles(cli) -> None:  # type: ignore[no-untyped-def]
    vi = cli("calc", "cagr", "1.234,5", "2.000,25", "--years", "2,5", "--format", "json")
    assert json.loads(vi.stdout) == {
        "start": 1234.5,
        "end": 2000.25,
        "years": 2.5,
        "rate": pytest.approx((2000.25 / 1234.5) ** (1 / 2.5) - 1, rel=1e-15),
    }
    en = cli("calc", "cagr", "1,234.5", "2,000.25", "--years", "2.5", "--format", "json")
    assert json.loads(en.stdout) == json.loads(vi.stdout)
    assert math.isclose((2000.25 / 1234.5) ** (1 / 2.5) - 1, 0.2129343, rel_tol=1e-6)
    text = cli("calc", "cagr", "1.234,5", "2.000,25", "--years", "2,5")
    assert text.stdout == "Tốc độ tăng bình quân = (2.000,25 / 1.234,5)^(1/2,5) - 1 = 21,29%/năm\n"
    text_en = cli("calc", "cagr", "1.234,5", "2.000,25", "--years", "2,5", "--lang", "en")
    assert text_en.stdout == "CAGR = (2,000.25 / 1,234.5)^(1/2.5) - 1 = 21.29%/yr\n"


def test_ambiguous_number_needs_decimal(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "6.794", "9000", "--years", "5", env=ENGLISH)
    assert error_line(result) == (
        "Error: Invalid value for 'START': \"6.794\" could be 6794 (Vietnamese style) or "
        "6.794 (English style); say which with --decimal comma or --decimal point"
    )
    comma = json.loads(
        cli(
            "calc",
            "cagr",
            "6.794",
            "9000",
            "--years",
            "5",
            "--decimal",
            "comma",
            "--format",
            "json",
        ).stdout
    )
    assert comma["start"] == 6794.0
    assert comma["rate"] == pytest.approx((9000 / 6794) ** (1 / 5) - 1, rel=1e-15)
    point = json.loads(
        cli(
            "calc",
            "cagr",
            "6.794",
            "9000",
            "--years",
            "5",
            "--decimal",
            "point",
            "--format",
            "json",
        ).stdout
    )
    assert point["start"] == 6.794


def test_decimal_that_contradicts_the_number(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "calc", "cagr", "1.234,5", "2000", "--years", "5", "--decimal", "point", env=ENGLISH
    )
    line = error_line(result)
    assert "'START'" in line and "can only be read Vietnamese style" in line


def test_ambiguous_years(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "cagr", "45", "68", "--years", "2.500", env=ENGLISH))
    assert line.startswith("Error: Invalid value for '--years': \"2.500\" could be 2500")


# project


def test_project(cli) -> None:  # type: ignore[no-untyped-def]
    expected = 45 * (1 + 0.0861) ** 5
    assert expected == pytest.approx(68.0082473)
    vi = cli("calc", "project", "45", "8,61%", "--years", "5")
    assert vi.exit_code == 0
    assert vi.stdout == "Giá trị sau 5 năm = 45 × (1 + 8,61%)^5 = 68,0082\n"
    en = cli("calc", "project", "45", "8.61%", "--years", "5", "--lang", "en")
    assert en.stdout == "Value after 5 years = 45 × (1 + 8.61%)^5 = 68.0082\n"
    doc = json.loads(
        cli("calc", "project", "45", "8,61%", "--years", "5", "--format", "json").stdout
    )
    assert doc == {
        "value_now": 45.0,
        "rate": 0.0861,
        "years": 5,
        "value": pytest.approx(expected, rel=1e-15),
    }


def test_project_negative_rate_and_one_year(cli) -> None:  # type: ignore[no-untyped-def]
    en = cli(
        "calc", "project", "6.794", "-2,5%", "--years", "1", "--decimal", "comma", "--lang", "en"
    )
    assert en.exit_code == 0
    assert math.isclose(6794 * (1 - 0.025), 6624.15)
    assert en.stdout == "Value after 1 year = 6,794 × (1 - 2.5%)^1 = 6,624.15\n"
    doc = json.loads(
        cli("calc", "project", "100", "-100%", "--years", "3", "--format", "json").stdout
    )
    assert doc["value"] == 0.0 and doc["rate"] == -1.0


def test_project_rate_needs_a_percent_sign(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "project", "45", "8.61", "--years", "5", env=ENGLISH))
    assert line == (
        "Error: Invalid value for 'RATE': \"8.61\": write a rate with a percent sign, e.g. 8.61% "
        "(a bare 8.61 could mean 8.61 % or 861 %)"
    )


def test_project_rate_below_minus_100_percent(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "project", "45", "-150%", "--years", "5", env=ENGLISH))
    assert line.startswith(
        "Error: Invalid value for 'RATE': \"-150%\": a yearly rate below -100% is impossible"
    )


def test_project_too_large(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "project", "1", "100000%", "--years", "1000", env=ENGLISH))
    assert "too large" in line


# average


def test_average(cli) -> None:  # type: ignore[no-untyped-def]
    expected = (1.095 * 0.988 * 1.1) ** (1 / 3) - 1
    doc = json.loads(cli("calc", "average", "9.5", "-1.2", "10", "--format", "json").stdout)
    assert doc == {
        "rates": [0.095, -0.012, 0.1],
        "years": 3,
        "rate": pytest.approx(expected, rel=1e-15),
    }
    assert expected == pytest.approx(0.0597122)
    vi = cli("calc", "average", "9,5", "-1,2", "10")
    assert vi.exit_code == 0
    assert vi.stdout == (
        "Tốc độ tăng bình quân = ((1 + 9,5%) × (1 - 1,2%) × (1 + 10%))^(1/3) - 1 = 5,97%/năm\n"
    )
    en = cli("calc", "average", "9.5%", "-1.2%", "10%", "--lang", "en")
    assert en.stdout == (
        "Average growth = ((1 + 9.5%) × (1 - 1.2%) × (1 + 10%))^(1/3) - 1 = 5.97%/yr\n"
    )


def test_average_of_one_rate(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "average", "7%", "--lang", "en")
    assert result.stdout == "Average growth = (1 + 7%)^(1/1) - 1 = 7%/yr\n"


def test_average_needs_rates(cli) -> None:  # type: ignore[no-untyped-def]
    assert error_line(cli("calc", "average", env=ENGLISH)) == "Error: Missing argument 'RATES...'."
    assert (
        error_line(cli("calc", "average", "--format", "json", env=ENGLISH))
        == "Error: Missing argument 'RATES...'."
    )


def test_average_bad_rates(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "average", "5", "-120", env=ENGLISH))
    assert line.startswith(
        "Error: Invalid value for 'RATES...': \"-120\": a yearly rate below -100%"
    )
    line = error_line(cli("calc", "average", "5", "abc", env=ENGLISH))
    assert line == "Error: Invalid value for 'RATES...': \"abc\" is not a number"
    line = error_line(cli("calc", "average", "5", "> 3%", env=ENGLISH))
    assert "leave out the bound" in line


# negative numbers are arguments, options work anywhere


@pytest.mark.parametrize(
    "args",
    [
        ("9.5", "-1.2", "10", "--format", "json"),
        ("--format", "json", "9.5", "-1.2", "10"),
        ("9.5", "--format", "json", "-1.2", "10"),
        ("9.5", "-1.2", "10", "--format=json", "--lang=en"),
        ("--lang", "en", "--format", "json", "--", "9.5", "-1.2", "10"),
        ("--format", "json", "--", "9.5", "-1.2", "10"),
        ("--format", "json", "9.5", "\u22121.2", "10"),
        ("--format", "json", "9.5", "-1.2%", "10"),
        ("--format", "json", "9,5", "-1,2", "10", "--decimal", "comma"),
    ],
)
def test_negative_rates_reach_the_command(cli, args) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "average", *args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rates"] == [0.095, -0.012, 0.1]


def test_negative_fraction_without_leading_zero(cli) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(cli("calc", "average", "-.5", "-,5", "--format", "json").stdout)
    assert doc["rates"] == [-0.005, -0.005]


@pytest.mark.parametrize(
    "args",
    [
        ("calc", "cagr", "-5", "10", "--years", "3"),
        ("calc", "cagr", "--years", "3", "-5", "10"),
        ("calc", "cagr", "--years", "3", "--", "-5", "10"),
        ("calc", "cagr", "-5", "--years=3", "10"),
        ("calc", "cagr", "\u22125", "10", "--years", "3"),
    ],
)
def test_negative_start_reaches_the_command(cli, args) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli(*args, env=ENGLISH))
    assert line == (
        "Error: Invalid value for 'START': a growth rate needs a start value above zero (got -5); "
        "growth from zero or from a negative value is undefined"
    )


def test_options_before_the_arguments(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "--format", "json", "--years", "5", "--lang", "en", "45", "68")
    assert json.loads(result.stdout)["rate"] == pytest.approx(TAN_HONG, rel=1e-15)
    result = cli("calc", "project", "--years", "5", "45", "--format", "json", "8,61%")
    assert json.loads(result.stdout)["value_now"] == 45.0


@pytest.mark.parametrize("where", [0, 1, 2, 4])  # (3 would be the value of --years)
def test_help_in_any_position(cli, where) -> None:  # type: ignore[no-untyped-def]
    args = ["-5", "10", "--years", "3"]
    args.insert(where, "--help")
    result = cli("calc", "cagr", *args)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    assert "calc cagr [OPTIONS] START END" in result.stdout.splitlines()[0]
    assert "Examples:" in result.stdout


def test_unknown_options_are_still_refused(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "cagr", "45", "68", "--yeras", "5", env=ENGLISH))
    assert line == "Error: No such option '--yeras'. Did you mean '--years'?"
    line = error_line(cli("calc", "average", "5", "-x", env=ENGLISH))
    assert line == "Error: No such option '-x'."
    line = error_line(cli("calc", "average", "--formt=json", "5", env=ENGLISH))
    assert "No such option '--formt'" in line


def test_after_double_dash_everything_is_a_value(cli) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", "average", "--", "5", "--format", env=ENGLISH))
    assert line.startswith("Error: Invalid value for 'RATES...': \"--format\" is not a number")


# impossible input: exit 2 with the argument named, never a traceback


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (
            ("cagr", "0", "68", "--years", "5"),
            "Error: Invalid value for 'START': a growth rate needs a start value above zero (got 0)",
        ),
        (
            ("cagr", "45", "-1", "--years", "5"),
            "Error: Invalid value for 'END': a growth rate needs an end value of zero or more (got -1)",
        ),
        (("required", "0", "68", "--years", "5"), "Error: Invalid value for 'CURRENT': "),
        (("required", "-45", "68", "--years", "5"), "Error: Invalid value for 'CURRENT': "),
        (("required", "45", "-68", "--years", "5"), "Error: Invalid value for 'TARGET': "),
        (
            ("cagr", "45", "68", "--years", "0"),
            "Error: Invalid value for '--years': the number of years must be above zero",
        ),
        (
            ("cagr", "45", "68", "--years", "-2"),
            "Error: Invalid value for '--years': the number of years must be above zero",
        ),
        (("project", "45", "5%", "--years", "0"), "Error: Invalid value for '--years': "),
        (("cagr", "45", "68", "--years", "5%"), "Error: Invalid value for '--years': "),
        (
            ("cagr", "45", "68", "--years", "năm"),
            "Error: Invalid value for '--years': \"năm\" is not a number",
        ),
        (
            ("cagr", "abc", "68", "--years", "5"),
            "Error: Invalid value for 'START': \"abc\" is not a number",
        ),
        (
            ("cagr", "45", "68 triệu", "--years", "5"),
            "Error: Invalid value for 'END': \"68 triệu\" is not a number",
        ),
        (
            ("cagr", "45", "hơn 68", "--years", "5"),
            "Error: Invalid value for 'END': \"hơn 68\" is a bound",
        ),
        (
            ("cagr", "45", "nan", "--years", "5"),
            "Error: Invalid value for 'END': \"nan\" is not a number",
        ),
        (("project", "abc", "5%", "--years", "2"), "Error: Invalid value for 'VALUE': "),
        (("cagr", "45", "68"), "Error: Missing option '--years'."),
        (("cagr", "45", "--years", "5"), "Error: Missing argument 'END'."),
        (
            ("cagr", "45", "68", "--years", "5", "--format", "xml"),
            "Error: Invalid value for '--format': ",
        ),
        (
            ("cagr", "45", "68", "--years", "5", "--decimal", "dot"),
            "Error: Invalid value for '--decimal': ",
        ),
        (
            ("cagr", "0,000001", "1.000.000.000.000", "--years", "0,0001"),
            "Error: the result is too large",
        ),
    ],
)
def test_impossible_input(cli, args, start) -> None:  # type: ignore[no-untyped-def]
    line = error_line(cli("calc", *args, env=ENGLISH))
    assert line.startswith(start)


def test_end_zero_is_minus_100_percent(cli) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(cli("calc", "cagr", "45", "0", "--years", "5", "--format", "json").stdout)
    assert doc["rate"] == -1.0


def test_json_keeps_full_precision(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "cagr", "3", "7", "--years", "3", "--format", "json")
    rate = json.loads(result.stdout)["rate"]
    assert rate == (7 / 3) ** (1 / 3) - 1  # the very same float
    assert math.isclose(3 * (1 + rate) ** 3, 7, rel_tol=1e-12)


def test_calc_help_lists_the_commands(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("calc", "--help")
    assert result.exit_code == 0
    for command in ("cagr", "required", "project", "average"):
        assert command in result.stdout
        sub = cli("calc", command, "--help")
        assert sub.exit_code == 0 and "Examples:" in sub.stdout
        assert "--decimal [comma|point]" in sub.stdout
    assert "plantrack calc" in cli("--help").stdout
