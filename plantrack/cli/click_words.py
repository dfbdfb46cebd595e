"""Click's own messages in Vietnamese, the gettext way, without ``.mo`` files.

Click marks each message it shows with gettext (``_("No such option {name!r}.")``, ``ngettext``
for those with a plural) and formats it afterwards. :func:`install` replaces ``_`` and
``ngettext`` in the click modules that raise usage errors (core, exceptions, types, parser,
decorators, termui) with functions that, while a run is in Vietnamese
(:mod:`plantrack.cli.language`), look the English msgid up in the catalogue entries
``cli.click.*`` (their ``en`` form *is* click's msgid, their ``vi`` form the translation, with
the same fields); otherwise, and for a msgid not in the catalogue, they return the msgid, as
gettext does without a translation.

Not translated, by design: the help screens (``Usage:``, ``Options:``, ``Commands:``, "Show this
message and exit.") are bilingual already, with their first line in both languages, and stay
as they are; so does ``--version``'s line. The ``Usage:`` line above a usage error is the help
screen's first line, and stays too.

A few words click puts into its messages are not msgids but names fixed when click is imported
(a path is a "File" or a "Path", a number an "integer"): the Vietnamese template writes those
too, from the entries ``cli.click.word.*``.

It knows nothing of plantrack's own messages (:mod:`plantrack.texts.cli`) or of the commands.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from plantrack.cli import language

#: The click modules whose messages are translated (each imports gettext's ``_``).
MODULES = ("core", "exceptions", "types", "parser", "decorators", "termui")

PREFIX = "cli.click."
WORD_PREFIX = "cli.click.word."


class _Template(str):
    """A Vietnamese template that also writes click's English words among its values."""

    def format(self, *args: Any, **kwargs: Any) -> str:
        words = _words()
        shown = {
            name: _word(value, words) if isinstance(value, str) else value
            for name, value in kwargs.items()
        }
        return str.format(self, *args, **shown)


def _word(value: str, words: dict[str, str]) -> str:
    if value in words:
        return words[value]
    lowered = value.lower()
    if lowered in words:  # click writes a path's kind with .title(): "File"
        vi = words[lowered]
        return vi[:1].upper() + vi[1:] if value[:1].isupper() else vi
    return value


@cache
def _messages() -> dict[str, str]:
    """Click's msgid -> its Vietnamese, from the catalogue."""
    from plantrack.texts import catalogue

    return {
        en: vi
        for key, (en, vi) in catalogue().items()
        if key.startswith(PREFIX) and not key.startswith(WORD_PREFIX)
    }


@cache
def _words() -> dict[str, str]:
    from plantrack.texts import catalogue

    return {en: vi for key, (en, vi) in catalogue().items() if key.startswith(WORD_PREFIX)}


def gettext(message: str) -> str:
    """``message`` in the run's language: its translation in Vietnamese, else the msgid."""
    if language.in_run() != "vi":
        return message
    translated = _messages().get(message)
    return message if translated is None else _Template(translated)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural msgid for ``n``, in the run's language."""
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Give click's modules these functions in place of gettext's (once; harmless again)."""
    for name in MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            setattr(module, "_", gettext)  # noqa: B010 - the name is click's private one
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", ngettext)  # noqa: B010
