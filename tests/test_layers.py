"""The layout is the architecture (docs/architecture.md): a stage imports only the stages before
it and the shared modules, and a shared module imports no stage."""

from __future__ import annotations

import ast

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "plantrack"
STAGES = ["plans", "actuals", "assessment", "report", "render", "extract", "cli"]
SHARED = ["findings", "texts", "numbers", "units", "observations", "safe_text", "text_encoding"]
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
