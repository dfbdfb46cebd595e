"""Baselines: results accepted as they stand, so that ``--fail-on`` gates new regressions only.

A baseline file (YAML, or JSON) lists results by a stable key -- plan id, indicator id, target
id, area -- with the status accepted for each and, if wanted, a reason and an expiry date::

    version: 1
    accepted:
      - plan: cau-ngang-2030
        indicator: poor_household_rate
        target: poor_household_rate:change:2021-2025
        area: cau-ngang
        status: not_achieved
        reason: missed at the 2025 deadline; reported to the council in 12/2025
        expires: 2026-12-31

A result whose key is listed, at the accepted status or better, does not fail ``--fail-on``
(its state is ``accepted``, or ``improved`` when it is better now); a result worse than its
accepted status fails as it would without a baseline (``worse``). Progress statuses are compared
with progress statuses and the data statuses with data statuses: accepting ``not_achieved`` never
accepts missing figures, nor ``no_data`` an ``off_track`` (``changed``). An entry past its
``expires`` date accepts nothing (``expired``, and a ``baseline-expired`` warning); an entry of a
loaded plan that names no target and area of it is ``baseline-stale`` (the target was renamed or
removed), so the file is kept clean. Entries of plans not loaded in a run are left alone.

This module reads, judges and writes baselines; it knows nothing of rendering or the command
line beyond the few words (in Vietnamese and English) that tables and reports show.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plantrack.assessment.status import Status
from plantrack.findings import Finding, Severity
from plantrack.findings.registry import make
from plantrack.report.input_file import FileWords, read_bounded
from plantrack.report.json_words import json_phrase
from plantrack.texts import Text, text

if TYPE_CHECKING:
    from plantrack.plans.load import LoadedPlan
    from plantrack.report.build import CheckReport, Target

#: The format this module writes and reads.
VERSION = 1
#: A baseline larger than this is refused (a national check has 166,050 results; a baseline
#: lists only those that failed, at about 200 bytes an entry).
MAX_BASELINE_BYTES = 64 * 1024 * 1024
#: The statuses that say the data are missing rather than how the target is doing.
_DATA_STATUSES = (Status.INSUFFICIENT_DATA, Status.NO_DATA)
_STATUS_WORDS = frozenset(status.value for status in Status)
#: What a baseline file is called in the messages about reading it.
_FILE_WORDS = FileWords(
    "report.baseline-not-found",
    "report.baseline-unreadable",
    "report.baseline-too-large",
    "report.baseline-not-utf8",
)
_KEYS = ("plan", "indicator", "target", "area", "status")
_OPTIONAL = ("reason", "expires")

#: How a result stands against its entry; the first two do not fail ``--fail-on``.
STATES = ("accepted", "improved", "worse", "changed", "expired")

Key = tuple[str, str, str, str]  # plan, indicator, target, area


@dataclass(frozen=True, slots=True)
class Entry:
    """One accepted result."""

    plan: str
    indicator: str
    target: str
    area: str
    status: Status
    reason: str | None = None
    expires: date | None = None
    line: int | None = None  # where the entry starts in its file

    @property
    def key(self) -> Key:
        return (self.plan, self.indicator, self.target, self.area)

    def expired(self, today: date) -> bool:
        return self.expires is not None and self.expires < today


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A result's entry in the baseline and how the result stands against it."""

    entry: Entry
    state: str  # one of STATES

    @property
    def covers(self) -> bool:
        """The result is accepted: it does not count for ``--fail-on``."""
        return self.state in ("accepted", "improved")

    def to_dict(self) -> dict[str, Any]:
        entry = self.entry
        return {
            "status": entry.status.value,
            "state": self.state,
            "reason": entry.reason,
            "expires": entry.expires.isoformat() if entry.expires else None,
        }


@dataclass(slots=True)
class Baseline:
    """The entries of one baseline file, by key."""

    file: str
    entries: dict[Key, Entry] = field(default_factory=dict)
    today: date = field(default_factory=date.today)

    def judge(self, item: Target) -> Acceptance | None:
        """How ``item`` stands against its entry; None when it has none."""
        r = item.result
        entry = self.entries.get((r.plan, r.indicator, r.target, r.area))
        if entry is None:
            return None
        return Acceptance(entry, _state(entry, r.status, self.today))

    def findings(self, plans: Iterable[LoadedPlan]) -> list[Finding]:
        """Entries of the loaded plans that name nothing in them (stale), and expired entries."""
        loaded = {p.plan.id: p for p in plans}
        keys: set[Key] = set()
        for p in loaded.values():
            keys.update(result_keys(p))
        findings = []
        for entry in self.entries.values():
            if entry.plan not in loaded:
                continue
            if entry.key not in keys:
                findings.append(
                    Finding(
                        "baseline-stale",
                        text(
                            "report.baseline-stale",
                            entry=_name(entry),
                            plan=entry.plan,
                            file=loaded[entry.plan].file,
                        ),
                        self.file,
                        entry.line,
                        severity=Severity.WARNING,
                    )
                )
            elif entry.expired(self.today):
                findings.append(
                    Finding(
                        "baseline-expired",
                        text(
                            "report.baseline-expired",
                            entry=_name(entry),
                            status=entry.status.value,
                            expires=str(entry.expires),
                        ),
                        self.file,
                        entry.line,
                        severity=Severity.WARNING,
                    )
                )
        return findings


def _name(entry: Entry) -> str:
    return f"{entry.target} ({entry.area})"


def _state(entry: Entry, status: Status, today: date) -> str:
    if entry.expired(today):
        return "expired"
    if (status in _DATA_STATUSES) != (entry.status in _DATA_STATUSES):
        return "changed"
    if status.rank > entry.status.rank:
        return "worse"
    return "improved" if status.rank < entry.status.rank else "accepted"


def result_keys(loaded: LoadedPlan) -> Iterator[Key]:
    """The key of every result a plan can give: each target in each area it is set for."""
    from plantrack.plans.model import target_id

    plan = loaded.plan
    for indicator in plan.indicators:
        for target in indicator.targets:
            name = target_id(indicator, target, plan.area)
            for area in target.areas or [plan.area]:
                yield (plan.id, indicator.id, name, area)


# --------------------------------------------------------------------------------------------
# Applied to a report


@dataclass(slots=True)
class AppliedBaseline:
    """A baseline applied to a report: marks each result as it is made, and counts them."""

    baseline: Baseline
    counts: dict[str, int] = field(default_factory=dict)

    def mark(self, item: Target) -> None:
        item.accepted = acceptance = self.baseline.judge(item)
        if acceptance is not None:
            self.counts[acceptance.state] = self.counts.get(acceptance.state, 0) + 1

    def marking(self, items: Iterator[Target]) -> Iterator[Target]:
        for item in items:
            self.mark(item)
            yield item

    def summary(self) -> dict[str, Any]:
        """The file, its entries, and how many results are in each state (complete once every
        result has been made)."""
        return {
            "file": self.baseline.file,
            "entries": len(self.baseline.entries),
            **{state: self.counts.get(state, 0) for state in STATES},
        }


# --------------------------------------------------------------------------------------------
# Reading


def load_baseline(
    path: str | os.PathLike[str], today: date | None = None
) -> tuple[Baseline | None, list[Finding]]:
    """Read a baseline file. Returns ``(None, findings)`` when it cannot be used at all; an
    error in any entry makes it unusable (a half-read baseline would fail or pass results
    silently)."""
    name = str(path)
    content, findings = read_bounded(Path(path), MAX_BASELINE_BYTES, _FILE_WORDS)
    if content is None:
        return None, findings
    baseline = Baseline(name, today=today or date.today())
    if name.lower().endswith(".json"):
        try:
            data = json.loads(content)
        except json.JSONDecodeError as error:
            message = text("report.baseline-json", reason=json_phrase(error.msg))
            return None, [_invalid(name, error.lineno, message)]
        positions: Any = None
    else:
        from plantrack.plans.yaml_reader import load_yaml

        doc, findings = load_yaml(content, name)
        if doc is None or any(finding.is_error for finding in findings):
            return None, findings
        data, positions = doc.data, doc
    findings = list(_entries(data, positions, baseline))
    if findings:
        return None, findings
    return baseline, []


def _invalid(file: str, line: int | None, message: Text, col: int | None = None) -> Finding:
    return make("baseline-invalid", message, file, line, col)


def _entries(data: Any, doc: Any, baseline: Baseline) -> Iterator[Finding]:
    """Fill ``baseline`` from the file's data; yield what is wrong with it."""
    file = baseline.file

    def at(path: tuple[str | int, ...], message: Text) -> Finding:
        line, col = (doc.position(path) if doc is not None else None) or (None, None)
        return _invalid(file, line, message, col)

    if not isinstance(data, dict) or not isinstance(data.get("accepted"), list):
        yield at((), text("report.baseline-shape"))
        return
    if data.get("version") != VERSION:
        yield at(
            ("version",), text("report.baseline-version", got=data.get("version"), reads=VERSION)
        )
    for extra in sorted(set(data) - {"version", "accepted", "as_of", "fail_on"}):
        yield at((extra,), text("report.baseline-unknown-key", key=extra))
    for i, raw in enumerate(data["accepted"]):
        here = ("accepted", i)
        if not isinstance(raw, dict):
            yield at(here, text("report.baseline-entry-shape"))
            continue
        problems = [
            text("report.baseline-missing", key=key) for key in _KEYS if not _text(raw.get(key))
        ]
        problems += [
            text("report.baseline-unknown-key", key=key)
            for key in sorted(set(raw) - {*_KEYS, *_OPTIONAL})
        ]
        status = raw.get("status")
        if _text(status) and status not in _STATUS_WORDS:
            statuses = [s.value for s in Status]
            problems.append(text("report.baseline-status", status=status, statuses=statuses))
        reason = raw.get("reason")
        if reason is not None and not isinstance(reason, str):
            problems.append(text("report.baseline-reason"))
        expires = _date(raw.get("expires"))
        if expires is None and raw.get("expires") is not None:
            problems.append(text("report.baseline-expires", expires=raw.get("expires")))
        if problems:
            yield at(here, text("report.baseline-problems", problems=problems))
            continue
        position = doc.position(here) if doc is not None else None
        entry = Entry(
            str(raw["plan"]),
            str(raw["indicator"]),
            str(raw["target"]),
            str(raw["area"]),
            Status(str(status)),
            reason,
            expires,
            position[0] if position else None,
        )
        if entry.key in baseline.entries:
            first = baseline.entries[entry.key].line
            yield at(here, text("report.baseline-twice", entry=_name(entry), first=first))
            continue
        baseline.entries[entry.key] = entry


def _text(value: Any) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool) and str(value) != ""


def _date(value: Any) -> date | None:
    """A date from ``YYYY-MM-DD``; None when absent or not a date."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Writing


def written(
    report: CheckReport,
    threshold: Status,
    previous: Baseline | None,
    file: str,
    today: date | None = None,
) -> Baseline:
    """The baseline that accepts every result of ``report`` failing at ``threshold`` as it stands.

    Reasons and expiry dates of entries already in ``previous`` are kept; entries of plans not
    loaded in this run are kept as they are; the rest (results that no longer fail, stale
    entries) are dropped."""
    loaded = {p.plan.id for p in report.plans}
    baseline = Baseline(file, today=today or date.today())
    old = previous.entries if previous is not None else {}
    for item in report.failing(threshold, with_accepted=True):
        r = item.result
        key = (r.plan, r.indicator, r.target, r.area)
        kept = old.get(key)
        reason, expires = (kept.reason, kept.expires) if kept else (None, None)
        baseline.entries[key] = Entry(*key, r.status, reason, expires)
    for key, entry in old.items():
        if entry.plan not in loaded:
            baseline.entries.setdefault(key, entry)
    return baseline


def dump(baseline: Baseline, *, as_of: int | None = None, fail_on: Status | None = None) -> str:
    """The baseline as YAML text (JSON when its file name ends in .json), entries sorted by
    key so that a diff shows what changed."""
    entries = sorted(baseline.entries.values(), key=lambda entry: entry.key)
    if baseline.file.lower().endswith(".json"):
        document = {
            "version": VERSION,
            "as_of": as_of,
            "fail_on": fail_on.value if fail_on else None,
            "accepted": [_entry_dict(entry) for entry in entries],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    lines = [
        "# plantrack baseline: results accepted as they stand (docs/check.md#baselines).",
        "# plantrack check --baseline FILE: a result listed here, at its status or better, does",
        "# not fail --fail-on. Give each entry a reason (and, if wanted, expires: YYYY-MM-DD).",
        f"version: {VERSION}",
    ]
    if as_of is not None:
        lines.append(f"as_of: {as_of}")
    if fail_on is not None:
        lines.append(f"fail_on: {fail_on.value}")
    lines.append("accepted:" if entries else "accepted: []")
    for entry in entries:
        first = True
        for key, value in _entry_dict(entry).items():
            if value is None:
                continue
            lines.append(f"{'  - ' if first else '    '}{key}: {_scalar(value)}")
            first = False
    return "\n".join(lines) + "\n"


def _entry_dict(entry: Entry) -> dict[str, Any]:
    return {
        "plan": entry.plan,
        "indicator": entry.indicator,
        "target": entry.target,
        "area": entry.area,
        "status": entry.status.value,
        "reason": entry.reason,
        "expires": entry.expires.isoformat() if entry.expires else None,
    }


def _scalar(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's), plain when nothing could be
    misread: ids and status words are."""
    plain = value[:1].isalpha() and all(c.isalnum() or c in "_-:@+." for c in value)
    plain = plain and not value.endswith(":") and ": " not in value  # "A:" would be a mapping
    if plain and value.lower() not in ("true", "false", "null", "yes", "no", "on", "off"):
        return value
    return _UNPRINTABLE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False)
    )


#: What YAML refuses or reads as a line break even inside quotes (JSON escapes the C0 controls).
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


# --------------------------------------------------------------------------------------------
# Words
