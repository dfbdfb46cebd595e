"""``plantrack template``: an empty data-entry sheet for a plan, as CSV or Excel."""

from __future__ import annotations

from typing import Literal

import click

from plantrack.cli import language
from plantrack.cli.options import PATH, lang_option, layout_option, output_option
from plantrack.texts import text


@click.command()
@click.argument("plan_path", type=PATH)
@layout_option(
    "wide: one row per indicator and area, a column per year; long: a row per year.",
    default="wide",
)
@click.option("--years", help="FIRST-LAST, e.g. 2021-2025 (default: base year to plan end).")
@click.option(
    "--as-of",
    type=click.IntRange(1900, 2200),
    help="The year whose figures are estimates: its column is headed 'Ước TH YEAR' (rows of "
    "kind ƯTH in the long layout). Default: this year for .xlsx, none for CSV.",
)
@output_option(
    "Write to FILE: .csv (UTF-8 with BOM, for Excel) or .xlsx, as its extension says; "
    "default: CSV on stdout."
)
@lang_option("Language of the messages")
@click.pass_context
def template(
    ctx: click.Context,
    plan_path: str,
    layout: str,
    years: str | None,
    as_of: int | None,
    output: str | None,
    lang: str,
) -> None:
    """Biểu mẫu nhập số liệu cho kế hoạch / An empty data-entry sheet for PLAN_PATH.

    The sheet holds the plan id, each indicator's id, Vietnamese name and unit, the areas its
    targets are set for, and an empty cell per year; `plantrack check` reads it back as it is.
    An .xlsx sheet also has this year's column headed 'Ước TH YEAR' (estimates), drop-down
    lists on qualitative rows and a sheet of instructions in Vietnamese and English.

    \b
    Examples:
      plantrack template plans/tan-hong-border-2025.yaml -o tan-hong-2025.xlsx
      plantrack template plans/cau-ngang-2030.yaml --layout long --years 2021-2025 -o cn.csv
    """
    import re

    from plantrack.actuals.template import default_years, template_csv, template_xlsx
    from plantrack.cli.output import guard_output, write_atomically
    from plantrack.plans.load import read_plan
    from plantrack.render.findings import finding_line

    sheet_format = _template_format(output)
    if output is not None:
        guard_output(output, [plan_path])  # before the plan is read, as check does
    loaded, findings = read_plan(plan_path)
    for finding in findings:
        click.echo(finding_line(finding, lang), err=True)
    if loaded is None:
        ctx.exit(2)
    plan = loaded.plan
    span = default_years(plan)
    if years:
        match = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", years)
        if match is None or int(match.group(1)) > int(match.group(2)):
            raise click.BadParameter(text("cli.template-years").render(lang), param_hint="--years")
        span = (int(match.group(1)), int(match.group(2)))
    chosen: Literal["long", "wide"] = "long" if layout == "long" else "wide"
    if output is not None and sheet_format == "xlsx":
        if as_of is None:
            import datetime

            as_of = datetime.date.today().year
        content = template_xlsx(plan, chosen, span, as_of, lang)
        write_atomically(content, output, [plan_path])
    elif output is not None:
        sheet = template_csv(plan, chosen, span, as_of)
        write_atomically(sheet.encode("utf-8-sig"), output, [plan_path])
    else:
        click.echo(template_csv(plan, chosen, span, as_of), nl=False)


#: The formats of a data-entry sheet by the extension of ``-o``.
TEMPLATE_FORMATS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def _template_format(output: str | None) -> str:
    """``csv`` or ``xlsx`` as ``-o``'s extension says; another extension is a usage error
    (``-o sheet.json`` would otherwise hold CSV)."""
    if output is None:
        return "csv"
    from pathlib import Path

    suffix = Path(output).suffix.casefold()
    if suffix not in TEMPLATE_FORMATS:
        message = text("cli.template-extension", output=output)
        raise click.UsageError(message.render(language.current()))
    return TEMPLATE_FORMATS[suffix]
