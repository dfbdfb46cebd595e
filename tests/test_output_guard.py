"""``-o FILE``: never over an input or a non-file, the format its extension names, the umask's
permissions, and temporaries that say what they are. Every test works on temporary copies of
the bundled plan and data, never on the repository's own files."""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click
import pytest
from click.testing import CliRunner, Result

from plantrack.cli import main
from tests.conftest import ROOT


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder with plans/district/cau-ngang-2030.yaml (a plan a level down) and data/."""
    (tmp_path / "plans" / "district").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "plans" / "cau-ngang-2030.yaml", tmp_path / "plans" / "district")
    shutil.copy(ROOT / "data" / "cau-ngang-actuals.csv", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": "en"})


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


PLAN = "plans/district/cau-ngang-2030.yaml"
DATA = "data/cau-ngang-actuals.csv"


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown", "github"])
def test_o_refuses_a_plan_in_a_sub_folder_of_the_plan_folder(work: Path, fmt: str) -> None:
    """Plan folders are read recursively; the guard looked at their direct children only."""
    before = snapshot(work)
    result = run("check", "--plan", "plans", "data", "--format", fmt, "-o", PLAN)
    assert result.exit_code == 2, result.output
    assert "input file" in result.stderr
    assert snapshot(work) == before


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (["--plan", PLAN, DATA], PLAN),  # a plan named as a file
        (["--plan", PLAN, DATA], DATA),  # a data file named as a file
        (["--plan", "plans", "data"], DATA),  # a data file in a data folder
        (["--plan", PLAN, "data"], "./data/../data/cau-ngang-actuals.csv"),  # another spelling
    ],
)
@pytest.mark.parametrize("streamed", [False, True])
def test_o_refuses_every_input(work: Path, args: list[str], target: str, streamed: bool) -> None:
    """Through the writer of whole texts, and the one that streams JSON or CSV as it is made."""
    before = snapshot(work)
    fmt = ("csv" if target.endswith(".csv") else "json") if streamed else None
    result = run("check", *args, *(["--format", fmt] if fmt else []), "-o", target)
    assert result.exit_code == 2, result.output
    assert "input file" in result.stderr
    assert snapshot(work) == before


def test_o_refuses_a_hard_link_to_an_input(work: Path) -> None:
    os.link(work / DATA, work / "linked.csv")
    before = snapshot(work)
    result = run("check", "--plan", PLAN, DATA, "--format", "csv", "-o", "linked.csv")
    assert result.exit_code == 2, result.output
    assert snapshot(work) == before


def test_o_refuses_a_symbolic_link_to_an_input(work: Path) -> None:
    (work / "report.yaml").symlink_to(work / PLAN)
    before = snapshot(work)
    result = run("check", "--plan", "plans", DATA, "--format", "json", "-o", "report.yaml")
    assert result.exit_code == 2, result.output
    assert snapshot(work) == before
    assert (work / "report.yaml").is_symlink()


def test_template_o_refuses_its_plan(work: Path) -> None:
    before = snapshot(work)
    for target in (PLAN, "plans/district/../district/cau-ngang-2030.yaml"):
        result = run("template", PLAN, "-o", target)
        assert result.exit_code == 2, result.output
    assert snapshot(work) == before


@pytest.mark.parametrize("command", ["check", "template"])
def test_o_refuses_a_fifo(work: Path, command: str) -> None:
    """A FIFO (or a device) would be replaced by a regular file: it is refused."""
    fifo = work / "out.csv"
    os.mkfifo(fifo)
    args = ["--plan", PLAN, DATA] if command == "check" else [PLAN]
    result = run(command, *args, "-o", str(fifo))
    assert result.exit_code == 2, result.output
    assert "not a regular file" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_o_refuses_a_folder(work: Path) -> None:
    result = run("check", "--plan", PLAN, DATA, "-o", "data")
    assert result.exit_code == 2
    assert "folder" in result.stderr


def test_o_writes_beside_the_inputs(work: Path) -> None:
    result = run("check", "--plan", "plans", "data", "-o", "data/report.json")
    assert result.exit_code == 0, result.output
    assert (work / "data" / "report.json").read_text(encoding="utf-8").startswith("{")


# -- the format from the extension ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("report.json", "{"),
        ("report.JSON", "{"),
        ("report.csv", "plan"),
        ("report.md", "#"),
        ("report.markdown", "#"),
        ("report.txt", ""),
    ],
)
def test_o_extension_chooses_the_format(work: Path, name: str, start: str) -> None:
    result = run("check", "--plan", PLAN, DATA, "-o", name)
    assert result.exit_code == 0, result.output
    text = (work / name).read_text(encoding="utf-8")
    assert text.startswith(start)
    if name.endswith(".txt"):
        assert "Cầu Ngang" in text and not text.lstrip().startswith(("{", "#"))


def test_o_json_is_json(work: Path) -> None:
    import json

    assert run("check", "--plan", PLAN, DATA, "-o", "report.json").exit_code == 0
    document = json.loads((work / "report.json").read_text(encoding="utf-8"))
    assert document["results"]


def test_o_extension_against_format_is_a_usage_error(work: Path) -> None:
    result = run("check", "--plan", PLAN, DATA, "--format", "csv", "-o", "report.json")
    assert result.exit_code == 2
    assert "--format json" in result.stderr
    assert not (work / "report.json").exists()


def test_o_unknown_extension_keeps_the_given_or_default_format(work: Path) -> None:
    assert run("check", "--plan", PLAN, DATA, "--format", "json", "-o", "report.out").exit_code == 0
    assert (work / "report.out").read_text(encoding="utf-8").startswith("{")


def test_template_o_refuses_an_extension_it_cannot_write(work: Path) -> None:
    result = run("template", PLAN, "-o", "sheet.json")
    assert result.exit_code == 2
    assert ".csv or .xlsx" in result.stderr
    assert not (work / "sheet.json").exists()
    assert run("template", PLAN, "-o", "sheet.xlsx").exit_code == 0
    assert (work / "sheet.xlsx").read_bytes().startswith(b"PK")


# -- permissions and temporaries ------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_o_follows_the_umask(work: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        assert run("check", "--plan", PLAN, DATA, "-o", "report.csv").exit_code == 0
        assert run("template", PLAN, "-o", "sheet.csv").exit_code == 0
    finally:
        os.umask(old)
    for name in ("report.csv", "sheet.csv"):
        assert stat.S_IMODE((work / name).stat().st_mode) == 0o666 & ~umask


def test_o_keeps_the_permissions_of_the_file_it_replaces(work: Path) -> None:
    (work / "report.csv").write_text("old", encoding="utf-8")
    (work / "report.csv").chmod(0o640)
    assert run("check", "--plan", PLAN, DATA, "-o", "report.csv").exit_code == 0
    assert stat.S_IMODE((work / "report.csv").stat().st_mode) == 0o640
    assert (work / "report.csv").read_text(encoding="utf-8") != "old"


def test_temporary_is_named_as_temporary(tmp_path: Path) -> None:
    from plantrack.cli.output import write_atomically

    seen: list[str] = []

    def content(stream: IO[bytes]) -> None:
        seen.extend(p.name for p in tmp_path.iterdir())
        stream.write(b"x")

    write_atomically(content, str(tmp_path / "report.json"), [])
    assert len(seen) == 1
    assert seen[0].startswith(".report.json.plantrack-tmp-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_failed_write_leaves_no_temporary(tmp_path: Path) -> None:
    from plantrack.cli.output import write_atomically

    def content(stream: IO[bytes]) -> None:
        stream.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(content, str(tmp_path / "report.json"), [])
    assert list(tmp_path.iterdir()) == []


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    from plantrack.cli.output import STALE_SECONDS, write_atomically

    stale = tmp_path / ".report.json.plantrack-tmp-abc123"
    young = tmp_path / ".report.json.plantrack-tmp-def456"  # maybe a run still writing
    other = tmp_path / ".other.json.plantrack-tmp-abc123"  # another target's
    mine_not = tmp_path / ".report.json.swp"  # not ours
    for path in (stale, young, other, mine_not):
        path.write_bytes(b"partial")
    old = time.time() - STALE_SECONDS - 60
    for path in (stale, other, mine_not):
        os.utime(path, (old, old))
    write_atomically(b"{}", str(tmp_path / "report.json"), [])
    assert not stale.exists()
    assert young.exists() and other.exists() and mine_not.exists()


def test_guard_names_a_missing_folder(tmp_path: Path) -> None:
    from plantrack.cli.output import guard_output

    with pytest.raises(click.UsageError, match="does not exist"):
        guard_output(str(tmp_path / "nowhere" / "report.json"), [])


# -- the guard's words, and its corners (mutation testing, docs/mutation.md) ----------------


def test_format_against_extension_message_word_for_word() -> None:
    from plantrack.cli.output import format_for_output

    with pytest.raises(click.UsageError) as caught:
        format_for_output("report.json", "csv", "table")
    assert caught.value.message == (
        "-o report.json: the extension asks for --format json, but --format csv was given; "
        "change one of them"
    )


def test_guard_messages_word_for_word(work: Path) -> None:
    """The reasons users act on: an input named, a FIFO, a folder, a missing folder."""
    from plantrack.cli.output import guard_output

    os.mkfifo(work / "out.csv")
    cases = {
        DATA: f"-o {DATA}: that is an input file ({DATA}); choose another name",
        "out.csv": (
            "-o out.csv: that is not a regular file (a device, a FIFO or a socket); "
            "give the name of a file"
        ),
        "data": "-o data: that is a folder; give a file name",
        "nowhere/r.json": f"-o nowhere/r.json: the folder {work / 'nowhere'} does not exist",
    }
    for output, message in cases.items():
        with pytest.raises(click.UsageError) as caught:
            guard_output(output, [PLAN, DATA])
        assert caught.value.message == message


def test_guard_looks_past_standard_input_at_every_other_input(work: Path) -> None:
    """``-`` (standard input) among the inputs is passed over, not the end of the list."""
    from plantrack.cli.output import guard_output

    with pytest.raises(click.UsageError, match="that is an input file"):
        guard_output(DATA, ["-", DATA])


def test_guard_does_not_take_standard_input_for_a_file_named_dash(work: Path) -> None:
    """``-`` as an input is standard input, never the file of that name in the current folder:
    writing ``-o ./-`` while reading standard input is allowed."""
    from plantrack.cli.output import guard_output

    (work / "-").write_text("an old report", encoding="utf-8")
    assert guard_output("./-", ["-"]) == work / "-"


def test_temporary_name_is_the_target_mark_and_eight_random_characters(tmp_path: Path) -> None:
    import re

    from plantrack.cli.output import write_atomically

    seen: list[str] = []

    def content(stream: IO[bytes]) -> None:
        seen.extend(p.name for p in tmp_path.iterdir())
        stream.write(b"x")

    write_atomically(content, str(tmp_path / "report.json"), [])
    assert len(seen) == 1
    assert re.fullmatch(r"\.report\.json\.plantrack-tmp-[a-z0-9_]{8}", seen[0]), seen


def test_an_unwritable_folder_is_named_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import tempfile

    from plantrack.cli.output import write_atomically

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:  # a read-only folder
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    output = str(tmp_path / "report.json")
    with pytest.raises(click.UsageError) as caught:
        write_atomically(b"{}", output, [])
    assert caught.value.message == f"-o {output}: cannot write there (Permission denied)"


def test_a_failed_write_is_a_usage_error_and_leaves_no_temporary(tmp_path: Path) -> None:
    """A full disk (or any OSError while writing): a message, not a traceback; no half file."""
    import errno

    from plantrack.cli.output import write_atomically

    def content(stream: IO[bytes]) -> None:
        stream.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    output = str(tmp_path / "report.json")
    with pytest.raises(click.UsageError) as caught:
        write_atomically(content, output, [])
    assert caught.value.message == f"-o {output}: cannot write there (No space left on device)"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("then", ["interrupted", "finished"])
def test_a_temporary_removed_by_someone_else_is_no_traceback(tmp_path: Path, then: str) -> None:
    """The temporary deleted under the run (by hand, or a cleaner of old files): a finished
    write is a usage error (the rename finds nothing), an interrupted one stays interrupted."""
    from plantrack.cli.output import write_atomically

    def content(stream: IO[bytes]) -> None:
        for path in tmp_path.iterdir():
            path.unlink()
        stream.write(b"x")
        if then == "interrupted":
            raise KeyboardInterrupt

    output = str(tmp_path / "report.json")
    if then == "interrupted":
        with pytest.raises(KeyboardInterrupt):
            write_atomically(content, output, [])
    else:
        with pytest.raises(click.UsageError) as caught:
            write_atomically(content, output, [])
        assert (
            caught.value.message == f"-o {output}: cannot write there (No such file or directory)"
        )
    assert list(tmp_path.iterdir()) == []


def test_a_temporary_exactly_at_the_age_limit_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Removed when *older* than STALE_SECONDS: at the limit itself it is kept."""
    from plantrack.cli import output

    now = float(int(time.time()))
    monkeypatch.setattr(output.time, "time", lambda: now)
    at_limit = tmp_path / ".report.json.plantrack-tmp-atlimit"
    past = tmp_path / ".report.json.plantrack-tmp-pastlim"
    for path, age in ((at_limit, output.STALE_SECONDS), (past, output.STALE_SECONDS + 1)):
        path.write_bytes(b"partial")
        mtime = int((now - age) * 1_000_000_000)
        os.utime(path, ns=(mtime, mtime))
    output.write_atomically(b"{}", str(tmp_path / "report.json"), [])
    assert at_limit.exists()
    assert not past.exists()


def test_a_link_named_like_a_temporary_is_not_removed(tmp_path: Path) -> None:
    """Only regular files are ours: a symbolic link with a temporary's name is left alone,
    whatever the age of the file it points to, and so is that file."""
    from plantrack.cli.output import STALE_SECONDS, write_atomically

    old_file = tmp_path / "kept.txt"
    old_file.write_bytes(b"someone's file")
    old = time.time() - STALE_SECONDS - 60
    os.utime(old_file, (old, old))
    link = tmp_path / ".report.json.plantrack-tmp-link0000"
    link.symlink_to(old_file)
    write_atomically(b"{}", str(tmp_path / "report.json"), [])
    assert link.is_symlink()
    assert old_file.read_bytes() == b"someone's file"


def test_a_stale_temporary_removed_meanwhile_does_not_stop_the_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runs clearing the same folder: a temporary the other run removed between the listing
    and our look at it is passed over, the next one still removed, and the report written."""
    from plantrack.cli.output import STALE_SECONDS, write_atomically

    gone = tmp_path / ".report.json.plantrack-tmp-aaaaaaaa"
    stale = tmp_path / ".report.json.plantrack-tmp-bbbbbbbb"
    old = time.time() - STALE_SECONDS - 60
    for path in (gone, stale):
        path.write_bytes(b"partial")
        os.utime(path, (old, old))
    real_scandir = os.scandir

    def listed_then_removed(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        with real_scandir(path) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        gone.unlink()  # the other run's work
        return iter(entries)

    monkeypatch.setattr(os, "scandir", listed_then_removed)
    write_atomically(b"{}", str(tmp_path / "report.json"), [])
    assert not stale.exists()
    assert (tmp_path / "report.json").read_bytes() == b"{}"


def test_a_folder_that_cannot_be_listed_is_still_written_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder one may write to but not list (mode 0300): no clean-up, the report written."""
    import errno

    from plantrack.cli.output import write_atomically

    def refuse(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "scandir", refuse)
    write_atomically(b"{}", str(tmp_path / "report.json"), [])
    monkeypatch.undo()
    assert (tmp_path / "report.json").read_bytes() == b"{}"


def test_o_refuses_an_input_in_the_language_of_the_run(work: Path) -> None:
    """The refusal is a usage error in the run's language, every word of it."""
    result = CliRunner().invoke(
        main,
        ["check", "--lang", "vi", "--plan", PLAN, DATA, "-o", DATA],
        env={"PLANTRACK_LANG": None},
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Lỗi: -o {DATA}: đây là tệp đầu vào ({DATA}); hãy chọn tên khác"
    )


def test_o_with_a_name_too_long_says_it_cannot_write_there(work: Path) -> None:
    """A name longer than the file system takes: refused before any work, naming it."""
    name = "x" * 300 + ".json"
    result = run("check", "--plan", PLAN, DATA, "-o", name)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith(f"Error: -o {name}: cannot write there (")
    assert not list(work.glob("x*"))  # nothing written, not even a temporary
