"""Targets judged in several areas, side by side: one row a target, a column an area, and the
count offices report ("2/2 xã đạt"), in the table of ``plantrack check`` (after the plan's own
tables). On a terminal too narrow for a column an area, each target is a few lines instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrack.render.appendix import area_verdict
from plantrack.render.appendix_words import WORDS
from plantrack.render.describe import target_phrase
from plantrack.render.result_text import (
    HEAD,
    STYLES,
    SYMBOLS,
    area_name,
    latest_text,
    status_word,
)
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from rich.console import Console
    from rich.segment import Segment
    from rich.table import Table

    from plantrack.report.build import Target

#: The narrowest an area's column is made (its words may need more).
AREA_WIDTH = 12


def print_by_area(groups: list[list[Target]], console: Console, lang: str) -> None:
    """The targets of one plan judged in several areas (each group one target's results),
    under the heading "Kết quả theo địa bàn"."""
    from rich.text import Text

    console.print(Text(WORDS[lang]["by_area"], style="bold"), overflow="fold")
    areas: dict[str, str] = {}
    for group in groups:
        for item in group:
            areas.setdefault(item.result.area, visible(area_name(item, lang)))
    # the options console.print gives a table
    options = console.options.update(
        justify=None, overflow=None, height=None, no_wrap=None, markup=None, highlight=None
    )
    drawn = console.render_lines(_matrix(groups, areas, lang), options, pad=False)
    if _whole(drawn, console):
        from rich.segment import Segment, Segments

        console.print(Segments(part for line in drawn for part in (*line, Segment.line())))
    else:
        _print_lines(groups, console, lang)  # not even its longest words fit side by side


def _whole(drawn: list[list[Segment]], console: Console) -> bool:
    """The table drawn whole at the console's width (rich crops a table wider than its console:
    its right-hand border is then missing). Drawn once, with the console's own settings, and
    printed as drawn."""
    from rich.box import HEAVY_HEAD

    corner = HEAVY_HEAD.substitute(console.options, safe=console.safe_box).top_right
    top = "".join(segment.text for segment in drawn[0]) if drawn else ""
    return top.rstrip().endswith(corner)


def _cell(item: Target, lang: str) -> str:
    r = item.result
    latest = latest_text(r, item.indicator.unit, lang, item.indicator.rating_scale)
    return visible(f"{SYMBOLS[r.status]} {status_word(r.status, lang)}\n{latest}")


def _matrix(groups: list[list[Target]], areas: dict[str, str], lang: str) -> Table:
    from rich.table import Table
    from rich.text import Text

    head = HEAD[lang]
    table = Table(expand=False, pad_edge=False, collapse_padding=True)
    table.add_column(head["indicator"], min_width=12, overflow="fold")
    table.add_column(head["target"], min_width=10, overflow="fold")
    for name in areas.values():
        table.add_column(name, min_width=AREA_WIDTH, overflow="fold")
    table.add_column(head["status"], min_width=AREA_WIDTH, overflow="fold")
    for group in groups:
        first = group[0]
        by_area = {item.result.area: item for item in group}
        status, count = area_verdict(group, lang)
        cells = [
            Text(visible(first.indicator.name.get(lang))),
            Text(visible(target_phrase(first.plan, first.indicator, first.target, lang))),
        ]
        for area in areas:
            item = by_area.get(area)
            style = STYLES[item.result.status] if item else ""
            cells.append(Text(_cell(item, lang) if item else "", style=style))
        cells.append(Text(f"{SYMBOLS[status]} {count}", style=STYLES[status]))
        table.add_row(*cells)
    return table


def _print_lines(groups: list[list[Target]], console: Console, lang: str) -> None:
    """Each target as lines: its name and count, then an area a line."""
    from rich.text import Text

    for group in groups:
        first = group[0]
        status, count = area_verdict(group, lang)
        line = Text(f"• {visible(first.indicator.name.get(lang))}: ", style="bold")
        line.append(f"{SYMBOLS[status]} {count}", style=STYLES[status])
        console.print(line, overflow="fold")
        for item in group:
            one = Text(f"  {visible(area_name(item, lang))}: ")
            one.append(_cell(item, lang).replace("\n", "; "), style=STYLES[item.result.status])
            console.print(one, overflow="fold")
