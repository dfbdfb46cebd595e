"""A target's numbers against its own words: the ``text`` every target quotes from the plan.

The text is Vietnamese, so its numbers are read the Vietnamese way: ``6.794`` is six thousand
seven hundred and ninety-four, ``12,96%`` is twelve point nine six percent. Three checks:

- a number the plan file writes in a way that reads two ways (``about: 6.794`` unquoted, which
  YAML reads as 6.794) whose *other* reading is the text's number is an error
  (``plan-number-misread``); one whose text says neither is a warning (``plan-number-ambiguous``);
- each bound's value should be a number of the text (or of the target's note, where a plan
  explains its reading): ``text-value-mismatch``, a warning naming both;
- the year or period should be the one the text names: ``text-year-mismatch``, a warning.

Only what the text says plainly is compared: a text without numbers ("chiếm đa số") is not
checked; item numbers "(1)", document numbers "13-NQ/TW", and years given as a comparison
("so với năm 2020") are not the target's numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, cast

from plantrack.findings import Finding, Severity
from plantrack.numbers.parse import DecimalMark, NumberFormatError, parse_number, shared_thousands
from plantrack.plans.model import RATE_KINDS, Indicator, Plan, _Bounded
from plantrack.plans.number_style import WrittenNumber, number_paths
from plantrack.plans.reporter import reason_of
from plantrack.plans.wording import COMPARED_YEAR_RE, STANDARD_PERIOD_RE, TERM_RE, planned_years
from plantrack.plans.yaml_reader import Path, YamlDocument
from plantrack.texts import Text, text
from plantrack.units import Unit, UnitError, UnitMismatch, convert, is_known, parse_unit

#: A number of a text: digits grouped by points, commas or spaces (1 250), an optional %; a
#: unit may follow it without a space (``1,1m2/người``, ``25ha``), but never its own rest (the
#: ``1`` of ``1,1m2``) nor a capital (``5G``).
_TOKEN = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)"
    r"(?![.,]\d)(?![\dA-ZĐ_])(\s*%)?"
)
#: A period: 2021-2025, also before a comma or the full stop that ends a sentence.
_PERIOD = re.compile(r"(?<![\w.,])(\d{4})\s*[-–—]\s*(\d{4})(?![\w]|[.,]\d)")
#: A date: 31/12/2025, 31-12-2025, 12/2025. Its year is a year of the text; its day and month
#: are no numbers of the target.
_DATE = re.compile(r"(?<![\w.,/])(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})(?![\w/])")
#: A range of numbers before a scale word: "1,2-1,5 nghìn tỷ": the scale is both ends'.
_RANGE_REST = re.compile(r"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)\d[\d.,]*")
_YEAR_WORD = re.compile(
    r"(?:năm|đến|từ|trước|sau|cuối|đầu|vào|giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:năm\s+)?$",
    re.IGNORECASE,
)
_DOCUMENT_NUMBER = re.compile(r"[-/][A-ZĐ]")
#: Scale words after a number, and how much they multiply it.
_SCALES = (("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("tỷ", 1e9), ("triệu", 1e6), ("vạn", 1e4))
_THOUSAND = ("nghìn", "ngàn")
_TOLERANCE = 1e-9


@dataclass
class TextNumbers:
    """What a target's text says: its numbers (as written and as values), years and periods."""

    values: list[tuple[str, float]] = field(default_factory=list)  # as written, value
    scaled: set[float] = field(default_factory=set)  # other readings of "75 nghìn tỷ"...
    loose: set[float] = field(default_factory=set)  # 4-digit numbers that may be years
    years: set[int] = field(default_factory=set)
    periods: set[tuple[int, int]] = field(default_factory=set)

    def has(self, value: float) -> bool:
        candidates = {v for _, v in self.values} | self.scaled | self.loose
        return any(_same(value, candidate) for candidate in candidates)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(1.0, abs(a), abs(b))


def _vietnamese(token: str, decimal: DecimalMark = "comma") -> float | None:
    """A number of a Vietnamese text: decimal comma first (or the plan's own mark, when it says
    ``decimal: point``), then whatever the number says."""
    readings: tuple[DecimalMark | None, ...] = (decimal, None)
    for mark in readings:
        try:
            return parse_number(token, mark).value
        except NumberFormatError:
            continue
    return None


def text_numbers(text: str, decimal: DecimalMark = "comma") -> TextNumbers:
    """The numbers, years and periods a Vietnamese text states (see the module's docstring),
    its decimals read with ``decimal``, the plan's mark."""
    found = TextNumbers()
    taken: list[tuple[int, int]] = []
    # a standard's period and a comparison's years are not the target's
    aside = [m.span() for m in STANDARD_PERIOD_RE.finditer(text)]
    aside += [m.span() for m in COMPARED_YEAR_RE.finditer(text)]
    for match in _PERIOD.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if 1900 <= start <= end <= 2200:
            if not any(a <= match.start() < b for a, b in aside):
                found.periods.add((start, end))
            taken.append(match.span())
    for match in _DATE.finditer(text):
        day, month, year = match.group(1), int(match.group(2)), int(match.group(3))
        if 1 <= month <= 12 and (day is None or 1 <= int(day) <= 31) and 1900 <= year <= 2200:
            if not _in_brackets(text[: match.start()]):
                found.years.add(year)
            taken.append(match.span())
    for match in _TOKEN.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        token, before, after = match.group(1), text[: match.start()], text[match.end() :]
        if before.endswith("(") and after.startswith(")"):
            continue  # an item number: (1)
        if _DOCUMENT_NUMBER.match(after):
            continue  # 13-NQ/TW, 92/KH-UBND
        if re.fullmatch(r"\d{4}", token) and 1900 <= int(token) <= 2200:
            if any(a <= match.start() < b for a, b in aside) or _in_brackets(before):
                continue  # so với năm 2020, gấp 1,05 lần năm 2020, (năm 2020 đạt 90%): a base
            if _YEAR_WORD.search(before):
                found.years.add(int(token))
                continue
            found.loose.add(float(token))
            continue
        value = _vietnamese(token, decimal)
        if value is None:
            continue
        found.values.append((token + ("%" if match.group(2) else ""), value))
        second = _RANGE_REST.match(after)  # 1,2-1,5 nghìn tỷ: the scale after the range
        high = re.sub(r"^\D+", "", second[0]).rstrip(".,") if second else ""
        if whole := shared_thousands(token, high, decimal):  # "40-45.000 tấn": 40.000 to 45.000
            found.values.append((whole, _vietnamese(whole, decimal) or value))
        rest = after[second.end() if second else 0 :].lstrip().lower()
        for word, scale in _SCALES:
            if rest.startswith(word):
                # in the unit of the word or of a smaller one: 75 nghìn tỷ is 75000 tỷ
                found.scaled.update(value * scale / 1000**k for k in range(5) if 1000**k <= scale)
                break
        else:
            if rest.startswith(_THOUSAND):
                found.scaled.add(value * 1000)
    return found


def _in_brackets(before: str) -> bool:
    """Whether the text up to here is inside brackets: "(năm 2020 đạt 90,2%)" quotes a base."""
    return before.count("(") > before.count(")")


class _Reporter:
    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc, self.file = doc, file

    def warning(self, path: Path, code: str, message: Text) -> Finding:
        return self.at(path, code, message, Severity.WARNING)

    def at(self, path: Path, code: str, message: Text, severity: Severity) -> Finding:
        line, col = self.doc.position(path) or (None, None)
        return Finding(code, message, self.file, line, col, severity)


def check_target_texts(
    plan: Plan, doc: YamlDocument, file: str, written: dict[Path, WrittenNumber]
) -> list[Finding]:
    """Every target's numbers, year and period against its text; baselines' unquoted decimals."""
    report = _Reporter(doc, file)
    findings: list[Finding] = []
    targets: dict[Path, Any] = {
        ("indicators", i, "targets", j): target
        for i, indicator in enumerate(plan.indicators)
        for j, target in enumerate(indicator.targets)
    }
    flagged: set[Path] = set()
    ranges: dict[Path, list[Finding]] = {}
    mark: DecimalMark = plan.decimal or "comma"  # how the texts write their decimals
    for path, _ in number_paths(doc.data):
        number = written.get(path)
        if number is None:
            continue
        target = targets.get(path[:4]) if path[2] == "targets" else None
        finding = _misread(path, number, target, plan, report)
        if finding is not None:
            flagged.add(path)
            if path[-2] == "range" and finding.code == "plan-number-misread":
                ranges.setdefault(path[:-1], []).append(finding)
            else:
                findings.append(finding)
    for path, misread in ranges.items():
        findings.append(_misread_range(path, targets[path[:4]], written, misread, report))
    for path, target in targets.items():
        findings.extend(_against_text(path, target, flagged, report, mark))
        indicator = plan.indicators[int(path[1])]
        findings.extend(_units_against_text(path, indicator, target, flagged, report, mark))
    return findings


def _readings(text: str, rate: bool) -> tuple[float, float] | None:
    """The comma and the point reading of a number that reads both ways, else None."""
    try:
        comma = parse_number(text, "comma")
        point = parse_number(text, "point")
    except NumberFormatError:
        return None
    if _same(comma.value, point.value) or comma.percent != rate:
        return None
    return comma.value, point.value


def _written_value(target: Any, path: Path, plan: Plan) -> float:
    """The value the model holds at ``path`` (a bound, or a baseline), in the written units."""
    if target is None:
        indicator = plan.indicators[int(path[1])]
        assert indicator.baseline is not None
        return indicator.baseline.value
    bound = target.bound
    value = bound.high if path[-1] == 1 else bound.low
    return float(value * 100) if target.kind in RATE_KINDS else float(value)


def _misread(
    path: Path, number: WrittenNumber, target: Any, plan: Plan, report: _Reporter
) -> Finding | None:
    rate = target is not None and target.kind in RATE_KINDS
    readings = _readings(number.text, rate)
    if readings is None or number.decided_by == "self":
        return None
    used = _written_value(target, path, plan)
    other = readings[0] if _same(used, readings[1]) else readings[1]
    mark: DecimalMark = plan.decimal or "comma"
    said = text_numbers(target.text, mark) if target is not None else TextNumbers()
    if target is not None and target.note:
        note = text_numbers(target.note, mark)
        said.values += note.values
        said.scaled |= note.scaled
    key = _key(path)
    shown, other_shown = _show(used, rate), _show(other, rate)
    written = f'"{number.text}"' if number.quoted else number.text
    if said.has(other) and not said.has(used):
        how = _how_read(number.decided_by, vietnamese=_same(other, readings[1]))
        if number.decided_by == "yaml":
            style = "comma" if _same(other, readings[0]) else "point"
            fix = text(
                "plan.number-misread.fix-quoted",
                key=key,
                meant=other_shown,
                written=number.text,
                style=style,
            )
        else:
            fix = text("plan.number-misread.fix", key=key, meant=other_shown)
        return report.at(
            path,
            "plan-number-misread",
            text(
                "plan.number-misread",
                key=key,
                written=written,
                used=shown,
                how=how,
                said=number.text.strip(),
                meant=other_shown,
                fix=fix,
            ),
            Severity.ERROR,
        )
    if number.decided_by == "yaml" and not said.has(used) and not said.has(other):
        return report.warning(
            path,
            "plan-number-ambiguous",
            text("plan.number-ambiguous", key=key, written=written, used=shown, other=other_shown),
        )
    return None


def _how_read(decided_by: str, vietnamese: bool) -> Text:
    """Why a number was read as it was: YAML's point, the plan's ``decimal:``, or its other
    numbers (``vietnamese``: it was read with a decimal comma)."""
    if decided_by == "yaml":
        return text("plan.read-by.yaml")
    if decided_by == "vote":
        return text("plan.read-by.vote-comma") if vietnamese else text("plan.read-by.vote-point")
    return text("plan.read-by.key-comma") if vietnamese else text("plan.read-by.key-point")


def _misread_range(
    path: Path,
    target: Any,
    written: dict[Path, WrittenNumber],
    misread: list[Finding],
    report: _Reporter,
) -> Finding:
    """One finding for a range whose items are misread, with the whole range to write:
    ``range: [1.200, 1.500]`` -> write ``range: [1200, 1500]``."""
    rate = target.kind in RATE_KINDS
    bound = target.bound
    shown: list[str] = []
    meant: list[str] = []
    texts: list[str] = []
    for index, used in enumerate((bound.low, bound.high)):
        used = used * 100 if rate else used
        number = written.get((*path, index))
        readings = _readings(number.text, rate) if number is not None else None
        shown.append(_show(used, rate))
        texts.append(number.text.strip() if number is not None else _show(used, rate))
        if readings is None:
            meant.append(_show(used, rate))
        else:
            meant.append(_show(readings[0] if _same(used, readings[1]) else readings[1], rate))
    first = misread[0].message
    reason = first.params["how"] if isinstance(first, Text) else ""
    return report.at(
        path,
        "plan-number-misread",
        text(
            "plan.range-misread",
            written=", ".join(texts),
            used=", ".join(shown),
            how=reason,
            said="-".join(texts),
            meant=", ".join(meant),
            meant_span="-".join(meant),
            quoted=", ".join(f'"{item}"' for item in texts),
        ),
        Severity.ERROR,
    )


def _key(path: Path) -> str:
    return next(str(part) for part in reversed(path) if isinstance(part, str))


def _show(value: float, rate: bool = False) -> str:
    """A number as a plan writes it (a YAML value, the same in every language): ``6.794``."""
    shown = f"{value:.10f}".rstrip("0").rstrip(".")
    return f"{shown}%" if rate else shown


def _clip(said: str, limit: int = 80) -> str:
    said = " ".join(said.split())
    return said if len(said) <= limit else said[: limit - 3] + "..."


def _against_text(
    path: Path, target: Any, flagged: set[Path], report: _Reporter, mark: DecimalMark
) -> Iterator[Finding]:
    said = text_numbers(target.text, mark)
    quoted = f'"{_clip(target.text)}"'
    if isinstance(target, _Bounded) and said.values:
        target = cast(Any, target)
        evidence = said
        if target.note:
            note = text_numbers(target.note, mark)
            evidence = TextNumbers(
                said.values + note.values, said.scaled | note.scaled, said.loose | note.loose
            )
        bound = target.bound
        rate = target.kind in RATE_KINDS
        scale = 100 if rate else 1
        items: list[tuple[Path, float]] = (
            [((*path, "range", 0), bound.low), ((*path, "range", 1), bound.high)]
            if bound.is_range
            else [((*path, bound.comparator), bound.low)]
        )
        for where, value in items:
            if where in flagged or evidence.has(abs(value) * scale):  # "giảm 1,5": -1.5
                continue
            says = list(dict.fromkeys(token for token, _ in said.values))
            yield report.warning(
                where,
                "text-value-mismatch",
                text(
                    "plan.text-value-mismatch",
                    key=_key(where),
                    value=_show(value * scale, rate),
                    says=says,
                    quoted=quoted,
                ),
            )
    yield from _years_against_text(path, target, said, quoted, report)


#: Kinds measured from a base year: a text may name their period from it.
_FROM_A_BASE = ("growth", "change")


def _years_against_text(
    path: Path, target: Any, said: TextNumbers, quoted: str, report: _Reporter
) -> Iterator[Finding]:
    year = getattr(target, "year", None)
    if year is not None:
        named = said.years | {y for period in said.periods for y in period}
        if named and year not in named:
            yield report.warning(
                (*path, "year"),
                "text-year-mismatch",
                text("plan.text-year-mismatch", year=year, says=sorted(named), quoted=quoted),
            )
        return
    period = getattr(target, "period", None)
    if period is None:
        return
    if said.periods:
        spans: set[tuple[int, int]] = {(period.start, period.end)}
        if getattr(target, "kind", None) in _FROM_A_BASE:
            # "bình quân giai đoạn 2020-2025" is 2021-2025 measured from 2020 (plan-format.md)
            spans.add((target.effective_base_year, period.end))
        # a five-year term named from its congress year: "trong cả nhiệm kỳ 2020 - 2025" plans
        # the years 2021-2025, as `extract` reads it (docs/extract.md)
        spans.update(
            (int(m["start"]), int(m["end"]))
            for m in TERM_RE.finditer(target.text)
            if planned_years(int(m["start"]), int(m["end"])) == (period.start, period.end)
        )
        if not spans & said.periods:
            says = [f"{a}-{b}" for a, b in sorted(said.periods)]
            yield report.warning(
                (*path, "period"),
                "text-year-mismatch",
                text("plan.text-period-mismatch", period=str(period), says=says, quoted=quoted),
            )
    elif said.years and period.end not in said.years:
        yield report.warning(
            (*path, "period"),
            "text-year-mismatch",
            text(
                "plan.text-period-mismatch",
                period=str(period),
                says=sorted(said.years),
                quoted=quoted,
            ),
        )


#: Where the words of a unit after a number end: punctuation, a sign ("3 trường = 100%"), or a
#: word that starts a clause (not the year of "lao động/mỗi năm", the unit's own time).
_UNIT_END = re.compile(
    r"[,;()\n=]|(?<!/mỗi)\s(?:và|trở lên|trở xuống|trở|trong đó|so với|bình quân|trên|năm|vào|đến|tại|"
    r"của|cho|với|đạt|trong|ở|theo|khi|thì)\s"
)


#: The whole a number is counted of: "6/8 xã", "10/10 thôn".
_OF_ALL = re.compile(r"/\s*\d+(?![.,]\d)")


def _unit_after(after: str) -> Unit | None:
    """The unit a text writes after a number ("68 triệu đồng/người", "25.000 tấn"), when it is
    one plantrack knows by name (not a count of just any following word)."""
    words = _UNIT_END.split(f"{after} ", maxsplit=1)[0].split()[:5]
    for end in range(len(words), 0, -1):
        try:
            unit = parse_unit(" ".join(words[:end]).rstrip(".:"))
        except UnitError:
            continue
        if is_known(unit):  # "3.500 ha đất lúa": the longest words that name a known unit
            if end == 1 and len(words) > 1 and words[0].lower() in ("tỷ", "tỉ"):
                return None  # "23 tỷ quả trứng": billions of a thing, not "tỷ" for tỷ đồng
            return unit
    return None


def _writes(after: str, unit: str) -> bool:
    """Whether the words after a number are the indicator's unit as it is written ("căn hộ",
    "triệu lượt"), not a shorter unit they start with ("căn", a dwelling)."""
    written = " ".join(unit.split()).casefold()
    return bool(written) and bool(
        re.match(
            rf"\s*{re.escape(written)}(?!\w)(?!\s*/(?!\s*(?:mỗi\s+)?năm\b))",  # ("căn hộ/năm")
            " ".join(after.split()).casefold(),
        )
    )


def _units_against_text(
    path: Path,
    indicator: Indicator,
    target: Any,
    flagged: set[Path],
    report: _Reporter,
    mark: DecimalMark,
) -> Iterator[Finding]:
    """A bound whose number the text writes in a unit that is not the indicator's: "68 triệu
    đồng/người" for an indicator in tỷ đồng is a value 1,000 times off (``text-unit-mismatch``)."""
    unit = indicator.unit_info
    if unit is None or unit.is_qualitative or not isinstance(target, _Bounded):
        return
    target = cast(Any, target)
    if target.kind in (*RATE_KINDS, "change"):
        return  # a rate or a step: the text's unit is per year, or in points
    bound, said_text = target.bound, target.text
    values = {bound.low, bound.high}
    for match in _TOKEN.finditer(said_text):
        if match.group(2):  # a percentage: the share itself, compared by the value check
            continue
        number = _vietnamese(match.group(1), mark)
        if number is None or not any(_same(number, value) for value in values):
            continue
        after = said_text[match.end() :]
        of_all = _OF_ALL.match(after)  # "10/10 thôn": ten of the ten villages, in villages
        after = after[of_all.end() :] if of_all else after
        if _writes(after, indicator.unit):
            continue  # the indicator's own unit: "8.000-10.000 căn hộ" in căn hộ
        said = _unit_after(after)
        if said is None:
            continue
        if unit.per is not None and (said.per is None or said.per == unit.per.per):
            # "6.794 USD", "8,7 triệu đồng/tháng" for an indicator in USD/người, triệu đồng/
            # người/tháng: money per person, the text leaving out "/người" as plans do
            said = replace(said, per=unit.per)
        where = (*path, bound.comparator if not bound.is_range else "range")
        if where in flagged:
            continue
        written = f"{match.group(1)} {said.symbol_vi}"
        try:
            amount = convert(number, said, unit)
        except UnitMismatch as error:
            reason = reason_of(error)
            message = text(
                "plan.text-unit-mismatch.units",
                written=written,
                unit=indicator.unit,
                reason=_mismatch_reason(reason),
            )
        else:
            if any(_same(amount, value) for value in values):
                continue  # the same amount: "75 nghìn tỷ" for 75.000 tỷ đồng
            message = text(
                "plan.text-unit-mismatch.amount",
                written=written,
                amount=_show(amount),
                unit=indicator.unit,
                number=_show(number),
                key=_key(where),
            )
        yield report.warning(where, "text-unit-mismatch", message)
        return


def _mismatch_reason(message: Text | str) -> object:
    """Why two units do not convert, without their names: the ``reason`` of a
    :class:`UnitMismatch`'s text, else what follows the names in its English."""
    if isinstance(message, Text):
        return message.params.get("reason", message)
    return message.split(": ", 1)[-1]
