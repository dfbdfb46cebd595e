"""A file the report stage is given besides plans and data (a ``--baseline``, a ``--since``
report), read whole as text with a bound, every problem a finding.

A FIFO or a device is refused rather than read forever; a file larger than its bound is refused
before it is decoded; a missing file is ``path-not-found``, a folder or a file that cannot be
opened ``file-unreadable``, too large ``file-too-large``, not UTF-8 ``encoding``. Each caller
says what the file is in its own words (:class:`FileWords`: the catalogue keys of its messages).
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import NamedTuple

from plantrack.findings import Finding
from plantrack.findings.registry import make
from plantrack.texts import os_reason, text


class FileWords(NamedTuple):
    """The catalogue keys of the messages about one kind of file: ``unreadable`` takes
    ``{reason}``, ``too_large`` ``{limit}`` (in MB)."""

    not_found: str
    unreadable: str
    too_large: str
    not_utf8: str


def read_bounded(path: Path, limit: int, words: FileWords) -> tuple[str | None, list[Finding]]:
    """The file's text (UTF-8, a byte-order mark allowed), or None and why not; at most
    ``limit`` bytes are read."""
    name = str(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            folder = stat.S_ISDIR(mode)
            what = text("report.a-folder") if folder else text("report.not-a-regular-file")
            return None, [make("file-unreadable", text(words.unreadable, reason=what), name)]
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except FileNotFoundError:
        return None, [make("path-not-found", text(words.not_found), name)]
    except OSError as error:
        message = text(words.unreadable, reason=os_reason(error))
        return None, [make("file-unreadable", message, name)]
    if len(raw) > limit:
        message = text(words.too_large, limit=limit // 2**20)
        return None, [make("file-too-large", message, name)]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return None, [make("encoding", text(words.not_utf8), name, line)]
