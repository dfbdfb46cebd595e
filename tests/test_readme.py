"""README's examples run as written, so they cannot go stale."""

from __future__ import annotations

import contextlib
import io
import re
import shlex

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _console_examples() -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ plantrack ...`` line that shows its output."""
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            if not line.startswith("$ plantrack ") or "|" in line:
                continue
            output = []
            for following in lines[i + 1 :]:
                if following.startswith("$ "):
                    break
                output.append(following)
            if output:
                examples.append((line[2:], "\n".join(output)))
    return examples


EXAMPLES = _console_examples()


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_console_example(command: str, expected: str, in_root: object) -> None:
    args = shlex.split(command, comments=True)[1:]
    result = CliRunner().invoke(main, args, env={"PLANTRACK_LANG": None, "COLUMNS": "80"})
    shown = result.output if result.exit_code == 0 else result.stderr
    assert _lines(shown) == _lines(expected)


def _lines(text: str) -> list[str]:
    """The text without trailing spaces (rich pads table titles; editors strip them)."""
    return [line.rstrip() for line in text.strip().splitlines()]


PYTHON = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


@pytest.mark.parametrize("code", PYTHON, ids=[f"block{i}" for i in range(len(PYTHON))])
def test_python_example(code: str, in_root: object) -> None:
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected


def test_readme_has_python_examples() -> None:
    assert len(PYTHON) >= 2
