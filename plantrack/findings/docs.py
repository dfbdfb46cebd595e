"""docs/codes.md, written from the registry (``python scripts/generate_docs.py`` writes it; a test
fails when the file in the repository differs).

Only the text around the tables lives here; each table is a :class:`~plantrack.findings.registry.Section`.
"""

from __future__ import annotations

import textwrap

from plantrack.findings.registry import Section, sections

WIDTH = 100

HEADER = """\
# Finding codes

<!-- Generated from plantrack/findings/ by `python scripts/generate_docs.py`: edit the registry
there, not this file (a test fails when the two differ). -->

Every problem plantrack reports has a stable code. Codes never change meaning; new ones may be
added. `plantrack validate` prints them as `file:line:col: code message` (lines and columns count
from 1), in JSON as `{"code", "severity", "message", "file", "line", "col"}`, and as GitHub
annotations with `--format github`.

Exit codes of `plantrack validate`: **0** every plan is valid (warnings allowed unless
`--strict`); **1** at least one error in a plan; **2** a code marked *usage* below (nothing could
be checked at that path).

Exit codes of `plantrack check`: **0** the check ran (whatever the statuses); **1** `--fail-on
STATUS` was given and at least one result is at that status or worse (the data statuses
`insufficient_data` and `no_data` count only when STATUS is one of them); **2** a usage error
(an option, a path that does not exist, a filter that names nothing), an invalid plan, or data
that cannot be read (any error below under "Reading data", such as a bad number or two
conflicting figures), and with `--strict` any warning. Every problem is reported with its
place before the exit; 2 wins over 1.
Every command: **130** when interrupted with Ctrl-C; **141**, quietly, when the reader of
standard output closes the pipe early (`| head`); **2** when the output cannot be written (a full
disk), with one line on stderr ([check.md](check.md#exit-codes)).
`plantrack calc` reports no finding codes: it exits **0** with its answer and **2** on impossible
input (a start value of zero or below, zero years, a rate below -100 %, text that is not a number,
an ambiguous number such as `6.794` without `--decimal`), with an `Error:` line on stderr that
names the argument.

Plans are checked in two stages. Stage one reads the YAML and checks its structure against the
schema; all problems of that stage are reported together. Stage two, the meaning checks, runs on
a plan whose structure is valid, so fixing structure errors can reveal meaning errors.
"""


def _paragraphs(text: str) -> list[str]:
    """Markdown paragraphs wrapped at WIDTH, never inside a word."""
    return [
        "\n".join(
            textwrap.wrap(
                " ".join(paragraph.split()),
                WIDTH,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
        for paragraph in text.split("\n\n")
        if paragraph.strip()
    ]


def _section(section: Section) -> list[str]:
    parts = [f"{'#' * section.level} {section.title}"]
    parts.extend(_paragraphs(section.intro))
    if section.codes:
        rows = ["| code | severity | meaning |", "|---|---|---|"]
        rows += [f"| `{c.code}` | {c.kind.value} | {c.meaning} |" for c in section.codes]
        parts.append("\n".join(rows))
    parts.extend(_paragraphs(section.after))
    return parts


def codes_markdown() -> str:
    """The whole of docs/codes.md."""
    parts = [HEADER.rstrip("\n")]
    for section in sections():
        parts.extend(_section(section))
    return "\n\n".join(parts) + "\n"
