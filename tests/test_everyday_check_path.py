"""The everyday check (``plantrack check`` of the bundled plans and data, as a table) does only
the work its table needs (issue 20, item 4): what it imports, and what it no longer draws to
find out a width."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from plantrack.plans.model import StrictModel
from plantrack.render import report_table
from plantrack.render.plain_grid import Column, grid_lines, is_plain
from plantrack.render.report_table import _COLUMNS, _overhead, print_table
from plantrack.report.build import CheckReport, run_check
from tests.conftest import ROOT


def _drawn_overhead(columns: int) -> int:
    """The width rich draws around ``columns`` one-character columns, in the check table's
    style (the reference :func:`_overhead` counts instead of drawing)."""
    table = Table(expand=False, pad_edge=False, collapse_padding=True)
    for _ in range(columns):
        table.add_column("x")
    table.add_row(*("x" for _ in range(columns)))
    console = Console(width=1_000, color_system=None, file=io.StringIO())
    with console.capture() as capture:
        console.print(table)
    return cell_len(capture.get().splitlines()[0]) - columns


@pytest.mark.parametrize("columns", range(1, len(_COLUMNS) + 1))
def test_the_counted_borders_and_padding_are_what_rich_draws(columns: int) -> None:
    assert _overhead(columns) == _drawn_overhead(columns)


# --------------------------------------------------------------------------------------------
# The table drawn as text (render/plain_grid.py) is rich's table, character for character


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> CheckReport:
    """The bundled plans and data, copied, checked once."""
    where = tmp_path_factory.mktemp("bundled")
    shutil.copytree(ROOT / "plans", where / "plans")
    shutil.copytree(ROOT / "data", where / "data")
    return run_check([where / "plans"], [where / "data"])


#: Every fourth width from 40 to 200 (tests/test_table_widths.py draws every one).
WIDTHS = range(40, 201, 4)


def _table_text(report: CheckReport, width: int, lang: str) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, no_color=True, color_system=None, highlight=False)
    print_table(report, console, lang)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_table_drawn_as_text_is_rich_s_at_every_width(
    bundled: CheckReport, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = {width: _table_text(bundled, width, lang) for width in WIDTHS}
    monkeypatch.setattr(report_table, "is_plain", lambda console: False)  # rich draws them
    assert drawn == {width: _table_text(bundled, width, lang) for width in WIDTHS}


def _rich_lines(console: Console, columns: list[Column], rows: list[list[str]]) -> list[str]:
    """The table in the check's style, drawn by rich."""
    table = Table(expand=False, pad_edge=False, collapse_padding=True)
    for column in columns:
        table.add_column(
            column.heading,
            width=column.width,
            justify="right" if column.right else "left",
            overflow="fold",
            no_wrap=column.whole,
        )
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    with console.capture() as capture:
        console.print(table)
    return capture.get().splitlines()


_WORDS = st.lists(
    st.sampled_from([*"ab Đđ8,.%\t\n-–²漢🙂\xa0\u3000", "ướ", "năm", "  ", "2025: 3.233,33"]),
    max_size=14,
).map("".join)
_COLUMN = st.builds(Column, _WORDS, st.integers(1, 14), st.booleans(), st.booleans())


@given(
    columns=st.lists(_COLUMN, min_size=1, max_size=len(_COLUMNS)),
    cells=st.lists(st.lists(_WORDS, min_size=len(_COLUMNS), max_size=len(_COLUMNS)), max_size=4),
    ascii_only=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_any_cells_are_drawn_as_rich_draws_them(
    columns: list[Column], cells: list[list[str]], ascii_only: bool
) -> None:
    """Words wider than their column, wide characters, tabs, line breaks, blank cells, headings
    that wrap; and a console that cannot write box characters (ASCII)."""
    rows = [row[: len(columns)] for row in cells]
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii" if ascii_only else "utf-8")
    console = Console(file=stream, width=1_000, color_system=None, legacy_windows=False)
    assert is_plain(console)
    assert grid_lines(console, columns, rows) == _rich_lines(console, columns, rows)


def test_a_rich_without_its_private_line_breaker_still_draws_the_same_table(
    bundled: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    """plain_grid borrows rich's private ``rich._wrap.divide_line``; a rich that moves it must
    not break the everyday check: every line is then wrapped by the public ``Text.wrap``."""
    widths = (40, 72, 120)
    expected = {width: _table_text(bundled, width, "vi") for width in widths}
    monkeypatch.setitem(sys.modules, "rich._wrap", None)  # ``import rich._wrap`` fails
    with pytest.raises(ImportError):
        import rich._wrap  # noqa: F401
    assert {width: _table_text(bundled, width, "vi") for width in widths} == expected


# --------------------------------------------------------------------------------------------
# The plan model


def _models(cls: type[StrictModel]) -> list[type[StrictModel]]:
    return [cls, *(model for sub in cls.__subclasses__() for model in _models(sub))]


def test_no_plan_field_makes_its_default_with_a_builtin() -> None:
    """pydantic reads the signature of a field's default factory when it builds a model; a
    builtin's (``list``) is read by tokenizing its text, a few milliseconds of every check."""
    builtin = {
        f"{model.__name__}.{name}"
        for model in _models(StrictModel)
        for name, field in model.model_fields.items()
        if isinstance(field.default_factory, type)
        or type(field.default_factory).__name__ == "builtin_function_or_method"
    }
    assert builtin == set()


# --------------------------------------------------------------------------------------------
# What the everyday check imports (as tests/test_layers.py guards DuckDB)

#: Modules the table of the bundled data does not need: the other formats' writers, the office
#: and PDF libraries, the engine, drafting plans, what --baseline and --since read, the JSON
#: encoder (only the commands that write JSON import it) and rich's table of emoji codes (read
#: by a console that replaces :codes:, which the check's console does not).
NOT_ON_THE_PATH = (
    "json",
    "rich._emoji_codes",
    "openpyxl",
    "docx",
    "pypdf",
    "matplotlib",
    "duckdb",
    "plantrack.extract",
    "plantrack.render.report_json",
    "plantrack.render.report_csv",
    "plantrack.render.report_markdown",
    "plantrack.render.report_github",
    "plantrack.render.report_xlsx",
    "plantrack.render.report_docx",
    "plantrack.render.report_html",
    "plantrack.render.explain",
    "plantrack.report.baseline",
    "plantrack.report.since",
    "plantrack.plans.schema",
)


#: What ``--help`` and ``--version`` do not need either, though a check does: paths (pathlib and
#: the URL parser it loads) and decimals (the number writer).
NOT_FOR_HELP = ("pathlib", "decimal", "plantrack.numbers.format")


def _imported_after(args: list[str], names: tuple[str, ...] = NOT_ON_THE_PATH) -> list[str]:
    """Which of ``names`` a run of ``plantrack ARGS`` in the repository imports."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from plantrack.cli import main\n"
        f"result = CliRunner().invoke(main, {args!r})\n"
        "assert isinstance(result.exception, (SystemExit, type(None))), result.output\n"
        f"print(' '.join(m for m in {names!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.split()


@pytest.mark.parametrize(
    "args", [["check"], ["check", "--lang", "en"], ["--help"], ["--version"], ["check", "--help"]]
)
def test_the_everyday_check_imports_only_what_its_table_needs(args: list[str]) -> None:
    assert _imported_after(args) == []


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_import_no_paths_or_numbers(args: list[str]) -> None:
    assert _imported_after(args, NOT_FOR_HELP) == []


def test_the_guard_sees_an_import() -> None:
    """The guard itself: a JSON report does import the JSON writer and encoder."""
    assert {"json", "plantrack.render.report_json"} <= set(
        _imported_after(["check", "--format", "json"])
    )
