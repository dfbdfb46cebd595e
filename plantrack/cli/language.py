"""The language of a run of ``plantrack``, decided once, before click parses anything.

The group decides it when it makes its context (:class:`plantrack.cli.common.PlantrackGroup`):
``--lang vi|en`` (or ``--lang=en``) anywhere on the command line, else ``PLANTRACK_LANG``, else
Vietnamese; a value that is neither is Vietnamese too (click then reports it, in Vietnamese). It
is decided before parsing so that click's own usage errors, raised while parsing, are in the
language asked for even when ``--lang`` comes after the mistake.

The run forgets it when it ends, so that runs in one process (click's ``CliRunner``) never
inherit each other's. Outside a run (a test calling :func:`plantrack.cli.output.guard_output`
itself) :func:`current` is English, the library's own language (a ``Text`` is its English).

It knows nothing of messages: the words are in :mod:`plantrack.texts.cli`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

LANGUAGES = ("vi", "en")
DEFAULT = "vi"

#: The language of the run in progress; None between runs.
_run: str | None = None


def decide(args: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language of a run with these arguments, remembered until :func:`forget`."""
    global _run
    _run = language_of(args, os.environ if environ is None else environ)
    return _run


def language_of(args: Sequence[str], environ: Mapping[str, str]) -> str:
    """``--lang`` (its last value, as click takes it), else ``PLANTRACK_LANG``, else vi; a
    value that is not a language: vi."""
    given: str | None = None
    for index, arg in enumerate(args):
        if arg == "--":  # what follows is arguments, never an option
            break
        if arg == "--lang":
            given = args[index + 1] if index + 1 < len(args) else ""
        elif arg.startswith("--lang="):
            given = arg.split("=", 1)[1]
    if given is None:
        given = environ.get("PLANTRACK_LANG") or DEFAULT
    given = given.lower()
    return given if given in LANGUAGES else DEFAULT


def forget() -> None:
    """The run is over."""
    global _run
    _run = None


def in_run() -> str | None:
    """The language of the run in progress, or None between runs."""
    return _run


def current() -> str:
    """The language the command line writes in now: the run's, else English."""
    return _run or "en"
