"""``plantrack check --format html``: one self-contained page to open offline or print: the
results counted by status, the main targets, and for each plan its appendix table
(:mod:`~plantrack.render.appendix`: sortable and filterable by status, area and section with a
little inline JavaScript; every row is in the HTML, so it reads without JavaScript too), the
targets of several areas side by side ("Kết quả theo địa bàn"), and a chart for each growth and
level target (:mod:`~plantrack.render.html_charts`).

Nothing on the page is fetched: the style and the script are this package's
``report_html.css`` and ``report_html.js``, written into the page, and the charts are inline
SVG. Every text from a plan or a data file is escaped. A status is shown as a word and a symbol
as well as a colour (the colours are :data:`~plantrack.render.result_text.STYLES`' meanings).
This module lays out what the appendix model says; it computes nothing.
"""

from __future__ import annotations

import html
from importlib import resources
from typing import TYPE_CHECKING

from plantrack.assessment.status import Status
from plantrack.plans.model import QUANTITATIVE_KINDS
from plantrack.render.appendix import Appendix, Heading, Row, appendices, document_line
from plantrack.render.appendix_words import WORDS
from plantrack.render.describe import target_phrase
from plantrack.render.result_text import HEAD, STYLES, SYMBOLS, area_name, main_line, status_word
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from plantrack.render.appendix import Figure
    from plantrack.report.build import CheckReport, Target
    from plantrack.report.since import Changes

#: The kinds of target that get a chart: those with a number to reach (the plan model's
#: quantitative kinds) whose figures are in the indicator's unit; a year's growth rate (its
#: figures are rates) is the one left out.
CHART_KINDS = QUANTITATIVE_KINDS - {"yearly_growth"}

#: The page's own words (the appendix's are in :mod:`~plantrack.render.appendix_words`).
PAGE_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Báo cáo kết quả thực hiện các chỉ tiêu kế hoạch",
        "summary": "Tóm tắt theo đánh giá",
        "total": "Tổng số kết quả",
        "all": "Tất cả",
        "section": "Mục",
        "shown": "Hiển thị {shown}/{total} chỉ tiêu",
        "sort_hint": "Bấm vào tiêu đề cột để sắp xếp; chọn trong các ô lọc để lọc bảng.",
        "made_by": "Lập bằng plantrack {version}.",
    },
    "en": {
        "title": "Report on the plan targets",
        "summary": "Summary by status",
        "total": "Results in all",
        "all": "All",
        "section": "Section",
        "shown": "Showing {shown} of {total} targets",
        "sort_hint": "Click a column heading to sort; choose in the filters to filter the table.",
        "made_by": "Made with plantrack {version}.",
    },
}

#: STYLES' colour words as colours a page prints well (dark enough on white).
_COLOURS = {
    "green": "#1a7f37",
    "cyan": "#0550ae",
    "yellow": "#9a6700",
    "red": "#cf222e",
    "dim": "#6e7781",
}


def _e(text: str) -> str:
    """Text from a plan, a data file or the model, safe in HTML text and attribute values."""
    return html.escape(visible(str(text)), quote=True)


def check_html(report: CheckReport, lang: str) -> str:
    """The whole page, in ``lang`` (``vi`` or ``en``)."""
    from plantrack import __version__

    page = PAGE_WORDS[lang]
    as_of = f"{HEAD[lang]['as_of']} {report.as_of}" if report.as_of else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(page['title'])}</title>",
        f"<style>\n{_resource('report_html.css')}{_status_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(page['title'])}</h1>",
        f'<p class="muted">{_e(as_of)}</p>' if as_of else "",
        "</header>",
        "<main>",
        _summary(report, lang),
    ]
    targets = _targets_by_row(report)
    books = appendices(report, lang)
    if not books:
        parts.append(f"<p>{_e(HEAD[lang]['none'])}</p>")
    for index, book in enumerate(books, start=1):
        parts.append(_plan_section(book, index, targets, lang))
    changes = report.changes()
    if changes is not None:
        parts.append(_changes(changes, lang))
    parts += [
        "</main>",
        f"<footer>{_e(page['made_by'].format(version=__version__))}</footer>",
        f"<script>\n{_resource('report_html.js')}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _changes(changes: Changes, lang: str) -> str:
    """What changed since the previous report (``--since``): its heading, the counts and a row
    a change (:func:`~plantrack.render.changes.change_rows`)."""
    from plantrack.render.changes import TABLE_HEADINGS, change_rows, counts_line, heading

    head = "".join(f'<th scope="col">{_e(words)}</th>' for words in TABLE_HEADINGS[lang])
    body = []
    for one in change_rows(changes, lang):
        year = "" if one.year is None else str(one.year)
        cells = (one.label, one.indicator, one.where, year, one.before, one.after)
        body.append(
            f'<tr data-change="{_e(one.kind)}">'
            + "".join(f"<td>{_e(c)}</td>" for c in cells)
            + "</tr>"
        )
    return "\n".join(
        [
            '<section id="changes">',
            f"<h2>{_e(heading(changes, lang))}</h2>",
            f"<p>{_e(counts_line(changes, lang))}</p>",
            '<div class="table-wrap"><table class="changes">',
            f"<thead><tr>{head}</tr></thead>",
            f"<tbody>{''.join(body)}</tbody></table></div>",
            "</section>",
        ]
    )


def _resource(name: str) -> str:
    return resources.files("plantrack.render").joinpath(name).read_text(encoding="utf-8")


def _status_css() -> str:
    """A class a status, its colour from :data:`STYLES` (``bold red``: red, in bold)."""
    lines = []
    for status, style in STYLES.items():
        words = style.split()
        colour = _COLOURS[words[-1]]
        weight = " font-weight: 700;" if "bold" in words else ""
        lines.append(f".st-{status.value} {{ --st: {colour}; color: {colour};{weight} }}")
    lines.append(".summary li.st { border-left-color: var(--st); color: inherit; }")
    lines.append(".summary li.st .sym, .summary li.st .word { color: var(--st); }")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# The summary


def _summary(report: CheckReport, lang: str) -> str:
    page = PAGE_WORDS[lang]
    counts = report.summary()
    items = []
    for status in Status:
        n = counts.get(status.value, 0)
        if n:
            items.append(
                f'<li class="st st-{status.value}"><span class="sym" aria-hidden="true">'
                f'{SYMBOLS[status]}</span> <span class="word">{_e(status_word(status, lang))}'
                f'</span><span class="n">{n}</span></li>'
            )
    total = sum(counts.values())
    out = [
        '<section id="summary">',
        f"<h2>{_e(page['summary'])}</h2>",
        f'<ul class="summary">{"".join(items)}</ul>',
        f'<p class="muted">{_e(page["total"])}: {total}</p>',
    ]
    main = main_line(report, lang)
    if main is not None:
        out.append(f'<p class="main-line">{_e(main)}</p>')
    out.append("</section>")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# One plan: its appendix, its areas side by side, its charts


def _plan_section(
    book: Appendix, index: int, targets: dict[tuple[str, str], list[Target]], lang: str
) -> str:
    words = WORDS[lang]
    out = [
        f'<section class="plan" id="plan-{index}">',
        f"<h2>{_e(book.title)}</h2>",
        f'<p class="subtitle"><strong>{_e(book.subtitle)}</strong></p>',
        f'<p class="doc">{_e(document_line(book.plan, lang))}</p>',
        f"<p>{_e(words['area'])}: {_e(book.area)}"
        + (f"; {_e(words['as_of'])} {book.as_of}" if book.as_of else "")
        + "</p>",
        _controls(book, lang),
        _table(book),
    ]
    if book.estimate_years:
        out.append(f'<p class="legend">{_e(words["estimate_legend"])}</p>')
    out.append(_by_area(book, lang))
    out.append(_charts(book, index, targets, lang))
    out.append("</section>")
    return "\n".join(part for part in out if part)


def _controls(book: Appendix, lang: str) -> str:
    """The filters (hidden until the script shows them: without it they would do nothing)."""
    words, page = WORDS[lang], PAGE_WORDS[lang]
    rows = book.rows
    statuses = [s for s in Status if any(row.status is s for row in rows)]
    selects = [
        _select(
            "status",
            words["status"],
            [(s.value, f"{SYMBOLS[s]} {status_word(s, lang)}") for s in statuses],
            lang,
        )
    ]
    areas = _row_areas(book, lang)
    if len(areas) > 1:
        selects.append(_select("area", words["area"], areas, lang))
    headings = [line for line in book.lines if isinstance(line, Heading)]
    if headings:
        options = [(h.number, f"{h.number}. {h.title}") for h in headings]
        selects.append(_select("section", page["section"], options, lang))
    shown = page["shown"]
    return (
        '<div class="controls" hidden>'
        + "".join(selects)
        + f'<span class="shown" data-template="{_e(shown)}" aria-live="polite"></span>'
        + f'<span class="shown">{_e(page["sort_hint"])}</span>'
        + "</div>"
    )


def _select(name: str, label: str, options: list[tuple[str, str]], lang: str) -> str:
    choices = [f'<option value="">{_e(PAGE_WORDS[lang]["all"])}</option>']
    choices += [f'<option value="{_e(value)}">{_e(text)}</option>' for value, text in options]
    return f'<label>{_e(label)}<select data-filter="{name}">{"".join(choices)}</select></label>'


def _row_areas(book: Appendix, lang: str) -> list[tuple[str, str]]:
    """Every area a row of the appendix is about, in the order first met."""
    found: dict[str, str] = {}
    for row in book.rows:
        if row.areas:
            for area in row.areas:
                found.setdefault(area.area, area.name)
        else:
            found.setdefault(row.item.result.area, area_name(row.item, lang))
    return list(found.items())


def _columns(book: Appendix) -> list[tuple[str, str]]:
    """(key, heading) of each column, the years in the middle."""
    before = ["number", "indicator", "unit", "goal"]
    after = ["latest", "achieved", "needed", "compared", "status", "note"]
    return [
        *((key, book.heading(key)) for key in before),
        *((f"year:{year}", book.year_heading(year)) for year in book.years),
        *((key, book.heading(key)) for key in after),
    ]


def _table(book: Appendix) -> str:
    columns = _columns(book)
    head = "".join(
        f'<th scope="col"{" data-original" if key == "number" else ""}>{_e(text)}</th>'
        for key, text in columns
    )
    body = []
    section = ""
    for order, line in enumerate(book.lines):
        if isinstance(line, Heading):
            section = line.number
            body.append(
                f'<tr class="heading" data-section="{_e(section)}" data-order="{order}">'
                f'<th colspan="{len(columns)}" scope="rowgroup">{_e(line.number)}. '
                f"{_e(line.title)}</th></tr>"
            )
            continue
        body.append(_row(line, order, section, columns))
    return (
        f'<div class="table-wrap"><table class="appendix" data-appendix>'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody></table></div>"
    )


def _row(row: Row, order: int, section: str, columns: list[tuple[str, str]]) -> str:
    areas = [a.area for a in row.areas] or [row.item.result.area]
    verdict = row.verdict if not row.areas else f"{SYMBOLS[row.status]} {row.verdict}"
    figures = {
        "latest": row.latest,
        "achieved": row.achieved,
        "needed": row.needed,
        "compared": row.compared,
    }
    cells = []
    for key, _ in columns:
        if key == "number":
            cells.append(f'<td data-value="{order}">{_e(row.number)}</td>')
        elif key in ("indicator", "unit", "goal"):
            cells.append(f'<td class="{key}">{_e(getattr(row, key))}</td>')
        elif key.startswith("year:"):
            cells.append(_figure_cell(row.figures.get(int(key[5:])), "year"))
        elif key in figures:
            cells.append(_figure_cell(figures[key]))
        elif key == "status":
            cells.append(
                f'<td class="status st st-{row.status.value}" data-value="{row.status.rank}">'
                f"{_e(verdict)}</td>"
            )
        else:
            cells.append(f'<td class="note">{_e(row.note)}</td>')
    return (
        f'<tr data-status="{row.status.value}" data-section="{_e(section)}" '
        f'data-areas="{_e(" ".join(areas))}" data-order="{order}">' + "".join(cells) + "</tr>"
    )


def _figure_cell(figure: Figure | None, kind: str = "") -> str:
    if figure is None or not figure.text:
        return "<td></td>"
    classes = ["num"] if figure.value is not None else []
    if kind:
        classes.append(kind)
    if figure.estimate:
        classes.append("est")
    attrs = f' class="{" ".join(classes)}"' if classes else ""
    if figure.value is not None:
        attrs += f' data-value="{figure.value!r}"'
    return f"<td{attrs}>{_e(figure.text)}</td>"


def _by_area(book: Appendix, lang: str) -> str:
    """The targets of several areas as an area-by-indicator matrix: each area's verdict and
    latest figure."""
    rows = [row for row in book.rows if row.areas]
    if not rows or not book.areas:
        return ""
    words = WORDS[lang]
    head = "".join(f'<th scope="col">{_e(name)}</th>' for _, name in book.areas)
    body = []
    for row in rows:
        by_id = {area.area: area for area in row.areas}
        cells = []
        for area_id, _ in book.areas:
            area = by_id.get(area_id)
            if area is None:
                cells.append("<td>–</td>")
                continue
            latest = (
                f'<br><span class="muted">{_e(area.latest.text)}</span>' if area.latest.text else ""
            )
            cells.append(f'<td class="st st-{area.status.value}">{_e(area.verdict)}{latest}</td>')
        body.append(
            f'<tr><td>{_e(row.number)}</td><th scope="row">{_e(row.indicator)}</th>'
            f'<td class="status st st-{row.status.value}">{SYMBOLS[row.status]} {_e(row.verdict)}</td>'
            + "".join(cells)
            + "</tr>"
        )
    return (
        f"<h3>{_e(words['by_area'])}</h3>"
        '<div class="table-wrap"><table class="by-area"><thead><tr>'
        f'<th scope="col">{_e(words["number"])}</th><th scope="col">{_e(words["indicator"])}</th>'
        f'<th scope="col">{_e(words["status"])}</th>{head}</tr></thead><tbody>'
        + "".join(body)
        + "</tbody></table></div>"
    )


def _targets_by_row(report: CheckReport) -> dict[tuple[str, str], list[Target]]:
    """Every result by plan and target: a row of several areas charts each area's."""
    out: dict[tuple[str, str], list[Target]] = {}
    for item in report.targets:
        out.setdefault((item.plan.id, item.result.target), []).append(item)
    return out


def _charts(
    book: Appendix, index: int, targets: dict[tuple[str, str], list[Target]], lang: str
) -> str:
    """A figure for each target with a number to reach (one an area for a target of
    several)."""
    from plantrack.assessment.paths import chart_paths
    from plantrack.render.html_charts import chart_svg

    figures: list[str] = []
    for row in book.rows:
        if not (row.quantitative or row.areas):  # no figure to draw (a state, a rating)
            continue
        items = [row.item]
        if row.areas:
            shown = {area.area for area in row.areas}
            group = targets.get((book.plan.id, row.item.result.target), [])
            items = [item for item in group if item.result.area in shown]
        for item in items:
            if item.result.kind not in CHART_KINDS:
                continue
            direction = -1 if item.indicator.direction == "decrease" else 1
            paths = chart_paths(item.result, direction)
            if paths is None:
                continue
            number = len(figures) + 1
            anchor = f"chart-{index}-{number}"
            title = f"{row.number}. {row.indicator}"
            if row.areas:
                title += f" – {area_name(item, lang)}"
            status = item.result.status
            goal = target_phrase(item.plan, item.indicator, item.target, lang)
            svg = chart_svg(paths, lang, visible(row.unit), f"plantrack-{anchor}")
            figures.append(
                f'<figure class="chart" id="{anchor}"><figcaption>{_e(title)} '
                f'<span class="goal">({_e(goal)})</span> '
                f'<span class="st st-{status.value}">{SYMBOLS[status]} '
                f"{_e(status_word(status, lang))}</span></figcaption>\n{svg}</figure>"
            )
    if not figures:
        return ""
    return (
        f'<h3>{_e(WORDS[lang]["charts"])}</h3>\n<div class="charts">\n'
        + "\n".join(figures)
        + "\n</div>"
    )
