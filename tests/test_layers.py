"""The layout is the architecture (docs/architecture.md): a stage imports only the stages before
it and the shared modules, and a shared module imports no stage."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from plantrack.actuals.duckdb_reader import ENGINE_MIN_BYTES

from .conftest import ROOT

PACKAGE = ROOT / "plantrack"
STAGES = ["plans", "actuals", "assessment", "report", "render", "extract", "cli"]
SHARED = [
    "findings", "texts", "numbers", "units", "observations", "safe_text", "text_encoding",
    "duckdb_settings",
]  # fmt: skip
#: What each stage may import besides the shared modules. The assessment reads no file: it
#: takes observations, not readers; the renderers show a report, they do not make one. Drafting
#: a plan from its text knows the plan format, not the data readers (the encoding rule they
#: share is a shared module) nor checking.
ALLOWED = {
    "plans": set(),
    "actuals": {"plans"},
    "assessment": {"plans"},
    "report": {"plans", "actuals", "assessment"},
    "render": {"plans", "actuals", "assessment", "report"},
    "extract": {"plans"},
    "cli": {"plans", "actuals", "assessment", "report", "render", "extract"},
}


def _part(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "plantrack" and len(parts) > 1 else None


def _imports(path: object) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            part = _part(node.module)
            if part is not None:
                found.add(part)
            elif node.module == "plantrack":
                found.update(a.name for a in node.names if not a.name.startswith("__"))
        elif isinstance(node, ast.Import):
            found.update(p for alias in node.names if (p := _part(alias.name)) is not None)
    return found


def _modules(part: str) -> list[object]:
    folder = PACKAGE / part
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{part}.py"]


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_earlier_stages_and_shared_modules(stage: str) -> None:
    allowed = ALLOWED[stage] | set(SHARED) | {stage}
    wrong = {
        str(path.relative_to(ROOT)): sorted(_imports(path) - allowed)  # type: ignore[attr-defined]
        for path in _modules(stage)
        if _imports(path) - allowed
    }
    assert wrong == {}


@pytest.mark.parametrize("shared", SHARED)
def test_a_shared_module_imports_no_stage(shared: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & set(STAGES))  # type: ignore[attr-defined]
        for path in _modules(shared)
        if _imports(path) & set(STAGES)
    }
    assert wrong == {}


def test_every_module_belongs_to_a_stage_or_is_shared() -> None:
    top = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"}
    assert top - {"__init__", "__main__"} == set(STAGES) | set(SHARED)


def _duckdb_imported_after(args: list[str], cwd: object = ROOT) -> bool:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from plantrack.cli import main\n"
        f"result = CliRunner().invoke(main, {args!r})\n"
        "assert isinstance(result.exception, (SystemExit, type(None))), result.output\n"
        "print('duckdb' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().endswith("True")


def test_the_everyday_check_never_imports_duckdb(tmp_path: Path) -> None:
    """DuckDB is imported only when a file is offered to it: not by ``plantrack check`` of the bundled data in any text format, nor by
    ``--help``; a long file of 256 KiB or more does (``--engine auto``), a smaller one does not."""
    assert _duckdb_imported_after(["check"]) is False
    assert _duckdb_imported_after(["check", "--format", "json"]) is False
    assert _duckdb_imported_after(["check", "--help"]) is False
    # the bundled CSV has unit and kind columns: offered to DuckDB, but not one it reads
    assert _duckdb_imported_after(["check", "--engine", "duckdb"]) is False
    assert ENGINE_MIN_BYTES == 256 * 1024
    rows = "".join(f"income_per_capita,cau-ngang,{1900 + n % 300},{n}\n" for n in range(7000))
    big = tmp_path / "cau-ngang-big.csv"
    big.write_text("indicator,area,year,value\n" + rows, encoding="utf-8")
    assert big.stat().st_size >= ENGINE_MIN_BYTES
    assert _duckdb_imported_after(["check", str(big), "--plan", str(ROOT / "plans")]) is True
    small = tmp_path / "cau-ngang-small.csv"
    small.write_text("indicator,area,year,value\n" + rows[: ENGINE_MIN_BYTES // 2], "utf-8")
    assert _duckdb_imported_after(["check", str(small), "--plan", str(ROOT / "plans")]) is False
