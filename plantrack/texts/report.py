"""The words of report: each key with its English and Vietnamese template (see plantrack.texts)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {}
