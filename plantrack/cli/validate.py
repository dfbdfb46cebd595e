"""``plantrack validate``: every problem of the plan files, as text, JSON or GitHub annotations."""

from __future__ import annotations

import sys

import click

from plantrack.cli.common import EXIT_USAGE, echo_json, missing_plans_folder
from plantrack.cli.options import (
    DEFAULT_PLANS,
    format_option,
    lang_option,
    plan_paths_argument,
    strict_option,
)

#: ``validate`` exits 1 when a plan is invalid (2 is a path that cannot be read).
EXIT_INVALID = 1


@click.command()
@plan_paths_argument
@format_option(
    ["text", "json", "github"],
    default="text",
    help="text for people, json for scripts, github for workflow annotations.",
)
@strict_option("Treat warnings as errors (exit 1).")
@lang_option("Language of the messages")
def validate(paths: tuple[str, ...], fmt: str, strict: bool, lang: str) -> None:
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
        validation_summary,
    )

    if not paths and (advice := missing_plans_folder(lang, "validate")):
        raise click.UsageError(advice)
    result = validate_plans(list(paths) or [DEFAULT_PLANS])
    valid = result.valid
    if fmt == "json":
        echo_json(validation_document(result.files, valid, result.findings))
    elif fmt == "github":
        for line in github_annotations(result.findings, lang=lang):
            click.echo(line)
    else:
        for finding in result.findings:
            click.echo(finding_line(finding, lang))
        errors, warnings = summary_counts(result.findings)
        click.echo(
            validation_summary(len(result.files), len(valid), errors, warnings, lang), err=True
        )
    if result.usage_error:
        sys.exit(EXIT_USAGE)
    if result.errors or (strict and result.warnings):
        sys.exit(EXIT_INVALID)
