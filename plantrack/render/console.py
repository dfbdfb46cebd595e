"""The rich Console, built once after the options are parsed.

``color=None`` lets rich decide: colour on a terminal, none when piped, none when ``NO_COLOR`` is
set, forced by ``FORCE_COLOR``. ``--color`` / ``--no-color`` override. User text is never read as
rich markup: callers pass ``rich.text.Text`` or ``markup=False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def make_console(color: bool | None = None, *, stderr: bool = False) -> Console:
    from rich.console import Console
    from rich.theme import Theme

    theme = Theme(
        {
            "error": "bold red",
            "warning": "yellow",
            "success": "green",
            "muted": "dim",
            "heading": "bold",
        }
    )
    if color is False:
        return Console(
            stderr=stderr,
            no_color=True,
            color_system=None,
            theme=theme,
            highlight=False,
            emoji=False,
        )
    return Console(
        stderr=stderr,
        force_terminal=True if color else None,
        no_color=False if color else None,  # --color wins over NO_COLOR
        theme=theme,
        highlight=False,
        emoji=False,
    )
