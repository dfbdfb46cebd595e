"""pydantic's validation errors as plan findings: a stable code by error *type*, the position of
the value in the file, and plain words with a suggestion (a close key, the key's right kind).

Validators in :mod:`plantrack.plans.model` raise their errors with a :class:`~plantrack.texts.Text`
in the error's context (``{"message": text(...)}``), so that the finding keeps the words in both
languages; pydantic's own errors are worded here. It knows nothing of files on disk or of the
whole-plan rules.
"""

from __future__ import annotations

import difflib
import re
import typing
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from plantrack.findings import Finding, Severity
from plantrack.plans import model
from plantrack.plans.reporter import and_list
from plantrack.plans.yaml_reader import YamlDocument
from plantrack.texts import Text, text

#: pydantic's type errors: what the key takes.
_TYPE_ERRORS = frozenset(
    {
        "string_type",
        "int_type",
        "int_from_float",
        "float_type",
        "bool_type",
        "list_type",
        "dict_type",
        "model_type",
        "model_attributes_type",
        "date_type",
    }
)


def _expected(kind: str) -> Text:
    """What a key of the type pydantic's error ``kind`` is about takes, in words."""
    if kind == "string_type":
        return text("plan.type.text")
    if kind in ("int_type", "int_from_float"):
        return text("plan.type.whole-number")
    if kind == "float_type":
        return text("plan.type.number")
    if kind == "bool_type":
        return text("plan.type.boolean")
    if kind == "list_type":
        return text("plan.type.list")
    if kind == "date_type":
        return text("plan.type.date")
    return text("plan.type.mapping")


def describe(value: Any) -> Text | str:
    """A value as the plan gives it, in words: ``the text 'huyện'``, ``the number 2030``."""
    if value is None:
        return text("plan.given.null")
    if isinstance(value, bool):
        return text("plan.given.boolean", value=str(value).lower())
    if isinstance(value, float):
        return text("plan.given.decimal", value=value)
    if isinstance(value, int):
        return text("plan.given.whole-number", value=value)
    if isinstance(value, str):
        return text("plan.given.text", value=value)
    if isinstance(value, list):
        return text("plan.given.list")
    if isinstance(value, dict):
        return text("plan.given.mapping")
    return type(value).__name__


@cache
def _known_keys() -> frozenset[str]:
    keys: set[str] = set()
    for item in vars(model).values():
        if isinstance(item, type) and issubclass(item, BaseModel):
            keys.update(item.model_fields)
    return frozenset(keys)


def data_path(loc: tuple[int | str, ...], data: Any) -> tuple[tuple[int | str, ...], list[Any]]:
    """Follow a pydantic error location through the data; skip union tags such as 'growth'."""
    path: list[int | str] = []
    current = data
    rest: list[Any] = []
    for index, part in enumerate(loc):
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            path.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and part == current.get("kind"):
            continue
        else:
            rest = list(loc[index:])
            break
    return tuple(path), rest


def _field_label(path: tuple[int | str, ...], rest: list[Any]) -> str:
    names = [str(p) for p in (*path, *rest) if isinstance(p, str)]
    return names[-1] if names else "plan"


def translate(error: ErrorDetails, doc: YamlDocument, file: str) -> Finding:
    """One pydantic error as a finding at the value's (or the key's) line and column."""
    kind = error["type"]
    path, rest = data_path(tuple(error["loc"]), doc.data)
    given = error.get("input")
    label = _field_label(path, rest)
    ctx = error.get("ctx") or {}
    key_position = False
    message: Text | str
    if kind == "extra_forbidden":
        code, key_position = "unknown-key", True
        message = text("plan.unknown-key", key=label, hint=_unknown_key_hint(label, path, doc.data))
        cut = doc.flow_cuts.get(path)
        if cut is not None:
            path, key_position = cut[0], False
            strays = [str(key[-1]) for key, (owner, _) in doc.flow_cuts.items() if owner == cut[0]]
            message = _flow_cut_message(strays, cut[0], cut[1])
    elif kind in ("too_long", "too_short") and path in doc.flow_numbers:
        code = "invalid-value"
        message = _flow_numbers_message(label, doc.flow_numbers[path], len(given or []))
    elif kind == "missing":
        code = "missing-key"
        missing = str(rest[-1]) if rest else label
        message = text("plan.missing-key", key=missing)
    elif kind == "union_tag_not_found":
        code = "missing-key"
        message = text("plan.missing-kind", kinds=list(model.TARGET_KINDS))
    elif kind == "union_tag_invalid":
        code = "unknown-kind"
        close = difflib.get_close_matches(str(ctx.get("tag", "")), model.TARGET_KINDS, n=1)
        message = text(
            "plan.unknown-kind",
            kind=ctx.get("tag"),
            hint=text("plan.did-you-mean", close=close[0]) if close else "",
            kinds=list(model.TARGET_KINDS),
        )
        path = (*path, "kind") if isinstance(doc.data, dict) else path
    elif kind in ("bound_missing", "structure_band"):
        code = "missing-key"
        message = _problem(error)
    elif kind == "literal_error":
        code = "invalid-value"
        message = text(
            "plan.not-allowed",
            key=label,
            given=describe(given),
            expected=_one_of(str(ctx.get("expected"))),
        )
    elif kind == "string_pattern_mismatch":  # ids are the only pattern-checked strings
        code = "invalid-value"
        message = text("plan.invalid-id", key=label, given=given)
    elif kind in _TYPE_ERRORS:
        code = "wrong-type"
        if (
            kind == "string_type"
            and isinstance(given, (int, float))
            and not isinstance(given, bool)
        ):
            message = text(
                "plan.wrong-type.quote-it",
                key=label,
                expected=_expected(kind),
                given=describe(given),
                written=given,
            )
        else:
            message = text(
                "plan.wrong-type", key=label, expected=_expected(kind), given=describe(given)
            )
    else:
        code = "invalid-value"
        message = text("plan.key-problem", key=label, problem=_problem(error))
    position = doc.position(path, key=key_position)
    line, col = position if position else (None, None)
    return Finding(code, message, file, line, col, Severity.ERROR)


def _one_of(expected: str) -> Text | str:
    """pydantic's ``'a', 'b' or 'c'`` with its "or" in the language of the message."""
    head, sep, last = expected.rpartition(" or ")
    if not sep:
        return expected
    return text("plan.or-list", items=head.split(", "), last=last)


def _problem(error: ErrorDetails) -> Text | str:
    """The words of an error that is not a type or a key: a validator's own :class:`Text`, or
    pydantic's message for a limit (``ge``, ``max_length``...) worded in the catalogue, or, for
    any other, pydantic's English message as it is."""
    ctx = error.get("ctx") or {}
    said = error["msg"].removeprefix("Value error, ")
    own = ctx.get("message")
    if isinstance(own, Text):
        return own
    worded = _pydantic_limit(error["type"], ctx)
    # worded only when it says exactly what pydantic says (a float limit, a plural, a
    # new pydantic release's wording): otherwise pydantic's words as they are
    return worded if worded is not None and worded == said else said


def _pydantic_limit(kind: str, ctx: dict[str, Any]) -> Text | None:
    """pydantic's message for a limit on a number or a length, from the catalogue."""
    if kind == "greater_than_equal":
        return text("plan.limit.at-least", limit=ctx.get("ge"))
    if kind == "greater_than":
        return text("plan.limit.above", limit=ctx.get("gt"))
    if kind == "less_than_equal":
        return text("plan.limit.at-most", limit=ctx.get("le"))
    if kind == "less_than":
        return text("plan.limit.below", limit=ctx.get("lt"))
    if kind in ("too_short", "too_long"):
        count = ctx.get("min_length" if kind == "too_short" else "max_length")
        items = text("plan.limit.one-item") if count == 1 else text("plan.limit.items", count=count)
        what = (
            text("plan.limit.tuple")
            if ctx.get("field_type") == "Tuple"
            else text("plan.limit.list")
        )
        if kind == "too_short":
            return text("plan.limit.too-few", what=what, items=items, got=ctx.get("actual_length"))
        return text("plan.limit.too-many", what=what, items=items, got=ctx.get("actual_length"))
    if kind in ("string_too_short", "string_too_long"):
        count = ctx.get("min_length" if kind == "string_too_short" else "max_length")
        chars = (
            text("plan.limit.one-character")
            if count == 1
            else text("plan.limit.characters", count=count)
        )
        if kind == "string_too_short":
            return text("plan.limit.text-too-short", characters=chars)
        return text("plan.limit.text-too-long", characters=chars)
    return None


#: What each target kind takes for its time, and which kinds take each time key.
_KIND_TIME = {
    "growth": "period-and-base-year",
    "level": "year",
    "cumulative": "period",
    "annual": "period",
    "change": "period",
    "relative": "period",
    "qualitative": "year-or-period",
    "yearly_growth": "period",
    "average": "period",
    "structure": "year",
    "rating": "year-or-period",
    "share": "year-or-period",
    "count": "year",
}


def _takes(kind: str, label: str) -> Text:
    """What targets of ``kind`` take instead of ``label``: ``take period (and base_year)``."""
    if label in ("year", "period", "base_year"):
        time = _KIND_TIME[kind]
        if time == "period-and-base-year":
            return text("plan.takes.period-and-base-year")
        if time == "year-or-period":
            return text("plan.takes.year-or-period")
        return text("plan.takes.year") if time == "year" else text("plan.takes.period")
    if kind in model.QUANTITATIVE_KINDS:
        return text("plan.takes.bound", bounds=list(model.BOUND_KEYS))
    if kind == "structure":
        return text("plan.takes.structure")
    if kind == "relative":
        return text("plan.takes.relative")
    if kind == "rating":
        return text("plan.takes.rating")
    return text("plan.takes.no-bound")


@cache
def _kind_keys() -> dict[str, frozenset[str]]:
    """The keys each target kind takes."""
    union = typing.get_args(typing.get_args(model.Target)[0])
    keys: dict[str, frozenset[str]] = {}
    for cls in union:
        (kind,) = typing.get_args(cls.model_fields["kind"].annotation)
        keys[kind] = frozenset(cls.model_fields)
    return keys


def _kinds_taking(key: str) -> Text | str:
    return and_list([kind for kind in model.TARGET_KINDS if key in _kind_keys()[kind]])


def _unknown_key_hint(label: str, path: tuple[int | str, ...], data: Any) -> Text | str:
    """Why a key is unknown here, when it is known elsewhere; else a close known key."""
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    kind = parent.get("kind") if isinstance(parent, dict) else None
    if kind in _kind_keys() and any(label in keys for keys in _kind_keys().values()):
        return text(
            "plan.unknown-key.other-kind",
            kind=kind,
            takes=_takes(kind, label),
            key=label,
            kinds=_kinds_taking(label),
        )
    if label in _known_keys():
        return text("plan.unknown-key.misplaced")
    candidates = sorted(_known_keys() - {label})
    close = difflib.get_close_matches(label, candidates, n=1, cutoff=0.7)
    return text("plan.did-you-mean.after", close=close[0]) if close else ""


def _flow_numbers_message(key: str, written: str, count: int) -> Text:
    """``range: [1,5, 2,5]``: inside ``[ ]`` a comma separates items, so YAML read 4 numbers."""
    items = [item.strip() for item in re.split(r",\s+", written.strip()[1:-1])]
    return text(
        "plan.flow-numbers",
        key=key,
        written=written,
        count=count,
        points=", ".join(item.replace(",", ".") for item in items),
        quoted=", ".join(f'"{item}"' for item in items),
    )


def _flow_cut_message(strays: list[str], owner: tuple[int | str, ...], written: str) -> Text:
    """Keys that are the rest of a value cut at its commas inside ``{ }``."""
    key = str(owner[-1])
    keys = _each_and([repr(stray) for stray in strays])
    head = (
        text("plan.flow-cut.keys", keys=keys, key=key, written=written)
        if len(strays) > 1
        else text("plan.flow-cut.key", keys=keys, key=key, written=written)
    )
    if re.fullmatch(r"[-+]?\d+,\d{3}", written):  # 4,850: 4.85 or 4850, as the plan means it
        decimal = written.replace(",", ".").rstrip("0").rstrip(".")
        return text(
            "plan.flow-cut.thousands",
            head=head,
            key=key,
            decimal=decimal,
            whole=written.replace(",", ""),
        )
    if re.fullmatch(r"[-+]?\d+,\d+", written):
        return text(
            "plan.flow-cut.decimal",
            head=head,
            key=key,
            point=written.replace(",", "."),
            written=written,
        )
    return text("plan.flow-cut.text", head=head, key=key, written=written)


def _each_and(items: list[str]) -> Text | str:
    """``'a' and 'b' and 'c'``: every item joined by the language's "and"."""
    if len(items) == 1:
        return items[0]
    return text("plan.and-pair", left=items[0], right=_each_and(items[1:]))
