"""The words of what changed since the previous report (``--since``), as every format shows
them: a heading, a line of counts, and a line a change, each with a symbol and words (the
symbol never alone). The data are :class:`~plantrack.report.since.Changes`; nothing here
computes or compares."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from plantrack.assessment.status import Status
from plantrack.numbers.format import format_number
from plantrack.render.describe import amount
from plantrack.render.result_text import SYMBOLS, status_word

if TYPE_CHECKING:
    from plantrack.report.since import About, Changes, Revision

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "heading": "So với báo cáo trước (đến năm {year})",
        "counts": "Thay đổi",
        "none": "không có thay đổi",
        "improved": "Tốt lên",
        "worsened": "Kém đi",
        "assessed": "Nay đã đánh giá được",
        "unassessed": "Không còn đánh giá được",
        "estimate_replaced": "Số ước thực hiện thay bằng số chính thức",
        "revised": "Số liệu điều chỉnh",
        "now_due": "Đến hạn",
        "new": "Mới",
        "gone": "Không còn trong báo cáo",
        "est": "ƯTH",
        "was": "trước đây",
        "by": "hạn",
        "more": "… và {more} thay đổi khác: --format json hoặc csv liệt kê đủ",
    },
    "en": {
        "heading": "Since the previous report (as of {year})",
        "counts": "Changes",
        "none": "no change",
        "improved": "Improved",
        "worsened": "Worsened",
        "assessed": "Now assessed",
        "unassessed": "No longer assessed",
        "estimate_replaced": "Estimate replaced by the final figure",
        "revised": "Figure revised",
        "now_due": "Now due",
        "new": "New",
        "gone": "No longer in the report",
        "est": "estimate",
        "was": "was",
        "by": "by",
        "more": "… and {more} more changes: --format json or csv lists every one",
    },
}
#: The symbol of each kind of change, beside its words.
CHANGE_SYMBOLS: dict[str, str] = {
    "improved": "↑",
    "worsened": "↓",
    "assessed": "⊕",
    "unassessed": "⊖",
    "estimate_replaced": "◇",
    "revised": "✎",
    "now_due": "◷",
    "new": "+",
    "gone": "−",
}
#: The order the kinds are counted and listed in: what got worse first.
ORDER = (
    "worsened",
    "unassessed",
    "improved",
    "assessed",
    "estimate_replaced",
    "revised",
    "now_due",
    "new",
    "gone",
)


def heading(changes: Changes, lang: str) -> str:
    """``So với báo cáo trước (đến năm 2024)``."""
    year = "–" if changes.previous_as_of is None else str(changes.previous_as_of)
    return WORDS[lang]["heading"].format(year=year)


def counts_line(changes: Changes, lang: str) -> str:
    """``Thay đổi: ↓ Kém đi 8 | ↑ Tốt lên 3 | ◷ Đến hạn 19``, or that nothing changed."""
    words = WORDS[lang]
    counts = changes.counts()
    parts = [
        f"{CHANGE_SYMBOLS[kind]} {words[kind]} {counts[kind]}" for kind in ORDER if counts[kind]
    ]
    return f"{words['counts']}: " + (" | ".join(parts) if parts else words["none"])


class ChangeRow(NamedTuple):
    """One change as a table shows it: its kind (the key of :data:`WORDS`, and in words with its
    symbol), the indicator and where it is judged, the year of a revised figure, and what it was
    and is now (a status or a figure, in words; "" where there is nothing to say)."""

    kind: str
    label: str
    indicator: str
    area: str
    deadline: int | None  # the target's
    where: str  # the area and the deadline in words: "huyện Cầu Ngang, hạn 2025"
    year: int | None
    before: str
    after: str


def change_rows(changes: Changes, lang: str) -> list[ChangeRow]:
    """A row a change, in :data:`ORDER` (a figure revised is listed with each target that shows
    it, as it is counted)."""
    rows: list[ChangeRow] = []

    def row(kind: str, about: About, before: str, after: str, year: int | None = None) -> None:
        rows.append(
            ChangeRow(
                kind,
                _kind(kind, lang),
                about.indicator_name.get(lang),
                about.area_name.get(lang),
                about.deadline,
                _where(about, lang),
                year,
                before,
                after,
            )
        )

    for kind in ORDER[:4]:
        for change in changes.statuses:
            if change.direction == kind:
                row(kind, change, _status(change.before, lang), _status(change.after, lang))
    for kind in ("estimate_replaced", "revised"):
        for revision in changes.revisions:
            if revision.kind == kind:
                before = _figure(revision, lang, before=True)
                after = _figure(revision, lang, before=False)
                row(kind, revision, before, after, revision.year)
    for due in changes.now_due:
        row("now_due", due, "", _status(due.status, lang))
    for new in changes.new:
        row("new", new, "", _status(new.status, lang))
    for gone in changes.gone:
        row("gone", gone, _status(gone.status, lang), "")
    return rows


def change_lines(changes: Changes, lang: str, limit: int | None = None) -> list[str]:
    """A line a change (:func:`change_rows` in words); over ``limit`` lines (None: no limit),
    the first ``limit`` and a line counting the rest."""
    words = WORDS[lang]
    lines: list[str] = []
    for one in change_rows(changes, lang):
        subject = f"{one.indicator} ({one.where})"
        if one.kind in ("estimate_replaced", "revised"):
            lines.append(f"{one.label}: {subject}, {one.year}: {one.before} → {one.after}")
        elif one.kind == "now_due":
            lines.append(f"{one.label} ({one.deadline}): {one.indicator} ({one.area}): {one.after}")
        elif one.kind == "new":
            lines.append(f"{one.label}: {subject}: {one.after}")
        elif one.kind == "gone":
            lines.append(f"{one.label}: {subject} ({words['was']} {one.before})")
        else:
            lines.append(f"{one.label}: {subject}: {one.before} → {one.after}")
    if limit is not None and len(lines) > limit:
        more = len(lines) - limit
        lines = [*lines[:limit], words["more"].format(more=more)]
    return lines


def _kind(kind: str, lang: str) -> str:
    return f"{CHANGE_SYMBOLS[kind]} {WORDS[lang][kind]}"


def _status(status: Status, lang: str) -> str:
    return f"{SYMBOLS[status]} {status_word(status, lang)}"


def _where(about: About, lang: str) -> str:
    """``huyện Cầu Ngang, hạn 2025``."""
    where = about.area_name.get(lang)
    if about.deadline is not None:
        where += f", {WORDS[lang]['by']} {about.deadline}"
    return where


def _figure(revision: Revision, lang: str, *, before: bool) -> str:
    value = revision.before_value if before else revision.after_value
    estimate = revision.before_estimate if before else revision.after_estimate
    if value is None:
        shown = "–"
    elif revision.unit:
        number, suffix = amount(value, revision.unit, lang)
        shown = number + suffix
    else:
        shown = format_number(value, lang)
    return shown + (f" ({WORDS[lang]['est']})" if estimate else "")
