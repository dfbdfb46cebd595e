"""``plantrack check`` as a library call: plans and data files in, one report out.

>>> from plantrack.report.build import CheckOptions, run_check
>>> report = run_check(["plans"], ["data"], CheckOptions())  # doctest: +SKIP
>>> report.summary()["on_track"], report.exit_code(fail_on=None)  # doctest: +SKIP
>>> report.to_records(lang="en")[0]["status"]  # doctest: +SKIP

This module only joins the pieces: :func:`plantrack.plans.load.load_plans` reads the plans,
:func:`plantrack.actuals.read_actuals` the data, :func:`plantrack.assessment.assess` judges every
target, and the filters keep what the user asked for. Rendering (table, JSON, CSV, Markdown,
GitHub annotations) is in :mod:`plantrack.render.formats`; the report as flat records, for
a notebook or a DataFrame, in :mod:`plantrack.report.records`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plantrack.actuals.catalog import Catalog
from plantrack.actuals.read import DataSet, ReadOptions, read_actuals
from plantrack.assessment import LazyAssessment, Result, assess_lazily
from plantrack.assessment.status import Status
from plantrack.findings import Finding, HasFindings, sort_key
from plantrack.findings.registry import make
from plantrack.plans.load import USAGE_CODES, LoadedPlan, PlanSet, load_plans
from plantrack.plans.model import Indicator, Plan, target_id
from plantrack.report import filters
from plantrack.texts import text

if TYPE_CHECKING:
    from plantrack.assessment.sql import SqlAssessment, SqlRows
    from plantrack.report.baseline import Acceptance, AppliedBaseline, Baseline
    from plantrack.report.since import AppliedSince, Changes, Compared, PreviousReport

_USAGE = USAGE_CODES | {"unknown-filter"}

#: Exit codes of ``plantrack check`` (docs/codes.md).
EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_INPUT = 2

#: The statuses that say the data are missing rather than how the target is doing.
DATA_STATUSES = (Status.INSUFFICIENT_DATA, Status.NO_DATA)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What to check and how: the reader's options, the year, and the filters."""

    read: ReadOptions = field(default_factory=ReadOptions)
    as_of: int | None = None
    areas: tuple[str, ...] = ()  # ids or names
    indicators: tuple[str, ...] = ()  # ids, names or aliases
    statuses: tuple[Status, ...] = ()
    include_vision: bool = True
    explain: str | None = None  # one indicator, whose working is shown
    working: bool = True  # False: results without their steps (for outputs that omit them)


@dataclass(slots=True)
class Target:
    """A result with what it is about: the plan, indicator and target objects."""

    result: Result
    plan: Plan
    plan_file: str
    indicator: Indicator
    target: Any
    plan_line: int | None = None  # where the target is written in the plan file
    accepted: Acceptance | None = None  # its entry in the baseline (``--baseline``), if any
    compared: Compared | None = None  # against the previous report (``--since``), if any


@dataclass(slots=True)
class TargetRows:
    """A target whose results SQL can make (docs/decisions/0004): its results as
    :meth:`rows` (the CSV writer's), or as Python makes them (:meth:`targets`, what every other
    reader of the report gets). One or the other is taken, once."""

    plan: Plan
    plan_file: str
    indicator: Indicator
    target: Any
    plan_line: int | None
    in_sql: SqlAssessment
    results: Iterator[Result]

    def targets(self) -> Iterator[Target]:
        for result in self.results:
            yield Target(
                result, self.plan, self.plan_file, self.indicator, self.target, self.plan_line
            )

    def rows(self) -> SqlRows | None:
        """The results made by SQL; None when they are Python's after all (a number that leaves
        the doubles: :meth:`plantrack.assessment.sql.SqlAssessment.rows`)."""
        return self.in_sql.rows(self.indicator, self.target)


@dataclass(slots=True)
class CheckReport(HasFindings):
    """What ``plantrack check`` found. ``targets`` holds every result, unless the report was made
    with ``run_check(..., lazy=True)``: then :meth:`stream` makes them one at a time (once), and
    :meth:`summary` and :meth:`exit_code` count them as they pass (making, without keeping, any
    not streamed yet)."""

    as_of: int | None
    plans: list[LoadedPlan]
    data: DataSet
    targets: list[Target]
    findings: list[Finding]
    filters: dict[str, list[str]]
    #: The results still to make (lazy reports); a target SQL can assess is one TargetRows.
    pending: Iterator[Target | TargetRows] | None = None
    counts: dict[Status, int] = field(default_factory=dict)  # of the results streamed
    main_counts: dict[Status, int] = field(default_factory=dict)  # of the main ones streamed
    baseline: AppliedBaseline | None = None  # the results accepted as they stand
    open_counts: dict[Status, int] = field(default_factory=dict)  # streamed, not accepted
    since: AppliedSince | None = None  # the previous report compared with (``--since``)

    @property
    def results(self) -> list[Result]:
        return [item.result for item in self.targets]

    def stream(self) -> Iterator[Target]:
        """Every result: those held, then (lazy reports) each one as it is made, counted."""
        yield from self.targets
        pending, self.pending = self.pending, None
        if pending is not None:
            for item in _python(pending):
                self._count(item.result.status, 1, item)
                yield item

    def stream_rows(self) -> Iterator[Target | SqlTarget]:
        """:meth:`stream`, with the targets SQL assesses as their rows (an
        :class:`SqlTarget` each, counted by status) instead of a :class:`Target` a result:
        for the CSV writer (docs/decisions/0004)."""
        yield from self.targets
        pending, self.pending = self.pending, None
        if pending is None:
            return
        for item in pending:
            if isinstance(item, Target):
                self._count(item.result.status, 1, item)
                yield item
                continue
            rows = item.rows()
            if rows is None:
                for target in item.targets():
                    self._count(target.result.status, 1, target)
                    yield target
                continue
            made = SqlTarget(item, rows)
            for status, count in rows.counts.items():
                self._count(Status(status), count, made)
            yield made

    def _count(self, status: Status, count: int, item: Target | SqlTarget) -> None:
        """Count ``count`` results of ``item``'s target with ``status`` as they are streamed."""
        self.counts[status] = self.counts.get(status, 0) + count
        if not isinstance(item, Target) or not _accepted(item):
            self.open_counts[status] = self.open_counts.get(status, 0) + count
        if is_main(item):
            self.main_counts[status] = self.main_counts.get(status, 0) + count

    def _drain(self) -> None:
        """Make (and count) the results not streamed yet, so that counts are complete."""
        if self.pending is not None:
            for _ in self.stream():
                pass

    def summary(self) -> dict[str, int]:
        self._drain()
        counts = {status.value: self.counts.get(status, 0) for status in Status}
        for item in self.targets:
            counts[item.result.status.value] += 1
        return counts

    def main_summary(self) -> dict[str, int] | None:
        """The plan's main targets (chỉ tiêu chủ yếu) as offices count them: how many, how many
        met or exceeded, how many not achieved, the rest (still in progress, or without
        data); None when no plan marks its main targets."""
        if not any(i.main for loaded in self.plans for i in loaded.plan.indicators):
            return None
        self._drain()
        counts = dict(self.main_counts)
        for item in self.targets:
            if is_main(item):
                counts[item.result.status] = counts.get(item.result.status, 0) + 1
        total = sum(counts.values())
        met = counts.get(Status.EXCEEDED, 0) + counts.get(Status.ACHIEVED, 0)
        missed = counts.get(Status.NOT_ACHIEVED, 0)
        return {"counted": total, "met": met, "not_achieved": missed, "other": total - met - missed}

    def to_records(self, lang: str = "vi") -> list[dict[str, Any]]:
        """One flat dict a result, with the keys of
        :data:`~plantrack.report.records.RECORD_KEYS` (documented there), the values of the
        JSON output, names and notes in ``lang`` (``vi`` or ``en``). A lazy report's results
        are made as they are listed, once."""
        from plantrack.report.records import result_record

        return [result_record(item, lang) for item in self.stream()]

    def to_frame(self, lang: str = "vi") -> Any:
        """:meth:`to_records` as a pandas DataFrame, a column a key of
        :data:`~plantrack.report.records.RECORD_KEYS` (in that order, even with no result).
        pandas is not a dependency of plantrack: without it, an ImportError says how to get it."""
        import importlib

        from plantrack.report.records import RECORD_KEYS

        try:
            pandas = importlib.import_module("pandas")
        except ImportError as error:
            raise ImportError(
                "CheckReport.to_frame() needs pandas, which plantrack does not install: "
                "pip install pandas (or use to_records(), which needs nothing more)"
            ) from error
        return pandas.DataFrame.from_records(self.to_records(lang), columns=list(RECORD_KEYS))

    def failing(self, threshold: Status, *, with_accepted: bool = False) -> list[Target]:
        """Results at ``threshold`` or worse. The data statuses count only when the threshold
        is one of them: ``--fail-on off_track`` is about progress, not about missing figures.
        Results the baseline accepts do not count, unless ``with_accepted``."""
        return [
            t
            for t in self.targets
            if _fails(t.result.status, threshold) and (with_accepted or not _accepted(t))
        ]

    def fails(self, threshold: Status) -> bool:
        """Whether any result not accepted is at ``threshold`` or worse (streamed ones
        included)."""
        self._drain()
        return bool(self.failing(threshold)) or any(
            _fails(status, threshold) for status, count in self.open_counts.items() if count
        )

    def apply_baseline(self, baseline: Baseline) -> None:
        """Mark the results ``baseline`` accepts (those held now, the rest as they are made);
        its stale and expired entries join the findings."""
        from plantrack.report.baseline import AppliedBaseline

        self.baseline = applied = AppliedBaseline(baseline)
        for item in self.targets:
            applied.mark(item)
        if self.pending is not None:
            self.pending = applied.marking(_python(self.pending))
        self.findings.extend(baseline.findings(self.plans))
        self.findings.sort(key=sort_key)

    def compare_with(self, previous: PreviousReport) -> None:
        """Compare every result with the previous report (those held now, the rest as they
        are made): :meth:`changes` says what changed, each result's ``compared`` how."""
        from plantrack.report.since import AppliedSince

        self.since = applied = AppliedSince(previous, self.as_of, self.plans)
        for item in self.targets:
            applied.mark(item)
        if self.pending is not None:
            self.pending = applied.marking(_python(self.pending))

    def changes(self) -> Changes | None:
        """What changed since the previous report (None without one; complete: the results
        not streamed yet are made)."""
        if self.since is None:
            return None
        self._drain()
        return self.since.changes()

    def baseline_summary(self) -> dict[str, Any] | None:
        """The baseline's file, entries, and results by state (None without a baseline)."""
        if self.baseline is None:
            return None
        self._drain()
        return self.baseline.summary()

    @property
    def usage_error(self) -> bool:
        """Nothing could be checked: a path that does not exist, no plan, no data file, or no
        data file that could be opened."""
        unreadable = bool(self.data.files) and all(f.failed for f in self.data.files)
        return (
            self.data.usage_error
            or unreadable
            or not self.plans
            or any(finding.code in _USAGE for finding in self.findings)
        )

    @property
    def input_error(self) -> bool:
        """A plan that is invalid, a path or file that cannot be read, or a row in error."""
        return bool(self.errors)

    def exit_code(self, fail_on: Status | None, *, strict: bool = False) -> int:
        if self.input_error or (strict and self.warnings):
            return EXIT_INPUT
        if fail_on is not None and self.fails(fail_on):
            return EXIT_FAIL_ON
        return EXIT_OK


@dataclass(slots=True)
class SqlTarget:
    """A target's results as SQL made them (:meth:`CheckReport.stream_rows`)."""

    about: TargetRows
    rows: SqlRows

    @property
    def indicator(self) -> Indicator:
        return self.about.indicator

    @property
    def target(self) -> Any:
        return self.about.target


def _python(pending: Iterator[Target | TargetRows]) -> Iterator[Target]:
    """The results of ``pending``, every one made by Python."""
    for item in pending:
        if isinstance(item, Target):
            yield item
        else:
            yield from item.targets()


def _accepted(item: Target) -> bool:
    return item.accepted is not None and item.accepted.covers


def _fails(status: Status, threshold: Status) -> bool:
    if threshold in DATA_STATUSES:
        return status.rank >= threshold.rank
    return threshold.rank <= status.rank and status not in DATA_STATUSES


def run_check(
    plan_paths: Sequence[str | os.PathLike[str]],
    data_paths: Sequence[str | os.PathLike[str]],
    options: CheckOptions | None = None,
    *,
    stdin: Any = None,
    lazy: bool = False,
) -> CheckReport:
    """Load the plans, read the data, assess every target, keep what the filters ask for.

    ``lazy=True``: the results are made as :meth:`CheckReport.stream` is read, and not kept (a
    writer that takes one result at a time then needs memory for one result, not for all)."""
    options = options or CheckOptions()
    planset = load_plans(plan_paths)
    plans = [loaded.plan for loaded in planset.plans]
    catalog = Catalog.of(plans)
    if plans:
        data = read_actuals(
            data_paths,
            plans,
            options.read,
            stdin=stdin,
            catalog=catalog,
            owner=_project_plan(plan_paths, planset),
        )
    else:  # no valid plan: nothing to match figures to, so the data are not read
        data = DataSet()
    findings = [*planset.findings, *data.findings]
    as_of = options.as_of
    if as_of is None:
        as_of = data.latest_year()
    wanted_areas = filters.wanted_areas(catalog, options.areas, findings)
    wanted_indicators = filters.wanted_indicators(catalog, options.indicators, findings)
    if options.explain:
        explained = filters.wanted_indicators(catalog, (options.explain,), findings, "explain")
        wanted_indicators = (
            explained if wanted_indicators is None else wanted_indicators & (explained or set())
        )
    # A lazy report without a filter or --explain may take some targets' results from SQL
    # (its CSV and JSON writers do: docs/decisions/0004); every other reader gets Python's.
    sql = (
        lazy
        and options.explain is None
        and not (options.areas or options.indicators or options.statuses)
    )
    assessments = []
    for loaded in planset.plans:
        assessment = assess_lazily(
            loaded.plan,
            data.loose,
            as_of=as_of,
            include_vision=options.include_vision,
            blocks=data.blocks,
            working=options.working or options.explain is not None,
            sql=sql,
        )
        findings.extend(f for f in assessment.findings if f not in findings)
        assessments.append((loaded, assessment))
    if (
        wanted_areas
        and not options.statuses
        and not options.indicators
        and not filters.any_target(
            planset.plans, wanted_areas, wanted_indicators, options.include_vision
        )
    ):
        findings.append(
            make(
                "unknown-filter",
                text(
                    "report.no-target-in-area",
                    areas=[repr(area) for area in options.areas],
                    with_targets=filters.areas_with_targets(planset.plans),
                ),
            )
        )
    findings.sort(key=sort_key)
    asked = {
        "area": list(options.areas),
        "indicator": list(options.indicators),
        "status": [status.value for status in options.statuses],
    }
    made = _targets(assessments, options, wanted_areas, wanted_indicators)
    if lazy:
        return CheckReport(as_of, planset.plans, data, [], findings, asked, made)
    return CheckReport(as_of, planset.plans, data, list(_python(made)), findings, asked)


def _project_plan(plan_paths: Sequence[str | os.PathLike[str]], planset: PlanSet) -> Plan | None:
    """The plan every data file is for: the one plan file found in the plan folders given
    (``plantrack check`` in a project with one plan). A plan file named with ``--plan`` is not
    one: other plans' files may sit in the data folder (docs/data-format.md)."""
    single = len(planset.files) == 1 and len(planset.plans) == 1
    if single and plan_paths and all(Path(path).is_dir() for path in plan_paths):
        return planset.plans[0].plan
    return None


def _targets(
    assessments: list[tuple[LoadedPlan, LazyAssessment]],
    options: CheckOptions,
    wanted_areas: set[tuple[str, str]] | None,
    wanted_indicators: set[tuple[str, str]] | None,
) -> Iterator[Target | TargetRows]:
    """The results the filters keep, with what they are about; a target SQL can assess as one
    :class:`TargetRows` (only when there is no filter)."""
    for loaded, assessment in assessments:
        plan = loaded.plan
        by_id = {
            target_id(indicator, target, plan.area): (
                indicator,
                target,
                loaded.doc.position(("indicators", i, "targets", j)),
            )
            for i, indicator in enumerate(plan.indicators)
            for j, target in enumerate(indicator.targets)
        }
        in_sql = assessment.in_sql
        for group in assessment.groups:
            if in_sql is not None and in_sql.takes(group.indicator, group.target):
                position = by_id[target_id(group.indicator, group.target, plan.area)][2]
                yield TargetRows(
                    plan,
                    loaded.file,
                    group.indicator,
                    group.target,
                    position[0] if position else None,
                    in_sql,
                    group.results,
                )
                continue
            wanted = (wanted_areas, wanted_indicators)
            yield from _kept(group.results, loaded, options, wanted, by_id)


def _kept(
    results: Iterator[Result],
    loaded: LoadedPlan,
    options: CheckOptions,
    wanted: tuple[set[tuple[str, str]] | None, set[tuple[str, str]] | None],
    by_id: dict[str, tuple[Indicator, Any, Any]],
) -> Iterator[Target]:
    """The results of one target that the filters keep (``wanted``: areas and indicators)."""
    plan = loaded.plan
    wanted_areas, wanted_indicators = wanted
    for result in results:
        if wanted_areas is not None and (plan.id, result.area) not in wanted_areas:
            continue
        if wanted_indicators is not None and (plan.id, result.indicator) not in wanted_indicators:
            continue
        if options.statuses and result.status not in options.statuses:
            continue
        indicator, target, position = by_id[result.target]
        line = position[0] if position else None
        yield Target(result, plan, loaded.file, indicator, target, line)


def is_main(item: Target | SqlTarget) -> bool:
    """A result of one of the plan's main targets (an indicator marked ``main``, its targets
    for the plan period, not the vision)."""
    return item.indicator.main and not item.target.vision
