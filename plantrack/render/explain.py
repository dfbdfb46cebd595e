"""``plantrack check --explain``: the working of one indicator, figure by figure."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from plantrack.numbers.format import format_number, format_percent
from plantrack.plans.scales import key
from plantrack.render.describe import amount, target_phrase
from plantrack.render.result_text import (
    HEAD,
    STATE_WORDS,
    SYMBOLS,
    _percent_sign,
    area_name,
    estimated,
    point_text,
    status_word,
)
from plantrack.safe_text import visible
from plantrack.texts import in_language

if TYPE_CHECKING:
    from collections.abc import Sequence

    from plantrack.observations import Observation
    from plantrack.plans.model import Scale
    from plantrack.report.build import Target


def explain_lines(
    item: Target,
    lang: str,
    observations: Sequence[Observation] = (),
    as_of: int | None = None,
) -> list[str]:
    """The working of one result: every figure of the indicator in its area (and in the
    reference area, for a target relative to another area) with where it came from, then each
    formula with its numbers."""
    head = HEAD[lang]
    r = item.result
    unit = item.indicator.unit
    scale = item.indicator.rating_scale
    lines = [
        f"{item.indicator.name.get(lang)} ({r.indicator}), {area_name(item, lang)}",
        f"  {head['target']}: {target_phrase(item.plan, item.indicator, item.target, lang)}"
        f"  [{r.target}]",
        f'  "{item.target.text}"',
        f"  {head['status']}: {SYMBOLS[r.status]} {status_word(r.status, lang)} ({r.status.value})",
    ]
    if r.reason is not None:
        reason = in_language(r.reason.message, lang)
        lines.append(f"  {head['reason']}: {r.reason.code}: {reason}")
    for note in r.notes:
        text = in_language(note.message, lang)
        lines.append(f"  {head['note']}: {note.code}: {text}")
    lines.append(f"  {head['figures']}:")
    if r.base is not None and r.base.origin == "plan":
        lines.append(f"    {point_text(r.base, unit, lang)}  {head['baseline']}")
    areas = [r.area]
    reference = getattr(item.target, "reference_area", None)
    if reference:
        areas.append(reference)
    for area in areas:
        mine = sorted(
            (
                obs
                for obs in observations
                if obs.indicator == r.indicator
                and obs.plan in (None, item.plan.id)
                and (obs.area or item.plan.area) == area
                and (as_of is None or obs.year <= as_of)
            ),
            key=lambda obs: (obs.year, obs.measure, obs.estimate),
        )
        if area != r.area and mine:
            other = next((a.name.get(lang) for a in item.plan.areas if a.id == area), area)
            lines.append(f"    {head['reference']} {other}:")
        for obs in mine:
            text = _level_text(obs, scale, lang) if scale else _figure_text(obs, unit, lang)
            lines.append(f"    {text}  {obs.where}".rstrip())
    for indicator_id, area in input_series(item):  # what a share or a count is made from
        indicator = item.plan.indicator(indicator_id)
        assert indicator is not None
        mine = sorted(
            (
                obs
                for obs in observations
                if obs.indicator == indicator_id
                and obs.plan in (None, item.plan.id)
                and (obs.area or item.plan.area) == area
                and (as_of is None or obs.year <= as_of)
            ),
            key=lambda obs: (obs.year, obs.measure, obs.estimate),
        )
        where = next((a.name.get(lang) for a in item.plan.areas if a.id == area), area)
        lines.append(f"    {indicator.name.get(lang)} ({indicator_id}), {where}:")
        for obs in mine:
            text = _figure_text(obs, indicator.unit, lang)
            lines.append(f"      {text}  {obs.where}".rstrip())
    if r.years:
        lines.append(f"  {head['each_year']}:")
        for check in r.years:
            if check.value is None:
                value = "–"
            elif scale is not None:
                value = scale.level(check.value).get(lang)
            elif r.kind == "yearly_growth":  # a rate: 12,5%
                value = format_percent(check.value, lang)
            else:
                value = format_number(check.value, lang)
            versus = (
                f" / {format_number(check.reference, lang)}" if check.reference is not None else ""
            )
            est = f" ({head['est']})" if check.estimate else ""
            mark = "✔" if check.met else "✘"
            lines.append(f"    {check.year}: {value}{versus}{est} {mark}")
    if r.steps:
        lines.append(f"  {head['working']}:")

        def number(value: float) -> str:
            if float(value).is_integer() and 1900 <= value <= 2200:
                return str(int(value))  # a year, not an amount
            return format_number(value, lang, max_decimals=6)

        for step in r.steps:
            result = "–" if step.value is None else number(step.value)
            lines.append(f"    {step.name} = {step.formula}")
            lines.append(f"      = {step.substituted(number)} = {result}")
    return [visible(line) for line in lines]  # names, words as reported, file names


def _level_text(obs: Observation, scale: Scale, lang: str) -> str:
    """A rated figure as the working lists it: its level, and the words as reported when they
    differ (``2021: Hoàn thành tốt nhiệm vụ (HTTNV)``)."""
    est = estimated(obs.estimate, lang)
    if obs.value is None:
        return f"{obs.year}: –{est}"
    level = scale.level(obs.value).get(lang)
    same = obs.reported is None or key(obs.reported) == key(level)
    written = "" if same else f" ({obs.reported})"
    return f"{obs.year}: {level}{written}{est}"


def input_series(item: Target) -> list[tuple[str, str]]:
    """The (indicator, area) series a share target is computed from (numerator, denominator in
    its area) or a count target rolled up from (the criterion in each area counted)."""
    target, area = item.target, item.result.area
    numerator = getattr(target, "numerator", None)
    if numerator is not None:
        return [(numerator, area), (target.denominator, area)]
    criterion = getattr(target, "criterion", None)
    if criterion is not None:
        return [(criterion, among) for among in target.among or []]
    return []


def _figure_text(obs: Observation, unit_id: str, lang: str) -> str:
    """One reported figure as the working lists it: ``2022: 2.600,42 USD/người = 62,41 triệu
    đồng/người ÷ 24.000 VND/USD (ước)``."""
    est = estimated(obs.estimate, lang)
    if obs.measure == "state":
        return f"{obs.year}: {STATE_WORDS[lang].get(obs.state or '', '–')}{est}"
    about = "≈ " if obs.approximate else ""
    if obs.measure == "growth" and obs.value is not None:
        rate = format_percent(obs.value, lang)
        if obs.high is not None:
            rate = f"{rate.rstrip('%')}–{format_percent(obs.high, lang)}"
        return f"{obs.year}: {HEAD[lang]['growth']} {about}{rate}{est}"
    if obs.value is None:
        return f"{obs.year}: –"
    number, suffix = amount(obs.value, unit_id, lang)
    if obs.high is not None:
        number = f"{number}–{amount(obs.high, unit_id, lang)[0]}"
    bound = {"more_than": "> ", "less_than": "< "}.get(obs.qualifier or "", "")
    if obs.measure == "change" and obs.high is not None and obs.high <= 0:
        # "giảm 1-2": a fall of 1 to 2, written with the sign once (not "-2–-1")
        small, _ = amount(-obs.high, unit_id, lang)
        large, _ = amount(-obs.value, unit_id, lang)
        number = f"({small}–{large})"
    if obs.measure == "change":
        sign = "+" if obs.value > 0 else "-" if obs.high is not None and obs.high <= 0 else ""
        if _percent_sign(unit_id) == "%":
            suffix = HEAD[lang]["points"]
        text = f"{obs.year}: {HEAD[lang]['change']} {bound}{about}{sign}{number}{suffix}"
    else:
        text = f"{obs.year}: {bound}{about}{number}{suffix}"
    if obs.reported:
        written, _, unit_label = obs.reported.partition(" ")
        with contextlib.suppress(ValueError):
            written = format_number(float(written), lang, max_decimals=6)
        text += f" = {written} {unit_label}".rstrip()
        if obs.exchange_rate:
            text += f" ÷ {format_number(obs.exchange_rate, lang)} VND/USD"
    return text + est
