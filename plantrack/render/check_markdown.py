"""``plantrack check --format markdown``: a report or a GitHub step summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrack.describe import target_phrase
from plantrack.render.result_text import (
    HEAD,
    SYMBOLS,
    area_name,
    catch_up_text,
    latest_text,
    main_line,
    status_word,
)
from plantrack.safe_text import visible
from plantrack.status import Status

if TYPE_CHECKING:
    from plantrack.check import CheckReport


def _md(text: str) -> str:
    """A table cell: control characters written out, no HTML (``<`` and ``&`` as entities:
    GitHub renders raw HTML and entities in a step summary; with no ``<`` no tag or autolink can
    open, so ``>``, as in "> 75 nghìn tỷ đồng", stays as written), ``|`` escaped, on one line."""
    text = visible(text).replace("&", "&amp;").replace("<", "&lt;")
    return text.replace("|", "\\|").replace("\n", " ")


def check_markdown(report: CheckReport, lang: str) -> str:
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
    for item in report.targets:
        r = item.result
        unit = item.indicator.unit
        cells = [
            r.plan,
            area_name(item, lang),
            item.indicator.name.get(lang),
            target_phrase(item.plan, item.indicator, item.target, lang),
            latest_text(r, unit, lang, item.indicator.rating_scale),
            catch_up_text(r, unit, lang),
            f"{SYMBOLS[r.status]} {status_word(r.status, lang)}",
        ]
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    errors = len(report.errors)
    if errors:
        lines += ["", f"{errors} error(s) in the inputs: see `plantrack check` output."]
    return "\n".join(lines) + "\n"
