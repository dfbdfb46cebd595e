"""One clause read as a target: its kind, bound, figures, unit, time, direction and name.

Pure: a :class:`~plantrack.extract.clauses.Clause` and the plan's context in, a
:class:`Reading` (with the reasons a reviewer should look at it) or ``None`` out. The rules,
in the order they are tried, are listed in docs/extract.md; the words they look for are in
:mod:`plantrack.extract.words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrack.extract import words
from plantrack.extract.clauses import Clause, mask_times
from plantrack.numbers.parse import DecimalMark, NumberFormatError, parse_number
from plantrack.units import UnitError, parse_unit


@dataclass(frozen=True)
class PlanTime:
    """The plan's own time: its period (first and last year) and whether it is one year."""

    start: int
    end: int

    @property
    def one_year(self) -> bool:
        return self.start == self.end


@dataclass
class Reading:
    kind: str
    comparator: str  # value, about, at_least, more_than, at_most, less_than, range
    figures: tuple[str, ...]  # as written: ("12,96",), ("11", "13")
    numbers: tuple[float, ...]
    percent: bool  # the figures are in % (a rate for growth kinds)
    unit: str | None
    year: int | None
    period: tuple[int, int] | None
    direction: str | None
    name: str
    structure: str | None = None
    vision: bool = False
    review: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Figure:
    start: int  # in the clause text
    end: int
    written: tuple[str, ...]
    numbers: tuple[float, ...]
    percent: bool
    per_year: bool
    points: bool
    unit: str | None
    after: str  # the text after the figure and its unit


_STOP = {
    "đạt", "được", "trở", "so", "trong", "và", "có", "tham", "sử", "là", "tăng", "giảm",
    "trên", "dưới", "đến", "năm", "từ", "với", "của", "tại", "theo", "cho", "mỗi", "hằng",
    "hàng", "bình", "trở", "khoảng", "chiếm", "tương", "(", "thuộc", "về", "đi", "ở",
}
_SCALES = {"nghìn", "ngàn", "triệu", "tỷ", "vạn", "trăm"}
_WORD = re.compile(r"[^\W\d_][\w.]*")


def _unit_after(text: str) -> tuple[str | None, int, bool, bool, bool]:
    """The unit written right after a figure: (unit, length used, percent, per year, points)."""
    match = re.match(r"\s*%(\s*/\s*năm)?", text)
    if match:
        return "%", match.end(), True, bool(match.group(1)), False
    match = re.match(r"\s*điểm\s*(?:%|phần trăm)(\s*/\s*năm)?", text, re.IGNORECASE)
    if match:
        return "điểm %", match.end(), True, bool(match.group(1)), True
    pos = 0
    tokens: list[str] = []
    end = 0
    while len(tokens) < 4:
        match = re.match(r"\s*", text[pos:])
        assert match is not None
        start = pos + match.end()
        word = _WORD.match(text, start)
        if not word:
            break
        token = word.group(0)
        if token.lower() in _STOP and tokens:
            break
        if token.lower() in _STOP:
            break
        tokens.append(token)
        pos = end = word.end()
        if token.lower() not in _SCALES and len(tokens) >= 2 and tokens[-2].lower() not in _SCALES:
            break
    if not tokens:
        return None, 0, False, False, False
    unit = " ".join(tokens)
    per = re.match(r"\s*/\s*(?:1\s+|một\s+)?((?:vạn|nghìn|ngàn)?\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)", text[end:])
    per_year = False
    if per:
        per_word = per.group(1).strip()
        if per_word.lower() == "năm":
            per_year = True
            end += per.end()
        else:
            first = per_word.split()
            keep = " ".join(first[:2]) if first[0].lower() in ("vạn", "nghìn", "ngàn") else first[0]
            unit = f"{unit}/{keep}"
            end += per.end() - (len(per_word) - len(keep))
    try:
        parse_unit(unit)
    except (UnitError, ValueError):
        return None, 0, False, False, False
    return unit, end, False, per_year, False


def _number(written: str, decimal: DecimalMark) -> float | None:
    try:
        return float(parse_number(written, decimal=decimal).value)
    except NumberFormatError:
        return None


def figures(text: str, aside: tuple[tuple[int, int], ...], decimal: DecimalMark) -> list[_Figure]:
    """The figures of a clause (not years, periods or asides), with ranges joined."""
    masked = list(mask_times(text))
    for a, b in aside:
        masked[a:b] = " " * (b - a)
    plain = "".join(masked)
    found: list[_Figure] = []
    matches = list(words.NUMBER_RE.finditer(plain))
    skip = -1
    for n, match in enumerate(matches):
        if n <= skip:
            continue
        written = [match.group(0)]
        end = match.end()
        # a range: "11-13", "13-15%", "5.400 - 5.500 USD", "từ 4 đến 5%"
        if n + 1 < len(matches):
            between = plain[end : matches[n + 1].start()]
            if re.fullmatch(r"\s*%?\s*(?:-|–|—|đến|tới)\s*", between, re.IGNORECASE):
                written.append(matches[n + 1].group(0))
                end = matches[n + 1].end()
                skip = n + 1
        values = [_number(w, decimal) for w in written]
        if any(v is None for v in values):
            continue
        unit, used, percent, per_year, points = _unit_after(text[end:])
        found.append(
            _Figure(
                start=match.start(),
                end=end + used,
                written=tuple(written),
                numbers=tuple(v for v in values if v is not None),
                percent=percent,
                per_year=per_year,
                points=points,
                unit=unit,
                after=text[end + used :],
            )
        )
    return found


def _bound(before: str, fig: _Figure) -> str:
    if len(fig.numbers) == 2:
        return "range"
    after = fig.after.lstrip().lower()
    for comparator, options in words.BOUND_AFTER.items():
        if any(after.startswith(option) for option in options):
            return comparator
    head = words.FILLER_RE.sub("", before.lower()).rstrip()
    best: tuple[int, str] | None = None
    for comparator, options in words.BOUND_BEFORE.items():
        for option in options:
            if re.search(rf"(?:^|[\s:(]){re.escape(option)}$", head):
                if best is None or len(option) > best[0]:
                    best = (len(option), comparator)
    if best is not None:
        # "tăng bình quân từ 12%" is at least 12 %; "từ" before a range was taken above
        return best[1]
    return "value"


@dataclass(frozen=True)
class Times:
    year: int | None
    period: tuple[int, int] | None


def times(text: str) -> Times:
    """The year and period a text names (not a comparison year or a price base)."""
    cleaned = words.PRICE_YEAR_RE.sub(" ", words.BASE_RE.sub(" ", text))
    period_match = words.PERIOD_RE.search(cleaned)
    period = None
    if period_match:
        start, end = int(period_match["start"]), int(period_match["end"])
        if period_match["word"] and period_match["word"].lower() == "nhiệm kỳ":
            start += 1 if end - start == 5 else 0
        if start < end:
            period = (start, end)
        cleaned = cleaned[: period_match.start()] + " " + cleaned[period_match.end() :]
    year_match = words.YEAR_RE.search(cleaned)
    year = None
    if year_match:
        year = int(year_match["year"] or year_match["year2"])
    return Times(year, period)


def _chain(clause: Clause) -> list[Clause]:
    """The clause, then those it takes its subject or time from, nearest first."""
    out: list[Clause] = []
    current: Clause | None = clause
    while current is not None and current not in out:
        out.append(current)
        current = current.subject_from or current.parent
    return out


_VERB = re.compile(
    r"\s(?:đạt|là|tăng|giảm|chiếm|ở mức|phấn đấu|duy trì|còn|dưới|trên|khoảng|từ|có|:)\s|:",
    re.IGNORECASE,
)


_RATE_OF = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:phấn đấu\s+)?(?:duy trì\s+)?(?:tốc độ|tỷ lệ|tỉ lệ|mức|nhịp độ)\s+tăng(?:\s+trưởng)?"
    r"(?:\s+bình quân)?\s+(?=\w)",
    re.IGNORECASE,
)


def subject(text: str) -> str:
    """The words before the verb or the figure: the indicator's name as the clause writes it.

    A growth rate is named by its series: "Tốc độ tăng trưởng giá trị sản xuất" names
    "giá trị sản xuất".
    """
    rate = _RATE_OF.match(text)
    if rate and not re.match(r"\s*(?:đạt|là|bình quân|hằng|hàng|:)", text[rate.end() :], re.IGNORECASE):
        text = text[rate.end() :]
    cut = len(text)
    verb = _VERB.search(" " + text + " ")
    if verb:
        cut = min(cut, max(0, verb.start() - 1 + 1))
    number = words.NUMBER_RE.search(mask_times(text))
    if number:
        cut = min(cut, number.start())
    name = text[:cut]
    name = re.sub(r"\(.*?\)", "", name)
    for pattern in (words.PERIOD_RE, words.YEAR_RE):
        name = pattern.sub(" ", name)
    name = re.sub(r"\b(?:giai đoạn|thời kỳ|nhiệm kỳ|bình quân hằng năm|bình quân hàng năm)\s*$", "", name.strip(), flags=re.IGNORECASE)
    name = words.NAME_PREFIX_RE.sub("", name.strip(" ,;:-–"))
    return " ".join(name.split()).strip(" ,;:-–")


def read_clause(clause: Clause, plan: PlanTime, decimal: DecimalMark) -> Reading | None:
    """The target a clause states, or None when it holds none (see the module's description)."""
    text = clause.text
    found = figures(text, clause.aside, decimal)
    chain = _chain(clause)
    context = " ".join(c.text for c in chain) + " " + (clause.lead or "")
    own_name = subject(text)
    name = own_name
    if not name or (len(name.split()) <= 3 and clause.lead):
        inherited = next((subject(c.text) for c in chain[1:] if subject(c.text)), "")
        base = subject(clause.lead) if clause.lead else inherited
        name = f"{base} {name}".strip() if name and base else (name or base)
    vision = any(words.VISION_RE.search(h.text) for h in clause.headings)
    if not found:
        nothing_left = re.search(r"không còn", text, re.IGNORECASE)
        if nothing_left:
            year, period = _time(clause, chain, plan, level=True)
            noun = text[nothing_left.end() :].strip().split("(")[0].strip(" ,.;")
            return Reading(
                kind="level",
                comparator="value",
                figures=("0",),
                numbers=(0.0,),
                percent=False,
                unit=_noun_unit(noun) or "hộ",
                year=year,
                period=None,
                direction="decrease",
                name=name or noun,
                vision=vision,
            )
        if words.QUALITATIVE_RE.search(text):
            year, period = _time(clause, chain, plan, level=True)
            return Reading(
                kind="qualitative",
                comparator="value",
                figures=(),
                numbers=(),
                percent=False,
                unit="status",
                year=year,
                period=None,
                direction=None,
                name=name or text,
                vision=vision,
            )
        return None
    fig = found[0]
    review: list[str] = []
    if _weak(own_name) and not (clause.lead or len(chain) > 1 and name):
        name = _name_after(fig) or name
    if len(found) > 1:
        review.append("more-figures")
    before = text[: fig.start]
    comparator = _bound(before, fig)
    near = text[max(0, fig.start - 40) : fig.start]
    decreasing = bool(words.DECREASE_RE.search(near)) or bool(
        re.search(r"\bgiảm\b", text[: fig.start], re.IGNORECASE)
    )
    increasing_verb = bool(re.search(r"\btăng\b", text[: fig.start], re.IGNORECASE))
    ratio_name = bool(re.match(r"(?:tỷ lệ|tỷ trọng|tỉ lệ)\b", name, re.IGNORECASE)) and not re.match(
        r"tỷ lệ tăng|tỉ lệ tăng", name, re.IGNORECASE
    )
    structure = None
    cues = _masked_cues(context)
    kind: str
    unit = fig.unit
    if fig.percent and fig.points or (
        fig.percent and (decreasing or (increasing_verb and ratio_name)) and ratio_name
    ):
        kind = "change"
        unit = "%"
    elif fig.percent and any(words.STRUCTURE_RE.search(t) for t in (context,)) and not increasing_verb and not decreasing:
        kind = "structure"
        structure = "co_cau_kinh_te" if re.search(r"kinh tế", context, re.IGNORECASE) else "co_cau"
        unit = "%"
    elif fig.percent and (
        fig.per_year
        or words.GROWTH_RE.search(text[: fig.start + 1])
        or words.GROWTH_RE.search(_masked_cues(clause.lead or ""))
        or (increasing_verb and not ratio_name)
        or (decreasing and not ratio_name and not words.LESS_IS_BETTER_RE.search(name))
    ):
        kind = "yearly_growth" if re.search(r"so với năm trước", text, re.IGNORECASE) and not plan.one_year else "growth"
        unit = None
    elif words.YEARLY_RE.search(cues) and not plan.one_year:
        kind = "average" if words.AVERAGE_RE.search(cues) and not fig.percent else "annual"
    elif not fig.percent and words.TOTAL_RE.search(context) and _explicit_period(chain, clause) and not plan.one_year:
        kind = "cumulative"
    else:
        kind = "level"
    if unit is not None and "/" not in unit and kind not in ("growth", "yearly_growth"):
        unit = _per_from_name(unit, name + " " + (clause.lead or ""))
    if unit is None and kind not in ("growth", "yearly_growth"):
        unit = _noun_unit(own_name) or _noun_unit(name)
        if unit is None:
            review.append("unit")
            unit = "?"
    if kind in ("growth", "yearly_growth") and comparator == "value" and decreasing and not words.LESS_IS_BETTER_RE.search(name):
        review.append("negative-growth")
    level_kind = kind in ("level", "structure", "qualitative")
    year, period = _time(clause, chain, plan, level=level_kind)
    if words.SHARE_WORD_RE.search(text) and kind == "level" and fig.percent:
        review.append("share")
    if kind == "structure":
        direction = None
    elif decreasing or words.LESS_IS_BETTER_RE.search(name) or comparator in ("at_most", "less_than"):
        direction = "decrease"
    else:
        direction = "increase"
    if kind == "change" and decreasing:
        direction = "decrease"
    if not name:
        review.append("name")
        name = text[: fig.start].strip() or text
    return Reading(
        kind=kind,
        comparator=comparator,
        figures=fig.written,
        numbers=fig.numbers,
        percent=fig.percent,
        unit=unit,
        year=year if level_kind else None,
        period=None if level_kind else period,
        direction=direction,
        name=name,
        structure=structure,
        vision=vision,
        review=review,
    )


_WEAK = {
    "co", "giu vung", "dat", "duy tri", "phan dau", "phan dau co", "co them", "phan dau dat",
    "binh quan", "trung binh",
}


def _weak(name: str) -> bool:
    """A subject that names nothing: "Có 11-13 bác sĩ", "Giữ vững 100% xã"."""
    from plantrack.units import fold

    return not name or fold(name) in _WEAK


def _name_after(fig: _Figure) -> str:
    """A name from the words after the figure: "95% xã, thị trấn an toàn" is a rate of them."""
    rest = re.split(r"[;(]|\s(?:đạt|trở lên|trở xuống|so với)\b", fig.after)[0].strip(" ,.:")
    if fig.percent:
        return f"Tỷ lệ {rest}".strip() if rest else ""
    if fig.unit:
        return f"Số {fig.unit} {rest}".strip()
    return rest


_PER_PERSON = re.compile(
    r"bình quân\s*(?:đầu người|/\s*người|(?:trên\s+)?(?:1|một)\s+người|người)|thu nhập bình quân"
    r"|/\s*người\s*/\s*năm|/\s*người",
    re.IGNORECASE,
)


def _masked_cues(text: str) -> str:
    """The text without "per person" phrases, which are not averages over years."""
    return _PER_PERSON.sub(" ", text)


def _per_from_name(unit: str, name: str) -> str:
    """A money or count unit made "per" what the name divides by."""
    per = words.PER_RE.search(name)
    if per:
        word = per["per"].split()[0] if per["per"].startswith("ha") else per["per"]
        return f"{unit}/{word}"
    if _PER_PERSON.search(name):
        try:
            from plantrack.units import Quantity

            if parse_unit(unit).quantity is Quantity.MONEY:
                return f"{unit}/người"
        except (UnitError, ValueError):
            return unit
    return unit


def _explicit_period(chain: list[Clause], clause: Clause) -> bool:
    texts = [c.text for c in chain] + [clause.lead or ""]
    return any(times(t).period is not None for t in texts)


def _noun_unit(name: str) -> str | None:
    """A count's unit from the name: "Số xã đạt chuẩn" counts xã."""
    match = re.match(r"(?:số|tổng số|có)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", name.strip(), re.IGNORECASE)
    if not match:
        return None
    noun = match.group(1)
    first = noun.split()[0]
    if first.lower() in ("xã", "thôn", "hộ", "người", "trường", "bản", "làng", "huyện", "tổ"):
        return first
    return noun


def _time(
    clause: Clause, chain: list[Clause], plan: PlanTime, *, level: bool
) -> tuple[int | None, tuple[int, int] | None]:
    """The year (for a level) or the period the clause speaks of, from nearest to farthest."""
    sources = [c.text for c in chain] + [clause.lead or ""]
    sources += [h.text for h in reversed(clause.headings)]
    for source in sources:
        found = times(source)
        if found.period is None and found.year is None:
            continue
        if level:
            if found.year is not None:
                return found.year, None
            assert found.period is not None
            return found.period[1], None
        if found.period is not None:
            return None, found.period
        assert found.year is not None
        if plan.one_year or found.year == plan.start:
            return None, (found.year, found.year)
        start = plan.start if plan.start < found.year else found.year
        return None, (start, found.year)
    if level:
        return plan.end, None
    return None, (plan.start, plan.end)
