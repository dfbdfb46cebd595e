"""Which data files a check reads: the files named, and the data files inside the folders named."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from plantrack.actuals.table import DATA_SUFFIXES
from plantrack.findings import Finding
from plantrack.findings.registry import make
from plantrack.texts import os_reason, text


def discover_data(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[str], list[Finding]]:
    """Data files named or inside the folders named (not recursive), sorted per folder.

    Only regular files are read: a FIFO without a writer would wait for ever and a device never
    ends, so a path that is neither a regular file nor a folder is a finding (``-`` is standard
    input); so is an empty path, which would otherwise name the current folder."""
    import stat

    files: list[str] = []
    findings: list[Finding] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        key = name if name == "-" else os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            files.append(name)

    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            add(name)
            continue
        if not name:
            findings.append(
                make(
                    "path-not-found",
                    text("data.path-not-found.empty"),
                    name,
                )
            )
            continue
        path = Path(name)
        try:
            mode: int | None = path.stat().st_mode
        except FileNotFoundError:
            mode = None
        except OSError as error:  # a name too long, a loop of links, no permission
            reason = os_reason(error)
            findings.append(
                make("file-unreadable", text("data.file-unreadable.path", reason=reason), name)
            )
            continue
        if mode is not None and stat.S_ISDIR(mode):
            found = sorted(
                str(child)
                for child in path.iterdir()
                if child.is_file()
                and child.suffix.casefold() in DATA_SUFFIXES
                and not child.name.startswith(("~$", "."))
            )
            if not found:
                findings.append(
                    make(
                        "no-data-files",
                        text("data.no-data-files", suffixes=", ".join(DATA_SUFFIXES)),
                        name,
                    )
                )
            for child in found:
                add(child)
        elif mode is not None and not stat.S_ISREG(mode):
            findings.append(
                make(
                    "file-unreadable",
                    text("data.file-unreadable.not-regular"),
                    name,
                )
            )
        elif mode is not None:
            add(name)
        else:
            findings.append(make("path-not-found", text("data.path-not-found"), name))
    return files, findings
