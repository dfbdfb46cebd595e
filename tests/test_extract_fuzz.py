"""Fuzzing `plantrack extract`: damaged, odd and hostile inputs never end in a traceback.

Inputs are built the ways files reach an office: a plan text with characters changed, cut short,
in another encoding, with control characters; Word and PDF files truncated or with bytes flipped;
random bytes under each name. Every run exits 0, 1 or 2 with no traceback, a draft it writes
validates, and the input is never changed. Repeatable (``derandomize``), bounded to a few
seconds.
"""

from __future__ import annotations

import random
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from plantrack.cli import main
from plantrack.plans.load import read_plan_text

from .conftest import ROOT
from .documents import docx_bytes, pdf_bytes

TEXT = (ROOT / "plans" / "sources" / "tan-hong-border-communes-2020-2025.txt").read_text(
    encoding="utf-8"
)
LINES = [line for line in TEXT.splitlines() if line.strip()]
DOCX = docx_bytes(LINES[20:40])
PDF = pdf_bytes([LINES[20:32]])
NOISE = "\x00\x07\x1b[31m\u202e\ufeff\u200b%‰≤≥()[]{};:,.-–—/\\|\"'“”…𝟘😀\r\t"


def _mutated_text(rnd: random.Random) -> bytes:
    lines = rnd.sample(LINES, k=min(len(LINES), rnd.randint(1, 25)))
    text = "\n".join(lines)
    chars = list(text)
    for _ in range(rnd.randint(0, 40)):
        at = rnd.randrange(len(chars) + 1)
        choice = rnd.random()
        if choice < 0.4:
            chars.insert(at, rnd.choice(NOISE))
        elif choice < 0.7 and chars:
            del chars[min(at, len(chars) - 1)]
        else:
            chars.insert(at, rnd.choice("0123456789"))
    mutated = "".join(chars)
    encoding = rnd.choice(["utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1"])
    return mutated.encode(encoding, errors="replace")


def _damaged(data: bytes, rnd: random.Random) -> bytes:
    if rnd.random() < 0.5:
        return data[: rnd.randrange(len(data))]
    out = bytearray(data)
    for _ in range(rnd.randint(1, 20)):
        out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


@settings(deadline=None, derandomize=True, database=None, max_examples=60,
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(st.randoms(use_true_random=False))
def test_extract_never_ends_in_a_traceback(tmp_path_factory, rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("fuzz")
    kind = rnd.choice(["txt", "txt", "txt", "docx", "pdf", "bytes"])
    if kind == "txt":
        name, data = "ke-hoach.txt", _mutated_text(rnd)
    elif kind == "docx":
        name, data = "ke-hoach.docx", _damaged(DOCX, rnd) if rnd.random() < 0.7 else DOCX
    elif kind == "pdf":
        name, data = "ke-hoach.pdf", _damaged(PDF, rnd) if rnd.random() < 0.7 else PDF
    else:
        name = rnd.choice(["a.txt", "a.docx", "a.pdf"])
        data = bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 400)))
    source = folder / name
    source.write_bytes(data)
    out = folder / "draft.yaml"
    lang = rnd.choice(["vi", "en"])
    note(f"{name}: {data[:200]!r}")
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--lang", lang])
    note(f"exit {result.exit_code}\nstderr: {result.stderr[-600:]}")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stderr
    assert source.read_bytes() == data
    if result.exit_code == 0:
        loaded, findings = read_plan_text(out.read_text(encoding="utf-8"), "draft.yaml")
        assert loaded is not None, [str(f.message) for f in findings if f.is_error]
    else:
        assert not out.exists()
