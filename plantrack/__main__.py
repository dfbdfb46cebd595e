"""``python -m plantrack`` and the ``plantrack`` command (:func:`run`).

Ctrl-C exits 130 without a traceback: once a command runs, the command group says so
(:class:`plantrack.cli.common.PlantrackGroup`); here, while Python is still loading the command
line, before the group exists. This module imports nothing of plantrack before that. (Python's
own start, before this module is reached, is out of its reach: some 30 ms.)
"""

import sys

#: 128 + SIGINT, as a shell reports a command it interrupted (``cli.common.EXIT_INTERRUPTED``).
EXIT_INTERRUPTED = 130


def _interrupted(error: BaseException) -> bool:
    """Whether ``error`` is Ctrl-C, or an error Python made of it (a ``KeyboardInterrupt``
    raised inside ``__set_name__`` reaches the caller as a ``RuntimeError`` caused by it)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def run() -> None:
    """Load the command line and run it."""
    try:
        from plantrack.cli import main
    except BaseException as error:
        if not _interrupted(error):
            raise
        sys.stderr.write("\n")  # closes the terminal's ^C echo, as the command group does
        raise SystemExit(EXIT_INTERRUPTED) from None
    main()


if __name__ == "__main__":
    run()
