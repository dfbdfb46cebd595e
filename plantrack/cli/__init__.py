"""The ``plantrack`` command: a thin layer over the library.

- :mod:`~plantrack.cli.app`: the command group, ``validate``, ``plans`` and ``schema``;
- :mod:`~plantrack.cli.check`, :mod:`~plantrack.cli.calc`, :mod:`~plantrack.cli.init_folder`:
  one module a command (``check`` and ``template``, ``calc``, ``init``);
- :mod:`~plantrack.cli.common`: options and exits every command shares;
- :mod:`~plantrack.cli.output`: ``-o FILE``, never over an input, atomically.

Options in, a library call, a renderer, an exit code: no rule of assessment or reading lives here.
"""

from plantrack.cli.app import main
from plantrack.texts import name_options

#: The library's messages name an option as ``{@decimal}``; here it is a flag.
FLAGS = (
    "area", "indicator", "explain", "plan", "decimal", "baseline", "write-baseline", "fail-on",
    "sheet", "encoding", "strict", "format", "lang", "as-of", "status", "output",
)  # fmt: skip
name_options({name: f"--{name}" for name in FLAGS})

__all__ = ["main"]
