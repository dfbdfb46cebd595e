"""``plantrack check`` meets an output it cannot write, a wrong encoding or a bad exchange rate
with exit 2 and a plain message, never a traceback.

Found by a reviewer who had only the README and docs/check.md; each first failed as a strict
xfail, and is now fixed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .check_session import run

# --- tracebacks -----------------------------------------------------------------------------


def test_output_to_an_existing_folder_is_a_usage_error(in_root: Path, tmp_path: Path) -> None:
    result = run("check", "--format", "json", "-o", str(tmp_path))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    assert str(tmp_path) in result.output


def test_output_into_an_unwritable_folder_is_reported(
    in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*args: Any, **kwargs: Any) -> Any:  # what a read-only folder does
        raise PermissionError(13, "Permission denied", str(kwargs.get("dir")))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run("check", "--format", "json", "-o", str(tmp_path / "report.json"))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2


def test_encoding_utf16_on_a_utf8_file_is_a_finding(in_root: Path) -> None:
    result = run("check", "data/cau-ngang-actuals.csv", "--encoding", "utf-16")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    assert "undecodable-text" in result.output


def test_exchange_rate_with_a_year_out_of_range_gets_a_plain_message(in_root: Path) -> None:
    result = run("check", "--exchange-rate", "1800:USD=24000")
    assert result.exit_code == 2
    assert "pydantic" not in result.output
    assert "validation error" not in result.output
