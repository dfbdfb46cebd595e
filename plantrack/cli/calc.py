"""``plantrack calc``: the assessment's growth formulas for quick questions at the terminal.

Parsing and printing only: the numbers are read by :mod:`plantrack.numbers.parse` and computed by
:mod:`plantrack.assessment.maths`. Impossible input exits with code 2 and a message naming the argument.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import click

from plantrack.cli import language
from plantrack.cli.common import echo_json
from plantrack.cli.options import decimal_option, format_option, lang_option
from plantrack.texts import in_language, text

if TYPE_CHECKING:
    from plantrack.numbers.parse import ParsedNumber


# --- plantrack calc -------------------------------------------------------------------------------


class _CalcCommand(click.Command):
    """A command whose arguments may be negative numbers: ``-1,2`` is a value, not an option.

    Unknown options are let through to the arguments (click's ``ignore_unknown_options``) so
    that ``-1,2`` and ``-5`` arrive as numbers; a real typo such as ``--yeras`` or ``-x`` is
    still refused as an unknown option before anything else is checked.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["context_settings"] = {
            **(kwargs.get("context_settings") or {}),
            "ignore_unknown_options": True,
        }
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = [
            opt
            for param in self.get_params(ctx)
            for opt in (*param.opts, *param.secondary_opts)
            if opt.startswith("-")
        ]
        for arg in args:
            if arg == "--":
                break
            if len(arg) > 1 and arg[0] == "-" and arg[1] not in "0123456789.,":
                name = arg.split("=", 1)[0]
                if name not in known:
                    import difflib

                    raise click.NoSuchOption(
                        name, possibilities=difflib.get_close_matches(name, known), ctx=ctx
                    )
        return super().parse_args(ctx, args)


def _calc_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--format, --lang and --decimal, shared by every calc command."""
    func = decimal_option(
        "How to read a number such as 6.794 that fits both styles: comma = Vietnamese "
        "(6.794 is 6794), point = English (6.794 is 6.794)."
    )(func)
    func = lang_option("Language and number format of the text output")(func)
    return format_option(
        ["text", "json"],
        default="text",
        help="text: the formula with the numbers; json: full precision, rates as fractions.",
    )(func)


_years_option = click.option(
    "--years",
    "years_text",
    required=True,
    metavar="N",
    help="Years between the two values: a whole number or a decimal above zero (5, 2,5).",
)


def _calc_parse(ctx: click.Context, hint: str, given: str, decimal: str | None) -> ParsedNumber:
    """A number argument, or exit 2 with a message naming the argument."""
    from plantrack.numbers.parse import NumberFormatError, parse_number

    try:
        parsed = parse_number(given, _decimal_mark(decimal))
    except NumberFormatError as exc:
        raise _bad(ctx, hint, exc.args[0]) from None
    if parsed.qualifier is not None:
        raise _bad(ctx, hint, text("cli.calc.a-bound", text=given))
    return parsed


def _bad(ctx: click.Context, hint: str, message: object) -> click.BadParameter:
    """A bad argument, its message (a library's or the CLI's Text) in the run's language."""
    return click.BadParameter(in_language(message, language.current()), ctx=ctx, param_hint=hint)


def _calc_number(ctx: click.Context, hint: str, given: str, decimal: str | None) -> float:
    return _calc_parse(ctx, hint, given, decimal).value


def _calc_years(ctx: click.Context, given: str, decimal: str | None) -> float:
    parsed = _calc_parse(ctx, "'--years'", given, decimal)
    if parsed.percent or parsed.value <= 0:
        raise _bad(ctx, "'--years'", text("cli.calc.years-above-zero", text=given))
    return parsed.value


def _calc_rate(
    ctx: click.Context, hint: str, given: str, decimal: str | None, *, require_percent: bool
) -> float:
    from plantrack.numbers.parse import NumberFormatError, parse_rate

    try:
        rate = parse_rate(given, _decimal_mark(decimal), require_percent=require_percent)
    except NumberFormatError as exc:
        raise _bad(ctx, hint, exc.args[0]) from None
    if rate < -1:
        raise _bad(ctx, hint, text("cli.calc.rate-below-all", text=given))
    return rate


def _decimal_mark(decimal: str | None) -> Literal["comma", "point"] | None:
    return "comma" if decimal == "comma" else "point" if decimal == "point" else None


def _finite_result(value: Callable[[], float]) -> float:
    """The result of a formula, or exit 2 when it is too large for a float."""
    import math

    from plantrack.assessment.maths import Overflow

    try:
        result = value()
    except (OverflowError, Overflow):
        result = math.inf
    if not math.isfinite(result):
        raise click.UsageError(text("cli.calc.too-large").render(language.current()))
    return result


def _whole(years: float) -> float | int:
    """Years as JSON: 5 rather than 5.0 when whole."""
    return int(years) if years.is_integer() else years


def _calc_echo(fmt: str, document: dict[str, Any], line: str) -> None:
    if fmt == "json":
        echo_json(document)
    else:
        click.echo(line)


def _growth_line(label: str, start: float, end: float, years: float, rate: float, lang: str) -> str:
    from plantrack.numbers.format import format_number, format_percent

    def num(value: float) -> str:
        return format_number(value, lang)

    return (
        f"{label} = ({num(end)} / {num(start)})^(1/{num(years)}) - 1 = "
        f"{format_percent(rate, lang)}{_per_year(lang)}"
    )


def _per_year(lang: str) -> str:
    """``/năm`` after a yearly rate (``/yr`` in English)."""
    return text("cli.calc.per-year").render(lang)


def _one_plus(rate: float, lang: str) -> str:
    """``1 + 9.5%`` or ``1 - 1.2%``, the rate as given (up to 4 decimals)."""
    from plantrack.numbers.format import format_percent

    sign = "-" if rate < 0 else "+"
    return f"1 {sign} {format_percent(abs(rate), lang, max_decimals=4)}"


def _rate_between(
    ctx: click.Context,
    first: tuple[str, str],
    second: tuple[str, str],
    years_text: str,
    decimal: str | None,
    fmt: str,
    lang: str,
    label: str,
) -> None:
    """The constant yearly growth from the first value to the second (cagr and required)."""
    from plantrack.assessment.maths import MathError, cagr

    (first_name, first_text), (second_name, second_text) = first, second
    first_hint, second_hint = f"'{first_name.upper()}'", f"'{second_name.upper()}'"
    start = _calc_number(ctx, first_hint, first_text, decimal)
    end = _calc_number(ctx, second_hint, second_text, decimal)
    years = _calc_years(ctx, years_text, decimal)
    try:
        rate = _finite_result(lambda: cagr(start, end, years))
    except MathError as exc:
        hint = first_hint if start <= 0 else second_hint if end < 0 else "'--years'"
        raise _bad(ctx, hint, exc.args[0]) from None
    _calc_echo(
        fmt,
        {first_name: start, second_name: end, "years": _whole(years), "rate": rate},
        _growth_line(label, start, end, years, rate, lang),
    )


@click.group()
def calc() -> None:
    """Growth arithmetic: average growth, required growth, projections.

    The same formulas as the assessment (docs/assessment.md). Numbers may be written the
    Vietnamese way (45,5; 1.234,5) or the English way (45.5; 1,234.5); a number that fits
    both, such as 6.794, needs --decimal comma or --decimal point. Negative numbers are plain
    arguments (-1,2). Impossible input (a start of zero, 0 years, text) exits 2.

    \b
    Examples:
      plantrack calc cagr 45 68 --years 5        # average growth 45 -> 68 over 5 years
      plantrack calc required 45 68 --years 5    # growth a year needed to reach 68
      plantrack calc project 45 8,61% --years 5  # 45 grown 8,61 % a year for 5 years
      plantrack calc average 9,5 -1,2 10         # average of yearly growth rates (%)
    """


@calc.command("cagr", cls=_CalcCommand)
@click.argument("start", type=click.UNPROCESSED)
@click.argument("end", type=click.UNPROCESSED)
@_years_option
@_calc_options
@click.pass_context
def calc_cagr(
    ctx: click.Context,
    start: str,
    end: str,
    years_text: str,
    fmt: str,
    lang: str,
    decimal: str | None,
) -> None:
    """Average annual growth from START to END over N years: (END/START)^(1/N) - 1.

    \b
    Examples:
      plantrack calc cagr 45 68 --years 5
      plantrack calc cagr 1.234,5 2.000 --years 2,5 --lang en
      plantrack calc cagr 6.794 9.000 --years 5 --decimal comma --format json
    """
    label = text("cli.calc.cagr").render(lang)
    _rate_between(ctx, ("start", start), ("end", end), years_text, decimal, fmt, lang, label)


@calc.command("required", cls=_CalcCommand)
@click.argument("current", type=click.UNPROCESSED)
@click.argument("target", type=click.UNPROCESSED)
@_years_option
@_calc_options
@click.pass_context
def calc_required(
    ctx: click.Context,
    current: str,
    target: str,
    years_text: str,
    fmt: str,
    lang: str,
    decimal: str | None,
) -> None:
    """Growth a year needed to take CURRENT to TARGET in N years: (TARGET/CURRENT)^(1/N) - 1.

    \b
    Examples:
      plantrack calc required 45 68 --years 5          # income 45 -> 68 million VND by 2025
      plantrack calc required 3.500 6.794 --years 8 --decimal comma --lang en
    """
    label = text("cli.calc.required").render(lang)
    _rate_between(
        ctx, ("current", current), ("target", target), years_text, decimal, fmt, lang, label
    )


@calc.command("project", cls=_CalcCommand)
@click.argument("value", type=click.UNPROCESSED)
@click.argument("rate", type=click.UNPROCESSED)
@_years_option
@_calc_options
@click.pass_context
def calc_project(
    ctx: click.Context,
    value: str,
    rate: str,
    years_text: str,
    fmt: str,
    lang: str,
    decimal: str | None,
) -> None:
    """VALUE grown at RATE a year for N years: VALUE × (1 + RATE)^N.

    RATE is in percent with the % sign (8,61% or 8.61%): a bare 8.61 could mean 8.61 % or 861 %.

    \b
    Examples:
      plantrack calc project 45 8,61% --years 5
      plantrack calc project 6.794 -2.5% --years 3 --decimal comma --lang en
    """
    from plantrack.assessment.maths import MathError, project
    from plantrack.numbers.format import format_number

    value_now = _calc_number(ctx, "'VALUE'", value, decimal)
    rate_value = _calc_rate(ctx, "'RATE'", rate, decimal, require_percent=True)
    years = _calc_years(ctx, years_text, decimal)
    try:
        result = _finite_result(lambda: project(value_now, rate_value, years))
    except MathError as exc:  # pragma: no cover - the inputs are checked above
        raise click.UsageError(in_language(exc.args[0], lang), ctx=ctx) from None
    n = format_number(years, lang)
    if years == 1:
        label = text("cli.calc.value-after-a-year", years=n).render(lang)
    else:
        label = text("cli.calc.value-after-years", years=n).render(lang)
    _calc_echo(
        fmt,
        {"value_now": value_now, "rate": rate_value, "years": _whole(years), "value": result},
        f"{label} = {format_number(value_now, lang)} × ({_one_plus(rate_value, lang)})^{n} = "
        f"{format_number(result, lang)}",
    )


@calc.command("average", cls=_CalcCommand)
@click.argument("rates", nargs=-1, required=True, type=click.UNPROCESSED)
@_calc_options
@click.pass_context
def calc_average(
    ctx: click.Context, rates: tuple[str, ...], fmt: str, lang: str, decimal: str | None
) -> None:
    """Average growth from yearly growth RATES given in percent.

    The geometric mean of the growth indices: ((1 + r1) × ... × (1 + rn))^(1/n) - 1. Each
    rate is in percent, with or without the % sign: 9,5 -1,2 10 means 9.5%, -1.2% and 10%.
    A negative rate is a plain argument (or put the rates after --).

    \b
    Examples:
      plantrack calc average 9,5 -1,2 10
      plantrack calc average 9.5% -1.2% 10% --lang en --format json
      plantrack calc average -- -3 5
    """
    from plantrack.assessment.maths import MathError, average_rate
    from plantrack.numbers.format import format_percent

    fractions = [
        _calc_rate(ctx, "'RATES...'", text, decimal, require_percent=False) for text in rates
    ]
    try:
        rate = _finite_result(lambda: average_rate(fractions))
    except MathError as exc:  # pragma: no cover - the inputs are checked above
        raise click.UsageError(in_language(exc.args[0], lang), ctx=ctx) from None
    factors = " × ".join(f"({_one_plus(r, lang)})" for r in fractions)
    if len(fractions) > 1:
        factors = f"({factors})"
    label = text("cli.calc.average").render(lang)
    _calc_echo(
        fmt,
        {"rates": fractions, "years": len(fractions), "rate": rate},
        f"{label} = {factors}^(1/{len(fractions)}) - 1 = "
        f"{format_percent(rate, lang)}{_per_year(lang)}",
    )
