"""The ``plantrack`` command: a thin layer over the library.

- :mod:`~plantrack.cli.app`: the command group, and the registration of its commands;
- one module a command: :mod:`~plantrack.cli.validate`, :mod:`~plantrack.cli.plans`,
  :mod:`~plantrack.cli.schema`, :mod:`~plantrack.cli.check`, :mod:`~plantrack.cli.template`,
  :mod:`~plantrack.cli.calc`, :mod:`~plantrack.cli.init_folder` (``init``);
- :mod:`~plantrack.cli.options`: the options several commands take, each defined once;
- :mod:`~plantrack.cli.common`: JSON output and the exits around every command;
- :mod:`~plantrack.cli.output`: ``-o FILE``, never over an input, atomically;
- :mod:`~plantrack.cli.language`: the language of a run, decided before click parses anything;
  :mod:`~plantrack.cli.click_words`: click's own messages in that language;
- :mod:`~plantrack.cli.reference`: docs/cli.md written from the commands' ``--help``.

Options in, a library call, a renderer, an exit code: no rule of assessment or reading lives
here, and no output format (those are :data:`plantrack.render.formats.REPORT_FORMATS`).
"""

from plantrack.cli.app import main
from plantrack.texts import name_options, name_phrases

#: The library's messages name an option as ``{@decimal}``; here it is a flag.
FLAGS = (
    "area", "indicator", "explain", "plan", "decimal", "baseline", "write-baseline", "fail-on",
    "sheet", "encoding", "strict", "format", "lang", "as-of", "status", "output", "exchange-rate",
    "since",
)  # fmt: skip
name_options({name: f"--{name}" for name in FLAGS})
name_phrases(
    {
        "check-with-plan": "cli.check-with-plan",
        "check-with-plan-file": "cli.check-with-plan-file",
        "json-report": "cli.json-report",
    }
)

__all__ = ["main"]
