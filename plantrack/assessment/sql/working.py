"""A kind's working in SQL: what a :class:`~plantrack.assessment.results.Result` holds besides
its numbers (its ``trend``, the base ``moved``, the ``values`` used, the ``reason``, the
``notes`` and the ``steps``), for the targets SQL assessed (docs/decisions/0004, JSON).

Each kind that SQL assesses with its working describes it once, as data (:class:`Working`): SQL
expressions over a row of its results (``r``) and of its targets (``p``), in the order in which
the kind's Python code records them. A step names its formula and inputs as the Python kind
does; a note or a reason names its code and parameters, and how Python passes them
(``words``: a rate as ``12.5%``, a projection rounded), so that its message is the catalogue's,
written by :class:`~plantrack.assessment.results.Note` for each distinct set of parameters.
Writing them as JSON is the renderer's (:mod:`plantrack.render.report_json_sql`);
``tests/test_engines_agree.py`` holds the two engines' JSON equal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from plantrack.assessment import reach
from plantrack.assessment.context import capped_words
from plantrack.assessment.engine import approximate_words

__all__ = [
    "APPROXIMATE",
    "ASSESSED",
    "AS_OF_BEFORE_BASE",
    "DEADLINE",
    "FINAL",
    "NOT_STARTED",
    "NO_BASE",
    "NO_DATA",
    "PROJECTION_CAPPED",
    "Input",
    "NoteSpec",
    "Param",
    "StepSpec",
    "Working",
    "YearsSpec",
    "base_moved",
    "figures_used",
    "out_of_reach",
    "out_of_reach_unit",
]

#: The reasons the engine gives before a kind's own assessment (no trend, no values).
ENGINE_REASONS = "('no-data', 'not-started', 'as-of-before-base')"
#: The kind's own assessment ran: the engine's checks before it passed.
ASSESSED = f"(r.reason IS NULL OR r.reason NOT IN {ENGINE_REASONS})"
#: The statuses of a verdict (a target met, or no longer to be met).
FINAL = "('exceeded', 'achieved', 'not_achieved')"


@dataclass(frozen=True, slots=True)
class Input:
    """A number put into a step's formula: its name there, its SQL, and whether Python gives it
    as an integer (a year, a direction) or a float."""

    name: str
    sql: str
    integer: bool = False


@dataclass(frozen=True, slots=True)
class StepSpec:
    """One line of the working (:class:`~plantrack.assessment.results.Step`), when ``when``."""

    name: str
    formula: str
    inputs: tuple[Input, ...]
    value: str
    when: str


@dataclass(frozen=True, slots=True)
class Param:
    """A note's parameter as SQL gives it, before ``words``: an integer, a float, text, or a
    list of integers (``ints``: an ``INTEGER[]``, such as the years missed)."""

    name: str
    sql: str
    type: Literal["int", "float", "str", "ints"] = "int"


def _as_given(_given: Any, **params: Any) -> dict[str, Any]:
    return params


@dataclass(frozen=True, slots=True)
class NoteSpec:
    """A note (or, in :attr:`Working.reasons`, a reason) with code ``code``, when ``when``:
    its parameters from SQL, turned by ``words`` into the ones Python gives the note (called
    with the target's constants, then the parameters by name)."""

    code: str
    params: tuple[Param, ...] = ()
    when: str = "true"
    words: Callable[..., dict[str, Any]] = field(default=_as_given)


@dataclass(frozen=True, slots=True)
class YearsSpec:
    """The years judged one by one (``Result.years``, a
    :class:`~plantrack.assessment.results.YearCheck` each): the figures from year ``low`` to
    ``high`` for which ``when`` holds; each one's ``value`` and whether it ``met`` the target.
    All four are SQL over ``r``, ``p`` and the figure ``f`` (``f.year``, ``f.value`` and
    ``f.before``, the figure of the year before, or NULL)."""

    when: str
    low: str
    high: str
    value: str
    met: str


@dataclass(frozen=True, slots=True)
class Working:
    """What a kind's results hold besides their numbers, in SQL over ``r`` and ``p``."""

    #: 'geometric', 'linear' or NULL.
    trend: str
    #: Whether the base is the first year after the base year (the base's ``moved``).
    moved: str
    #: The figures used (the result's ``values``): when, from which year and up to which.
    values: tuple[str, str, str]
    steps: tuple[StepSpec, ...]
    notes: tuple[NoteSpec, ...]
    #: The parameters of each reason (``r.reason``) the kind's query gives.
    reasons: tuple[NoteSpec, ...]
    #: The years judged one by one; None: none (``years`` is empty).
    years: YearsSpec | None = None


def figures_used(low: str) -> tuple[str, str, str]:
    """:attr:`Working.values`: the figures from year ``low`` (SQL) up to the as-of year or the
    deadline, once the kind's own assessment ran."""
    return (ASSESSED, low, "least(p.as_of, p.e)")


# The notes and reasons several kinds give alike (a kind's own are in its module).

#: The engine's note on an "about" target, once the kind's own assessment runs.
APPROXIMATE = NoteSpec(
    "approximate",
    (Param("tolerance", "p.tolerance", "float"),),
    f"p.about AND {ASSESSED}",
    lambda _given, tolerance: approximate_words(tolerance),
)
#: A projection kept inside the unit (``r.capped``: 1 at its maximum, -1 at its minimum), the
#: bound as the plan's unit gives it (``100``, not ``100.0``).
PROJECTION_CAPPED = NoteSpec(
    "projection-capped",
    (Param("value", "r.w_projected", "float"), Param("capped", "r.capped")),
    "r.capped <> 0",
    lambda given, value, capped: capped_words(
        value, given.unit_max if capped == 1 else given.unit_min
    ),
)
NO_DATA = NoteSpec("no-data")
NOT_STARTED = NoteSpec(
    "not-started", (Param("period", "p.period", "str"), Param("as_of", "p.as_of"))
)
AS_OF_BEFORE_BASE = NoteSpec("as-of-before-base", (Param("as_of", "p.as_of"), Param("year", "p.b")))
NO_BASE = NoteSpec("no-base", (Param("year", "p.b"), Param("as_of", "p.as_of")))
#: The deadline ``e`` in a step's formula (every kind's targets table has it: ``p.e``).
DEADLINE = Input("e", "p.e", integer=True)


def base_moved(year: str, when: str) -> NoteSpec:
    """The engine's note that the base was moved: the plan's base year ``p.b`` wanted, ``year``
    (SQL) the one used, told ``when`` (SQL)."""
    return NoteSpec("base-moved", (Param("wanted", "p.b"), Param("year", year)), when)


def out_of_reach(required: str, unit: str) -> NoteSpec:
    """:func:`plantrack.assessment.reach.settle`'s note: a pace still needed more than
    ``OUT_OF_REACH`` times the one required (``required``, SQL), both in ``unit`` (SQL:
    'fraction' or 'unit'), of a target not met nor a ceiling."""
    return NoteSpec(
        "out-of-reach",
        (
            Param("catch_up", "r.catch_up_rate", "float"),
            Param("required", required, "float"),
            Param("unit", unit, "str"),
        ),
        f"r.catch_up_rate IS NOT NULL AND NOT p.ceiling AND r.status NOT IN {FINAL}"
        f" AND {required} <> 0 AND r.catch_up_rate / {required} > {reach.OUT_OF_REACH}",
        lambda _given, catch_up, required, unit: reach.out_of_reach_words(unit, catch_up, required),
    )


def out_of_reach_unit(end: str, unit: str) -> NoteSpec:
    """:func:`plantrack.assessment.reach.settle`'s reason: the pace still needed (in ``unit``,
    SQL) would take the value to ``end`` (SQL), which the unit does not allow."""
    return NoteSpec(
        "out-of-reach-unit",
        (
            Param("needed", "r.catch_up_rate", "float"),
            Param("end", end, "float"),
            Param("unit", unit, "str"),
        ),
        words=lambda _given, needed, end, unit: reach.beyond_words(unit, needed, end),
    )
