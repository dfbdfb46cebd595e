"""Which encoding a text file is in, decided the way offices' files need it: the rule the data
readers (:mod:`plantrack.actuals.table`) and the plan-text readers (:mod:`plantrack.extract`)
share.

In the order they are tried:

- a byte-order mark decides: UTF-8 with BOM, UTF-16 LE/BE;
- otherwise the whole file must decode as UTF-8;
- otherwise, when the file holds no valid multi-byte UTF-8 at all, Windows-1258 (what Excel and
  Notepad on a Vietnamese Windows write); the guess is reported;
- a file that is part UTF-8 and part something else is refused (mixed encodings), naming the line;
- a NUL byte means a binary file (or UTF-16 without a byte-order mark), refused too.

It says no words: a refusal is an :class:`EncodingProblem` with what went wrong and the line,
which each reader turns into its own finding.
"""

from __future__ import annotations

import codecs
from typing import IO, Literal

_CHUNK = 1 << 20


class EncodingProblem(Exception):
    """The file cannot be decoded: ``problem`` says why, ``line`` (1-based) where."""

    def __init__(
        self,
        problem: Literal["binary-file", "mixed-encoding", "undecodable-text"],
        line: int,
        *,
        utf16: bool = False,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.utf16 = utf16  # a NUL byte next to the first one: UTF-16 without a byte-order mark


def line_of(handle: IO[bytes], offset: int) -> int:
    """The 1-based line of the byte at ``offset``."""
    handle.seek(0)
    line, done = 1, 0
    while done < offset:
        chunk = handle.read(min(_CHUNK, offset - done))
        if not chunk:
            break
        line += chunk.count(b"\n")
        done += len(chunk)
    return line


def detect_encoding(handle: IO[bytes]) -> tuple[str, bool]:
    """The file's encoding and whether it was a guess (no BOM, not UTF-8)."""
    head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", False
    else:
        enc = "utf-8"
    handle.seek(0)
    decoder = codecs.getincrementaldecoder(enc)()
    offset, multibyte = 0, False
    while True:
        chunk = handle.read(_CHUNK)
        if b"\x00" in chunk:
            at = offset + chunk.index(b"\x00")
            utf16 = chunk[1:2] == b"\x00" or chunk[:1] == b"\x00"
            raise EncodingProblem("binary-file", line_of(handle, at), utf16=utf16)
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            at = offset + error.start
            if multibyte or enc == "utf-8-sig" or not chunk[: error.start].isascii():
                raise EncodingProblem("mixed-encoding", line_of(handle, at)) from None
            return _check_cp1258(handle)
        if not multibyte and not chunk.isascii():
            multibyte = True
        if not chunk:
            return enc, False
        offset += len(chunk)


def _check_cp1258(handle: IO[bytes]) -> tuple[str, bool]:
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("cp1258")()
    offset = 0
    while chunk := handle.read(_CHUNK):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            raise EncodingProblem(
                "undecodable-text", line_of(handle, offset + error.start)
            ) from None
        offset += len(chunk)
    return "cp1258", True
