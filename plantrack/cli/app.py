"""The ``plantrack`` command group, and the registration of its commands.

Each command is in a module of its own (:mod:`~plantrack.cli.validate`, :mod:`~plantrack.cli.plans`,
:mod:`~plantrack.cli.schema`, :mod:`~plantrack.cli.check`, :mod:`~plantrack.cli.template`,
:mod:`~plantrack.cli.calc`, :mod:`~plantrack.cli.init_folder`): it parses its options, calls the
library, picks a renderer and turns the result into an exit code. Heavy imports happen inside the
commands so that ``--help`` and ``--version`` are quick.

Exit codes (docs/codes.md): 0 all good; 1 a plan is invalid (validate) ; 2 usage error or a path
that cannot be read (and, for commands other than validate, an invalid plan; for calc, impossible
input; for any command, an output that cannot be written); 130 Ctrl-C; 141 a pipe closed by its
reader (``| head``), quietly.
"""

from __future__ import annotations

import gc
import warnings

import click

from plantrack import __version__
from plantrack.cli.calc import calc
from plantrack.cli.check import check
from plantrack.cli.common import PlantrackGroup
from plantrack.cli.extract import extract
from plantrack.cli.init_folder import init
from plantrack.cli.options import color_option
from plantrack.cli.plans import plans_command
from plantrack.cli.schema import schema
from plantrack.cli.template import template
from plantrack.cli.validate import validate


@click.group(
    cls=PlantrackGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="plantrack")
@color_option
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


#: Every command of the group, one module each.
COMMANDS = (validate, plans_command, schema, check, template, calc, extract, init)
for _command in COMMANDS:
    main.add_command(_command)
