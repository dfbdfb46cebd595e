"""The operating system's reason for a refusal (English in ``OSError.strerror``) is said in the
run's language wherever a plan or data file cannot be read (``plantrack.texts.os_reason``)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from plantrack.cli import main

from .conftest import ROOT


def _run(*args: str, lang: str) -> Any:
    return CliRunner().invoke(
        main, [*args, "--lang", lang], env={"PLANTRACK_LANG": None, "COLUMNS": "200"}
    )


def _refuse_opening(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Opening ``name`` fails as a file without read permission does (tests may run as root)."""
    real_open, real_os_open = Path.open, os.open

    def path_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == name:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == name:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", path_open)
    monkeypatch.setattr(os, "open", os_open)


def test_a_data_file_that_cannot_be_opened_says_why_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "locked.csv"
    data.write_text("indicator,year,value\n", encoding="utf-8")
    _refuse_opening(monkeypatch, "locked.csv")
    plan = str(ROOT / "plans" / "tan-hong-border-2025.yaml")
    vi = _run("check", "--plan", plan, str(data), lang="vi")
    en = _run("check", "--plan", plan, str(data), lang="en")
    assert "file-unreadable" in vi.output and "không có quyền truy cập" in vi.output, vi.output
    assert "Permission denied" not in vi.output
    assert "file-unreadable" in en.output and "Permission denied" in en.output, en.output


def test_a_plan_file_that_cannot_be_opened_says_why_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "locked.yaml"
    plan.write_bytes((ROOT / "plans" / "tan-hong-border-2025.yaml").read_bytes())
    _refuse_opening(monkeypatch, "locked.yaml")
    vi = _run("validate", str(plan), lang="vi")
    en = _run("validate", str(plan), lang="en")
    assert "file-unreadable" in vi.output and "không có quyền truy cập" in vi.output, vi.output
    assert "Permission denied" not in vi.output
    assert "Permission denied" in en.output, en.output
