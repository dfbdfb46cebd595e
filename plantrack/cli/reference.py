"""docs/cli.md, the command-line reference, written from the commands' own ``--help``
(``python scripts/generate_docs.py`` writes it; a test fails when the file differs, so the
reference cannot drift from the commands)."""

from __future__ import annotations

import click

from plantrack.cli.app import main as plantrack

WIDTH = 100

HEADER = """\
# Command-line reference

<!-- Generated from the commands' --help by `python scripts/generate_docs.py`: edit the
commands' docstrings and options, not this file (a test fails when the two differ). -->

Every command of `plantrack`, as its `--help` prints it. Exit codes and finding codes are in
[codes.md](codes.md); `check` in depth is in [check.md](check.md). Messages follow `--lang`
(`vi`, the default, or `en`; also the `PLANTRACK_LANG` environment variable); the help itself
is bilingual and the same in both.
"""


def _commands(group: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    found = [(path, group)]
    if isinstance(group, click.Group):
        for name in sorted(group.commands):
            found += _commands(group.commands[name], [*path, name])
    return found


def _help(path: list[str], command: click.Command) -> str:
    """``--help`` of ``command``, with the usage line a user sees (``plantrack calc cagr``)."""
    ctx: click.Context | None = None
    current: click.Command = plantrack
    for depth, name in enumerate(path):
        if depth:
            assert isinstance(current, click.Group)
            current = current.commands[name]
        settings = {**current.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
        ctx = click.Context(current, info_name=name, parent=ctx, **settings)
    assert ctx is not None and ctx.command is command
    return command.get_help(ctx)


def reference() -> str:
    """The whole of docs/cli.md."""
    parts = [HEADER.rstrip("\n")]
    for path, command in _commands(plantrack, ["plantrack"]):
        title = " ".join(path)
        parts.append(f"## `{title}`\n\n```text\n{_help(path, command).rstrip()}\n```")
    return "\n\n".join(parts) + "\n"
