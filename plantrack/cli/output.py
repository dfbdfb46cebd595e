"""Writing ``-o FILE``: the format its name asks for, never over an input, atomically.

The guard compares the target with every file the command reads (plan folders searched
recursively, data folders as the readers list them, a template's plan), by device and inode, so
a symbolic or hard link to an input is caught too; it refuses anything that exists and is not a
regular file (a folder, a device, a FIFO). The content goes to a temporary file beside the target
(``.NAME.plantrack-tmp-XXXXXXXX``), created with the permissions the umask gives (or the
target's own when it is replaced), then renamed over the target, so a reader never sees half a
file. A temporary left by a killed run is removed when the same target is written again.

Its refusals are usage errors in the run's language (:mod:`plantrack.cli.language`). This module
knows nothing of plans or reports: the command gives it bytes, or a function that
writes them; the format an extension asks for is read from the table of report formats
(:data:`plantrack.render.formats.FORMAT_BY_SUFFIX`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

import click

from plantrack.cli import language
from plantrack.render.formats import FORMAT_BY_SUFFIX  # the formats -o's extensions ask for
from plantrack.texts import Text, in_language, os_reason, text

#: The mark in a temporary file's name: ``.report.json.plantrack-tmp-k2j4h5``.
TEMP_MARK = ".plantrack-tmp-"
#: A temporary of ours older than this is left from a run that was killed; it is removed.
STALE_SECONDS = 10 * 60


def format_for_output(output: str | None, given: str | None, default: str) -> str:
    """The output format: ``--format`` when given, else the one ``-o``'s extension names, else
    ``default``; a usage error when the extension names another format than ``--format``."""
    inferred = FORMAT_BY_SUFFIX.get(Path(output).suffix.casefold()) if output else None
    if given is None:
        return inferred or default
    if inferred is not None and inferred != given:
        raise _usage_error(
            text("cli.output.format-mismatch", output=output, inferred=inferred, given=given)
        )
    return given


def guard_output(output: str, inputs: Iterable[str | os.PathLike[str]]) -> Path:
    """The target of ``-o output`` resolved, after refusing an input or anything that is not a
    regular file (a usage error naming the reason)."""
    target = Path(output)
    try:
        target = target.resolve()
        info = target.stat() if target.exists() else None
        folder_ok = target.parent.is_dir()
    except OSError as error:
        raise _cannot_write(output, error) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise _usage_error(text("cli.output.a-folder", output=output))
        if not stat.S_ISREG(info.st_mode):
            raise _usage_error(text("cli.output.not-regular", output=output))
        for name in inputs:
            if os.fspath(name) == "-":
                continue
            with contextlib.suppress(OSError):
                read = Path(name).stat()
                if (read.st_dev, read.st_ino) == (info.st_dev, info.st_ino):
                    raise _usage_error(
                        text("cli.output.an-input", output=output, input=os.fspath(name))
                    )
    if not folder_ok:
        raise _usage_error(text("cli.output.no-folder", output=output, folder=target.parent))
    return target


def write_atomically(
    content: bytes | Callable[[IO[bytes]], None],
    output: str,
    inputs: Iterable[str | os.PathLike[str]],
) -> None:
    """Write ``content`` (bytes, or a function writing to a binary stream) to ``output`` through
    a temporary file in the same folder and a rename; never over an input (:func:`guard_output`)."""
    target = guard_output(output, inputs)
    _remove_stale_temporaries(target)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}{TEMP_MARK}", suffix="", dir=target.parent
        )
    except OSError as error:
        raise _cannot_write(output, error) from None
    try:
        Path(temporary).chmod(_mode_for(target))
        with os.fdopen(handle, "wb") as stream:
            if callable(content):
                content(stream)  # written as it is produced: a large JSON is never one string
            else:
                stream.write(content)
        Path(temporary).replace(target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _cannot_write(output, error) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _usage_error(message: Text) -> click.UsageError:
    """A usage error in the language of the run."""
    return click.UsageError(in_language(message, language.current()))


def _cannot_write(output: str, error: OSError) -> click.UsageError:
    """``-o FILE: cannot write there (reason)``, the system's reason in the run's language."""
    return _usage_error(text("cli.output.cannot-write", output=output, reason=os_reason(error)))


def _mode_for(target: Path) -> int:
    """The permissions of a new file under the umask (0644 with the usual 022), or the
    replaced file's own, as ``>`` and most tools do (``mkstemp`` alone gives 0600)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove_stale_temporaries(target: Path) -> None:
    """Remove temporaries of this target left by a run that was killed (older than
    :data:`STALE_SECONDS`); a younger one may belong to a run still writing."""
    prefix = f".{target.name}{TEMP_MARK}"
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if not entry.name.startswith(prefix):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_SECONDS:
                    Path(entry.path).unlink()
