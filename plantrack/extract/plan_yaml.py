"""A draft plan written as a plan file: YAML in the plan format, with comments for review.

Every target carries its sentence (``text``) and its place in the source (``source.line``, or
``page`` and ``paragraph``, or ``table`` and ``row``); a target the reader was not sure of has a
``# REVIEW:`` comment above it saying what to check; what was not understood is listed, with its
place, in comments at the end. Figures are written as the plan writes them (``"12,96%"``,
``"6.794"``) under the plan's ``decimal:``, so that the draft reads like its source.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from plantrack.extract.broken_font import TELLTALES
from plantrack.extract.draft import Draft, DraftIndicator, DraftTarget
from plantrack.texts import Text, in_language, text

#: The place of a block in the source: {"line": 12} or {"page": 3, "paragraph": 4}.
Place = Mapping[str, int]
#: The place of a character of a block (its index and offset): where a target's words start.
Places = Callable[[int, int], Place]
Describe = Callable[[int, int], str]

#: The word that marks a line for review: "RÀ SOÁT" / "REVIEW".
REVIEW = text("extract.review")

_REVIEW_KEYS = {
    "more-figures": "extract.review.more-figures",
    "unit": "extract.review.unit",
    "series-unit": "extract.review.series-unit",
    "name": "extract.review.name",
    "share": "extract.review.share",
    "share-whole": "extract.review.share-whole",
    "share-unit": "extract.review.share-unit",
    "negative-growth": "extract.review.negative-growth",
    "period": "extract.review.period",
    "ambiguous-number": "extract.review.ambiguous-number",
    "per-mille": "extract.review.per-mille",
    "period-total": "extract.review.period-total",
    "no-year": "extract.review.no-year",
    "merged-cells": "extract.review.merged-cells",
    "cut-off": "extract.review.cut-off",
}


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def bound_of(target: DraftTarget) -> tuple[str, str]:
    reading = target.reading
    comparator = reading.comparator
    if reading.kind == "structure" and comparator not in ("about", "range"):
        comparator = "about"
    rate = reading.kind in ("growth", "yearly_growth")
    suffix = "%" if rate else ""
    written = [f"{figure}{suffix}" for figure in reading.figures]
    if comparator == "range":
        return "range", "[" + ", ".join(_quoted(w) for w in written) + "]"
    return comparator, _quoted(written[0])


def _review_lines(target: DraftTarget, lang: str) -> list[str]:
    out = []
    for reason in target.reading.review:
        key = _REVIEW_KEYS.get(reason)
        if key is not None:
            out.append(str(in_language(text(key), lang)))
    return out


def _target_lines(target: DraftTarget, place: Place, lang: str) -> list[str]:
    reading = target.reading
    lines = [
        f"      # {in_language(REVIEW, lang)!s}: {reason}" for reason in _review_lines(target, lang)
    ]
    lines.append(f"      - kind: {reading.kind}")
    if reading.kind == "qualitative":
        pass
    else:
        key, value = bound_of(target)
        lines.append(f"        {key}: {value}")
    if reading.kind == "structure":
        lines.append(f"        structure: {reading.structure or 'co_cau'}")
    if reading.out_of is not None:
        lines.append(f"        out_of: {reading.out_of}")
    if reading.kind == "share":
        lines.append(f"        numerator: {target.numerator}")
        lines.append(f"        denominator: {target.denominator}")
    if reading.year is not None:
        lines.append(f"        year: {reading.year}")
    elif reading.period is not None:
        start, end = reading.period
        lines.append(f"        period: {start if start == end else f'{start}-{end}'}")
    if reading.vision:
        lines.append("        vision: true")
    if target.areas:
        lines.append(f"        areas: [{', '.join(target.areas)}]")
    lines.append(f"        text: {_quoted(target.text)}")
    source = {"section": _quoted(target.section or "-")}
    if target.item is not None:
        source["item"] = str(target.item)
    source.update({k: str(v) for k, v in place.items()})
    lines.append("        source: {" + ", ".join(f"{k}: {v}" for k, v in source.items()) + "}")
    return lines


def _indicator_lines(indicator: DraftIndicator, places: Places, lang: str) -> list[str]:
    first = indicator.targets[0] if indicator.targets else indicator.part
    assert first is not None  # an indicator has targets, or is the part of a share
    lines = [
        f"  - id: {indicator.id}",
        f"    name: {{vi: {_quoted(indicator.name)}}}",
        f"    unit: {_quoted(indicator.unit)}",
    ]
    if indicator.direction is not None:
        lines.append(f"    direction: {indicator.direction}")
    source = {"section": _quoted(first.section or "-")}
    if first.item is not None:
        source["item"] = str(first.item)
    lines.append("    source: {" + ", ".join(f"{k}: {v}" for k, v in source.items()) + "}")
    if not indicator.targets:
        return lines  # a share's numerator or denominator: reported, with no target of its own
    lines.append("    targets:")
    for target in indicator.targets:
        lines.extend(
            _target_lines(target, places(target.clause.span.block, target.clause.span.start), lang)
        )
    return lines


def summary(draft: Draft) -> Text:
    """ "27 targets drafted, 3 to review, 2 not understood" (and figures left outside)."""
    return text(
        "extract.summary",
        drafted=len(draft.targets),
        review=len(draft.to_review),
        unread=len(draft.unread),
    )


def broken_font(draft: Draft) -> Text:
    """Why the draft's text cannot be trusted: its letters broken by a font, with the words
    that show it ("bỡnh (bình), quõn (quân), trờn (trên)")."""
    shown = ", ".join(f"{word} ({TELLTALES[word]})" for word in draft.broken_font[:5])
    return text("extract.broken-font", words=shown)


def draft_yaml(
    draft: Draft,
    *,
    source_name: str,
    places: Places,
    describe: Describe,
    lang: str = "vi",
    tool: str = "plantrack extract",
) -> str:
    """The draft as the text of a plan file."""
    say: Callable[[Text], str] = lambda message: str(in_language(message, lang))  # noqa: E731
    period = draft.period
    period_text = str(period[0]) if period[0] == period[1] else f"{period[0]}-{period[1]}"
    head = [
        "# " + say(text("extract.header", tool=tool, source=source_name)),
        f"# {say(summary(draft))}",
        "# " + say(text("extract.header-review")),
    ]
    if draft.outside:
        head.append("# " + say(text("extract.header-outside", count=draft.outside)))
    if draft.broken_font:
        head.append("# " + say(broken_font(draft)))
    if draft.beside:
        head.append("# " + say(text("extract.header-beside", year=period_text)))
    body = [
        "",
        f"id: {draft.id}",
        "title:",
        f"  vi: {_quoted(draft.title)}",
        "document:",
        f"  type: {{vi: {_quoted(draft.document)}}}",
        f"  issuer: {{vi: {_quoted(draft.issuer)}}}"
        if draft.issuer
        else f"  issuer: {{vi: {_quoted(draft.area_name)}}}  # {say(REVIEW)}: "
        + say(text("extract.review.issuer")),
        f"level: {draft.level}",
        f"area: {draft.area_id}",
        "areas:",
        f"  - id: {draft.area_id}",
        f"    name: {{vi: {_quoted(draft.area_name)}}}",
        f"    level: {draft.level}",
        *(
            line
            for area in draft.areas
            for line in (
                f"  - id: {area.id}",
                f"    name: {{vi: {_quoted(area.name)}}}",
                f"    level: {area.level}",
                f"    parent: {draft.area_id}",
            )
        ),
        f"period: {period_text}"
        + (
            f"  # {say(REVIEW)}: "
            + say(text("extract.review.no-year" if draft.no_year else "extract.review.period"))
            if draft.period_guessed or draft.no_year
            else ""
        ),
        f"base_year: {draft.base_year}",
        *([f"vision: {draft.vision[0]}-{draft.vision[1]}"] if draft.vision else []),
        f"decimal: {draft.decimal}",
        "",
        "indicators:",
    ]
    for indicator in draft.indicators:
        body.extend(_indicator_lines(indicator, places, lang))
        body.append("")
    if not draft.indicators:
        body[-1] = "indicators: []"
    tail: list[str] = []
    if draft.unread:
        tail.append("# ---- " + say(text("extract.unread-heading", count=len(draft.unread))))
        for unread in draft.unread:
            tail.append(f"# - {describe(unread.block, unread.start)}: {unread.text}")
            if unread.reason is not None:
                tail.append(f"#   ({say(unread.reason)})")
    return "\n".join(head + body + tail).rstrip("\n") + "\n"


def draft_json(draft: Draft, places: Places, describe: Describe) -> dict[str, Any]:
    """The draft as data: what --format json prints."""
    return {
        "id": draft.id,
        "title": draft.title,
        "level": draft.level,
        "area": {"id": draft.area_id, "name": draft.area_name},
        "period": list(draft.period),
        "base_year": draft.base_year,
        "decimal": draft.decimal,
        "indicators": [
            {
                "id": indicator.id,
                "name": indicator.name,
                "unit": indicator.unit,
                "direction": indicator.direction,
                "targets": [_target_json(t, places) for t in indicator.targets],
            }
            for indicator in draft.indicators
        ],
        "not_understood": [
            {
                "text": u.text,
                "where": describe(u.block, u.start),
                "reason": None if u.reason is None else str(u.reason),
                **places(u.block, u.start),
            }
            for u in draft.unread
        ],
        "summary": {
            "drafted": len(draft.targets),
            "to_review": len(draft.to_review),
            "not_understood": len(draft.unread),
            "outside_targets": draft.outside,
            "broken_font": list(draft.broken_font),
            "results_beside_plan": draft.beside,
        },
    }


def _target_json(target: DraftTarget, places: Places) -> dict[str, Any]:
    reading = target.reading
    return {
        "kind": reading.kind,
        "comparator": reading.comparator,
        "figures": list(reading.figures),
        "numbers": list(reading.numbers),
        "percent": reading.percent,
        "year": reading.year,
        "period": list(reading.period) if reading.period else None,
        "out_of": reading.out_of,
        "numerator": target.numerator,
        "denominator": target.denominator,
        "text": target.text,
        "section": target.section,
        "item": target.item,
        "review": list(reading.review),
        "source": dict(places(target.clause.span.block, target.clause.span.start)),
    }
