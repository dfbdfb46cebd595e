"""Find plan files, read them, and turn every problem into a finding with a line number.

``load_plans(paths)`` is the one entry point: it never raises for bad input. It returns the plans
that are valid and the findings for everything else, so a caller can report all problems at once.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import re
import stat
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from plantrack.plans import model
from plantrack.plans.rules import check_plan
from plantrack.findings.registry import usage_codes
from plantrack.findings import Finding, HasFindings, Severity, sort_key
from plantrack.plans.model import Plan
from plantrack.plans.number_style import read_plan_numbers
from plantrack.plans.text_checks import check_target_texts
from plantrack.plans.yaml_reader import YamlDocument, load_yaml

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
            findings.append(Finding("path-not-found", EMPTY_PATH_MESSAGE, name))
            continue
        path = Path(name)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as error:  # a name too long, a loop of links
            reason = error.strerror or type(error).__name__
            findings.append(Finding("file-unreadable", f"cannot read the path: {reason}", name))
            continue
        if is_dir:
            found, refused = _search(path)
            if refused is not None:
                findings.append(refused)
                continue
            if not found:
                findings.append(
                    Finding(
                        "no-plans",
                        f"no plan files (*.yaml, *.yml) in folder {str(path)!r}",
                        str(path),
                    )
                )
            files.extend(found)
        elif exists:
            files.append(path)
        else:
            findings.append(Finding("path-not-found", "no such file or folder", str(path)))
    unique = list(dict.fromkeys(files))
    return unique, findings


#: The message of an empty path (a shell variable that came out empty, ``--plan ""``).
EMPTY_PATH_MESSAGE = "an empty path names no file or folder (is a shell variable empty?)"
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
        return [], Finding(
            "search-too-wide",
            "this is the root of the file system; name the folder that holds the plans",
            name,
        )
    found = []
    for seen, child in enumerate(folder.rglob("*"), start=1):
        if seen > MAX_SEARCH_ENTRIES:
            return [], Finding(
                "search-too-wide",
                f"the folder holds more than {MAX_SEARCH_ENTRIES:,} files and folders; "
                "name the folder that holds the plans",
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
    name = str(path)
    text, findings = _read_text(Path(path))
    if text is None:
        return None, findings
    doc, findings = load_yaml(text, name)
    if doc is None:
        return None, findings
    if not isinstance(doc.data, dict):
        findings.append(
            Finding(
                "not-a-mapping",
                "a plan file is a mapping of keys (id:, title:, indicators: ...), "
                f"not {_describe(doc.data)}",
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
            cut = doc.flow_cuts.get(_data_path(tuple(issue["loc"]), doc.data)[0])
            if cut is not None and issue["type"] == "extra_forbidden":
                if cut[0] in cut_texts:
                    continue  # one finding for a text cut at several commas
                cut_texts.add(cut[0])
            findings.append(_translate(issue, doc, name))
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
        reason = error.strerror or type(error).__name__
        return None, [Finding("file-unreadable", f"cannot read the file: {reason}", name)]
    if raw is None:
        size = 0
        with contextlib.suppress(OSError):
            size = path.stat().st_size
        said = f"is {size / 1e6:.1f} MB" if size > MAX_PLAN_BYTES else "holds more than that"
        return None, [
            Finding(
                "file-too-large",
                f"the file {said}; a plan is at most {MAX_PLAN_BYTES // 2**20} MB",
                name,
            )
        ]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Finding(
                "encoding",
                f"byte 0x{raw[error.start]:02x} is not UTF-8; save the plan as UTF-8 "
                "(in Excel or Notepad: 'Save as', encoding UTF-8)",
                name,
                line,
                col,
            )
        ]
    if "\x00" in text:
        index = text.index("\x00")
        line = text.count("\n", 0, index) + 1
        return None, [
            Finding("encoding", "the file holds NUL bytes: it is not a text file", name, line)
        ]
    if not text.strip():
        return None, [Finding("empty-plan", "the file is empty", name, 1, 1)]
    return text, []


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
            what = "a folder" if stat.S_ISDIR(mode) else "a device, a FIFO or a socket"
            raise OSError(errno.EINVAL, f"it is {what}, not a regular file")
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
            Finding(
                "duplicate-plan-id",
                f"plan id {loaded.plan.id!r} is also used by {seen}",
                loaded.file,
                line,
                col,
            )
        ]


# --- pydantic errors in plain words -------------------------------------------------------------

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping (key: value)",
    "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)",
    "date_type": "a date like 2022-11-08",
    "literal_error": "",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value:g}" if isinstance(value, float) else f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


@cache
def _known_keys() -> frozenset[str]:
    keys: set[str] = set()
    for item in vars(model).values():
        if isinstance(item, type) and issubclass(item, BaseModel):
            keys.update(item.model_fields)
    return frozenset(keys)


def _data_path(loc: tuple[int | str, ...], data: Any) -> tuple[tuple[int | str, ...], list[Any]]:
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


def _translate(error: ErrorDetails, doc: YamlDocument, file: str) -> Finding:
    kind = error["type"]
    path, rest = _data_path(tuple(error["loc"]), doc.data)
    given = error.get("input")
    label = _field_label(path, rest)
    ctx = error.get("ctx") or {}
    key_position = False
    if kind == "extra_forbidden":
        code, key_position = "unknown-key", True
        message = f"unknown key {label!r}{_unknown_key_hint(label, path, doc.data)}"
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
        message = f"missing required key {missing!r}"
    elif kind == "union_tag_not_found":
        code = "missing-key"
        message = f"a target needs a kind: one of {', '.join(model.TARGET_KINDS)}"
    elif kind == "union_tag_invalid":
        code = "unknown-kind"
        close = difflib.get_close_matches(str(ctx.get("tag", "")), model.TARGET_KINDS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        message = (
            f"unknown target kind {ctx.get('tag')!r}{hint}; "
            f"kinds are {', '.join(model.TARGET_KINDS)}"
        )
        path = (*path, "kind") if isinstance(doc.data, dict) else path
    elif kind in ("bound_missing", "structure_band"):
        code = "missing-key"
        message = error["msg"]
    elif kind == "literal_error":
        code = "invalid-value"
        message = f"{label}: {_describe(given)} is not allowed; expected {ctx.get('expected')}"
    elif kind == "string_pattern_mismatch":  # ids are the only pattern-checked strings
        code = "invalid-value"
        message = (
            f"{label}: {given!r} is not a valid id; use lower-case ASCII letters and "
            "digits, words joined by '-' or '_', starting with a letter"
        )
    elif kind in _EXPECTED:
        code = "wrong-type"
        message = f"{label}: expected {_EXPECTED[kind]}, got {_describe(given)}"
        if (
            kind == "string_type"
            and isinstance(given, (int, float))
            and not isinstance(given, bool)
        ):
            message += f' (write it in quotes if it is meant as text: "{given}")'
    else:
        code = "invalid-value"
        message = f"{label}: {error['msg'].removeprefix('Value error, ')}"
    position = doc.position(path, key=key_position)
    line, col = position if position else (None, None)
    return Finding(code, message, file, line, col, Severity.ERROR)


#: What each target kind takes for its time, and which kinds take each time key.
_KIND_TIME = {
    "growth": "period (and base_year)",
    "level": "year",
    "cumulative": "period",
    "annual": "period",
    "change": "period",
    "relative": "period",
    "qualitative": "year or period",
    "yearly_growth": "period",
    "average": "period",
    "structure": "year",
    "rating": "year or period",
    "share": "year or period",
    "count": "year",
}


@cache
def _kind_keys() -> dict[str, frozenset[str]]:
    """The keys each target kind takes."""
    union = typing.get_args(typing.get_args(model.Target)[0])
    keys: dict[str, frozenset[str]] = {}
    for cls in union:
        (kind,) = typing.get_args(cls.model_fields["kind"].annotation)
        keys[kind] = frozenset(cls.model_fields)
    return keys


def _kinds_taking(key: str) -> str:
    kinds = [kind for kind in model.TARGET_KINDS if key in _kind_keys()[kind]]
    return ", ".join(kinds[:-1]) + " and " + kinds[-1] if len(kinds) > 1 else kinds[0]


def _unknown_key_hint(label: str, path: tuple[int | str, ...], data: Any) -> str:
    """Why a key is unknown here, when it is known elsewhere; else a close known key."""
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    kind = parent.get("kind") if isinstance(parent, dict) else None
    if kind in _kind_keys() and any(label in keys for keys in _kind_keys().values()):
        if label in ("year", "period", "base_year"):
            takes = f"take {_KIND_TIME[kind]}"
        elif kind in model.QUANTITATIVE_KINDS:
            takes = "take a bound (" + ", ".join(model.BOUND_KEYS) + ")"
        elif kind == "structure":
            takes = "take structure and a band (about or range)"
        elif kind == "relative":
            takes = "take reference_area and relation"
        elif kind == "rating":
            takes = "take at_least or value (a level of the indicator's scale)"
        else:
            takes = "take no bound"
        return (
            f": {kind} targets {takes}, not {label}; {label} is for {_kinds_taking(label)} targets"
        )
    if label in _known_keys():
        return ": it is a key of another part of a plan; check its indentation"
    candidates = sorted(_known_keys() - {label})
    close = difflib.get_close_matches(label, candidates, n=1, cutoff=0.7)
    return f"; did you mean {close[0]!r}?" if close else ""


def _flow_numbers_message(key: str, text: str, count: int) -> str:
    """``range: [1,5, 2,5]``: inside ``[ ]`` a comma separates items, so YAML read 4 numbers."""
    items = [item.strip() for item in re.split(r",\s+", text.strip()[1:-1])]
    quoted = ", ".join(f'"{item}"' for item in items)
    points = ", ".join(item.replace(",", ".") for item in items)
    return (
        f"{key}: inside [ ] a comma separates items, so {key}: {text} was read as {count} "
        f"numbers, cut at the decimal comma; write {key}: [{points}], or {key}: [{quoted}] "
        "with decimal: comma for the plan"
    )


def _flow_cut_message(strays: list[str], owner: tuple[int | str, ...], text: str) -> str:
    """Keys that are the rest of a value cut at its commas inside ``{ }``."""
    key = str(owner[-1])
    keys = " and ".join(repr(stray) for stray in strays)
    head = (
        f"unknown key{'s' if len(strays) > 1 else ''} {keys}: inside {{ }} a comma separates "
        f"entries, so {key}: {text} was cut at the comma{'s' if len(strays) > 1 else ''}"
    )
    if re.fullmatch(r"[-+]?\d+,\d{3}", text):  # 4,850: 4.85 or 4850, as the plan means it
        decimal = text.replace(",", ".").rstrip("0").rstrip(".")
        return (
            f"{head}; write {key}: {decimal} if the comma is the decimal mark, or "
            f"{key}: {text.replace(',', '')} if it separates thousands"
        )
    if re.fullmatch(r"[-+]?\d+,\d+", text):
        return f'{head}; write {key}: {text.replace(",", ".")}, or {key}: "{text}" in quotes'
    return (
        f'{head}; put the text in quotes ({key}: "{text}") '
        "or write the mapping in block style, one key a line"
    )
