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
    result = CliRunner().invoke(main, args, env={"PLANTRACK_LANG": None})
    shown = result.output if result.exit_code == 0 else result.stderr
    assert shown.strip() == expected.strip()


def test_python_example(in_root: object) -> None:
    section = README[README.index("## How targets are assessed") :]
    code = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert code is not None
    expected = [line[2:] for line in code.group(1).splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.group(1), "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected
