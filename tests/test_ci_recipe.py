"""README's CI recipe installs this project, at the tag of its version (issue 16 item 15).

`pip install plantrack` installs an unrelated project of that name from the package index; the
examples name a release tag, and a release tag is ``v`` + the version in pyproject.toml."""

from __future__ import annotations

import re
import shlex
import tomllib

import yaml

import plantrack
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BLOCKS = re.findall(r"```(?:sh|yaml|console)\n(.*?)```", README, flags=re.DOTALL)


def _installs() -> list[list[str]]:
    """The arguments of every ``pip install`` in README's code blocks (options left out)."""
    found = []
    for block in BLOCKS:
        for line in block.splitlines():
            if "pip install" not in line:
                continue
            for part in re.split(r"&&|;|\|", line.removeprefix("- run:")):
                words = shlex.split(part, comments=True)
                for i in range(len(words) - 1):
                    if words[i] == "pip" and words[i + 1] == "install":
                        found.append([w for w in words[i + 2 :] if not w.startswith("-")])
    return found


def test_no_install_line_takes_plantrack_from_the_package_index() -> None:
    installs = _installs()
    assert len(installs) >= 3
    for arguments in installs:
        for argument in arguments:
            by_name = re.fullmatch(r"plantrack(\[[^\]]*\])?\s*([<>=!~].*)?", argument)
            assert by_name is None, f"README: pip install {argument} installs another project"


def test_the_ci_install_line_pins_this_repository_at_the_version_tag() -> None:
    pinned = [
        argument
        for arguments in _installs()
        for argument in arguments
        if argument.startswith("plantrack @ git+")
    ]
    assert pinned, "README: no install line from this project's git repository"
    for argument in pinned:
        assert argument.endswith(f"/plantrack@v{VERSION}"), argument


def test_the_pre_commit_example_names_the_version_tag_and_real_hooks() -> None:
    examples = [yaml.safe_load(block) for block in BLOCKS if block.lstrip().startswith("# .pre-")]
    assert len(examples) == 1
    [repo] = examples[0]["repos"]
    assert repo["rev"] == f"v{VERSION}"
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in repo["hooks"]} <= {hook["id"] for hook in hooks}


def test_the_package_reports_the_version_of_pyproject() -> None:
    assert plantrack.__version__ == VERSION


def test_the_ci_installs_chromium_for_the_browser_tests_before_the_quick_start() -> None:
    """tests/test_report_html_browser.py fails without Chromium: .ci/run installs it when it is
    missing (and stops with a message when it cannot), before it runs the tests."""
    recipe = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    check = recipe.index("command -v chromium")
    install = recipe.index("apt-get install -y -qq chromium")
    assert check < install < recipe.index("quick-start:begin")
    assert "PLANTRACK_SKIP_BROWSER" not in recipe.replace("PLANTRACK_SKIP_BROWSER=1 skips", "")
