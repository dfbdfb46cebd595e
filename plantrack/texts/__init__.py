"""Everything plantrack says, in Vietnamese and English, from one catalogue.

A message is made where the problem is found, from a key and its parameters::

    raise NumberFormatError(text("number.not-a-number", text=cell))

and written in the language of the output when it is shown. A :class:`Text` *is* its English
string (a ``str``), so code and tests that read a message as text keep working; a renderer asks
for another language with :func:`in_language`. The templates live in the catalogue modules of
this package (``plantrack.texts.plans``, ``.actuals``, ``.numbers``...), one key each with its
``en`` and ``vi`` form: the same named fields in both, and a test renders every one.

Fields take Python's format syntax (``{name!r}``, ``{n:,}``) and three more specs, so that each
language writes numbers its own way: ``{x:num}`` (vi ``1.234,5``, en ``1,234.5``; up to 8
decimals, ``num.2`` for at most 2), ``{x:pct}`` (a fraction as a percentage: ``12,96%``) and
``{x:list}`` (a sequence joined with commas; ``{x:list:; }`` with "; "). A parameter that is
itself a :class:`Text` is written in the same language.

An option the user can give is written ``{@decimal}``: a library caller reads the keyword
(``decimal``), and the command line, which calls :func:`name_options` once, its flag
(``--decimal``); a phrase such as ``{@check-with-plan}`` is a catalogue entry that the command
line replaces with its own (:func:`name_phrases`). So the library's messages name no
command-line flag; the CLI adds them.

It knows nothing of findings, plans or files: text in, text out.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Mapping
from functools import cache
from typing import Any

#: The catalogue modules, each with ``TEXTS: dict[str, tuple[str, str]]`` (key -> (en, vi)).
PARTS = (
    "plans", "plan_rules", "actuals", "actual_figures", "numbers", "report", "notes", "cli", "system",
    "extract", "extract_sources",
)  # fmt: skip


class Text(str):
    """A message: its English text as a ``str``, and the key and parameters to write it again
    in another language."""

    key: str
    params: Mapping[str, object]

    def __new__(cls, key: str, params: Mapping[str, object]) -> Text:
        self = super().__new__(cls, _render(key, params, "en"))
        self.key = key
        self.params = params
        return self

    def render(self, lang: str) -> str:
        return str(self) if lang == "en" else _render(self.key, self.params, lang)

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (multiprocessing, caches)
        return (Text, (self.key, dict(self.params)))


def text(key: str, /, **params: object) -> Text:
    """The message ``key`` with its parameters."""
    return Text(key, params)


def os_reason(error: OSError) -> Text:
    """Why the operating system refused, in words of both languages (``strerror`` is English)."""
    import errno

    name = errno.errorcode.get(error.errno or -1, "")
    key = f"os.{name.lower()}" if f"os.{name.lower()}" in catalogue() else "os.other"
    return text(key, reason=error.strerror or type(error).__name__)


def in_language(message: object, lang: str) -> str:
    """A message in ``lang``: a :class:`Text` written again, any other text as it is."""
    if isinstance(message, Text):
        return message.render(lang)
    return str(message)


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """Every key with its (en, vi) templates; a key in two parts is an error."""
    merged: dict[str, tuple[str, str]] = {}
    for part in PARTS:
        module = importlib.import_module(f"plantrack.texts.{part}")
        for key, forms in module.TEXTS.items():
            if key in merged:
                raise ValueError(f"text key {key!r} is in two catalogue modules")
            merged[key] = forms
    return merged


#: How ``{@name}`` is written: the library's keyword until the command line names its flags.
_OPTIONS: dict[str, str] = {}


def name_options(names: Mapping[str, str]) -> None:
    """Say how the options are given where the messages are shown (the CLI: ``--decimal``)."""
    _OPTIONS.update(names)


#: Phrases that say how to do a thing, which the library and the command line say differently
#: (``{@check-with-plan}``: ``run_check`` with that plan, or ``plantrack check FILE --plan
#: PLAN``): name -> catalogue key. The command line gives its own with :func:`name_phrases`.
_PHRASES: dict[str, str] = {
    "check-with-plan": "data.check-with-plan.library",
    "check-with-plan-file": "data.check-with-plan.library",
    "json-report": "report.json-report.library",
}


def name_phrases(keys: Mapping[str, str]) -> None:
    """Say which catalogue entry writes each phrase where the messages are shown."""
    _PHRASES.update(keys)


def option(name: str) -> str:
    """How the option ``name`` is given here: ``--explain`` on the command line, else the
    library's keyword, ``explain``."""
    return _OPTIONS.get(name, name.replace("-", "_"))


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key.startswith("@"):
            phrase = _PHRASES.get(key[1:])
            return Text(phrase, {}) if phrase is not None else option(key[1:])
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Text):
            value = value.render(self.lang)
        spec, _, decimals = format_spec.partition(".")
        if format_spec.startswith("list:"):
            spec = "list"
        if (
            spec in ("num", "pct")
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            # imported here, not with the catalogue: --help and --version write no number
            from plantrack.numbers.format import format_number

            if spec == "num":
                return format_number(float(value), self.lang, max_decimals=int(decimals or 8))
            return format_number(value * 100, self.lang, max_decimals=int(decimals or 2)) + "%"
        if spec == "list" and isinstance(value, list | tuple | set | frozenset):
            separator = format_spec[5:] if format_spec.startswith("list:") else ", "
            return separator.join(self.format_field(item, "") for item in value)
        if spec in ("num", "pct"):
            return str(value)
        return str(super().format_field(value, format_spec))

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if isinstance(value, Text) and conversion == "r":
            return repr(value.render(self.lang))
        return super().convert_field(value, conversion)


@cache
def _plain(template: str) -> bool:
    """A template Python's ``str.format`` writes as this module would (no spec or option of
    its own): most English ones, written without the formatter's cost."""
    return not any(mark in template for mark in ("{@", ":num", ":pct", ":list"))


def _render(key: str, params: Mapping[str, object], lang: str) -> str:
    forms = catalogue().get(key)
    if forms is None:  # a key missing from the catalogue: said plainly, never a traceback
        shown = ", ".join(f"{name}={value!r}" for name, value in params.items())
        return f"{key}: {shown}" if shown else key
    template = forms[1] if lang == "vi" else forms[0]
    try:
        if lang == "en" and _plain(template):  # Python's own formatting: a Text is its English
            return template.format_map(params)
        return _Formatter(lang).vformat(template, (), params)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        # a template and its call out of step (a test renders every template; this is the
        # last resort): the English form, or the key and parameters, never a traceback
        if lang != "en":
            return _render(key, params, "en")
        shown = ", ".join(f"{name}={value!r}" for name, value in params.items())
        return f"{key}: {shown}"
