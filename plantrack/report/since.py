"""What changed since a previous report: ``plantrack check --since PREVIOUS.json``.

The previous report is a JSON document written by ``plantrack check --format json``
(schema/check.schema.json). Its results are matched with this run's by plan, area and target id
(the id names the indicator), and the differences are data (:class:`Changes`):

- **statuses** that changed (:class:`StatusChange`). Progress statuses are ordered by
  :attr:`~plantrack.assessment.status.Status.rank` (0, exceeded, is best): a better one is
  ``improved``, a worse one ``worsened``. The two data statuses (``insufficient_data``,
  ``no_data``) say nothing of progress, so a move between one of them and a verdict is neither:
  it is ``assessed`` (the figures now allow a verdict) or ``unassessed`` (they no longer do); a
  move between the two data statuses is ``improved`` (figures now, not enough of them) or
  ``worsened``, as a baseline compares them (:mod:`plantrack.report.baseline`).
- **figures revised** (:class:`Revision`): for each year both reports show for a result, an
  estimate (ước thực hiện) now reported as a final figure is ``estimate_replaced`` (whether or
  not the number changed); any other change of the number is ``revised``. Numbers are compared
  as numbers, never as formatted text, and equal when they differ by no more than one part in a
  billion or by 1e-9 (:data:`REL_TOL`, :data:`ABS_TOL`): the noise of a conversion or of a
  figure written by another program, far below any figure a report prints. A year the previous
  report showed and this one no longer does is not listed.
- targets **now due** (:class:`NowDue`): their deadline has come since the previous report
  (after its ``as_of``, at or before this one's), whether or not it listed them;
- **new** results (:class:`New`), not in the previous report;
- **gone** results (:class:`Gone`), in the previous report and not in this one, because their
  target was removed or renamed, or their plan is not checked this time. A target still in a
  loaded plan that the filters of this run (``--area``, ``--indicator``, ``--status``) leave
  out is not gone: compare reports made with the same filters.

Each result is marked as it is made (:class:`Compared`: its status in the previous report and
the words of what changed), so a lazy report can be compared as it is streamed; :class:`Changes`
is complete once every result has been made. This module knows nothing of rendering or of the
command line.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from plantrack.assessment.status import Status
from plantrack.findings import Finding
from plantrack.findings.registry import make
from plantrack.report.input_file import FileWords, read_bounded
from plantrack.report.json_words import json_phrase
from plantrack.texts import Text, text

if TYPE_CHECKING:
    from plantrack.plans.load import LoadedPlan
    from plantrack.report.build import Target

#: A previous report larger than this is refused (the JSON of the bundled data, 58 results with
#: their working, is 0.3 MB; a national check with its working runs to hundreds of MB).
MAX_PREVIOUS_BYTES = 1024 * 2**20
#: Two figures closer than this (relative, or absolute) are the same figure.
REL_TOL = 1e-9
ABS_TOL = 1e-9
#: At most this many findings about the results of a broken previous report (then a count).
MAX_RESULT_FINDINGS = 20

#: The statuses that say the data are missing rather than how the target is doing.
_DATA_STATUSES = (Status.INSUFFICIENT_DATA, Status.NO_DATA)
_STATUS_WORDS = frozenset(status.value for status in Status)
_KEYS = ("plan", "area", "indicator", "target", "status", "values")
_FILE_WORDS = FileWords(
    "report.since-not-found",
    "report.since-unreadable",
    "report.since-too-large",
    "report.since-not-utf8",
)

#: How a status changed.
DIRECTIONS = ("improved", "worsened", "assessed", "unassessed")
#: How a figure changed.
REVISIONS = ("estimate_replaced", "revised")
#: The words of :attr:`Compared.changes`, in the order they are given.
CHANGE_WORDS = (*DIRECTIONS, "new", "now_due", *REVISIONS)

Key = tuple[str, str, str]  # plan, area, target id


class Names(NamedTuple):
    """A name in both languages."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


# --------------------------------------------------------------------------------------------
# The previous report


class Figure(NamedTuple):
    """A year's figure as a report showed it."""

    year: int
    value: float | None
    estimate: bool


@dataclass(frozen=True, slots=True)
class PreviousResult:
    """One result of the previous report: what is compared."""

    plan: str
    area: str
    indicator: str
    target: str
    status: Status
    figures: tuple[Figure, ...]
    indicator_name: Names
    unit: str = ""
    deadline: int | None = None

    @property
    def key(self) -> Key:
        return (self.plan, self.area, self.target)


@dataclass(slots=True)
class PreviousReport:
    """The results of a previous report, by key."""

    file: str
    as_of: int | None
    results: dict[Key, PreviousResult] = field(default_factory=dict)


def load_previous(path: str | os.PathLike[str]) -> tuple[PreviousReport | None, list[Finding]]:
    """Read a report written by ``plantrack check --format json``. Returns ``(None,
    findings)`` when it cannot be used: any result in error makes it unusable (half a report
    would list every missing result as new)."""
    name = str(path)
    content, findings = read_bounded(Path(path), MAX_PREVIOUS_BYTES, _FILE_WORDS)
    if content is None:
        return None, findings
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        message = text("report.since-json", reason=json_phrase(error.msg))
        return None, [make("since-not-json", message, name, error.lineno, error.colno)]
    except RecursionError:  # nested beyond what the parser takes: not a report
        return None, [make("since-not-a-report", text("report.since-shape"), name)]
    if not _is_report(data):
        return None, [make("since-not-a-report", text("report.since-shape"), name)]
    previous = PreviousReport(name, data["as_of"])
    problems = list(_results(data["results"], previous))
    if len(problems) > MAX_RESULT_FINDINGS:
        more = len(problems) - MAX_RESULT_FINDINGS
        problems = problems[:MAX_RESULT_FINDINGS]
        problems.append(make("since-bad-result", text("report.since-more", more=more), name))
    if problems:
        return None, problems
    return previous, []


def _is_report(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("plantrack"), str)
        and isinstance(data.get("results"), list)
        and "as_of" in data
        and (data["as_of"] is None or _integer(data["as_of"]))
    )


def _results(results: list[Any], previous: PreviousReport) -> Iterator[Finding]:
    """Fill ``previous`` from the report's results; yield what is wrong with them."""
    file = previous.file
    for number, raw in enumerate(results, start=1):
        if not isinstance(raw, dict):
            yield make("since-bad-result", text("report.since-result-shape", number=number), file)
            continue
        problems: list[Text] = [
            text("report.baseline-missing", key=key)
            for key in _KEYS
            if key not in raw or (key != "values" and not _word(raw[key]))
        ]
        status = raw.get("status")
        if _word(status) and status not in _STATUS_WORDS:
            statuses = [s.value for s in Status]
            problems.append(text("report.baseline-status", status=status, statuses=statuses))
        figures = _figures(raw.get("values"))
        if figures is None and "values" in raw:
            problems.append(text("report.since-values"))
        name = f"{raw.get('target', '?')} ({raw.get('area', '?')})"
        if problems:
            message = text("report.since-result", number=number, result=name, problems=problems)
            yield make("since-bad-result", message, file)
            continue
        assert figures is not None
        result = PreviousResult(
            str(raw["plan"]),
            str(raw["area"]),
            str(raw["indicator"]),
            str(raw["target"]),
            Status(str(status)),
            figures,
            _names(raw.get("indicator_name"), str(raw["indicator"])),
            raw["unit"] if isinstance(raw.get("unit"), str) else "",
            raw["deadline"] if _integer(raw.get("deadline")) else None,
        )
        if result.key in previous.results:
            message = text("report.since-twice", number=number, result=name)
            yield make("since-bad-result", message, file)
            continue
        previous.results[result.key] = result


def _figures(values: Any) -> tuple[Figure, ...] | None:
    """A result's ``values`` as figures; None when they are not a list of ``{year, value,
    estimate}``."""
    if not isinstance(values, list):
        return None
    figures = []
    for value in values:
        if not isinstance(value, dict):
            return None
        year, number, estimate = value.get("year"), value.get("value"), value.get("estimate")
        if not isinstance(year, int) or isinstance(year, bool) or not isinstance(estimate, bool):
            return None
        if number is not None and not (_number(number) and math.isfinite(number)):
            return None
        figures.append(Figure(year, None if number is None else float(number), estimate))
    return tuple(figures)


def _names(value: Any, fallback: str) -> Names:
    if isinstance(value, dict) and all(isinstance(value.get(lang), str) for lang in ("vi", "en")):
        return Names(value["vi"], value["en"])
    return Names(fallback, fallback)


def _word(value: Any) -> bool:
    return isinstance(value, str) and value != ""


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --------------------------------------------------------------------------------------------
# The changes


@dataclass(frozen=True, slots=True)
class About:
    """The result a change is about, with its names."""

    plan: str
    area: str
    indicator: str
    target: str
    indicator_name: Names
    area_name: Names
    deadline: int | None  # the target's deadline (None: a previous report that omits it)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["indicator_name"] = self.indicator_name._asdict()
        data["area_name"] = self.area_name._asdict()
        for key, value in data.items():
            if isinstance(value, Status):
                data[key] = value.value
        return data


@dataclass(frozen=True, slots=True)
class StatusChange(About):
    before: Status
    after: Status
    direction: str  # one of DIRECTIONS


@dataclass(frozen=True, slots=True)
class Revision(About):
    year: int
    before_value: float | None
    before_estimate: bool
    after_value: float | None
    after_estimate: bool
    kind: str  # one of REVISIONS
    unit: str

    def to_dict(self) -> dict[str, Any]:
        data = About.to_dict(self)
        for when in ("before", "after"):
            value, estimate = data.pop(f"{when}_value"), data.pop(f"{when}_estimate")
            data[when] = {"value": value, "estimate": estimate}
        return data


@dataclass(frozen=True, slots=True)
class NowDue(About):
    status: Status


@dataclass(frozen=True, slots=True)
class New(About):
    status: Status


@dataclass(frozen=True, slots=True)
class Gone(About):
    status: Status  # in the previous report


@dataclass(frozen=True, slots=True)
class Compared:
    """A result against the previous report: its status there (None: not in it) and the words
    of what changed (:data:`CHANGE_WORDS`, in that order)."""

    before: Status | None
    changes: tuple[str, ...]


@dataclass(slots=True)
class Changes:
    """What changed since the previous report (complete once every result has been made)."""

    file: str
    previous_as_of: int | None
    as_of: int | None
    statuses: list[StatusChange] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    now_due: list[NowDue] = field(default_factory=list)
    new: list[New] = field(default_factory=list)
    gone: list[Gone] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many of each: the four directions, the two kinds of revision, now due, new,
        gone."""
        counts = dict.fromkeys((*DIRECTIONS, *REVISIONS, "now_due", "new", "gone"), 0)
        for change in self.statuses:
            counts[change.direction] += 1
        for revision in self.revisions:
            counts[revision.kind] += 1
        counts["now_due"], counts["new"] = len(self.now_due), len(self.new)
        counts["gone"] = len(self.gone)
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The ``changes`` object of the JSON report (schema/check.schema.json)."""
        return {
            "file": self.file,
            "previous_as_of": self.previous_as_of,
            "as_of": self.as_of,
            "counts": self.counts(),
            "statuses": [change.to_dict() for change in self.statuses],
            "revisions": [revision.to_dict() for revision in self.revisions],
            "now_due": [item.to_dict() for item in self.now_due],
            "new": [item.to_dict() for item in self.new],
            "gone": [item.to_dict() for item in self.gone],
        }


def direction(before: Status, after: Status) -> str | None:
    """How a status changed (:data:`DIRECTIONS`); None when it did not."""
    if before is after:
        return None
    if (before in _DATA_STATUSES) != (after in _DATA_STATUSES):
        return "assessed" if before in _DATA_STATUSES else "unassessed"
    return "improved" if after.rank < before.rank else "worsened"


def same_figure(a: float | None, b: float | None) -> bool:
    """Whether two figures are the same number, float noise aside (:data:`REL_TOL`)."""
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def revision_kind(before: Figure, after: Figure) -> str | None:
    """How a year's figure changed (:data:`REVISIONS`); None when it did not."""
    if before.estimate and not after.estimate:
        return "estimate_replaced"
    if not same_figure(before.value, after.value) or before.estimate != after.estimate:
        return "revised"
    return None


@dataclass(slots=True)
class AppliedSince:
    """A previous report applied to a report: marks each result as it is made and gathers the
    changes; :meth:`changes` adds the results gone once every result has been made."""

    previous: PreviousReport
    as_of: int | None
    plans: list[LoadedPlan]
    found: Changes = field(init=False)
    seen: set[Key] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.found = Changes(self.previous.file, self.previous.as_of, self.as_of)

    def mark(self, item: Target) -> None:
        r = item.result
        key = (r.plan, r.area, r.target)
        self.seen.add(key)
        about = _about(item)
        before = self.previous.results.get(key)
        words: list[str] = []
        if before is None:
            self.found.new.append(New(**about, status=r.status))
            words.append("new")
        else:
            moved = direction(before.status, r.status)
            if moved is not None:
                change = StatusChange(
                    **about, before=before.status, after=r.status, direction=moved
                )
                self.found.statuses.append(change)
                words.append(moved)
        if self._now_due(r.deadline):
            self.found.now_due.append(NowDue(**about, status=r.status))
            words.append("now_due")
        if before is not None:
            kinds = self._revisions(item, before, about)
            words += [kind for kind in REVISIONS if kind in kinds]
        words.sort(key=CHANGE_WORDS.index)
        item.compared = Compared(before.status if before else None, tuple(words))

    def marking(self, items: Iterator[Target]) -> Iterator[Target]:
        for item in items:
            self.mark(item)
            yield item

    def _now_due(self, deadline: int) -> bool:
        if self.as_of is None:
            return False
        after = self.previous.as_of
        return (after is None or after < deadline) and deadline <= self.as_of

    def _revisions(self, item: Target, before: PreviousResult, about: dict[str, Any]) -> set[str]:
        then = {figure.year: figure for figure in before.figures}
        kinds = set()
        for point in item.result.values:
            old = then.get(point.year)
            if old is None:
                continue
            now = Figure(point.year, point.value, point.estimate)
            kind = revision_kind(old, now)
            if kind is None:
                continue
            kinds.add(kind)
            self.found.revisions.append(
                Revision(
                    **about,
                    year=point.year,
                    before_value=old.value,
                    before_estimate=old.estimate,
                    after_value=now.value,
                    after_estimate=now.estimate,
                    kind=kind,
                    unit=item.indicator.unit,
                )
            )
        return kinds

    def changes(self) -> Changes:
        """The changes, with the results gone (call once every result has been made)."""
        kept = _still_planned(self.plans)
        self.found.gone = [
            Gone(
                plan=before.plan,
                area=before.area,
                indicator=before.indicator,
                target=before.target,
                indicator_name=before.indicator_name,
                area_name=Names(before.area, before.area),
                deadline=before.deadline,
                status=before.status,
            )
            for key, before in self.previous.results.items()
            if key not in self.seen and key not in kept
        ]
        return self.found


def _about(item: Target) -> dict[str, Any]:
    """The fields of :class:`About` for a result."""
    r = item.result
    area = next((a for a in item.plan.areas if a.id == r.area), None)
    area_name = Names(area.name.get("vi"), area.name.get("en")) if area else Names(r.area, r.area)
    name = item.indicator.name
    return {
        "plan": r.plan,
        "area": r.area,
        "indicator": r.indicator,
        "target": r.target,
        "indicator_name": Names(name.get("vi"), name.get("en")),
        "area_name": area_name,
        "deadline": r.deadline,
    }


def _still_planned(plans: Iterable[LoadedPlan]) -> set[Key]:
    """The key of every result the loaded plans can give (whether or not the filters keep it)."""
    from plantrack.report.baseline import result_keys

    return {
        (plan, area, target)
        for loaded in plans
        for plan, _indicator, target, area in result_keys(loaded)
    }
