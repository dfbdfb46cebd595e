"""The dead-code check's whitelist names only what plantrack/ still defines.

scripts/deadcode.sh runs vulture over plantrack/ with scripts/deadcode_whitelist.py, the names
used in ways vulture cannot see. A whitelisted name the code has dropped would hide the next
unused thing of that name, so every name there must still be defined in the package.
"""

from __future__ import annotations

import ast
import re

from .conftest import ROOT

WHITELIST = ROOT / "scripts" / "deadcode_whitelist.py"


def whitelisted() -> list[str]:
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    names = []
    for statement in tree.body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Name):
            names.append(statement.value.id)
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Attribute):
            names.append(statement.value.attr)
    return names


def test_every_whitelisted_name_is_defined_in_plantrack() -> None:
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "plantrack").rglob("*.py"))
    )
    names = whitelisted()
    assert len(names) > 30  # the docstring is not all that was read
    # a def or class, a variable or field, an attribute set, or a parameter
    defined = re.compile(
        r"(?:def|class)\s+(\w+)|^\s*(\w+)\s*[:=]|\.(\w+)\s*=|[(,]\s*(\w+)\s*:", re.MULTILINE
    )
    found = {name for match in defined.finditer(source) for name in match.groups() if name}
    assert [name for name in names if name not in found] == []


def test_the_script_reads_the_whitelist_and_checks_arguments() -> None:
    script = (ROOT / "scripts" / "deadcode.sh").read_text(encoding="utf-8")
    (command,) = [line for line in script.splitlines() if line.startswith("python -m vulture ")]
    assert command.split()[3:4] == ["plantrack"] and "scripts/deadcode_whitelist.py" in command
    assert "--select ARG plantrack" in script
