"""The long fuzzing run: the generators of tests/test_fuzz.py with fresh seeds, for N minutes.

    python scripts/fuzz.py --minutes 5                 # data files, plans and command lines
    python scripts/fuzz.py --minutes 1 --kind plan     # one kind only
    python scripts/fuzz.py --replay fuzz-failures/plan-123456

Prints how many inputs it tried, how many ran clean, and each property broken with the number of
inputs that broke it. Each failing input is saved to the output folder (default fuzz-failures/)
as a folder holding the files, ``command.txt`` (the command line to run from that folder, after
copying the bundled plans/ and data/ beside it, as ``--replay`` does), ``seed.txt`` and
``problems.txt``; the first few of each property are kept. Exit 0 when every input ran clean, 1
otherwise.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz_support import (
    Case,
    cli_case,
    data_case,
    plan_case,
    run_case,
    run_workbook_pair,
)

KINDS: dict[str, Callable[[random.Random], Case] | None] = {
    "data": lambda rnd: data_case(rnd, damaged=False),
    "damaged": lambda rnd: data_case(rnd, damaged=True),
    "plan": plan_case,
    "cli": cli_case,
    "workbook": None,  # a workbook and the same with its rows reordered: read the same?
}
KEEP = 5  # reproducers saved per property
CASE_SECONDS = 60  # an input that takes longer is a hang (issue 16 items 5-7)
MEMORY_BYTES = 3 << 30  # and one that needs more memory than this, a failure, not a swapping box


class TooSlow(BaseException):
    """Raised in the run by the alarm, every few seconds once the input has taken CASE_SECONDS:
    a BaseException, so that no ``except Exception`` in the code under test swallows it."""


def _alarm(signum: int, frame: object) -> None:
    raise TooSlow(f"still running after {CASE_SECONDS} s")


def save(case: Case, seed: int, found: list[str], folder: Path) -> Path:
    target = folder / f"{case.kind}-{seed}"
    target.mkdir(parents=True, exist_ok=True)
    for name, content in case.files.items():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes(content)
    if case.stdin is not None:
        (target / "stdin.bin").write_bytes(case.stdin)
    command = case.describe().splitlines()[0] + "\n"
    (target / "command.txt").write_bytes(command.encode("utf-8", "surrogateescape"))
    (target / "case.json").write_text(
        json.dumps({"kind": case.kind, "args": case.args, "rows": case.rows}),
        encoding="utf-8",
    )
    (target / "seed.txt").write_text(f"{case.kind} {seed}\n", encoding="utf-8")
    (target / "problems.txt").write_text("\n".join(found) + "\n", "utf-8", "backslashreplace")
    return target


def replay(folder: Path) -> int:
    """Run a saved reproducer again and print what it breaks now."""
    saved = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    files = {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
        and path.name not in ("command.txt", "case.json", "seed.txt", "problems.txt", "stdin.bin")
    }
    stdin = (folder / "stdin.bin").read_bytes() if (folder / "stdin.bin").exists() else None
    case = Case(saved["kind"], files, saved["args"], saved["rows"], stdin)
    with tempfile.TemporaryDirectory() as work:
        run, found = run_case(case, Path(work))
    print(case.describe().splitlines()[0])
    print(f"exit {run.exit_code}")
    print(run.stdout[-2000:])
    print(run.stderr[-2000:], file=sys.stderr)
    if run.error:
        print(run.error, file=sys.stderr)
    print("\n".join(found) if found else "clean")
    return 1 if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to run (default 1)")
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="repeatable")
    parser.add_argument("--seed", type=int, help="first seed (default: from the clock)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"), help="reproducers")
    parser.add_argument("--replay", type=Path, help="run a saved reproducer folder again")
    options = parser.parse_args()
    if options.replay:
        return replay(options.replay)

    kinds = options.kind or sorted(KINDS)
    seed = options.seed if options.seed is not None else int(time.time())
    deadline = time.monotonic() + options.minutes * 60
    tried: collections.Counter[str] = collections.Counter()
    clean: collections.Counter[str] = collections.Counter()
    broken: collections.Counter[str] = collections.Counter()
    saved: collections.defaultdict[str, list[Path]] = collections.defaultdict(list)
    print(f"fuzzing {', '.join(kinds)} for {options.minutes:g} min from seed {seed}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="plantrack-fuzz-"))
    # a run that never ends or eats the machine is reported like any other failure (CliRunner
    # turns the exception into the run's error), and the next input is tried
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    signal.signal(signal.SIGALRM, _alarm)
    last_report = time.monotonic()
    try:
        while time.monotonic() < deadline:
            kind = kinds[seed % len(kinds)]
            folder = work / str(seed)
            make = KINDS[kind]
            case = Case(kind, {}, [])
            signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS, 5)
            try:
                if make is None:
                    case, found = run_workbook_pair(random.Random(seed), folder)
                else:
                    case = make(random.Random(seed))
                    _, found = run_case(case, folder)
            except TooSlow as error:
                found = [f"hang: {error}"]
            except Exception as error:  # the harness's own fault: say so, keep going
                found = [f"harness-error: {type(error).__name__}: {error}"[:500]]
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                shutil.rmtree(folder, ignore_errors=True)
            tried[kind] += 1
            if not found:
                clean[kind] += 1
            properties = sorted({line.split(":", 1)[0] for line in found})
            for name in properties:
                broken[name] += 1
                if len(saved[name]) < KEEP:
                    saved[name].append(save(case, seed, found, options.out))
            seed += 1
            if time.monotonic() - last_report > 60:
                last_report = time.monotonic()
                done = sum(tried.values())
                print(f"  {done} inputs, {done - sum(clean.values())} with a problem", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    total, total_clean = sum(tried.values()), sum(clean.values())
    print(f"tried {total} inputs, {total_clean} clean, {total - total_clean} with a problem")
    for kind in kinds:
        print(f"  {kind}: {tried[kind]} tried, {clean[kind]} clean")
    for name, count in broken.most_common():
        print(f"  {name}: {count} inputs; e.g. {', '.join(str(p) for p in saved[name])}")
    return 0 if total == total_clean else 1


if __name__ == "__main__":
    sys.exit(main())
