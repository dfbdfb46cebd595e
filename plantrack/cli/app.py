"""The ``plantrack`` command: a thin layer over the library.

Each command parses its options, calls the library, picks a renderer and turns the result into an
exit code. Heavy imports happen inside the commands so that ``--help`` and ``--version`` are quick.

Exit codes (docs/codes.md): 0 all good; 1 a plan is invalid (validate) ; 2 usage error or a path
that cannot be read (and, for commands other than validate, an invalid plan; for calc, impossible
input; for any command, an output that cannot be written); 130 Ctrl-C; 141 a pipe closed by its
reader (``| head``), quietly.
"""

from __future__ import annotations

import gc
import sys
import warnings

import click

from plantrack import __version__
from plantrack.cli.common import PlantrackGroup, echo_json, lang_option

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
DEFAULT_PLANS = "plans"


@click.group(
    cls=PlantrackGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="plantrack")
@click.option(
    "--color/--no-color",
    default=None,
    help="Force colour on or off (default: on for a terminal, off when piped or "
    "when NO_COLOR is set).",
)
@click.pass_context
def main(ctx: click.Context, color: bool | None) -> None:
    """Theo dõi chỉ tiêu kế hoạch phát triển / Check development-plan targets against actuals.

    Plans are YAML files under plans/; reported figures are CSV or Excel files under data/.

    \b
    Examples:
      plantrack check                     # every plan in ./plans against ./data
      plantrack check --lang en --explain income_per_capita
      plantrack validate                  # check every plan under ./plans
      plantrack plans --format json       # list plans, indicators and targets
      plantrack schema > schema/plan.schema.json
      plantrack calc required 45 68 --years 5   # growth a year needed to go from 45 to 68
    """
    ctx.obj = {"color": color}
    # One run reads a batch and keeps what it reads to the end, so the cyclic garbage collector
    # would walk an ever larger heap for little garbage (it doubled the time of validating
    # 1,000 plans). Collect less often, as mypy does; the library keeps Python's defaults.
    gc.set_threshold(200_000, 30, 30)
    # openpyxl (for the rare workbook the standard-library reader leaves to it) warns about
    # things plantrack reports itself, with the file and cell; its warnings are not for users.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="text for people, json for scripts, github for workflow annotations.",
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def validate(paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Kiểm tra tệp kế hoạch / Check plan files; every problem as FILE:LINE:COL: CODE message.

    PATHS are plan files or folders (searched for *.yaml and *.yml); default: plans/.
    Exit 0 when every plan is valid, 1 when a plan is invalid, 2 when a path cannot be read.

    \b
    Examples:
      plantrack validate
      plantrack validate plans/cau-ngang-2030.yaml --format json
      plantrack validate --format github      # in a GitHub Actions step
    """
    from plantrack.plans.load import validate_plans
    from plantrack.render.findings import (
        finding_line,
        github_annotations,
        summary_counts,
        validation_document,
    )

    result = validate_plans(list(paths) or [DEFAULT_PLANS])
    valid = result.valid
    if fmt == "json":
        echo_json(validation_document(result.files, valid, result.findings))
    elif fmt == "github":
        for line in github_annotations(result.findings):
            click.echo(line)
    else:
        for finding in result.findings:
            click.echo(finding_line(finding))
        errors, warnings = summary_counts(result.findings)
        files = len(result.files)
        verdict = "all valid" if errors == 0 else f"{files - len(valid)} invalid"
        click.echo(
            f"{files} plan file{'s' if files != 1 else ''} checked, {verdict}: "
            f"{errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}.",
            err=True,
        )
    if result.usage_error:
        sys.exit(EXIT_USAGE)
    if result.errors or (strict and result.warnings):
        sys.exit(EXIT_INVALID)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a plan file.

    The committed copy is schema/plan.schema.json; plan files point editors at it with a first
    line '# yaml-language-server: $schema=../schema/plan.schema.json'.

    \b
    Example:
      plantrack schema > schema/plan.schema.json
    """
    from plantrack.plans.schema import plan_schema_text

    click.echo(plan_schema_text(), nl=False)


@main.command("plans")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@lang_option("Language of names and headings")
@click.pass_context
def plans_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, lang: str) -> None:
    """Danh sách chỉ tiêu / List plans with their indicators and targets.

    PATHS are plan files or folders; default: plans/. Invalid plans are reported on stderr
    (exit 2) and left out of the listing.

    \b
    Examples:
      plantrack plans
      plantrack plans --lang en plans/tan-hong-border-2025.yaml
      plantrack plans --format json > plans.json
    """
    from plantrack.plans.load import load_plans
    from plantrack.render.findings import finding_line
    from plantrack.render.plan_list import plans_document, print_plans_table

    result = load_plans(list(paths) or [DEFAULT_PLANS])
    for finding in result.findings:
        click.echo(finding_line(finding), err=True)
    if fmt == "json":
        echo_json(plans_document(result.plans))
    else:
        from plantrack.render.console import make_console

        print_plans_table(result.plans, make_console(ctx.obj["color"]), lang)
    if result.errors:
        sys.exit(EXIT_USAGE)


from plantrack.cli.calc import calc  # noqa: E402 - registered after main exists

main.add_command(calc)

from plantrack.cli.check import check, template  # noqa: E402

main.add_command(check)
main.add_command(template)

from plantrack.cli.init_folder import init  # noqa: E402

main.add_command(init)
