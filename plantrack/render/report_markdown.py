"""``plantrack check --format markdown``: a report or a GitHub step summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrack.assessment.status import Status
from plantrack.render.accepted import mark, summary_line
from plantrack.render.changes import change_lines, counts_line, heading
from plantrack.render.describe import target_phrase
from plantrack.render.result_text import (
    HEAD,
    SYMBOLS,
    area_name,
    catch_up_text,
    latest_text,
    main_line,
    status_word,
    worst_first,
)
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from plantrack.report.build import CheckReport, Target


def _md(text: str) -> str:
    """A table cell: control characters written out, no HTML (``<`` and ``&`` as entities:
    GitHub renders raw HTML and entities in a step summary; with no ``<`` no tag or autolink can
    open, so ``>``, as in "> 75 nghìn tỷ đồng", stays as written), ``|`` escaped, on one line."""
    text = visible(text).replace("&", "&amp;").replace("<", "&lt;")
    return text.replace("|", "\\|").replace("\n", " ")


#: GitHub refuses a step summary over 1 MiB (1,048,576 bytes) and shows none of it; the Markdown
#: is kept under this, with room for what a workflow adds to the same summary.
SUMMARY_BYTES = 1_000_000
#: Room kept for the note that says the table was cut.
_NOTE_ROOM = 400

_CUT = {
    "vi": "Bảng chỉ có {shown} trên {total} kết quả, xếp từ kết quả kém nhất (không đạt, thụt "
    "lùi, chậm tiến độ...): GitHub không nhận bảng tóm tắt lớn hơn 1 MiB. Bảng đủ: plantrack "
    "check --format markdown -o ket-qua.md (hoặc --format csv, json); số đếm ở trên là của mọi "
    "kết quả.",
    "en": "The table shows {shown} of {total} results, the worst first (not achieved, "
    "regressing, off track...): GitHub refuses a step summary over 1 MiB. The full table: "
    "plantrack check --format markdown -o results.md (or --format csv, json); the counts above "
    "are of every result.",
}


def check_markdown(report: CheckReport, lang: str, limit: int | None = SUMMARY_BYTES) -> str:
    """The counts, the main targets, and a table of the results in plan order; over ``limit``
    bytes (None: no limit), as many rows as fit, the worst first, with a note saying so."""
    head = HEAD[lang]
    lines = [f"## plantrack: {head['as_of'].lower()} {report.as_of or '–'}", ""]
    counts = [(Status(s), n) for s, n in report.summary().items() if n]
    lines += [
        "| " + " | ".join(f"{SYMBOLS[s]} {status_word(s, lang)}" for s, _ in counts) + " |",
        "|" + "---|" * len(counts),
        "| " + " | ".join(str(n) for _, n in counts) + " |",
        "",
    ]
    main = main_line(report, lang)
    if main is not None:
        lines += [f"**{_md(main)}**", ""]
    columns = [
        head["plan"],
        head["area"],
        head["indicator"],
        head["target"],
        head["latest"],
        head["catch_up"],
        head["status"],
    ]
    lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    rows = [_row(item, lang) for item in report.targets]
    tail = _changes(report, lang)
    accepted = report.baseline_summary()
    if accepted is not None:
        tail += ["", _md(summary_line(accepted, lang))]
    errors = len(report.errors)
    if errors:
        tail += ["", f"{errors} error(s) in the inputs: see `plantrack check` output."]
    size = sum(len(line.encode()) + 1 for line in [*lines, *rows, *tail])
    if limit is not None and size > limit:
        rows = _worst_within(report, rows, limit - size + _bytes(rows) - _NOTE_ROOM)
        note = _CUT[lang].format(shown=len(rows), total=len(report.targets))
        lines += rows
        lines += ["", f"*{note}*"]
    else:
        lines += rows
    lines += tail
    return "\n".join(lines) + "\n"


#: At most so many changes are listed in Markdown (then a line counting the rest).
CHANGE_LINES = 200


def _changes(report: CheckReport, lang: str) -> list[str]:
    """``--since``: a section with what changed since the previous report."""
    changes = report.changes()
    if changes is None:
        return []
    lines = ["", f"### {_md(heading(changes, lang))}", "", _md(counts_line(changes, lang))]
    listed = change_lines(changes, lang, CHANGE_LINES)
    return [*lines, "", *(f"- {_md(line)}" for line in listed)] if listed else lines


def _row(item: Target, lang: str) -> str:
    r = item.result
    unit = item.indicator.unit
    cells = [
        r.plan,
        area_name(item, lang),
        item.indicator.name.get(lang),
        target_phrase(item.plan, item.indicator, item.target, lang),
        latest_text(r, unit, lang, item.indicator.rating_scale),
        catch_up_text(r, unit, lang),
        f"{SYMBOLS[r.status]} {status_word(r.status, lang)}{mark(item)}",
    ]
    return "| " + " | ".join(_md(c) for c in cells) + " |"


def _bytes(lines: list[str]) -> int:
    return sum(len(line.encode()) + 1 for line in lines)


def _worst_within(report: CheckReport, rows: list[str], room: int) -> list[str]:
    """As many rows as ``room`` bytes hold, the worst results first (:func:`worst_first`; in
    plan order within a status), kept in that order."""
    order = sorted(range(len(rows)), key=lambda i: worst_first(report.targets[i].result.status))
    kept: list[str] = []
    for index in order:
        room -= len(rows[index].encode()) + 1
        if room < 0:
            break
        kept.append(rows[index])
    return kept
