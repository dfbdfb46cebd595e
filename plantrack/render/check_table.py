"""``plantrack check``'s table for people on a terminal (or in a file)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plantrack.describe import target_phrase
from plantrack.i18n import code_gloss
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
from plantrack.status import Status

if TYPE_CHECKING:
    from rich.console import Console

    from plantrack.check import CheckReport, Target


def print_table(report: CheckReport, console: Console, lang: str) -> None:
    from rich.table import Table
    from rich.text import Text

    head = HEAD[lang]
    width = console.width
    wide = width >= 140  # gap, projection and trend as well
    medium = width >= 100  # base and observed rate as well
    needed = width >= 76  # the catch-up rate; below it: name, target, latest, status
    latest = width >= 60
    plans = {loaded.plan.id: loaded.plan for loaded in report.plans}
    console.print(Text(f"{head['as_of']} {report.as_of or '–'}", style="heading"))
    if not report.targets:
        console.print(Text(head["none"], style="muted"))
    groups: dict[tuple[str, str], list[Target]] = {}
    for item in report.targets:
        groups.setdefault((item.result.plan, item.result.area), []).append(item)
    shown_plan = None
    longest = max(len(f"{SYMBOLS[s]} {status_word(s, lang)}") for s in Status)
    for (plan_id, _area), items in groups.items():
        plan = plans[plan_id]
        if plan_id != shown_plan:
            console.print()
            console.print(Text(plan.title.get(lang), style="heading"), overflow="fold")
            shown_plan = plan_id
        table = Table(
            title=Text(f"{head['area']}: {area_name(items[0], lang)}", style="bold"),
            title_justify="left",
            expand=False,
            pad_edge=False,
            collapse_padding=True,
        )
        table.add_column(head["indicator"], overflow="fold", ratio=3, min_width=12)
        table.add_column(head["target"], overflow="fold", ratio=2, min_width=10)
        if medium:
            table.add_column(head["base"], overflow="fold", ratio=1)
        if latest:
            table.add_column(head["latest"], overflow="fold", ratio=1, min_width=9)
        if medium:
            table.add_column(head["rate"], overflow="fold", ratio=1)
        if needed:
            table.add_column(head["catch_up"], overflow="fold", ratio=1, min_width=8)
        if wide:
            table.add_column(head["gap"], overflow="fold")
            table.add_column(head["projected"], overflow="fold")
            table.add_column(head["trend"], no_wrap=True)
        table.add_column(head["status"], no_wrap=True, min_width=min(longest, 20))
        for item in items:
            r = item.result
            unit = item.indicator.unit
            scale = item.indicator.rating_scale
            cells: list[Any] = [
                item.indicator.name.get(lang),
                target_phrase(item.plan, item.indicator, item.target, lang),
            ]
            if medium:
                cells.append(point_text(r.base, unit, lang, unit=False, decimals=2, scale=scale))
            if latest:
                cells.append(latest_text(r, unit, lang, scale))
            if medium:
                cells.append(rate_text(r, r.observed_rate, unit, lang))
            if needed:
                cells.append(catch_up_text(r, unit, lang))
            if wide:
                cells += [
                    gap_text(r, lang),
                    point_text(r.projected, unit, lang, unit=False, decimals=2),
                    sparkline(r),
                ]
            cells.append(
                Text(f"{SYMBOLS[r.status]} {status_word(r.status, lang)}", style=STYLES[r.status])
            )
            table.add_row(*cells)
        console.print(table)
    print_footer(report, console, lang)


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
        console.print(Text(main, style="bold"))
    if report.data.files:
        console.print(Text(f"{head['inputs']}:", style="heading"))
        for file in report.data.files:
            console.print(Text(f"  {file.summary(lang)}"), overflow="fold")
    if report.findings:
        console.print(Text(f"{head['findings']}:", style="heading"))
        for finding in report.findings:
            style = "error" if finding.is_error else "warning"
            line = Text(f"  {finding.location()}: " if finding.file else "  ", style=style)
            line.append(f"{finding.code} ", style=style)
            gloss = code_gloss(finding.code, lang)
            if gloss:
                line.append(f"({gloss}) ", style=style)
            line.append(finding.message)
            console.print(line, overflow="fold")
