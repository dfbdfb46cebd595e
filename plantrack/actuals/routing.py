"""Which plan each reported figure is for (docs/data-format.md, "Which plan a row is for").

A figure goes to a plan only when something identifies the plan:

1. the row's plan column names it;
2. the row names an area of it. ``Toàn huyện`` / ``Toàn tỉnh`` (and a blank area) say the level
   or "the plan's own area", not which district or province: they identify no plan;
3. the file belongs to it: the file was named on the command line (not found in a folder) while
   it was the one plan loaded, or the caller says every file is the plan's (``read_actuals(...,
   owner=plan)``: ``plantrack check`` in a project whose plan folder holds one plan file); or
   the file's name starts with the plan's id or its area's id (``cau-ngang-actuals.csv``,
   ``tan-hong-border-2025.xlsx``; case, accents and the separators ``-``, ``_``, ``.`` and space
   do not count); or rows of the file identify it (1 and 2), and no other plan.

A row that names no plan and no area of one goes to the plan of its file. When the file belongs
to no loaded plan, it is set aside with one finding (``file-not-for-plan``), its rows ignored;
when several loaded plans could take those rows, they are errors (``ambiguous-plan``, one finding
for the file) until the file says which. An indicator's being in one loaded plan only does not
identify the plan: with ``--plan X`` every shared indicator of another district's file would be
X's.

This module knows the catalog of the loaded plans and the rows' labels; it does not read files
or numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from plantrack.actuals.catalog import Catalog, Route
from plantrack.actuals.layout import Entry, Outcome, split_unit
from plantrack.actuals.ledger import Ledger
from plantrack.plans.model import Plan
from plantrack.texts import text
from plantrack.units import fold

__all__ = ["FileRouting", "SeriesIndicator", "plans_named_by"]

_SEPARATORS = re.compile(r"[^0-9a-z]+")
#: Lines listed in a file's one finding before "and N more".
_LISTED = 10


def plans_named_by(path: str, plans: Iterable[Plan]) -> list[Plan]:
    """The plans a file's name starts with the id of (the plan's own id or its area's id): the
    longest id wins (``tan-hong-border-…`` is ``tan-hong-border``, not ``tan-hong``); two plans
    of one area both match its id."""
    name = _key(Path(path).name)
    found: list[Plan] = []
    best = 0
    for plan in plans:
        for ident in (plan.id, plan.area):
            key = _key(ident)
            if key and (name == key or name.startswith(key + "-")) and len(key) >= best:
                if len(key) > best:
                    best, found = len(key), []
                if plan not in found:
                    found.append(plan)
    return found


def _key(text: str) -> str:
    return _SEPARATORS.sub("-", fold(text)).strip("-")


@dataclass(frozen=True, slots=True)
class SeriesIndicator:
    """The plan and quantitative indicator a row's labels lead to, with its unit's range."""

    plan: str
    plan_area: str
    indicator: str
    minimum: float | None
    maximum: float | None


@dataclass(slots=True)
class Look:
    """Where the figures of a row with one indicator, area and plan label go."""

    routes: list[Route]
    #: The row names no plan and no area of one: ``routes`` are the candidates, and the file
    #: says which.
    needs_file: bool = False
    unit_in_label: str = ""
    problem: Outcome | None = None


class FileRouting:
    """The routing of one file's rows."""

    def __init__(self, catalog: Catalog, path: str, given: Plan | None = None) -> None:
        self.catalog = catalog
        self.path = path
        #: The plan every row of the file is for (named with it on the command line, or the
        #: project's one plan).
        self.given = given
        self.by_name = [] if given is not None else plans_named_by(path, catalog.plans)
        #: Plans rows identify (by a plan column or a named area), one plan a row.
        self.by_rows: dict[str, Plan] = {}
        self.identified = False  # any row routed by its own labels
        self._looks: dict[tuple[str, str, str], Look] = {}

    # ----------------------------------------------------------------------------------------
    # The plans of the file

    def up_front(self) -> list[Plan]:
        """The file's plans known before its rows are read: given, or by the file's name."""
        return [self.given] if self.given is not None else self.by_name

    def owners(self) -> list[Plan]:
        """The file's plans: given, or by its name and by its rows."""
        if self.given is not None:
            return [self.given]
        ids = {plan.id for plan in self.by_name} | set(self.by_rows)
        return [plan for plan in self.catalog.plans if plan.id in ids]  # in the plans' order

    def _identify(self, plans: set[str], plan: Plan) -> None:
        self.identified = True
        if len(plans) == 1:
            self.by_rows.setdefault(plan.id, plan)

    # ----------------------------------------------------------------------------------------
    # One row's labels

    def look(self, entry: Entry) -> Look:
        key = (entry.label, entry.area, entry.plan)
        found = self._looks.get(key)
        if found is None:
            found = self._looks[key] = self._look(entry)
            if found.problem is None and not found.needs_file:  # the row names its plan
                self._identify({route.plan.id for route in found.routes}, found.routes[0].plan)
        return found

    def _look(self, entry: Entry) -> Look:
        catalog = self.catalog
        unit_in_label = ""
        matches = catalog.indicators(entry.label)
        if not matches:
            name, unit_in_label = split_unit(entry.label)
            matches = catalog.indicators(name) if name != entry.label else []
        if not matches:
            close = catalog.suggest(entry.label, self.up_front() or None)
            return _problem(
                entry,
                "unmatched-indicator",
                text("data.unmatched-indicator", label=entry.label, hint=_hint(close)),
            )
        if entry.plan:
            plan = catalog.plan(entry.plan)
            if plan is None:
                return _problem(
                    entry, "unmatched-plan", text("data.unmatched-plan", plan=entry.plan)
                )
            matches = [(p, i) for p, i in matches if p.id == plan.id]
            if not matches:
                close = catalog.suggest(entry.label, [plan])
                return _problem(
                    entry,
                    "unmatched-indicator",
                    text(
                        "data.unmatched-indicator.in-plan",
                        plan=plan.id,
                        label=entry.label,
                        hint=_hint(close),
                    ),
                )
        named_area = bool(entry.area) and not catalog.is_whole(entry.area)
        if not entry.area:
            routes = [Route(p, i, None) for p, i in matches]
        else:
            areas = catalog.areas(entry.area)
            routes = [Route(p, i, area) for p, i in matches for ap, area in areas if ap.id == p.id]
            if not routes:
                known = (
                    text("data.unmatched-area.any", area=entry.area)
                    if not areas
                    else text("data.unmatched-area.this-indicator", area=entry.area)
                )
                return _problem(entry, "unmatched-area", known)
        return Look(routes, not (entry.plan or named_area), unit_in_label)

    # ----------------------------------------------------------------------------------------
    # The file's rows

    def route(self, entries: list[Entry], ledger: Ledger) -> list[tuple[Entry, list[Route]]]:
        """The destinations of the file's figures; the rows that go nowhere are marked in the
        ledger (a file that belongs to no loaded plan, with one finding)."""
        looks = [(entry, self.look(entry)) for entry in entries]
        owners = self.owners()
        if not entries:
            return []
        if not owners and not self.identified:
            candidates = {
                route.plan.id: route.plan
                for _, look in looks
                if look.problem is None
                for route in look.routes
            }
            if len(candidates) <= 1:
                self._set_aside(looks, ledger, list(candidates.values()))
                return []
        mine = {plan.id for plan in owners}
        routed: list[tuple[Entry, list[Route]]] = []
        told: set[tuple[int, str]] = set()  # a row's problem is told once, not once per year
        ambiguous: list[tuple[Entry, list[str]]] = []
        for entry, look in looks:
            routes, problem = look.routes, look.problem
            if problem is None and look.needs_file and owners:
                routes = [route for route in routes if route.plan.id in mine]
                if not routes:
                    problem = self._not_of_owners(entry, owners, look.routes)
            if problem is not None:
                if (problem.line, problem.code) not in told:
                    told.add((problem.line, problem.code))
                    ledger.outcome(problem)
                continue
            if look.needs_file and (
                not owners or len({route.area or route.plan.area for route in routes}) > 1
            ):
                ambiguous.append((entry, sorted({route.plan.id for route in routes})))
                continue
            if look.unit_in_label and not entry.unit:
                entry.unit = look.unit_in_label
            routed.append((entry, routes))
        if ambiguous:
            self._ambiguous(ambiguous, ledger, owners)
        return routed

    def _not_of_owners(self, entry: Entry, owners: list[Plan], routes: list[Route]) -> Outcome:
        mine = _joined([plan.id for plan in owners], "and")
        if entry.area and any(
            indicator.id == route.indicator.id
            for plan in owners
            for indicator in plan.indicators
            for route in routes
        ):
            return _warning(
                entry,
                "unmatched-area",
                text("data.unmatched-area.owners", area=entry.area, plans=mine),
            )
        others = ", ".join(sorted({route.plan.id for route in routes}))
        close = self.catalog.suggest(entry.label, owners)
        params = {"label": entry.label, "plans": mine, "hint": _hint(close), "others": others}
        return _warning(
            entry,
            "unmatched-indicator",
            text("data.unmatched-indicator.owners", **params)
            if len(owners) > 1
            else text("data.unmatched-indicator.owner", **params),
        )

    def _set_aside(
        self, looks: list[tuple[Entry, Look]], ledger: Ledger, candidates: list[Plan]
    ) -> None:
        """A file that belongs to no loaded plan: one finding, its figure rows ignored."""
        ids = _joined(
            list(
                dict.fromkeys(
                    ident for plan in self.catalog.plans for ident in (plan.id, plan.area)
                )
            ),
            "or",
        )
        lines = sorted({entry.line for entry, _ in looks})
        shared = text("data.file-not-for-plan.shared") if candidates else ""
        rows = (
            text("data.file-not-for-plan.rows.one", count=len(lines))
            if len(lines) == 1
            else text("data.file-not-for-plan.rows.many", count=len(lines))
        )
        message = text("data.file-not-for-plan", rows=rows, ids=ids, shared=shared)
        strict = ledger.strict  # warnings are errors, and so are their rows
        not_mine = text("data.file-not-for-plan.row")
        for line in lines:
            ledger.mark(line, "error" if strict else "ignored", "file-not-for-plan", not_mine)
        ledger.note("file-not-for-plan", message)

    def _ambiguous(
        self, rows: list[tuple[Entry, list[str]]], ledger: Ledger, owners: list[Plan]
    ) -> None:
        """Rows that name no plan or area of one, in a file that does not say which of the
        candidate plans it is for: errors, with one finding for the file."""
        candidates = sorted({plan for _, plans in rows for plan in plans})
        whose = (
            text("data.ambiguous-plan.owners", plans=_joined([plan.id for plan in owners], "and"))
            if owners
            else text("data.ambiguous-plan.no-owner")
        )
        lines = sorted({entry.line for entry, _ in rows})
        params = {
            "count": len(lines),
            "whole": _WHOLE_WORDS,
            "whose": whose,
            "plans": _or(candidates),
            "lines": _listed(lines),
        }
        message = (
            text("data.ambiguous-plan.one", **params)
            if len(lines) == 1
            else text("data.ambiguous-plan.many", **params)
        )
        for entry, plans in rows:
            ledger.mark(
                entry.line,
                "error",
                "ambiguous-plan",
                text(
                    "data.ambiguous-plan.row",
                    label=entry.label,
                    area=entry.area or text("data.no-area"),
                    plans=_or(plans),
                ),
                col=entry.col,
            )
        first = rows[0][0]
        ledger.note("ambiguous-plan", message, first.line, first.col)

    # ----------------------------------------------------------------------------------------
    # DuckDB's questions (:mod:`plantrack.actuals.duckdb_reader`)

    def routed_alike(self, plans: set[str], by_file: bool) -> bool:
        """Whether rows that identify ``plans`` by their labels, and (``by_file``) rows routed
        by the plan of the file, go where the row reader sends them: a row routed by the plan
        of the file goes to the plans known up front, which must then be all of the file's."""
        if not by_file or self.given is not None:
            return True
        known = {plan.id for plan in self.by_name}
        return plans <= known

    def series_indicator(self, label: str, plan: str, has_area: bool) -> SeriesIndicator | None:
        """The one quantitative indicator (with no unit in the label) a row with this indicator
        and plan label leads to, routed as :meth:`route` would (``has_area``: the row names an
        area); None when the row reader must read the row and say what is wrong with it."""
        catalog = self.catalog
        matches = catalog.indicators(label)
        if plan:
            named = catalog.plan(plan)
            matches = [m for m in matches if named is not None and m[0].id == named.id]
        elif not has_area:
            mine = {p.id for p in self.up_front()}
            if len(mine) != 1:
                return None
            matches = [m for m in matches if m[0].id in mine]
        if len(matches) != 1:
            return None
        plan_model, indicator = matches[0]
        unit = indicator.parsed_unit
        if unit.is_qualitative or indicator.rating_scale is not None:
            return None
        return SeriesIndicator(
            plan_model.id, plan_model.area, indicator.id, unit.minimum, unit.maximum
        )

    def series_areas(self, area: str) -> dict[str, str] | None:
        """The area id, by plan, that an area label names (a plan where it names two areas is
        left out); None for ``Toàn huyện`` and the like (a level, not an area)."""
        if self.catalog.is_whole(area):
            return None
        ids: dict[str, list[str]] = {}
        for plan, ident in self.catalog.areas(area):
            ids.setdefault(plan.id, []).append(ident)
        return {plan: found[0] for plan, found in ids.items() if len(found) == 1}


_WHOLE_WORDS = "Toàn huyện / Toàn tỉnh"


def _problem(entry: Entry, code: str, message: str) -> Look:
    return Look([], problem=_warning(entry, code, message))


def _warning(entry: Entry, code: str, message: str) -> Outcome:
    return Outcome(entry.line, code, message, warning=True)


def _hint(close: str | None) -> str:
    return text("data.did-you-mean", close=close) if close else ""


def _or(items: list[str]) -> str:
    """``a, b or c``."""
    if len(items) == 1:
        return items[0]
    return text("data.or", first=", ".join(items[:-1]), last=items[-1])


def _joined(items: list[str], word: str) -> str:
    """``a and b and c`` (``word`` ``and``) or ``a or b or c`` (``or``)."""
    joined = items[0] if items else ""
    for item in items[1:]:
        joined = (
            text("data.and", first=joined, last=item)
            if word == "and"
            else text("data.or", first=joined, last=item)
        )
    return joined


def _listed(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:_LISTED]))
    if len(lines) == 1:
        return text("data.lines.one", lines=shown)
    more = text("data.lines.more", count=len(lines) - _LISTED) if len(lines) > _LISTED else ""
    return text("data.lines.many", lines=shown, more=more)
