"""One figure per plan, indicator, area, measure, year and kind: duplicates and conflicts.

Two different figures for the same thing are never averaged and neither is chosen: both places
are named (``conflicting-values``) and the year is not used. The same figure twice is used once
(``duplicate-row``). This module does not know how figures are read or routed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.actuals.catalog import Route
from plantrack.actuals.ledger import Ledger
from plantrack.findings import Severity
from plantrack.observations import Observation, conflict_message, figure_place, same_figure
from plantrack.texts import text

__all__ = ["Pending", "keep_one_figure"]


@dataclass(slots=True)
class Pending:
    """A figure whose destination is known and whose number is still to be read."""

    col: int
    route: Route
    ledger: Ledger
    observation: Observation
    file: int = 0  # the index of the file, to keep the order of the files and rows

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.file, self.observation.line or 0, self.col)


def keep_one_figure(pending: list[Pending]) -> list[Observation]:
    """The figures kept, one per plan, indicator, area, measure, year and kind (``pending``
    in the order of the files and rows); the rest are marked in their files' ledgers."""
    first: dict[tuple[Any, ...], Pending] = {}
    dropped: set[int] = set()
    conflicted: set[tuple[Any, ...]] = set()
    for item in pending:
        obs = item.observation
        route = item.route
        key = (
            route.plan.id,
            obs.indicator,
            obs.area or route.plan.area,
            obs.measure,
            obs.year,
            obs.estimate,
        )
        kept = first.get(key)
        if kept is None:
            first[key] = item
            continue
        earlier = kept.observation
        same = same_figure(earlier, obs)
        if same and key not in conflicted:
            duplicate = text("data.duplicate-row", place=figure_place(earlier))
            item.ledger.unuse(obs.line or 0, "duplicate-row", duplicate, item.col)
            item.ledger.mark(
                obs.line or 0,
                "ignored",
                "duplicate-row",
                duplicate,
                col=item.col,
                severity=Severity.WARNING,
            )
            dropped.add(id(item))
            continue
        conflicted.add(key)
        message = conflict_message(earlier, obs, obs.area or route.plan.area)
        for side in (kept, item):
            side_obs = side.observation
            side.ledger.mark(
                side_obs.line or 0,
                "error",
                "conflicting-values",
                message,
                col=side.col,
                severity=Severity.ERROR if side is item else None,
            )
            dropped.add(id(side))
    survivors = [item for item in pending if id(item) not in dropped]
    for item in survivors:
        item.ledger.report.observations += 1
    return [item.observation for item in survivors]
