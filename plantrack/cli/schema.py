"""``plantrack schema``: the JSON Schema of a plan file, for editors and CI."""

from __future__ import annotations

import click


@click.command()
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
