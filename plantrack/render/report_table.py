"""``plantrack check``'s table for people on a terminal (or in a file)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plantrack.assessment.status import Status
from plantrack.findings.registry import gloss as code_gloss
from plantrack.render.accepted import mark, summary_line
from plantrack.render.appendix import several_areas
from plantrack.render.by_area import print_by_area
from plantrack.render.changes import change_lines, counts_line, heading
from plantrack.render.describe import target_phrase
from plantrack.render.plain_grid import Column, grid_lines, is_plain
from plantrack.render.result_text import (
    HEAD,
    STYLES,
    SYMBOLS,
    area_name,
    catch_up_text,
    gap_text,
    latest_text,
    main_line,
    point_text,
    rate_text,
    sparkline,
    status_word,
)
from plantrack.safe_text import visible
from plantrack.texts import in_language

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console
    from rich.table import Table

    from plantrack.report.build import CheckReport, Target
    from plantrack.report.since import Changes


#: The columns of the table, left to right, and whether their figures are right-aligned. The
#: indicator, its target and the status are always shown.
_COLUMNS: tuple[tuple[str, bool], ...] = (
    ("indicator", False),
    ("target", False),
    ("base", True),
    ("latest", True),
    ("rate", True),
    ("catch_up", True),
    ("gap", True),
    ("projected", True),
    ("trend", False),
    ("status", False),
)
#: Never wrapped: a status word cut in two, or a sparkline folded, would read as something else.
_WHOLE = frozenset({"trend", "status"})
#: The columns left out, one more at a time, when the table is too wide for the terminal: the
#: trend first. The latest figure and the observed rate go last of all (never, in a table): one
#: or the other is what justifies a verdict (a growth target is judged by its rate). Below the
#: narrowest table each result is shown as a list of lines instead (:func:`_print_list`).
_LEFT_OUT_FIRST = ("trend", "projected", "gap", "base", "catch_up")
#: The width a column is given, if its text needs it, before another column is shown: a figure
#: with its year ("2025: 3.233,33") on one line, a name folded no narrower than 12.
_READABLE = {
    "indicator": 12,
    "target": 10,
    "base": 14,
    "latest": 14,
    "rate": 12,
    "catch_up": 12,
    "gap": 10,
    "projected": 14,
}

_NOTE = {
    "vi": "Cột không hiện vì cửa sổ chỉ rộng {width} ký tự: {columns}. Xem đủ các cột ở cửa sổ "
    "rộng từ {needed} ký tự, hoặc với --format markdown (hay csv, json).",
    "en": "Columns left out at this width ({width} characters): {columns}. To see them, widen "
    "the terminal to {needed} characters or use --format markdown (or csv, json).",
}

Rows = list[tuple[Status, dict[str, str]]]


def _cells(item: Target, lang: str) -> dict[str, str]:
    """The text of each column for one result (its status as symbol and word), control
    characters written out."""
    r = item.result
    unit = item.indicator.unit
    scale = item.indicator.rating_scale
    cells = {
        "indicator": item.indicator.name.get(lang),
        "target": target_phrase(item.plan, item.indicator, item.target, lang),
        "base": point_text(r.base, unit, lang, unit=False, decimals=2, scale=scale),
        "latest": latest_text(r, unit, lang, scale),
        "rate": rate_text(r, r.observed_rate, unit, lang),
        "catch_up": catch_up_text(r, unit, lang),
        "gap": gap_text(r, lang),
        "projected": point_text(r.projected, unit, lang, unit=False, decimals=2),
        "trend": sparkline(r),
        "status": f"{SYMBOLS[r.status]} {status_word(r.status, lang)}{mark(item)}",
    }
    return {key: visible(text) for key, text in cells.items()}


def _extent(key: str, heading: str, rows: Rows) -> tuple[int, int]:
    """The narrowest a column can be without cutting a word (or its heading, or a whole cell of
    a column never wrapped) and the width its longest line needs."""
    from rich.cells import cell_len

    least = most = cell_len(heading)
    for _, cells in rows:
        text = cells[key]
        for line in text.splitlines() or [""]:
            most = max(most, cell_len(line))
        if key in _WHOLE:
            least = most
        else:
            least = max([least, *(cell_len(word) for word in text.split())])
    return least, most


def _overhead(columns: int) -> int:
    """The width the borders and padding of a table of so many columns take: a rule at each
    edge and between neighbours (``columns + 1``), and one space between neighbours (the
    edges are not padded, and the padding on either side of a rule is collapsed into one).
    Counted rather than drawn: a test holds it to the width rich draws."""
    return 2 * columns


def _widths(
    shown: list[str], extents: dict[str, tuple[int, int]], width: int
) -> dict[str, int] | None:
    """Each column's width for a table at most ``width`` wide: every column at least as wide as
    its longest word, the room left shared by how much more each column could use. None when
    the columns do not fit even at their narrowest."""
    room = width - _overhead(len(shown)) - sum(extents[key][0] for key in shown)
    if room < 0:
        return None
    wants = {key: extents[key][1] - extents[key][0] for key in shown}
    total = sum(wants.values())
    if total <= room:
        return {key: extents[key][1] for key in shown}
    given = {key: room * wants[key] // total for key in shown}
    spare = room - sum(given.values())
    for key in sorted(shown, key=lambda k: wants[k] - given[k], reverse=True)[:spare]:
        given[key] += 1
    return {key: extents[key][0] + given[key] for key in shown}


def _table(rows: Rows, shown: list[str], widths: dict[str, int], lang: str) -> Table:
    """One area's table with the columns ``shown`` at their ``widths``. Cells are
    :class:`~rich.text.Text`: no rich markup is read in a name."""
    from rich.table import Table
    from rich.text import Text

    head = HEAD[lang]
    table = Table(expand=False, pad_edge=False, collapse_padding=True)
    for key, right in _COLUMNS:
        if key in shown:
            table.add_column(
                head[key],
                width=widths[key],
                justify="right" if right else "left",
                overflow="fold",
                no_wrap=key in _WHOLE,
            )
    for status, cells in rows:
        table.add_row(
            *(
                Text(cells[key], style=STYLES[status] if key == "status" else "")
                for key, _ in _COLUMNS
                if key in shown
            )
        )
    return table


def _print_grid(
    console: Console, rows: Rows, shown: list[str], widths: dict[str, int], lang: str
) -> None:
    """One area's table: its lines drawn as text when the console writes no colour
    (:mod:`~plantrack.render.plain_grid`, the same characters), else rich's table."""
    if not is_plain(console):
        console.print(_table(rows, shown, widths, lang))
        return
    from rich.segment import Segment, Segments

    head = HEAD[lang]
    columns = [
        Column(head[key], widths[key], right, key in _WHOLE)
        for key, right in _COLUMNS
        if key in shown
    ]
    texts = [[cells[key] for key, _ in _COLUMNS if key in shown] for _, cells in rows]
    lines = grid_lines(console, columns, texts)
    console.print(Segments(part for line in lines for part in (Segment(line), Segment.line())))


def _choose_columns(
    rows: Rows, lang: str, width: int
) -> tuple[list[str], dict[str, int] | None, int]:
    """The columns to show at ``width`` and their widths (None: not even the narrowest table
    fits), and the width a table with every column needs.

    A column is given room to be read first (:data:`_READABLE`): more columns folded into
    narrow strips would be harder to read than fewer. Only the narrowest table (the latest
    figure and the rate beside the name, target and status) is folded down to its longest
    words before the results are listed instead."""
    head = HEAD[lang]
    extents = {key: _extent(key, head[key], rows) for key, _ in _COLUMNS}
    readable = {
        key: (min(most, max(least, _READABLE.get(key, 0))), most)
        for key, (least, most) in extents.items()
    }
    shown = [key for key, _ in _COLUMNS]
    needed = _overhead(len(shown)) + sum(readable[key][0] for key in shown)
    for key in (None, *_LEFT_OUT_FIRST):
        if key is not None:
            shown.remove(key)
        widths = _widths(shown, readable, width)
        if widths is not None:
            return shown, widths, needed
    return shown, _widths(shown, extents, width), needed


def print_table(report: CheckReport, console: Console, lang: str) -> None:
    """The results as a table per plan and area, as wide as the terminal allows (columns left
    out from the least telling, with a line saying which); on a terminal too narrow for any
    table, each result as a few lines. Lines end without trailing spaces (in a file too)."""
    parts = _print_results(report, console, lang)
    done = False
    while not done:  # a table at a time: a national check's is not held whole
        with console.capture() as capture:
            done = next(parts, _END) is _END
        _write_trimmed(console, capture.get())


_END = object()
_TRAILING = re.compile(r"(?:\x1b\[[0-9;]*m| )+$", re.MULTILINE)


def _write_trimmed(console: Console, text: str) -> None:
    """``text`` with the spaces at the end of each line removed (and the colour codes among
    them kept): rich pads a table's title and a folded line to the width."""
    trimmed = _TRAILING.sub(lambda m: "".join(re.findall(r"\x1b\[[0-9;]*m", m.group())), text)
    console.file.write(trimmed)
    console.file.flush()


def _print_results(report: CheckReport, console: Console, lang: str) -> Iterator[None]:
    """Prints the tables, pausing (``yield``) after each, then the note and the footer."""
    from rich.text import Text

    head = HEAD[lang]
    plans = {loaded.plan.id: loaded.plan for loaded in report.plans}
    console.print(Text(f"{head['as_of']} {report.as_of or '–'}", style="heading"))
    if not report.targets:
        console.print(Text(head["none"], style="muted"))
    side_by_side = several_areas(report.targets)  # shown as one row a target, after its plan
    beside = {id(item) for group in side_by_side.values() for item in group}
    groups: dict[tuple[str, str], list[Target]] = {}
    for item in report.targets:
        if id(item) not in beside:
            groups.setdefault((item.result.plan, item.result.area), []).append(item)
    rows = {
        where: [(item.result.status, _cells(item, lang)) for item in items]
        for where, items in groups.items()
    }
    every = [row for area_rows in rows.values() for row in area_rows]
    shown, widths, needed = _choose_columns(every, lang, console.width)
    order = list(dict.fromkeys([*(p for p, _ in groups), *(p for p, _ in side_by_side)]))
    for plan_id in order:
        plan = plans[plan_id]
        console.print()
        console.print(Text(visible(plan.title.get(lang)), style="heading"), overflow="fold")
        for (in_plan, area), items in groups.items():
            if in_plan != plan_id:
                continue
            title = f"{head['area']}: {area_name(items[0], lang)}"
            console.print(Text(visible(title), style="bold"), overflow="fold")
            if widths is None:
                _print_list(rows[(plan_id, area)], console, lang)
            else:
                _print_grid(console, rows[(plan_id, area)], shown, widths, lang)
            yield
        matrix = [group for (in_plan, _), group in side_by_side.items() if in_plan == plan_id]
        if matrix:
            print_by_area(matrix, console, lang)
            yield
    left_out = [key for key, _ in _COLUMNS if key not in shown] if widths else []
    if left_out and report.targets:
        columns = ", ".join(head[key] for key in left_out)
        note = _NOTE[lang].format(width=console.width, columns=columns, needed=needed)
        console.print()
        console.print(Text(note, style="muted"), overflow="fold")
    changes = report.changes()
    if changes is not None:
        _print_changes(changes, console, lang)
    print_footer(report, console, lang)


def _print_changes(changes: Changes, console: Console, lang: str) -> None:
    """``--since``: what changed since the previous report, its counts and a line a change."""
    from rich.text import Text

    console.print()
    console.print(Text(heading(changes, lang), style="heading"))
    console.print(Text(counts_line(changes, lang)), overflow="fold")
    for line in change_lines(changes, lang):
        console.print(Text(visible(f"  {line}")), overflow="fold")


def _print_list(rows: Rows, console: Console, lang: str) -> None:
    """Each result as lines, for a terminal too narrow for a table: its name, then every column
    that has something to show, with its heading (nothing left out), the status last."""
    from rich.text import Text

    head = HEAD[lang]
    for status, cells in rows:
        console.print(Text(f"• {cells['indicator']}", style="bold"), overflow="fold")
        for key, _ in _COLUMNS[1:]:
            if key != "status" and cells[key] in ("", "–"):
                continue  # nothing to show
            line = Text(f"  {head[key]}: ")
            style = STYLES[status] if key == "status" else ""
            line.append(cells[key], style=style)
            console.print(line, overflow="fold")


def print_footer(report: CheckReport, console: Console, lang: str) -> None:
    from rich.text import Text

    head = HEAD[lang]
    console.print()
    counts = Text(f"{head['counts']}: ")
    first = True
    for status, number in report.summary().items():
        if not number:
            continue
        if not first:
            counts.append("  |  ")
        first = False
        state = Status(status)
        counts.append(f"{SYMBOLS[state]} {status_word(state, lang)} {number}", STYLES[state])
    console.print(counts)
    main = main_line(report, lang)
    if main is not None:
        console.print(Text(visible(main), style="bold"))
    accepted = report.baseline_summary()
    if accepted is not None:
        console.print(Text(visible(summary_line(accepted, lang))), overflow="fold")
    if report.data.files:
        console.print(Text(f"{head['inputs']}:", style="heading"))
        for file in report.data.files:
            console.print(Text(visible(f"  {file.summary(lang)}")), overflow="fold")
    if report.findings:
        console.print(Text(f"{head['findings']}:", style="heading"))
        for finding in report.findings:
            style = "error" if finding.is_error else "warning"
            where = f"  {finding.location()}: " if finding.file else "  "
            line = Text(visible(where), style=style)
            line.append(f"{finding.code} ", style=style)
            gloss = code_gloss(finding.code, lang)
            if gloss:
                line.append(f"({gloss}) ", style=style)
            line.append(visible(in_language(finding.message, lang)))
            console.print(line, overflow="fold")
