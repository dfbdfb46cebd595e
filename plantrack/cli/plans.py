"""``plantrack plans``: the plans with their indicators and targets, as a table or JSON."""

from __future__ import annotations

import sys

import click

from plantrack.cli.common import EXIT_USAGE, echo_json, missing_plans_folder
from plantrack.cli.options import DEFAULT_PLANS, format_option, lang_option, plan_paths_argument


@click.command("plans")
@plan_paths_argument
@format_option(["table", "json"], default="table")
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

    if not paths and (advice := missing_plans_folder(lang, "plans")):
        raise click.UsageError(advice)
    result = load_plans(list(paths) or [DEFAULT_PLANS])
    for finding in result.findings:
        click.echo(finding_line(finding, lang), err=True)
    if fmt == "json":
        echo_json(plans_document(result.plans))
    else:
        from plantrack.render.console import make_console

        print_plans_table(result.plans, make_console(ctx.obj["color"]), lang)
    if result.errors:
        sys.exit(EXIT_USAGE)
