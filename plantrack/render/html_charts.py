"""The charts of the HTML report (:mod:`~plantrack.render.report_html`): one target's reported
figures against the path the target requires from the base year, the projection at the pace
seen, and the deadline, drawn by matplotlib as an SVG to put inline in the page.

matplotlib is imported here, inside :func:`chart_svg`, never when plantrack or the everyday
table is imported. The lines come from :func:`plantrack.assessment.paths.chart_paths`; this
module only draws them. The SVG is the same bytes run after run: no date in its metadata, and
the ids matplotlib gives its shapes made from a salt a chart (so that two charts on one page
never share an id). Its text stays text (``svg.fonttype: none``): small, searchable, and drawn
by the browser's fonts, so Vietnamese shows whatever the reader's machine has.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from plantrack.numbers.format import format_number

if TYPE_CHECKING:
    from plantrack.assessment.paths import ChartPaths, Line

#: The words of a chart, in each language.
CHART_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "final": "Thực hiện (số chính thức)",
        "estimate": "Ước thực hiện (ƯTH)",
        "required": "Lộ trình mục tiêu",
        "projected": "Dự báo theo tốc độ hiện tại",
        "goal": "Mục tiêu",
        "deadline": "Hạn {year}",
        "year": "Năm",
    },
    "en": {
        "final": "Reported (final)",
        "estimate": "Estimate (ƯTH)",
        "required": "Path to the target",
        "projected": "Projection at the current pace",
        "goal": "Target",
        "deadline": "Deadline {year}",
        "year": "Year",
    },
}

#: Colours of the lines: dark enough on white and in grey print; each line also has its own
#: dash pattern and marker, so none depends on colour alone.
_REPORTED = "#1f4e79"
_REQUIRED = "#2e7d32"
_PROJECTED = "#b45309"
_DEADLINE = "#555555"

#: matplotlib's settings for every chart: deterministic, text as text, fonts that write
#: Vietnamese, no mathtext ("$" in a unit is a dollar, not a formula).
_RC: dict[str, Any] = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9,
    "text.parse_math": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
}


def chart_svg(paths: ChartPaths, lang: str, unit: str, salt: str) -> str:
    """The chart of one target as an ``<svg>`` element (no XML declaration, no doctype), its
    y axis labelled with ``unit``, its ids made from ``salt`` (unique on the page)."""
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    words = CHART_WORDS[lang]
    settings: Any = {**_RC, "svg.hashsalt": salt}  # matplotlib types its keys as literals
    with matplotlib.rc_context(settings):
        figure = Figure(figsize=(6.4, 3.4))
        FigureCanvasSVG(figure)
        axes = figure.add_subplot()
        for i, line in enumerate(paths.required):
            _line(axes, line, _REQUIRED, "--", words["required"] if i == 0 else None)
        _line(axes, paths.projected, _PROJECTED, ":", words["projected"])
        reported = paths.reported
        if len(reported) > 1:
            _line(axes, reported, _REPORTED, "-", None)
        _points(axes, paths.finals, True, words["final"])
        _points(axes, paths.estimates, False, words["estimate"])
        if paths.deadline is not None:
            for i, goal in enumerate(paths.goals):
                axes.plot(
                    [paths.deadline],
                    [goal],
                    marker="D",
                    markersize=6,
                    linestyle="none",
                    color=_REQUIRED,
                    label=words["goal"] if i == 0 else None,
                )
            axes.axvline(
                paths.deadline,
                color=_DEADLINE,
                linewidth=1,
                linestyle="-.",
                label=words["deadline"].format(year=paths.deadline),
            )
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:.0f}"))
        axes.yaxis.set_major_formatter(
            FuncFormatter(lambda y, _pos: format_number(y, lang, max_decimals=2))
        )
        axes.set_xlabel(words["year"])
        if unit:
            axes.set_ylabel(unit)
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=3, fontsize=8)
        # fixed margins rather than tight_layout, which draws the chart once more to measure it
        figure.subplots_adjust(left=0.14, right=0.98, top=0.96, bottom=0.33)
        out = io.StringIO()
        figure.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return _element(out.getvalue())


def _line(axes: Any, line: Line, colour: str, style: str, label: str | None) -> None:
    if not line:
        return
    years, values = zip(*line, strict=True)
    axes.plot(years, values, color=colour, linestyle=style, linewidth=1.6, label=label)


def _points(axes: Any, line: Line, filled: bool, label: str) -> None:
    """Reported figures: finals as filled circles, estimates as hollow ones."""
    if not line:
        return
    years, values = zip(*line, strict=True)
    axes.plot(
        years,
        values,
        marker="o",
        markersize=6,
        linestyle="none",
        color=_REPORTED,
        markerfacecolor=_REPORTED if filled else "white",
        markeredgewidth=1.5,
        label=label,
    )


def _element(svg: str) -> str:
    """The ``<svg>`` element of a whole SVG document, to write inside HTML: without its
    metadata, and without the ids nothing refers to ("figure_1", "axes_1": the same in every
    chart, they would repeat on the page); the ids that are referred to are salted."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    used = set(re.findall(r"#([\w.-]+)", svg))
    svg = re.sub(r' id="([^"]*)"', lambda m: m.group(0) if m.group(1) in used else "", svg)
    return svg.strip()
