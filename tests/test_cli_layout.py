"""The shape of ``plantrack.cli``: a module a command, the shared options defined once, and one
table of report formats behind ``check --format`` and ``-o``'s extension."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import plantrack.cli
from plantrack.cli import main, options, output
from plantrack.render import formats
from plantrack.render.formats import FORMAT_BY_SUFFIX, REPORT_FORMATS

#: Each command's module (``init``'s is named for what it does: it sets up a folder).
COMMAND_MODULES = {
    "validate": "validate",
    "plans": "plans",
    "schema": "schema",
    "check": "check",
    "template": "template",
    "calc": "calc",
    "extract": "extract",
    "init": "init_folder",
}
#: The modules of the package that hold no command.
SUPPORT_MODULES = {"app", "common", "options", "output", "language", "click_words", "reference"}


def _commands(
    command: click.Command, path: str = "plantrack"
) -> Iterator[tuple[str, click.Command]]:
    """Every command and subcommand, with the words that run it."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, f"{path} {name}")


def _options(name: str) -> list[tuple[str, click.Option]]:
    """Every option called ``name``, with the command it belongs to."""
    return [
        (path, param)
        for path, command in _commands(main)
        for param in command.params
        if isinstance(param, click.Option) and name in param.opts
    ]


def test_every_command_is_in_a_module_of_its_own_that_registers_it() -> None:
    assert set(main.commands) == set(COMMAND_MODULES)
    for name, module_name in COMMAND_MODULES.items():
        module = importlib.import_module(f"plantrack.cli.{module_name}")
        defined = [value for value in vars(module).values() if isinstance(value, click.Command)]
        nested = {
            id(sub)
            for value in defined
            if isinstance(value, click.Group)
            for sub in value.commands.values()
        }
        top = [value for value in defined if id(value) not in nested]
        assert top == [main.commands[name]], module_name  # one command, the one registered
        assert main.commands[name].callback.__module__ == module.__name__  # type: ignore[union-attr]
    found = {info.name for info in pkgutil.iter_modules(plantrack.cli.__path__)}
    assert found == set(COMMAND_MODULES.values()) | SUPPORT_MODULES


def test_the_group_module_holds_no_command_of_its_own() -> None:
    from plantrack.cli import app

    callbacks = {command.callback.__module__ for command in main.commands.values()}  # type: ignore[union-attr]
    assert app.__name__ not in callbacks
    assert [command.name for command in app.COMMANDS] == [
        main.commands[name].name for name in COMMAND_MODULES
    ]


@pytest.mark.parametrize(
    ("name", "type_", "callback"),
    [
        ("--lang", options.LANG_CHOICE, options.lower_case),
        ("--decimal", options.DECIMAL_CHOICE, None),
        ("--layout", options.LAYOUT_CHOICE, None),
        ("--output", options.PATH, None),
        ("--encoding", None, options.text_encoding),
    ],
)
def test_a_shared_option_is_the_same_option_in_every_command(
    name: str, type_: click.ParamType | None, callback: object
) -> None:
    found = _options(name)
    assert found, name
    first = found[0][1]
    for path, param in found:
        if type_ is not None:
            assert param.type is type_, path
        if callback is not None:
            assert param.callback is callback, path
        assert (param.opts, param.envvar, param.is_flag) == (
            first.opts,
            first.envvar,
            first.is_flag,
        )


def test_options_several_commands_take_come_from_cli_options() -> None:
    """Where more than one command has the option, it is made by one decorator."""
    langs = _options("--lang")
    assert {path for path, _ in langs} == {
        "plantrack check",
        "plantrack plans",
        "plantrack validate",
        "plantrack template",
        "plantrack init",
        "plantrack extract",
        "plantrack calc cagr",
        "plantrack calc required",
        "plantrack calc project",
        "plantrack calc average",
    }
    assert all(p.envvar == "PLANTRACK_LANG" and p.default == "vi" for _, p in langs)
    assert {path for path, _ in _options("--decimal")} >= {"plantrack check", "plantrack calc cagr"}
    assert {path for path, _ in _options("--output")} == {
        "plantrack check",
        "plantrack template",
        "plantrack extract",
    }
    assert all(p.opts == ["-o", "--output"] for _, p in _options("--output"))
    strict = _options("--strict")
    assert {path for path, _ in strict} == {"plantrack validate", "plantrack check"}
    assert all(p.is_flag for _, p in strict)
    colours = _options("--color")
    assert {path for path, _ in colours} == {"plantrack", "plantrack check"}
    assert len({(p.help, tuple(p.secondary_opts), p.default) for _, p in colours}) == 1
    formats_ = _options("--format")
    assert {p.name for _, p in formats_} == {"fmt"}
    assert {path for path, _ in formats_} >= {
        "plantrack validate",
        "plantrack plans",
        "plantrack check",
    }


def test_check_offers_every_format_of_the_table_and_no_other() -> None:
    [(_, fmt)] = [(path, p) for path, p in _options("--format") if path == "plantrack check"]
    assert isinstance(fmt.type, click.Choice)
    assert (
        list(fmt.type.choices)
        == list(REPORT_FORMATS)
        == [
            "table",
            "json",
            "csv",
            "markdown",
            "github",
            "xlsx",
            "docx",
            "html",
        ]
    )
    for name, entry in REPORT_FORMATS.items():
        assert entry.name == name
        assert callable(entry.write)


def test_every_extension_of_the_table_chooses_its_format() -> None:
    assert output.FORMAT_BY_SUFFIX is FORMAT_BY_SUFFIX  # -o reads the one table
    assert FORMAT_BY_SUFFIX == {
        ".txt": "table",
        ".json": "json",
        ".csv": "csv",
        ".md": "markdown",
        ".markdown": "markdown",
        ".xlsx": "xlsx",
        ".docx": "docx",
        ".html": "html",
        ".htm": "html",
    }
    for name, entry in REPORT_FORMATS.items():
        for suffix in entry.suffixes:
            assert output.format_for_output(f"report{suffix.upper()}", None, "table") == name
            assert output.format_for_output(f"report{suffix}", name, "table") == name
    assert output.format_for_output("report.xml", None, "table") == "table"


@pytest.mark.parametrize("suffix", sorted(FORMAT_BY_SUFFIX))
def test_o_with_an_extension_writes_what_that_format_prints(
    suffix: str, in_root: Path, tmp_path: Path
) -> None:
    """``-o report.EXT`` holds what ``--format NAME`` prints, for every extension in the
    table (the table on a terminal is as wide as the terminal; in a file, 160 columns)."""
    name = FORMAT_BY_SUFFIX[suffix]
    target = tmp_path / f"report{suffix}"
    runner = CliRunner()
    env = {"PLANTRACK_LANG": "en", "COLUMNS": "160", "NO_COLOR": "1"}
    written = runner.invoke(main, ["check", "-o", str(target)], env=env, catch_exceptions=False)
    printed = runner.invoke(main, ["check", "--format", name], env=env, catch_exceptions=False)
    assert written.exit_code == printed.exit_code == 0
    assert written.stdout == ""
    assert target.read_bytes() == printed.stdout_bytes


def test_every_writer_renders_the_bundled_report(in_root: Path) -> None:
    """Each row's writer, called as ``check`` calls it: text, or bytes through a stream (a
    binary format's a zip of XML parts: the text of its parts)."""
    import io
    import zipfile

    from plantrack.report.build import run_check

    for name, entry in REPORT_FORMATS.items():
        report = run_check(["plans"], ["data"], lazy=entry.streamed)
        rendered = entry.write(report, formats.RenderOptions("en", to_file=True))
        if callable(rendered):
            stream = io.BytesIO()
            rendered(stream)
            if entry.binary:
                with zipfile.ZipFile(stream) as parts:
                    xml = [n for n in parts.namelist() if n.endswith(".xml")]
                    text = "".join(parts.read(n).decode("utf-8") for n in xml)
            else:
                text = stream.getvalue().decode("utf-8")
        else:
            assert isinstance(rendered, str), name
            text = rendered
        assert "cau-ngang" in text, name  # the bundled plan, in every format


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for path, _ in _commands(main):
        result = runner.invoke(main, [*path.split()[1:], "--help"], catch_exceptions=False)
        assert result.exit_code == 0, path
        assert "Example" in result.stdout, path


def test_importing_the_cli_loads_no_stage_of_the_library() -> None:
    """``plantrack --help`` needs the command modules and the table of formats, nothing that
    reads, assesses or renders: those load inside the commands."""
    code = "import sys, plantrack.cli; print(sorted(m for m in sys.modules if m.startswith('plantrack')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(eval(out.stdout))
    allowed = {"plantrack", "plantrack.cli", "plantrack.render", "plantrack.render.formats"}
    # the text catalogue's mechanism, told how the command line names options (its entries
    # load when a message is first made)
    allowed |= {"plantrack.texts", "plantrack.numbers", "plantrack.numbers.format"}
    allowed |= {f"plantrack.cli.{name}" for name in {*COMMAND_MODULES.values(), *SUPPORT_MODULES}}
    assert loaded <= allowed, sorted(loaded - allowed)
    assert "plantrack.cli.output" not in loaded  # -o is read only when a command writes
