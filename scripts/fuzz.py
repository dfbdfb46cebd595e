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
import os
import random
import resource
import select
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
    workbook_pair,
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


def attempt(kind: str, seed: int, folder: Path) -> tuple[Case, list[str]]:
    """Run one input in a child process (forked: nothing to import again), so that an input that
    hangs or eats the memory is killed and reported, and the run goes on."""
    make = KINDS[kind]
    rnd = random.Random(seed)
    if make is None:
        case = workbook_pair(rnd)[1]
    else:
        case = make(rnd)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: run, report the problems as JSON lines, leave at once
        os.close(read)
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
        try:
            if make is None:
                found = run_workbook_pair(random.Random(seed), folder)[1]
            else:
                found = run_case(case, folder)[1]
        except BaseException as error:  # the harness's own fault: say so
            found = [f"harness-error: {type(error).__name__}: {error}"[:500]]
        with os.fdopen(write, "w", encoding="utf-8", errors="backslashreplace") as stream:
            json.dump(found, stream)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as stream:
        ready, _, _ = select.select([stream], [], [], CASE_SECONDS)
        if ready:
            text = stream.read()
            os.waitpid(child, 0)
            try:
                return case, list(json.loads(text))
            except ValueError:
                return case, ["crash: the run ended without a word (killed by the memory cap?)"]
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    return case, [f"hang: still running after {CASE_SECONDS} s"]


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
    last_report = time.monotonic()
    try:
        while time.monotonic() < deadline:
            kind = kinds[seed % len(kinds)]
            folder = work / str(seed)
            try:
                case, found = attempt(kind, seed, folder)
            finally:
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
