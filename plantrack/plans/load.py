"""Find plan files, read them, and turn every problem into a finding with a line number.

``load_plans(paths)`` is the one entry point: it never raises for bad input. It returns the plans
that are valid and the findings for everything else, so a caller can report all problems at once.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from plantrack.findings import Finding, HasFindings, sort_key
from plantrack.findings.registry import make, usage_codes
from plantrack.plans.model import Plan
from plantrack.plans.number_style import read_plan_numbers
from plantrack.plans.pydantic_errors import data_path, describe, translate
from plantrack.plans.rules import check_plan
from plantrack.plans.text_checks import check_target_texts
from plantrack.plans.yaml_reader import YamlDocument, load_yaml
from plantrack.texts import os_reason, text

PLAN_SUFFIXES = (".yaml", ".yml")
#: A plan of a few hundred targets is a few tens of kilobytes; anything this big is a mistake.
MAX_PLAN_BYTES = 5 * 1024 * 1024
#: Findings that mean the command could not do its job at all (exit code 2, not 1).
USAGE_CODES = usage_codes("plans")


@dataclass
class LoadedPlan:
    plan: Plan
    file: str
    doc: YamlDocument


@dataclass
class PlanSet(HasFindings):
    """What loading some paths gave: valid plans, every finding, and the files looked at."""

    usage_codes = USAGE_CODES

    plans: list[LoadedPlan] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def discover(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Finding]]:
    """Plan files named by ``paths``: files as given, folders searched recursively (sorted).

    An empty path, the root of the file system and a folder holding more than
    :data:`MAX_SEARCH_ENTRIES` files and folders are refused (a usage finding), rather than
    searched for every YAML file they hold."""
    files: list[Path] = []
    findings: list[Finding] = []
    for raw in paths:
        name = os.fspath(raw)
        if not name:
            findings.append(make("path-not-found", text("plan.empty-path"), name))
            continue
        path = Path(name)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as error:  # a name too long, a loop of links
            reason = os_reason(error)
            findings.append(
                make("file-unreadable", text("plan.path-unreadable", reason=reason), name)
            )
            continue
        if is_dir:
            found, refused = _search(path)
            if refused is not None:
                findings.append(refused)
                continue
            if not found:
                findings.append(
                    make(
                        "no-plans",
                        text("plan.no-plans", folder=str(path)),
                        str(path),
                    )
                )
            files.extend(found)
        elif exists:
            files.append(path)
        else:
            findings.append(make("path-not-found", text("plan.path-not-found"), str(path)))
    unique = list(dict.fromkeys(files))
    return unique, findings


#: A plan folder holding more files and folders than this is not a plan folder: the search stops.
MAX_SEARCH_ENTRIES = 100_000


def _search(folder: Path) -> tuple[list[Path], Finding | None]:
    """The plan files under ``folder`` (sorted), or a finding refusing a search too wide."""
    name = str(folder)
    try:
        resolved = folder.resolve()
    except OSError:
        resolved = folder
    if resolved == Path(resolved.anchor):
        return [], make(
            "search-too-wide",
            text("plan.search-too-wide.root"),
            name,
        )
    found = []
    for seen, child in enumerate(folder.rglob("*"), start=1):
        if seen > MAX_SEARCH_ENTRIES:
            return [], make(
                "search-too-wide",
                text("plan.search-too-wide.many", limit=MAX_SEARCH_ENTRIES),
                name,
            )
        if child.suffix in PLAN_SUFFIXES and child.is_file():
            found.append(child)
    return sorted(found), None


@dataclass
class Validation(HasFindings):
    """What checking some paths gave, without the plans: every finding, the files looked at,
    and the id of each file's plan when it is valid (``plantrack validate``)."""

    usage_codes = USAGE_CODES

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    valid: dict[str, str] = field(default_factory=dict)  # file -> plan id


def load_plans(paths: Sequence[str | os.PathLike[str]]) -> PlanSet:
    """Read every plan file under ``paths`` and check each plan, and the plans together."""
    files, findings = discover(paths)
    result = PlanSet(findings=findings, files=[str(f) for f in files])
    for loaded, file_findings in _each_plan(files):
        result.findings.extend(file_findings)
        if loaded is not None:
            result.plans.append(loaded)
    result.findings.sort(key=sort_key)
    return result


def validate_plans(paths: Sequence[str | os.PathLike[str]]) -> Validation:
    """:func:`load_plans`' findings, without keeping the plans: each plan is let go once it is
    checked, so that memory does not grow with the number of files (CI validating thousands)."""
    files, findings = discover(paths)
    result = Validation(findings=findings, files=[str(f) for f in files])
    for loaded, file_findings in _each_plan(files):
        result.findings.extend(file_findings)
        if loaded is not None:
            result.valid[loaded.file] = loaded.plan.id
    result.findings.sort(key=sort_key)
    return result


def read_plan(path: str | os.PathLike[str]) -> tuple[LoadedPlan | None, list[Finding]]:
    """Read one plan file. The plan is returned only when it has no errors (warnings are fine)."""
    source, findings = _read_text(Path(path))
    if source is None:
        return None, findings
    return read_plan_text(source, str(path))


def read_plan_text(source: str, name: str) -> tuple[LoadedPlan | None, list[Finding]]:
    """Read a plan from its text (``name`` is the file it is said to come from)."""
    doc, findings = load_yaml(source, name)
    if doc is None:
        return None, findings
    if not isinstance(doc.data, dict):
        findings.append(
            make(
                "not-a-mapping",
                text("plan.not-a-mapping", given=describe(doc.data)),
                name,
                1,
                1,
            )
        )
        return None, findings
    number_findings, written = read_plan_numbers(doc, name)
    findings.extend(number_findings)
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as error:
        cut_texts: set[tuple[int | str, ...]] = set()
        for issue in error.errors():
            cut = doc.flow_cuts.get(data_path(tuple(issue["loc"]), doc.data)[0])
            if cut is not None and issue["type"] == "extra_forbidden":
                if cut[0] in cut_texts:
                    continue  # one finding for a text cut at several commas
                cut_texts.add(cut[0])
            findings.append(translate(issue, doc, name))
        return None, findings
    if number_findings:
        return None, findings
    findings.extend(check_plan(plan, doc, name))
    findings.extend(check_target_texts(plan, doc, name, written))
    if any(finding.is_error for finding in findings):
        return None, findings
    return LoadedPlan(plan=plan, file=name, doc=doc), findings


def _read_text(path: Path) -> tuple[str | None, list[Finding]]:
    name = str(path)
    try:
        raw = _read_bounded(path, MAX_PLAN_BYTES)
    except OSError as error:
        reason = os_reason(error)
        return None, [make("file-unreadable", text("plan.file-unreadable", reason=reason), name)]
    if raw is None:
        size = 0
        with contextlib.suppress(OSError):
            size = path.stat().st_size
        limit = MAX_PLAN_BYTES // 2**20
        message = (
            text("plan.file-too-large.size", size=size / 1e6, limit=limit)
            if size > MAX_PLAN_BYTES
            else text("plan.file-too-large.growing", limit=limit)
        )
        return None, [make("file-too-large", message, name)]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            make(
                "encoding",
                text("plan.encoding.byte", byte=f"{raw[error.start]:02x}"),
                name,
                line,
                col,
            )
        ]
    if "\x00" in decoded:
        index = decoded.index("\x00")
        line = decoded.count("\n", 0, index) + 1
        return None, [make("encoding", text("plan.encoding.nul"), name, line)]
    if not decoded.strip():
        return None, [make("empty-plan", text("plan.empty-plan.empty"), name, 1, 1)]
    return decoded, []


def _read_bounded(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file, or None when it holds more than ``limit`` bytes.

    The size is counted as the file is read, not trusted from ``stat`` (a file in /proc says 0
    bytes); a device, a FIFO or a socket is refused before anything is read from it (/dev/zero
    never ends, a FIFO without a writer never answers). Opening without blocking, then asking
    the open file what it is, leaves no moment for the path to change in between."""
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFO files
    descriptor = os.open(path, os.O_RDONLY | nonblocking)
    with open(descriptor, "rb", closefd=True) as stream:  # noqa: PTH123 - a descriptor
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            what = (
                text("plan.not-a-regular-file.folder")
                if stat.S_ISDIR(mode)
                else text("plan.not-a-regular-file.device")
            )
            raise OSError(errno.EINVAL, what)
        if nonblocking:
            os.set_blocking(descriptor, True)
        raw = stream.read(limit + 1)
    return None if len(raw) > limit else raw


def _each_plan(files: Sequence[Path]) -> Iterator[tuple[LoadedPlan | None, list[Finding]]]:
    """Each file's plan (None when it has errors) and findings, one file at a time; a plan
    whose id an earlier file's plan has is reported at its own file."""
    ids = _PlanIds()
    for file in files:
        loaded, findings = read_plan(file)
        if loaded is not None:
            findings.extend(ids.add(loaded))
        yield loaded, findings


class _PlanIds:
    """The file of each plan id met so far: a plan whose id another file has is a finding."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def add(self, loaded: LoadedPlan) -> list[Finding]:
        seen = self.first.setdefault(loaded.plan.id, loaded.file)
        if seen == loaded.file:
            return []
        line, col = loaded.doc.position(("id",)) or (None, None)
        return [
            make(
                "duplicate-plan-id",
                text("plan.duplicate-plan-id", plan=loaded.plan.id, file=seen),
                loaded.file,
                line,
                col,
            )
        ]
