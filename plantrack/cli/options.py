"""The options more than one command takes, each defined once as a decorator.

A decorator fixes an option's names, type, default, environment variable and check; the
command gives the one sentence of help that says what the option means for it (``--strict`` is
exit 1 for ``validate`` and exit 2 for ``check``). The choice types and checks are module-level
objects, so every command that takes an option takes the very same one
(tests/test_cli_layout.py). ``check``'s ``--format`` choices are the formats of
:data:`plantrack.render.formats.REPORT_FORMATS`.

This module imports click and nothing else heavy: every command's module imports it before
``--help`` is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

#: What a command reads when no plan or data path is given.
DEFAULT_PLANS = "plans"
DEFAULT_DATA = "data"

LANG_CHOICE = click.Choice(["vi", "en"], case_sensitive=False)
DECIMAL_CHOICE = click.Choice(["comma", "point"])
LAYOUT_CHOICE = click.Choice(["long", "wide"])
PATH = click.Path(path_type=str)

#: Encodings that Python lists as text encodings but that do not read a CSV file: ``idna`` and
#: ``punycode`` encode host names, ``undefined`` refuses everything, the escape codecs read
#: Python string literals.
_NOT_FILE_ENCODINGS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}
)


def lower_case(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--lang EN`` is ``en``."""
    return value.lower() if value else value


def text_encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--encoding``: a name Python knows for a text encoding of files, else a usage error."""
    if value is None:
        return None
    import codecs

    from plantrack.cli import language
    from plantrack.texts import in_language, text

    try:
        info = codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(
            in_language(text("cli.encoding-unknown", encoding=value), language.current())
        ) from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise click.BadParameter(
            in_language(text("cli.encoding-not-text", encoding=value), language.current())
        )
    return value


def lang_option(help: str) -> Callable[[F], F]:
    """``--lang vi|en``, default vi, also read from PLANTRACK_LANG."""
    return click.option(
        "--lang",
        type=LANG_CHOICE,
        callback=lower_case,
        default="vi",
        show_default=True,
        envvar="PLANTRACK_LANG",
        help=f"{help} (also PLANTRACK_LANG).",
    )


def format_option(
    choices: list[str], *, default: str | None = None, help: str | None = None
) -> Callable[[F], F]:
    """``--format`` among ``choices`` (passed to the command as ``fmt``); shown with its default
    when it has one (``check`` has none: its default comes from ``-o``'s extension)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=default is not None,
        help=help,
    )


def output_option(help: str) -> Callable[[F], F]:
    """``-o FILE`` / ``--output FILE``, written by :mod:`plantrack.cli.output` (atomically,
    never over an input)."""
    return click.option("-o", "--output", type=PATH, help=help)


#: ``--encoding NAME``: the encoding of CSV input, checked to be one of text files.
encoding_option = click.option(
    "--encoding", callback=text_encoding, help="Encoding of CSV files (default: detect)."
)


def decimal_option(help: str) -> Callable[[F], F]:
    """``--decimal comma|point``, default None (decided per file, or per number)."""
    return click.option("--decimal", type=DECIMAL_CHOICE, default=None, help=help)


def strict_option(help: str) -> Callable[[F], F]:
    """``--strict``: warnings count as errors (the command's help says which exit code)."""
    return click.option("--strict", is_flag=True, help=help)


#: ``--color`` / ``--no-color``, of the group and of ``check``: None lets the console decide.
color_option = click.option(
    "--color/--no-color",
    default=None,
    help="Force colour on or off (default: on for a terminal, off when piped or "
    "when NO_COLOR is set).",
)


def layout_option(help: str, *, default: str | None = None) -> Callable[[F], F]:
    """``--layout long|wide``: a data file's layout (``check``: detected when not given) or a
    sheet's (``template``: wide)."""
    return click.option(
        "--layout",
        type=LAYOUT_CHOICE,
        default=default,
        show_default=default is not None,
        help=help,
    )


#: ``[PATHS]...``: plan files or folders (``validate``, ``plans``); none means ``plans/``.
plan_paths_argument = click.argument("paths", nargs=-1, type=PATH)
