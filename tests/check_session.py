"""``plantrack check`` run in-process as a user runs it, in the default language (Vietnamese):
the helpers of the test_check_* files that read its table, its JSON results or its messages."""

from __future__ import annotations

import json
import re
from typing import Any

from click.testing import CliRunner, Result

from plantrack.cli import main

COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m")  # a foreground colour, not only bold


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    runner = CliRunner()
    return runner.invoke(main, list(args), env={"PLANTRACK_LANG": None, **(env or {})})


def results(*args: str) -> list[dict[str, Any]]:
    result = run("check", "--format", "json", *args)
    document: dict[str, Any] = json.loads(result.stdout)
    return list(document["results"])
