"""Which data files a check reads: the files named, and the data files inside the folders named."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from plantrack.actuals.table import DATA_SUFFIXES
from plantrack.findings import Finding


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
                Finding(
                    "path-not-found",
                    "an empty path names no file or folder (is a shell variable empty?)",
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
            reason = error.strerror or type(error).__name__
            findings.append(Finding("file-unreadable", f"cannot read the path: {reason}", name))
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
                    Finding(
                        "no-data-files",
                        f"the folder holds no data files ({', '.join(DATA_SUFFIXES)})",
                        name,
                    )
                )
            for child in found:
                add(child)
        elif mode is not None and not stat.S_ISREG(mode):
            findings.append(
                Finding(
                    "file-unreadable",
                    "cannot read the file: it is a device, a FIFO or a socket, not a regular "
                    "file (give - to read standard input)",
                    name,
                )
            )
        elif mode is not None:
            add(name)
        else:
            findings.append(Finding("path-not-found", "no such file or folder", name))
    return files, findings
