"""Score `plantrack extract` on a corpus of real plan texts with plans written by hand.

    python benchmarks/extract/score.py                 # the table, dev and held-out apart
    python benchmarks/extract/score.py --details       # every difference, target by target
    python benchmarks/extract/score.py --only cau-ngang-2030 --details
    python benchmarks/extract/score.py --write          # benchmarks/extract/README.md's table
    python benchmarks/extract/score.py --against benchmarks/extract/second   # two analysts

For each text of benchmarks/extract/corpus.yaml the extractor drafts a plan file, which is read
back by plantrack's own plan loader (a draft that does not validate scores nothing), and its
targets are compared with the hand-written plan's:

- an expected target and a drafted one *match* when their `text` overlap in the source (read
  with its lines run on, blank lines adding nothing; a table's row, its cells joined by " | ",
  is found with its cells run on as the source writes them: one a line, or between tabs);
- a numeric expected target (any kind but qualitative and rating) is **right** when a matching
  draft target has the same kind, bound (comparator and figures), year or period, direction
  (when the expected plan gives one) and unit (for kinds whose figures are in the indicator's
  unit, i.e. not growth rates; units are equal when plantrack converts one into the other with a
  factor of 1); it is **missed** when no drafted target matches it;
- a drafted numeric target is **wrong** when it matches no expected target, or matches one but
  differs from it in any of those fields.

Right share = right / expected numeric targets; wrong share = wrong / drafted numeric targets;
"wrong, not marked for review" counts the wrong drafted targets that carry no `# RÀ SOÁT:` mark
(the errors a reviewer is not warned of), as a share of the drafted numeric targets; "marked for
review" is the share of drafted numeric targets that carry a mark at all (`--details` writes
"[marked]" after such a wrong or spurious target). "Plan's period" says
whether the draft's period and base year are the expected plan's (a wrong one moves every growth's
base; the vision is not compared).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from plantrack.extract import extract_text  # noqa: E402
from plantrack.extract.sources import clean  # noqa: E402
from plantrack.plans.load import read_plan  # noqa: E402
from plantrack.plans.model import Plan  # noqa: E402
from plantrack.units import UnitError, UnitMismatch, conversion_factor, parse_unit  # noqa: E402

NON_NUMERIC = {"qualitative", "rating"}
RATE_KINDS = {"growth", "yearly_growth"}
FIELDS = ("kind", "bound", "time", "direction", "unit")


def normal(text: str) -> str:
    """Text as `extract` reads it (plantrack.extract.sources.clean: NFC, one space, the eth
    some fonts put for Đ read as Đ), so that a draft's words are found in its source."""
    return clean(text)


@dataclass
class Target:
    indicator: str
    kind: str
    bound: tuple[str, tuple[float, ...]] | None
    time: str
    direction: str | None
    unit: str
    text: str
    line: int | None = None
    span: tuple[int, int] | None = None
    marked: bool = False  # the draft marks it for review
    others: tuple[tuple[int, int], ...] = ()  # where else the same words are (a summary)

    @property
    def numeric(self) -> bool:
        return self.kind not in NON_NUMERIC


def _bound(target: Any) -> tuple[str, tuple[float, ...]] | None:
    if target.kind in NON_NUMERIC or target.kind == "relative":
        return None
    bound = target.bound
    comparator = bound.comparator
    numbers = (
        (round(bound.low, 6),)
        if comparator != "range"
        else (round(bound.low, 6), round(bound.high, 6))
    )
    if comparator == "value" and target.kind == "structure":
        comparator = "about"
    return comparator, numbers


def targets_of(plan: Plan) -> list[Target]:
    out = []
    for indicator in plan.indicators:
        for target in indicator.targets:
            out.append(
                Target(
                    indicator=indicator.id,
                    kind=target.kind,
                    bound=_bound(target),
                    time=target.when(),
                    direction=indicator.direction,
                    unit=indicator.unit,
                    text=normal(target.text),
                    line=target.source.line if target.source is not None else None,
                )
            )
    return out


@dataclass(frozen=True)
class Source:
    """The plan's text, a normalised line a line, and where each line starts."""

    text: str
    starts: dict[int, tuple[int, int]]  # line number -> (start, end) in text

    @classmethod
    def of(cls, raw: str, first_line: int) -> Source:
        parts: list[str] = []
        starts: dict[int, tuple[int, int]] = {}
        at = 0
        for number, line in enumerate(raw.splitlines(), start=first_line):
            cleaned = normal(line)
            starts[number] = (at, at + len(cleaned))
            if cleaned:  # a blank line adds nothing: a table's cells apart by blank lines run on
                parts.append(cleaned)
                at += len(cleaned) + 1
        return cls("\n".join(parts), starts)


def _find(source: Source, text: str, line: int | None) -> tuple[int, int] | None:
    """Where ``text`` is: starting on ``line`` when it is given (it may go on over the next
    lines, as in a text broken mid-sentence), else anywhere."""
    flat = source.text.replace("\n", " ")  # the same offsets, lines run on
    if line is not None and line in source.starts:
        start, end = source.starts[line]
        at = flat.find(text, start)
        if at != -1 and at <= end:
            return at, at + len(text)
    at = flat.find(text)
    return (at, at + len(text)) if at != -1 else None


def locate(targets: list[Target], source: Source) -> list[Target]:
    """Each target's place in the source (None when its text is not found there). A hand-written
    text that is not verbatim ("Cơ cấu kinh tế đến 2025: Công nghiệp 47-48%", joined from two
    places) is found by its last part, the one with the figure."""
    for target in targets:
        span = (
            _find(source, target.text, target.line)
            or _find(source, target.text.rstrip(".…"), target.line)
            or _find(source, target.text.replace(" | ", " "), target.line)
        )
        if span is None:
            parts = [p for p in re.split(r":\s+|;\s+", target.text) if p.strip()]
            if len(parts) > 1:
                span = _find(source, parts[-1].rstrip(".…"), target.line)
        target.span = span
        if span is not None and target.line is None:
            flat = source.text.replace("\n", " ")
            words = flat[span[0] : span[1]]
            at = flat.find(words, span[1])
            found = []
            while at != -1:
                found.append((at, at + len(words)))
                at = flat.find(words, at + 1)
            target.others = tuple(found)
    return targets


def same_unit(a: str, b: str) -> bool:
    """Units that measure the same thing (the bounds are compared in the expected unit)."""
    try:
        first, second = parse_unit(a), parse_unit(b)
    except (UnitError, ValueError):
        return normal(a).lower() == normal(b).lower()
    if first.is_percent and second.is_percent:
        return True
    try:
        conversion_factor(first, second)
    except (UnitMismatch, UnitError, ValueError):
        return False
    return True


def _in_unit(drafted: Target, expected: Target) -> tuple[str, tuple[float, ...]] | None:
    """The drafted bound in the expected target's unit (43,5 nghìn tỷ đồng is 43.500 tỷ đồng)."""
    if drafted.bound is None or drafted.kind in RATE_KINDS:
        return drafted.bound
    try:
        times, divide = conversion_factor(parse_unit(drafted.unit), parse_unit(expected.unit))
    except (UnitError, UnitMismatch, ValueError):
        return drafted.bound
    return drafted.bound[0], tuple(round(v * times / divide, 6) for v in drafted.bound[1])


def differences(expected: Target, drafted: Target) -> list[str]:
    out = []
    if expected.kind != drafted.kind:
        out.append(f"kind {drafted.kind} (expected {expected.kind})")
    if expected.bound != _in_unit(drafted, expected):
        out.append(f"bound {drafted.bound} (expected {expected.bound})")
    if expected.time != drafted.time:
        out.append(f"time {drafted.time} (expected {expected.time})")
    if expected.direction is not None and expected.direction != drafted.direction:
        out.append(f"direction {drafted.direction} (expected {expected.direction})")
    if expected.kind not in RATE_KINDS and not same_unit(expected.unit, drafted.unit):
        out.append(f"unit {drafted.unit!r} (expected {expected.unit!r})")
    return out


def _overlap_any(expected: Target, drafted: Target) -> int:
    """How much a drafted target overlaps the expected one's words, wherever they are."""
    return max(_overlap(span, drafted.span) for span in (expected.span, *expected.others))


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Score:
    id: str
    split: str
    expected: int = 0  # numeric expected targets
    right: int = 0
    missed: int = 0
    drafted: int = 0  # numeric drafted targets
    wrong: int = 0
    unmarked: int = 0  # wrong and not marked for review: an error the reviewer is not warned of
    marked: int = 0  # drafted numeric targets marked for review
    qualitative_expected: int = 0
    qualitative_drafted: int = 0
    not_found: int = 0  # expected texts not found in the source (the corpus's own defects)
    plan_time: bool | None = None  # the draft's period and base year are the expected plan's
    invalid: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def source_text(path: Path) -> tuple[str, int]:
    """The plan's text without the header of comment lines the corpus adds (address, date),
    and the number of its first line in the file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    return "\n".join(lines[header:]), header + 1


def score_one(entry: dict[str, str], against: Path | None = None) -> Score:
    """The score of one text: extract's draft against the expected plan, or, with
    ``against``, a second analyst's plan (``against/<id>.yaml``) against it."""
    score = Score(entry["id"], entry["split"])
    raw, first_line = source_text(ROOT / entry["source"])
    expected_plan, findings = read_plan(ROOT / entry["expected"])
    if expected_plan is None:
        score.invalid.append(
            "expected plan does not load: " + "; ".join(str(f.message) for f in findings[:3])
        )
        return score
    if against is not None:
        drafted_plan, draft_findings = read_plan(against / f"{entry['id']}.yaml")
    else:
        extracted = extract_text(raw, name=entry["source"], first_line=first_line)
        with tempfile.TemporaryDirectory() as folder:
            draft_file = Path(folder) / "draft.yaml"
            draft_file.write_text(extracted.yaml, encoding="utf-8")
            drafted_plan, draft_findings = read_plan(draft_file)
    if against is None and not extracted.draft.targets:
        # `extract` writes no draft when it finds no target (its exit code 1): every expected
        # target is missed, and the draft is not "invalid"
        drafted_plan = None
        score.details.append("  no target drafted: extract writes no draft")
    elif drafted_plan is None:
        errors = [f"{f.line}: {f.code}: {f.message}" for f in draft_findings if f.is_error]
        score.invalid.extend(errors[:5])
    if drafted_plan is not None:
        mine, theirs = drafted_plan.plan, expected_plan.plan
        score.plan_time = (mine.period, mine.base_year) == (theirs.period, theirs.base_year)
    source = Source.of(raw, first_line)
    expected = locate(targets_of(expected_plan.plan), source)
    drafted = locate(targets_of(drafted_plan.plan), source) if drafted_plan is not None else []
    if against is None and drafted_plan is not None:
        for target, made in zip(drafted, extracted.draft.targets, strict=True):
            target.marked = bool(made.reading.review)
    score.qualitative_expected = sum(not t.numeric for t in expected)
    score.qualitative_drafted = sum(not t.numeric for t in drafted)
    numeric_drafted = [t for t in drafted if t.numeric]
    score.drafted = len(numeric_drafted)
    score.marked = sum(t.marked for t in numeric_drafted)
    used: set[int] = set()
    numeric_expected = [t for t in expected if t.numeric]
    # Each drafted target goes first to an expected one it overlaps with the same value, then
    # to any it overlaps: a pair's text ("đạt 13,35% (kế hoạch … là 12,35%)") overlaps both
    # the result's and the plan's expected targets, and is the plan's.
    matched: dict[int, int] = {}
    for same_value in (True, False):
        for e, target in enumerate(numeric_expected):
            if e in matched or target.span is None:
                continue
            candidates = [
                (n, d)
                for n, d in enumerate(numeric_drafted)
                if n not in used
                and _overlap_any(target, d) > 0
                and (not same_value or _in_unit(d, target) == target.bound)
            ]
            if candidates:
                candidates.sort(
                    key=lambda nd: (nd[1].bound != target.bound, -_overlap_any(target, nd[1]))
                )
                matched[e] = candidates[0][0]
                used.add(candidates[0][0])
    for e, target in enumerate(numeric_expected):
        score.expected += 1
        if target.span is None:
            score.not_found += 1
            score.missed += 1
            score.details.append(f"  not in source: {target.text[:80]!r}")
            continue
        if e not in matched:
            score.missed += 1
            score.details.append(
                f"  missed: {target.kind} {target.bound} {target.time} | {target.text[:90]!r}"
            )
            continue
        best = numeric_drafted[matched[e]]
        diffs = differences(target, best)
        if diffs:
            score.wrong += 1
            score.unmarked += not best.marked
            mark = " [marked]" if best.marked else ""
            score.details.append(f"  wrong{mark}: {'; '.join(diffs)} | {target.text[:90]!r}")
        else:
            score.right += 1
    for n, target in enumerate(numeric_drafted):
        if n not in used:
            score.wrong += 1
            score.unmarked += not target.marked
            mark = " [marked]" if target.marked else ""
            score.details.append(
                f"  spurious{mark}: {target.kind} {target.bound} {target.time}"
                f" | {target.text[:90]!r}"
            )
    return score


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "–"


#: The plan's period column: the draft's period and base year as the expected plan's, or not
#: (– when the draft did not load).
_PLAN_TIME = {True: "right", False: "wrong", None: "–"}


def table(scores: Sequence[Score]) -> str:
    lines = [
        "| text | split | numeric targets | right | missed | drafted | wrong | right share "
        "| wrong share | wrong, not marked for review | marked for review | plan's period |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        flag = " (draft invalid)" if s.invalid else ""
        lines.append(
            f"| {s.id}{flag} | {s.split} | {s.expected} | {s.right} | {s.missed} | {s.drafted} | "
            f"{s.wrong} | {_pct(s.right, s.expected)} | {_pct(s.wrong, s.drafted)} "
            f"| {_pct(s.unmarked, s.drafted)} | {_pct(s.marked, s.drafted)} "
            f"| {_PLAN_TIME[s.plan_time]} |"
        )
    for split in ("dev", "held_out"):
        part = [s for s in scores if s.split == split]
        if not part:
            continue
        e = sum(s.expected for s in part)
        r = sum(s.right for s in part)
        m = sum(s.missed for s in part)
        d = sum(s.drafted for s in part)
        w = sum(s.wrong for s in part)
        u = sum(s.unmarked for s in part)
        k = sum(s.marked for s in part)
        t = sum(s.plan_time is True for s in part)
        lines.append(
            f"| **total {split}** ({len(part)} texts) | {split} | {e} | {r} | {m} | {d} | {w} | "
            f"**{_pct(r, e)}** | **{_pct(w, d)}** | {_pct(u, d)} | {_pct(k, d)} "
            f"| {t} of {len(part)} |"
        )
    return "\n".join(lines)


def load_corpus(only: Sequence[str] = ()) -> list[dict[str, str]]:
    data = yaml.safe_load(
        (ROOT / "benchmarks" / "extract" / "corpus.yaml").read_text(encoding="utf-8")
    )
    entries: list[dict[str, str]] = data["texts"]
    return [e for e in entries if not only or e["id"] in only]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every difference")
    parser.add_argument("--only", action="append", default=[], help="score this text id only")
    parser.add_argument("--split", choices=("dev", "held_out"), help="score one part only")
    parser.add_argument("--write", action="store_true", help="write the table into the README")
    parser.add_argument(
        "--against",
        type=Path,
        help="score a second analyst's plans (DIR/<id>.yaml) instead of extract's drafts: "
        "how far two people agree",
    )
    args = parser.parse_args(argv)
    entries = [e for e in load_corpus(args.only) if args.split is None or e["split"] == args.split]
    if args.against is not None:
        entries = [e for e in entries if (args.against / f"{e['id']}.yaml").exists()]
    scores = [score_one(entry, args.against) for entry in entries]
    print(table(scores))
    for s in scores:
        if s.invalid:
            print(f"\n{s.id}: the draft does not validate:\n  " + "\n  ".join(s.invalid))
        if args.details and s.details:
            print(f"\n{s.id}:\n" + "\n".join(s.details))
    if args.write:
        readme = ROOT / "benchmarks" / "extract" / "README.md"
        body = readme.read_text(encoding="utf-8")
        new = re.sub(
            r"(<!-- score:begin -->\n)(?:.*?\n)?(<!-- score:end -->)",
            lambda m: m.group(1) + table(scores) + "\n" + m.group(2),
            body,
            flags=re.DOTALL,
        )
        readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
