"""The reported shares of one structure (cơ cấu) must sum to about 100: a data finding when they
do not.

Published tables round each share, so a sum of 99,9 or 100,2 is normal; a sum further from 100
than :data:`SUM_TOLERANCE` points means a share is missing, misread or from another table. The
plan's own bands are checked in :mod:`plantrack.plans.rules`; a share's verdict is in
:mod:`plantrack.assessment.kinds.structure`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from plantrack.assessment.series import Series
from plantrack.findings import Finding, Severity
from plantrack.plans.model import Plan, StructureTarget

#: How far (in points) reported shares may sum from 100: the round-off of published tables.
SUM_TOLERANCE = 0.5


def structures(plan: Plan) -> dict[tuple[str, str], list[str]]:
    """The indicators (shares) of each structure, by (structure id, area), in plan order."""
    found: dict[tuple[str, str], list[str]] = {}
    for indicator in plan.indicators:
        for target in indicator.targets:
            if not isinstance(target, StructureTarget):
                continue
            for area in target.areas or [plan.area]:
                shares = found.setdefault((target.structure, area), [])
                if indicator.id not in shares:
                    shares.append(indicator.id)
    return found


def sum_findings(
    plan: Plan, index: Mapping[tuple[str, str], Series], as_of: int | None
) -> Iterator[Finding]:
    """A ``structure-sum`` warning for each structure, area and year (up to ``as_of``) whose
    shares are all reported and sum to something else than 100 by more than
    :data:`SUM_TOLERANCE` (a share reported as a range counts at both its ends)."""
    if as_of is None:
        return
    for (structure, area), shares in structures(plan).items():
        if len(shares) < 2:  # one share: the plan check says so; there is nothing to sum
            continue
        series = [index.get((share, area), Series()) for share in shares]
        years = set.intersection(*(set(s.levels) for s in series))
        for year in sorted(y for y in years if y <= as_of):
            points = [s.levels[year] for s in series]
            low = sum(p.value or 0.0 for p in points)
            high = sum(p.high if p.high is not None else (p.value or 0.0) for p in points)
            if low <= 100 + SUM_TOLERANCE and high >= 100 - SUM_TOLERANCE:
                continue
            total = f"{low:.10g}" if low == high else f"{low:.10g}-{high:.10g}"
            parts = " + ".join(
                f"{share} {p.value:.10g}"
                + (f"-{p.high:.10g}" if p.high is not None else "")
                + (f" ({p.where})" if p.where else "")
                for share, p in zip(shares, points, strict=True)
            )
            file, line, cell = _place(points[0].where)
            yield Finding(
                "structure-sum",
                f"the shares of structure {structure!r} in {area}, {year} sum to {total}, "
                f"not 100 (more than {SUM_TOLERANCE:g} points off): {parts}",
                file,
                line,
                None,
                Severity.WARNING,
                cell,
            )


def _place(where: str) -> tuple[str | None, int | None, str | None]:
    """File, line and cell of a figure's ``where`` (``data/x.csv:12``, ``data/x.xlsx:S!C7``)."""
    if not where:
        return None, None, None
    file, _, rest = where.rpartition(":")
    if not file:
        return where, None, None
    if rest.isdigit():
        return file, int(rest), None
    return file, None, rest
