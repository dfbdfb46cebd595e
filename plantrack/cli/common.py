"""Pieces every command shares: JSON output, the advice for a folder without plans, the language
of a run, and the exits around every command (Ctrl-C, a closed pipe, a full disk). The shared
options are in :mod:`plantrack.cli.options`; the words are in :mod:`plantrack.texts.cli`, click's
own in Vietnamese by :mod:`plantrack.cli.click_words`."""

from __future__ import annotations

import sys
from typing import Any

import click

from plantrack.cli import click_words, language
from plantrack.texts import Text, in_language, os_reason, text

click_words.install()


def echo_json(data: Any) -> None:
    import json  # not before a command writes JSON: --help, --version and check need none

    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


#: Exit codes beyond the commands' own 0, 1 and 2 (README "Exit codes", docs/codes.md).
EXIT_USAGE = 2
#: Ctrl-C: 128 + SIGINT, as a shell reports a command it interrupted.
EXIT_INTERRUPTED = 130
#: The reader of a pipe closed it early (``| head``): 128 + SIGPIPE, as ``cat`` or ``grep``
#: killed by the signal report, quietly. Never 1, which means that ``--fail-on`` was hit.
EXIT_BROKEN_PIPE = 141


def missing_plans_folder(lang: str = "en", command: str | None = None) -> str | None:
    """The advice for a folder without ``plans/`` when no plan path was given, else None;
    ``command`` takes the plans as its arguments (``validate``), else with ``--plan``."""
    import os

    if os.path.lexists("plans"):
        return None
    how = (
        text("cli.no-plans-folder.paths", command=command)
        if command is not None
        else text("cli.no-plans-folder.option")
    )
    return text("cli.no-plans-folder", how=how).render(lang)


class PlantrackGroup(click.Group):
    """The command group, with the language of the run (:mod:`plantrack.cli.language`, decided
    before click parses anything) and the exits a shell expects around every command: Ctrl-C
    exits 130, a pipe closed by its reader exits 141 without a word, an output that cannot be
    written (a full disk, ``> /dev/full``) is one line on stderr and exit 2, never a traceback;
    and standard output that cannot hold Vietnamese text is written as UTF-8 (see
    :func:`prepare_stdout`)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        finally:
            language.forget()  # the next run in this process decides its own

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            if parent is None:  # the whole command line: click's own errors in its language
                language.decide(args)
            prepare_stdout()  # before --help writes its Vietnamese first line
            return super().make_context(info_name, args, parent, **extra)
        except BrokenPipeError:  # --help or --version into a closed pipe
            _quiet_stdout()
            raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None
        except KeyboardInterrupt:  # while the command line is parsed: as while it runs
            click.echo(file=sys.stderr)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                # Write out what is buffered while the errors can still be reported.
                sys.stdout.flush()
        except KeyboardInterrupt:
            _quiet_stdout()
            click.echo(file=sys.stderr)  # closes the terminal's ^C echo
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None
        except SystemExit as exit:
            # rich's console answers a broken pipe with SystemExit(1), which would read as
            # "--fail-on hit"; it raises it while handling the BrokenPipeError.
            if isinstance(exit.__context__, BrokenPipeError):
                _quiet_stdout()
                raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None
            raise
        except OSError as error:
            _quiet_stdout()
            lang = language.current()
            reason = in_language(os_reason(error), lang) if error.strerror else str(error)
            if error.filename:
                line = text("cli.cannot-write-file", file=error.filename, reason=reason)
            else:
                line = text("cli.cannot-write-stdout", reason=reason)
            click.echo(line.render(lang), err=True)
            raise click.exceptions.Exit(EXIT_USAGE) from None


def prepare_stdout() -> None:
    """Make standard output able to write every character of a report.

    Output to a file or a pipe whose encoding cannot hold Vietnamese (a redirect on a
    Vietnamese Windows writes cp1258, ``PYTHONIOENCODING=cp1258``) is written as UTF-8, the
    encoding of every file plantrack writes with ``-o``; a terminal keeps its own encoding and
    shows what it cannot hold as ``\\uXXXX`` escapes. Either way stderr says so, once."""
    import codecs
    import io

    stream = sys.stdout
    encoding = getattr(stream, "encoding", None)
    if not isinstance(stream, io.TextIOWrapper) or not encoding:
        return
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        name = encoding
    if name.startswith(("utf-8", "utf-16", "utf-32", "gb18030")):
        return
    try:
        terminal = stream.isatty()
    except (OSError, ValueError):
        terminal = False
    stream.flush()
    if terminal:
        stream.reconfigure(errors="backslashreplace")
        note = text("cli.terminal-encoding", encoding=encoding)
    else:
        stream.reconfigure(encoding="utf-8", errors="strict")
        note = text("cli.stdout-encoding", encoding=encoding)
    click.echo(_as_stderr_can_show(note), err=True)


def _as_stderr_can_show(note: Text) -> str:
    """``note`` in the run's language, or in English when standard error cannot hold its
    letters either (the same encoding as stdout, usually): a note about the encoding must be
    readable where it is written."""
    said = note.render(language.current())
    try:
        said.encode(getattr(sys.stderr, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return str(note)
    return said


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit does not
    fail again on the same broken pipe or full disk (and print a traceback of its own)."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass
