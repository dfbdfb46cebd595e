"""DuckDB's settings for a run, the same for each connection plantrack opens: the reader's
(:mod:`plantrack.actuals.duckdb_reader`) and the assessment's (:mod:`plantrack.assessment.sql`).

- ``threads``: the CPUs Python sees, at most four;
- ``memory_limit``: ``PLANTRACK_DUCKDB_MEMORY`` (``4GB``, ``500MB``, ``1.5GiB``, ``50%`` of the
  machine's memory) or 1 GB; past it DuckDB spills to a temporary folder. The variable is read
  here and nowhere else, and a value DuckDB would read some other way than it is meant (``1024``,
  ``-1GB`` which DuckDB takes as no limit, ``4GBs``) is refused with
  :class:`MemorySettingError`, never passed on: :func:`memory_limit` can be asked up front (the
  command line does, before anything is read), without importing DuckDB.

It knows nothing of files, plans or results.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from plantrack.texts import text

__all__ = ["MEMORY_LIMIT", "MEMORY_VARIABLE", "MemorySettingError", "config", "memory_limit"]

#: The environment variable that sets DuckDB's memory limit.
MEMORY_VARIABLE = "PLANTRACK_DUCKDB_MEMORY"
#: The memory limit when the variable is not set.
MEMORY_LIMIT = "1GB"
#: A size as DuckDB reads it, and only one that it reads as written: a positive number and a unit.
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KIB|MIB|GIB|TIB|%)\s*", re.IGNORECASE)


class MemorySettingError(ValueError):
    """``PLANTRACK_DUCKDB_MEMORY`` is not a size; ``args[0]`` is the message (a ``Text``)."""


def memory_limit(environ: Mapping[str, str] | None = None) -> str:
    """The memory limit of a connection: the variable's value, checked, or :data:`MEMORY_LIMIT`."""
    value = (os.environ if environ is None else environ).get(MEMORY_VARIABLE)
    if value is None:
        return MEMORY_LIMIT
    size = _SIZE.fullmatch(value)
    if size is None or float(size.group(1)) <= 0:
        raise MemorySettingError(
            text("system.duckdb-memory", variable=MEMORY_VARIABLE, value=value)
        )
    return value.strip()


def config(**more: Any) -> dict[str, Any]:
    """The settings of a new connection, with ``more`` of the caller's own."""
    return {
        "threads": max(1, min(4, os.cpu_count() or 1)),
        "memory_limit": memory_limit(),
        **more,
    }
