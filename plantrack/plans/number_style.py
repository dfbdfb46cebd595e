"""Numbers written as text in a plan file, in the Vietnamese or the English style.

YAML knows one way to write a decimal: ``6.794`` is six point seven nine four. A Vietnamese plan
writes "khoảng 6.794 USD" for six thousand seven hundred and ninety-four, and ``12,5`` for twelve
and a half. So a plan may write a target's bound (``value``, ``about``, ``at_least``,
``more_than``, ``at_most``, ``less_than``, the items of ``range``) and a baseline's ``value`` as
quoted text in either style: ``"6.794"``, ``"12,5"``, ``"1.234,5"``; growth rates are text with a
percent sign anyway (``12,96%``).

How such text is read follows the rule for data files (:mod:`plantrack.numbers.parse`):

- the plan's ``decimal: comma`` or ``decimal: point`` says which mark is the decimal one, and
  every number must agree with it;
- without it, numbers that say their style by themselves (``"12,5"``, ``"1.234,5"``,
  ``"12.96%"``) vote; a number that reads both ways (``"6.794"``) follows the vote, and with no
  vote it is an error that asks for ``decimal:``; numbers of both styles in one plan are an error.

This module runs on the plain data before the model sees it, so that every finding points at the
line of the number, and it replaces each number it reads by a float (rates by a canonical
``"12.96%"``). It does not know what a number means; :mod:`plantrack.plans.text_checks` compares numbers
with the target's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from plantrack.findings import Finding, Severity
from plantrack.numbers.parse import AmbiguousNumber, DecimalMark, NumberFormatError, parse_number
from plantrack.plans.model import BOUND_KEYS, RATE_KINDS
from plantrack.plans.reporter import reason_of
from plantrack.plans.yaml_reader import Path, YamlDocument
from plantrack.texts import Text, text

#: How the reading of a number was decided: by YAML (an unquoted number), by the number itself,
#: by the plan's ``decimal:`` key, or by the vote of the plan's other numbers.
DecidedBy = Literal["yaml", "self", "key", "vote"]

_NUMERIC = re.compile(r"[\s\d.,+\-−–%]*\d[\s\d.,+\-−–%]*")


@dataclass(frozen=True, slots=True)
class WrittenNumber:
    """A number as the plan file writes it: its text, and how its reading was decided."""

    text: str
    decided_by: DecidedBy
    quoted: bool


@dataclass(slots=True)
class _Candidate:
    path: Path
    text: str
    rate: bool
    style: DecimalMark | None  # None: reads both ways, or has no mark at all
    ambiguous: bool


def number_paths(data: Any) -> Iterator[tuple[Path, bool]]:
    """Paths of the numbers a plan may write as text, and whether each is a growth rate."""
    indicators = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(indicators, list):
        return
    for i, indicator in enumerate(indicators):
        if not isinstance(indicator, dict):
            continue
        baseline = indicator.get("baseline")
        if isinstance(baseline, dict) and "value" in baseline:
            yield ("indicators", i, "baseline", "value"), False
        targets = indicator.get("targets")
        if not isinstance(targets, list):
            continue
        for j, target in enumerate(targets):
            if not isinstance(target, dict):
                continue
            kind = target.get("kind")  # a mapping or a list: the model says what is wrong
            rate = isinstance(kind, str) and kind in RATE_KINDS
            for key in BOUND_KEYS:
                given = target.get(key)
                path: Path = ("indicators", i, "targets", j, key)
                if key == "range":
                    if isinstance(given, list):  # anything else: the model says what is wrong
                        for k in range(len(given)):
                            yield (*path, k), rate
                elif key in target:
                    yield path, rate


def _get(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def _set(data: Any, path: Path, value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


def _label(path: Path) -> str:
    """``about`` or ``range`` (for an item of a range): the key the plan writes."""
    return next(str(part) for part in reversed(path) if isinstance(part, str))


def _restyled(text: str) -> str:
    """The number written in the other style: ``12.96`` -> ``12,96``, ``1,234.5`` -> ``1.234,5``."""
    return text.translate(str.maketrans(".,", ",."))


def read_plan_numbers(
    doc: YamlDocument, file: str
) -> tuple[list[Finding], dict[Path, WrittenNumber]]:
    """Read the numbers written as text in ``doc.data`` (in place), and say how each was read.

    Returns the findings (errors: a number that cannot be read, or not in the plan's style) and,
    for every number written as text or as an unquoted YAML decimal, how it was written. A number
    in error is replaced by 0, so that the model reports the plan's other problems, not this one
    again; a plan with such an error is not used.
    """
    data = doc.data
    declared = data.get("decimal") if isinstance(data, dict) else None
    key: DecimalMark | None = declared if declared in ("comma", "point") else None
    findings: list[Finding] = []
    numbers: dict[Path, WrittenNumber] = {}
    candidates: list[_Candidate] = []

    def error(path: Path, code: str, message: Text) -> None:
        line, col = doc.position(path) or (None, None)
        findings.append(Finding(code, message, file, line, col, Severity.ERROR))

    for path, rate in number_paths(data):
        value = _get(data, path)
        if type(value) is float and path in doc.float_texts:
            numbers[path] = WrittenNumber(doc.float_texts[path], "yaml", quoted=False)
        if not isinstance(value, str):
            continue
        try:
            parsed = parse_number(value)
            ambiguous = False
        except AmbiguousNumber:
            parsed = parse_number(value, "comma")
            ambiguous = True
        except NumberFormatError as problem:
            if _NUMERIC.fullmatch(value):
                error(
                    path,
                    "invalid-value",
                    text("plan.bad-number", key=_label(path), reason=reason_of(problem)),
                )
                _set(data, path, "0%" if rate else 0.0)
            continue  # words, not a number: the model says what is wrong
        if parsed.qualifier is not None or parsed.percent != rate:
            continue  # "trên 75", "98%" for a level, "12,96" for a rate: the model explains
        style = None if ambiguous else parsed.decimal
        candidates.append(_Candidate(path, value, rate, style, ambiguous))

    votes = {mark: sum(c.style == mark for c in candidates) for mark in ("comma", "point")}
    winner: DecimalMark | None = key
    if key is None and votes["comma"] != votes["point"]:
        winner = "comma" if votes["comma"] > votes["point"] else "point"
    for candidate in candidates:
        path, written, label = candidate.path, candidate.text, _label(candidate.path)
        decided_by: DecidedBy = "self"
        if candidate.style is not None and winner is not None and candidate.style != winner:
            reason = (
                text("plan.decimal-mismatch.key", key=key)
                if key is not None
                else text(
                    "plan.decimal-mismatch.vote",
                    style=_style(winner),
                    votes=votes[winner],
                    against=votes[candidate.style],
                )
            )
            error(
                candidate.path,
                "plan-decimal-mismatch",
                text(
                    "plan.decimal-mismatch",
                    key=label,
                    written=written,
                    style=_style(candidate.style),
                    reason=reason,
                    restyled=_restyled(written.strip()),
                ),
            )
            _set(data, path, "0%" if candidate.rate else 0.0)
            continue
        if candidate.style is not None and winner is None and votes["comma"]:
            other: DecimalMark = "point" if candidate.style == "comma" else "comma"
            error(  # a tie: no style wins
                path,
                "plan-decimal-mismatch",
                text(
                    "plan.decimal-mismatch.tie",
                    key=label,
                    written=written,
                    style=_style(candidate.style),
                    other=_style(other),
                    each=votes["comma"],
                ),
            )
            _set(data, path, "0%" if candidate.rate else 0.0)
            continue
        mark = candidate.style
        if candidate.ambiguous:
            if winner is None:
                comma, point = (parse_number(written, m).value for m in ("comma", "point"))
                error(
                    path,
                    "plan-ambiguous-decimal",
                    text(
                        "plan.ambiguous-decimal",
                        key=label,
                        written=written,
                        comma=_show(comma, candidate.rate),
                        point=_show(point, candidate.rate),
                    ),
                )
                _set(data, path, "0%" if candidate.rate else 0.0)
                continue
            mark, decided_by = winner, ("key" if key is not None else "vote")
        value = parse_number(written, mark).value
        _set(data, path, f"{value!r}%" if candidate.rate else value)
        numbers[path] = WrittenNumber(written, decided_by, quoted=True)
    return findings, numbers


def _style(mark: DecimalMark) -> Text:
    """``a decimal comma`` or ``a decimal point``."""
    return text("plan.decimal-comma") if mark == "comma" else text("plan.decimal-point")


def _show(value: float, rate: bool) -> str:
    """A number as a plan writes it (a YAML value, the same in every language): ``6.794``."""
    shown = f"{value:.10f}".rstrip("0").rstrip(".")
    return f"{shown}%" if rate else shown
