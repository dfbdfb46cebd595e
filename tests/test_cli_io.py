"""What the command line reads and writes at its edges: files that are not files, paths that
are not paths, encodings that are not encodings, output that cannot be written, and the exit
codes of Ctrl-C and of a closed pipe. Runs on temporary copies; a few cases need a real process
(a FIFO, /dev/zero, a broken pipe), with a timeout so that a hang fails instead of waiting."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from plantrack.cli import main
from tests.conftest import MINIMAL_PLAN, ROOT

PLAN = "plans/cau-ngang-2030.yaml"
DATA = "data/cau-ngang-actuals.csv"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "plans").mkdir()
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / PLAN, tmp_path / PLAN)
    shutil.copy(ROOT / DATA, tmp_path / DATA)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": "en"})


def process(
    *args: str, cwd: Path, timeout: float = 60, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    """``plantrack ARGS`` in a real process; a hang raises TimeoutExpired (the test fails)."""
    env = {**os.environ, "PLANTRACK_LANG": "en"}
    env.update(kwargs.pop("env", {}))  # type: ignore[call-overload]
    return subprocess.run(
        [sys.executable, "-m", "plantrack", *args],
        cwd=cwd,
        env=env,
        timeout=timeout,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def no_traceback(text: str | bytes) -> bool:
    return "Traceback" not in (text.decode() if isinstance(text, bytes) else text)


# -- plans that never end, numbers too long -------------------------------------------------


def test_dev_zero_as_a_plan_is_refused_not_read_for_ever(work: Path) -> None:
    done = process("validate", "/dev/zero", cwd=work, capture_output=True, timeout=30)
    assert done.returncode == 2
    assert b"/dev/zero: file-unreadable" in done.stdout
    assert b"not a regular file" in done.stdout


def test_fifo_as_a_plan_is_refused_without_waiting_for_a_writer(work: Path) -> None:
    os.mkfifo(work / "plans" / "pipe.yaml")
    done = process("validate", "plans/pipe.yaml", cwd=work, capture_output=True, timeout=30)
    assert done.returncode == 2
    assert b"plans/pipe.yaml: file-unreadable" in done.stdout


def test_plan_size_is_counted_as_read_not_trusted_from_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that says it has no size (/proc, some network file systems) is still bounded."""
    from plantrack.plans import load as loader

    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * (loader.MAX_PLAN_BYTES + 10) + "\n", encoding="utf-8")
    real_stat = Path.stat

    def zero_size(self: Path, **kwargs: object) -> os.stat_result:
        result = real_stat(self, **kwargs)  # type: ignore[arg-type]
        if self.name != "big.yaml":
            return result
        fields = list(result)
        fields[6] = 0  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(Path, "stat", zero_size)
    loaded, findings = loader.read_plan(big)
    assert loaded is None
    assert [finding.code for finding in findings] == ["file-too-large"]


def test_an_integer_of_5000_digits_is_a_finding(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("value: 68", "value: " + "9" * 5000), encoding="utf-8")
    result = run("validate", str(plan))
    assert result.exit_code == 1
    assert no_traceback(result.output)
    line = next(n for n, text in enumerate(MINIMAL_PLAN.splitlines(), 1) if "value: 68" in text)
    assert f"plan.yaml:{line}:16: invalid-value a number of 5,000 digits" in result.stdout


# -- paths and options -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--plan", "p" * 300],
        ["check", "--plan", PLAN, "d" * 300 + ".csv"],
        ["check", "--plan", "plans", "data", "-o", "o" * 300 + ".json"],
        ["validate", "v" * 300 + ".yaml"],
        ["plans", "v" * 300],
        ["template", "t" * 300 + ".yaml"],
    ],
    ids=["plan", "data", "output", "validate", "plans", "template"],
)
def test_a_name_too_long_is_a_clear_error(work: Path, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert no_traceback(result.output)
    assert "too long" in result.output


@pytest.mark.parametrize("encoding", ["idna", "punycode", "rot13", "hex", "nonsense"])
def test_encoding_must_be_a_text_encoding(work: Path, encoding: str) -> None:
    result = run("check", "--plan", PLAN, DATA, "--encoding", encoding)
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--encoding'" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "cp1258", "utf-8-sig", "latin-1"])
def test_real_encodings_are_accepted(work: Path, encoding: str) -> None:
    result = run("check", "--plan", PLAN, DATA, "--encoding", encoding, "--format", "json")
    assert "Invalid value for '--encoding'" not in result.stderr
    assert result.exit_code in (0, 2)
    assert no_traceback(result.output)


def test_fifo_as_data_is_refused_without_waiting_for_a_writer(work: Path) -> None:
    os.mkfifo(work / "data" / "pipe.csv")
    done = process("check", "--plan", PLAN, "data/pipe.csv", cwd=work, capture_output=True)
    assert done.returncode == 2
    assert b"data/pipe.csv: file-unreadable" in done.stdout + done.stderr
    assert no_traceback(done.stderr)


def test_fifo_in_a_data_folder_is_left_alone(work: Path) -> None:
    os.mkfifo(work / "data" / "pipe.csv")
    done = process(
        "check", "--plan", PLAN, "data", "--format", "json", cwd=work, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert b"pipe.csv" not in done.stdout


@pytest.mark.parametrize(
    "args",
    [["check", "--plan", ""], ["check", "--plan", PLAN, ""], ["validate", ""], ["plans", ""]],
    ids=["check-plan", "check-data", "validate", "plans"],
)
def test_an_empty_path_is_a_usage_error(work: Path, args: list[str]) -> None:
    """``--plan ""`` read every YAML file under the current folder."""
    (work / "stray.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "an empty path" in result.output
    assert "test-plan" not in result.stdout


def test_validate_refuses_the_root(work: Path) -> None:
    done = process("validate", "/", cwd=work, capture_output=True, timeout=30)
    assert done.returncode == 2
    assert b"/: search-too-wide this is the root of the file system" in done.stdout


def test_validate_stops_at_the_documented_number_of_entries(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plantrack.plans import load as loader

    monkeypatch.setattr(loader, "MAX_SEARCH_ENTRIES", 30)
    for number in range(31):
        (work / "plans" / f"x{number}.txt").write_text("", encoding="utf-8")
    result = run("validate", "plans")
    assert result.exit_code == 2
    assert "plans: search-too-wide the folder holds more than 30 files and folders" in (
        result.stdout
    )
    assert "100,000" in (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")


# -- output that cannot be written -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_full_disk_is_one_line_and_exit_2(work: Path, fmt: str) -> None:
    with Path("/dev/full").open("wb") as full:
        done = process(
            "check", "--plan", PLAN, DATA, "--format", fmt, cwd=work, stdout=full, stderr=-1
        )
    assert done.returncode == 2
    assert no_traceback(done.stderr)
    assert b"plantrack: cannot write to standard output: No space left on device" in done.stderr
    assert done.stderr.count(b"No space left") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--plan", PLAN, DATA],
        ["check", "--plan", PLAN, DATA, "--format", "json"],
        ["check", "--plan", PLAN, DATA, "--format", "csv"],
        ["validate", PLAN, "--format", "json"],
        ["plans", PLAN],
        ["calc", "cagr", "45", "68", "--years", "5"],
    ],
    ids=["table", "json", "csv", "validate", "plans", "calc"],
)
def test_a_closed_pipe_exits_141_quietly(work: Path, args: list[str]) -> None:
    """As in ``plantrack check | head -c 10``: the reader has gone; no traceback, never 1."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    try:
        done = process(*args, cwd=work, stdout=write_end, stderr=-1)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == b""


def test_ctrl_c_exits_130(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import plantrack.report.build

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(plantrack.report.build, "run_check", interrupted)
    result = run("check", "--plan", PLAN, DATA)
    assert result.exit_code == 130
    assert "Aborted" not in result.output


def test_ctrl_c_while_the_command_line_is_parsed_exits_130(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the command runs (click parses, the language is decided): not click's "Aborted!"
    and exit 1, but exit 130 as during the run."""
    import plantrack.cli.language

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(plantrack.cli.language, "decide", interrupted)
    result = run("check", "--plan", PLAN, DATA)
    assert result.exit_code == 130
    assert "Aborted" not in result.output and "Đã dừng" not in result.output


@pytest.mark.parametrize(
    "raised",
    [
        KeyboardInterrupt(),
        # a KeyboardInterrupt inside a class body's __set_name__ reaches the importer wrapped
        RuntimeError("Error calling __set_name__"),
    ],
)
def test_ctrl_c_while_plantrack_loads_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raised: BaseException
) -> None:
    import builtins
    import sys

    from plantrack.__main__ import run as entry

    if isinstance(raised, RuntimeError):
        raised.__cause__ = KeyboardInterrupt()
    real_import = builtins.__import__

    def loading(name: str, *args: object, **kwargs: object) -> object:
        if name == "plantrack.cli":
            raise raised
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "plantrack.cli", raising=False)
    monkeypatch.setattr(builtins, "__import__", loading)
    with pytest.raises(SystemExit) as exited:
        entry()
    assert exited.value.code == 130
    assert capsys.readouterr().err == "\n"


def test_another_error_while_plantrack_loads_is_not_taken_for_ctrl_c(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import builtins
    import sys

    from plantrack.__main__ import run as entry

    real_import = builtins.__import__

    def loading(name: str, *args: object, **kwargs: object) -> object:
        if name == "plantrack.cli":
            raise ImportError("a broken installation")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "plantrack.cli", raising=False)
    monkeypatch.setattr(builtins, "__import__", loading)
    with pytest.raises(ImportError, match="broken installation"):
        entry()


@pytest.mark.parametrize(
    ("args", "vietnamese"),
    [
        (["check", "--plan", PLAN, DATA, "--lang", "vi"], "Thu nhập"),
        (["check", "--plan", PLAN, DATA, "--lang", "vi", "--format", "markdown"], "Thu nhập"),
        (["check", "--plan", PLAN, DATA, "--lang", "vi", "--format", "github"], "Chậm tiến độ"),
        (["validate", "plans/bad.yaml"], "Thu nhập"),
        (["calc", "required", "45", "68", "--years", "5", "--lang", "vi"], "Tốc độ tăng"),
        (["plans", PLAN, "--lang", "vi"], "Thu nhập"),
    ],
    ids=["table", "markdown", "github", "validate", "calc", "plans"],
)
def test_a_console_that_cannot_hold_vietnamese_gets_utf8(
    work: Path, args: list[str], vietnamese: str
) -> None:
    """``PYTHONIOENCODING=cp1258`` (a redirect on a Vietnamese Windows): UTF-8, said once."""
    bad = MINIMAL_PLAN.replace("unit: million_vnd_per_person", "unit: 'Thu nhập ???'")
    (work / "plans" / "bad.yaml").write_text(bad, encoding="utf-8")
    done = process(*args, cwd=work, capture_output=True, env={"PYTHONIOENCODING": "cp1258"})
    assert no_traceback(done.stderr), done.stderr.decode()
    assert done.returncode in (0, 1), done.stderr.decode()
    assert vietnamese in done.stdout.decode("utf-8")
    assert done.stderr.decode().count("writing UTF-8 instead") == 1


def test_a_utf8_console_is_left_alone(work: Path) -> None:
    done = process(
        "calc",
        "required",
        "45",
        "68",
        "--years",
        "5",
        cwd=work,
        capture_output=True,
        env={"PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0
    assert done.stderr == b""


# -- an empty folder -------------------------------------------------------------------------


def test_an_empty_folder_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``plantrack check`` in a folder without plans/: not "plans: path-not-found"."""
    monkeypatch.chdir(tmp_path)
    result = run("check")
    assert result.exit_code == 2
    assert "run `plantrack init`" in result.stderr
    assert "--plan" in result.stderr
    assert "path-not-found" not in result.output


def test_a_plan_given_needs_no_plans_folder(work: Path) -> None:
    shutil.rmtree(work / "plans")
    (work / "p.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    assert run("check", "--plan", "p.yaml", DATA, "--format", "json").exit_code == 0


def test_an_empty_folder_says_it_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--lang", "vi"])
    assert result.exit_code == 2
    assert "chạy `plantrack init`" in result.stderr


def test_a_terminal_that_cannot_hold_vietnamese_gets_escapes(work: Path) -> None:
    """A terminal keeps its encoding: what it cannot show is written as \\uXXXX, said once."""
    import pty

    leader, follower = pty.openpty()
    try:
        done = process(
            "calc",
            "required",
            "45",
            "68",
            "--years",
            "5",
            "--lang",
            "vi",
            cwd=work,
            stdout=follower,
            stderr=-1,
            env={"PYTHONIOENCODING": "cp1258"},
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0, done.stderr
    assert "T\\u1ed1c" in shown.decode("cp1258")
    assert done.stderr.decode().count("\\uXXXX") == 1


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["check", "--help"]])
def test_help_into_a_closed_pipe_exits_141(work: Path, args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = process(*args, cwd=work, stdout=write_end, stderr=-1)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, b"")


@pytest.mark.parametrize("kind", ["{x: 1}", "[level]"])
def test_a_kind_that_is_a_mapping_or_a_list_is_a_finding(tmp_path: Path, kind: str) -> None:
    """Found by the fuzzer: an unhashable kind crashed the number checks (TypeError)."""
    path = tmp_path / "p.yaml"
    path.write_text(MINIMAL_PLAN.replace("- kind: level", f"- kind: {kind}"), encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "p.yaml:21:15: unknown-kind unknown target kind" in result.output


@pytest.mark.parametrize("command", [["validate"], ["check", "--plan"], ["plans"]])
def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path, command: list[str]) -> None:
    """Found by the fuzzer: a name with the byte 0xff reached a UTF-8 stream as a lone
    surrogate, which no encoder takes (UnicodeEncodeError); it is written out as \\udcff."""
    name = os.fsdecode(b"\xff.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "plantrack", *command, name],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PLANTRACK_LANG": "en"},
    )
    assert result.returncode == 2
    assert no_traceback(result.stdout + result.stderr)
    assert b"\\udcff.yaml" in result.stdout + result.stderr
