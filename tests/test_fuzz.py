"""Fuzzing the readers, the plan loader and the command line (issue 16 item 20).

Each test builds inputs the ways offices and careless editors make them (tests/fuzz_support.py),
runs the CLI in-process on copies in a temporary folder, and checks the properties every run must
keep: no traceback, a documented exit code, every row of a file accounted for (rows = used +
ignored + errors, and rows = the file's physical lines when the test built it), no input file
modified, no control character on the terminal, no live formula in a spreadsheet written.

The share in the suite is bounded and repeatable (``derandomize``: the same inputs every run,
about a minute in all); ``scripts/fuzz.py --minutes N`` runs the same generators for longer with
fresh seeds and saves a reproducer for each failure. A failure prints the command line and the
start of each input file (hypothesis' "Falsifying example" and the notes under it).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from tests.fuzz_support import (
    EXIT_CODES,
    Case,
    cli_case,
    control_characters,
    data_case,
    make_workspace,
    plan_case,
    reading,
    run_case,
    workbook_pair,
)

#: Repeatable: the same examples on every run (no example database, no fresh randomness); about a
#: minute in all when every property holds.
BOUNDED = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
    print_blob=False,
    # no shrinking: a failure's notes show its command line and files, and the suite's time
    # stays bounded when a property fails (shrinking a random plan took minutes)
    phases=(Phase.explicit, Phase.generate),
)


def check_case(case: Case, folder: Path) -> None:
    note(case.describe())
    run, found = run_case(case, folder)
    note(f"exit {run.exit_code}\nstdout: {run.stdout[-800:]!r}\nstderr: {run.stderr[-800:]!r}")
    if run.error:
        note(run.error)
    assert not found, "\n".join(found)


def fresh(tmp_path: Path) -> Path:
    """A new folder for each example (hypothesis runs many in one test function)."""
    folder = tmp_path / f"example-{time.monotonic_ns()}"
    folder.mkdir()
    return folder


@settings(BOUNDED, max_examples=80)
@given(st.randoms(use_true_random=False))
def test_data_files_as_offices_write_them(tmp_path: Path, rnd: random.Random) -> None:
    """CSV and xlsx, long and wide, vi/en headers and numbers, estimates, blanks, junk cells."""
    check_case(data_case(rnd, damaged=False), fresh(tmp_path))


@settings(BOUNDED, max_examples=80)
@given(st.randoms(use_true_random=False))
def test_damaged_data_files(tmp_path: Path, rnd: random.Random) -> None:
    """The same files with bytes flipped, cut short, lines added or dropped, workbook XML edited."""
    check_case(data_case(rnd, damaged=True), fresh(tmp_path))


@settings(BOUNDED, max_examples=30)
@given(st.randoms(use_true_random=False))
def test_the_order_of_rows_in_a_workbook_does_not_matter(
    tmp_path: Path, rnd: random.Random
) -> None:
    """Rows are placed by their numbers, as Excel and openpyxl place them (issue 16 item 2)."""
    ordered, shuffled = workbook_pair(rnd)
    check_case(ordered, fresh(tmp_path))
    first, _ = run_case(ordered, fresh(tmp_path))
    second, _ = run_case(shuffled, fresh(tmp_path))
    note(shuffled.describe())
    assert reading(second) == reading(first)


@settings(BOUNDED, max_examples=60)
@given(st.randoms(use_true_random=False))
def test_damaged_plans(tmp_path: Path, rnd: random.Random) -> None:
    """Bundled plans with values swapped, dropped, aliased, huge, or laced with controls."""
    check_case(plan_case(rnd), fresh(tmp_path))


@settings(BOUNDED, max_examples=150)
@given(st.randoms(use_true_random=False))
def test_command_lines(tmp_path: Path, rnd: random.Random) -> None:
    """check, validate, plans, template and calc with any mix of options, paths and values."""
    check_case(cli_case(rnd), fresh(tmp_path))


# --------------------------------------------------------------------------------------------
# A few runs as a separate process: what only a real process meets (a terminal that cannot take
# UTF-8, stdout that cannot be written, a signal, a file that never ends)

TIMEOUT = 10


def plantrack(
    args: list[str], cwd: Path, *, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "plantrack", *args]
    environment = {**os.environ, "PLANTRACK_LANG": "vi", **(env or {})}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kw}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, cwd=cwd, env=environment, timeout=TIMEOUT, check=False, **streams
    )


def assert_clean(result: subprocess.CompletedProcess[bytes]) -> None:
    stdout = (result.stdout or b"").decode("utf-8", "replace")
    stderr = (result.stderr or b"").decode("utf-8", "replace")
    assert "Traceback" not in stderr + stdout, stderr[-2000:]
    assert result.returncode in EXIT_CODES, (result.returncode, stderr[-2000:])
    assert result.returncode != 1, ("1 means --fail-on hit", stderr[-2000:])
    assert not control_characters(stdout + stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--format", "markdown"],
        ["check", "--format", "github"],
        ["check", "--explain", "income_per_capita"],
        ["validate"],
        ["plans"],
        ["calc", "required", "45", "68", "--years", "5"],
    ],
)
def test_a_console_that_cannot_take_vietnamese(tmp_path: Path, args: list[str]) -> None:
    """PYTHONIOENCODING=cp1258 (a redirect on a Vietnamese Windows): output, not an error."""
    make_workspace(tmp_path, nested=False)
    assert_clean(plantrack(args, tmp_path, env={"PYTHONIOENCODING": "cp1258"}))


@pytest.mark.parametrize("args", [["check"], ["check", "--format", "json"], ["plans"]])
def test_stdout_that_cannot_be_written(tmp_path: Path, args: list[str]) -> None:
    """> /dev/full: a message and exit 2, not a traceback or a silent exit 1."""
    make_workspace(tmp_path, nested=False)
    with Path("/dev/full").open("wb") as full:
        result = plantrack(args, tmp_path, stdout=full)
    assert_clean(result)
    assert result.returncode != 0, "nothing was written, yet the run said it was"


@pytest.mark.parametrize("args", [["check"], ["check", "--format", "json"], ["schema"]])
def test_a_pipe_closed_early(tmp_path: Path, args: list[str]) -> None:
    """``| head -c 10``: quiet, with the broken-pipe code (or 0), never a traceback or 1."""
    make_workspace(tmp_path, nested=False)
    command = [sys.executable, "-m", "plantrack", *args]
    with subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        stderr = process.stderr.read()
        code = process.wait(timeout=TIMEOUT)
    assert_clean(subprocess.CompletedProcess(command, code, b"", stderr))
    assert stderr == b"", stderr.decode("utf-8", "replace")[-2000:]


def _wait_until_reading_stdin(pid: int) -> None:
    """Until the process waits on its standard input (a pipe): Linux says so in
    /proc/PID/wchan; elsewhere, a pause long enough for an unloaded machine."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(1.5)
        return
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if "pipe_read" in wchan.read_text():
                return
        time.sleep(0.02)


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130(tmp_path: Path) -> None:
    """Ctrl-C while the data are read (here: standard input that never comes) exits 130."""
    make_workspace(tmp_path, nested=False)
    command = [sys.executable, "-m", "plantrack", "check", "-"]
    with subprocess.Popen(
        command,
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as a terminal sends it: a test run started in the background of a shell without
        # job control (`bash .ci/run &`) ignores SIGINT, its children inherit that, and Python
        # then installs no handler: the read went on until stdin closed ("empty-file", exit 2)
        preexec_fn=_sigint_default,
    ) as process:
        _wait_until_reading_stdin(process.pid)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=TIMEOUT)
    assert b"Traceback" not in stderr, stderr.decode("utf-8", "replace")[-2000:]
    assert process.returncode == 130, (process.returncode, stderr[-2000:])


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--plan", "/dev/zero"],
        ["validate", "/dev/zero"],
        ["check", "data/pipe.csv"],
        ["validate", "/"],
    ],
)
def test_inputs_that_never_end(tmp_path: Path, args: list[str]) -> None:
    """A file without a size, a FIFO with no writer, the whole filesystem: an answer in time."""
    make_workspace(tmp_path, nested=False)
    os.mkfifo(tmp_path / "data" / "pipe.csv")
    try:
        result = plantrack(args, tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"plantrack {' '.join(args)} still running after {TIMEOUT} s")
    assert_clean(result)
