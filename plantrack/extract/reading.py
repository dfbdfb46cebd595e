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
    "đạt",
    "được",
    "trở",
    "so",
    "trong",
    "và",
    "có",
    "tham",
    "sử",
    "là",
    "tăng",
    "giảm",
    "trên",
    "dưới",
    "đến",
    "năm",
    "từ",
    "với",
    "của",
    "tại",
    "theo",
    "cho",
    "mỗi",
    "hằng",
    "hàng",
    "bình",
    "khoảng",
    "chiếm",
    "tương",
    "(",
    "thuộc",
    "về",
    "đi",
    "ở",
}
_SCALES = {"nghìn", "ngàn", "triệu", "tỷ", "vạn", "trăm"}
#: What a unit may be "per": "triệu đồng/người", "tạ/ha", "bác sĩ/vạn dân".
_DENOMINATORS = {
    "người", "dân", "hộ", "ha", "lao động", "vạn dân", "nghìn dân", "ngàn dân", "vạn người",
    "xã", "trường", "lớp", "học sinh", "tháng", "ngày", "km", "km2", "m2", "con", "trẻ",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w.]*")


def _unit_after(text: str) -> tuple[str | None, int, bool, bool, bool]:
    """The unit written right after a figure: (unit, length used, percent, per year, points).
    A share written as a fraction counts the things: "8/8 xã" is 8 xã."""
    fraction = re.match(r"\s*/\s*\d+(?=\s+[^\W\d_])", text)
    if fraction is not None:
        unit, used, percent, per_year, points = _unit_after(text[fraction.end() :])
        return unit, (used + fraction.end()) if unit else 0, percent, per_year, points
    match = re.match(r"\s*(?:‰|%0|%o)(\s*/\s*năm)?", text)
    if match:
        return "‰", match.end(), False, bool(match.group(1)), False
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
    three = re.match(
        r"\s*(hợp tác xã|tổ hợp tác|sản phẩm OCOP|lượt khách du lịch)\b", text, re.IGNORECASE
    )
    if three:
        tokens, end = three.group(1).split(), three.end()
    unit = " ".join(tokens)
    per = re.match(
        r"\s*/\s*(?:1\s+|một\s+)?((?:vạn|nghìn|ngàn)?\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)", text[end:]
    )
    per_year = False
    if per:
        per_word = per.group(1).strip()
        if per_word.lower() == "năm":
            per_year = True
            end += per.end()
        else:
            first = per_word.split()
            keep = " ".join(first[:2]) if first[0].lower() in ("vạn", "nghìn", "ngàn") else first[0]
            if keep.lower() in _DENOMINATORS:
                unit = f"{unit}/{keep}"
                end += per.end() - (len(per_word) - len(keep))
            # else "huyện/thị xã": another name of the thing counted, not a "per"
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
            low = _number(match.group(0), decimal)
            high = _number(matches[n + 1].group(0), decimal)
            if (
                re.fullmatch(r"\s*%?\s*(?:-|–|—|đến|tới)\s*", between, re.IGNORECASE)
                and low is not None
                and high is not None
                and low < high
            ):
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
        for option in options:
            if re.match(rf"[^,;.()]{{0,25}}?\b{re.escape(option)}\b", after):
                return comparator
    head = words.FILLER_RE.sub("", before.lower()).rstrip()
    best: tuple[int, str] | None = None
    for comparator, options in words.BOUND_BEFORE.items():
        for option in options:
            found = re.search(rf"(?:^|[\s:(]){re.escape(option)}$", head)
            if found and (best is None or len(option) > best[0]):
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
        if end - start == 5 and start % 5 == 0:
            start += 1  # a term "2020-2025" plans the years 2021-2025 (docs/extract.md)
        if start < end:
            period = (start, end)
        cleaned = cleaned[: period_match.start()] + " " + cleaned[period_match.end() :]
    year_match = words.YEAR_RE.search(cleaned)
    year = None
    if year_match:
        year = int(year_match["year"] or year_match["year2"])
    return Times(year, period)


_FIGURE_NEXT = r"(?=\s*(?:khoảng|trên|dưới|từ|tối thiểu|tối đa|ít nhất|không|hơn|bình quân|thêm|còn|mức|là|:)?\s*\d)"
_VERB = re.compile(
    rf"\s(?:(?:đạt|tăng|giảm|còn|dưới|trên|khoảng|từ|duy trì|phấn đấu)(?:\s+(?:bình quân|thêm|trung bình|hằng năm|hàng năm|mỗi năm))*{_FIGURE_NEXT}"
    r"|là|chiếm|ở mức|tăng\s+(?:bình quân|trung bình|hằng năm|hàng năm)|giảm\s+(?:bình quân|trung bình|hằng năm|hàng năm))\s|:",
    re.IGNORECASE,
)


_RATE_OF = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:phấn đấu\s+)?(?:duy trì\s+)?(?:tốc độ|tỷ lệ|tỉ lệ|mức|nhịp độ)\s+tăng(?:\s+trưởng)?"
    r"(?:\s+bình quân)?\s+(?=\w)",
    re.IGNORECASE,
)


#: Words that open a sentence before its subject: "Theo chỉ tiêu đề ra, tốc độ ...".
_OPENER = re.compile(
    r"^\W*(?:theo (?:chỉ tiêu|kế hoạch|nghị quyết|mục tiêu)[^,]{0,30},|đồng thời,|ngoài ra,"
    r"|bên cạnh đó,|cụ thể,)\s*",
    re.IGNORECASE,
)


def subject(text: str) -> str:
    """The words before the verb or the figure: the indicator's name as the clause writes it.

    A growth rate is named by its series: "Tốc độ tăng trưởng giá trị sản xuất" names
    "giá trị sản xuất".
    """
    text = _OPENER.sub("", text)
    rate = _RATE_OF.match(text)
    if rate and not re.match(
        r"\s*(?:đạt|là|bình quân|hằng|hàng|:)", text[rate.end() :], re.IGNORECASE
    ):
        text = text[rate.end() :]
    cut = len(text)
    protected = words.PER_RE.sub(lambda m: "x" * len(m.group(0)), text)
    verb = _VERB.search(" " + protected + " ")
    if verb:
        cut = min(cut, max(0, verb.start() - 1 + 1))
    number = words.NUMBER_RE.search(mask_times(text))
    if number:
        cut = min(cut, number.start())
    name = text[:cut]
    name = re.sub(r"\(.*?\)", "", name)
    for pattern in (words.PERIOD_RE, words.YEAR_RE):
        name = pattern.sub(" ", name)
    name = words.NAME_PREFIX_RE.sub("", name.strip(" ,;:-–"))
    name = _TRAILING.sub("", name.strip(" ,;:-–"))
    name = " ".join(name.split()).strip(" ,;:-–")
    if rate and re.fullmatch(r"kinh tế(?:\s*\(GRDP\))?", name, re.IGNORECASE):
        name = "Tăng trưởng kinh tế"  # the growth of GRDP, named as plans name it
    return name


_TRAILING = re.compile(
    r"(?:\s+(?:giai đoạn|thời kỳ|nhiệm kỳ|bình quân|trung bình|hằng năm|hàng năm|mỗi năm"
    r"|phấn đấu|đạt|là|năm|ước))+\s*$",
    re.IGNORECASE,
)


def _own_text(clause: Clause) -> str:
    """The clause without its asides (explanations in parentheses)."""
    chars = list(clause.text)
    for a, b in clause.aside:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _chain(clause: Clause, own_name: str) -> list[Clause]:
    """The clause, then those it belongs to: the clause a "trong đó" part or a parenthesis is
    part of, and, for a clause with no subject of its own, the one before it in the sentence."""
    out: list[Clause] = [clause]
    current: Clause | None = clause.parent
    if _weak(own_name) and clause.subject_from is not None:
        current = clause.subject_from
    while current is not None and current not in out:
        out.append(current)
        current = current.parent or (current.subject_from if _weak(subject(current.text)) else None)
    return out


_WEAK = {
    "co", "giu vung", "dat", "duy tri", "phan dau", "phan dau co", "co them", "phan dau dat",
    "binh quan", "trung binh", "giai doan", "thoi ky", "trong do", "tong",
}  # fmt: skip


def _weak(name: str) -> bool:
    """A subject that names nothing: "Có 11-13 bác sĩ", "Giữ vững 100% xã", "giai đoạn ..."."""
    from plantrack.units import fold

    return not name or fold(name) in _WEAK


def _name_after(fig: _Figure) -> str:
    """A name from the words after the figure: "95% xã, thị trấn an toàn" is a rate of them."""
    rest = re.split(r"[;(]|\s(?:đạt|trở lên|trở xuống|so với)\b", fig.after)[0]
    for pattern in (words.PERIOD_RE, words.YEAR_RE):
        rest = pattern.sub(" ", rest)
    rest = re.sub(
        r"\b(?:giai đoạn|thời kỳ|hằng năm|hàng năm|mỗi năm)\b", " ", rest, flags=re.IGNORECASE
    )
    rest = " ".join(rest.split()).strip(" ,.:")
    if not rest:
        return ""
    if fig.percent:
        return f"Tỷ lệ {rest}".strip() if rest else ""
    if fig.unit:
        return f"Số {fig.unit} {rest}".strip()
    return rest


_PER_PERSON = re.compile(
    r"(?:bình quân\s*)?(?:đầu người|/\s*người|(?:trên\s+)?(?:1|một)\s+người)(?:\s*/\s*năm)?"
    r"|thu nhập bình quân",
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


_VERB_OF_OWN = re.compile(r"\b(?:đạt|tăng|giảm|là|chiếm)\b", re.IGNORECASE)


def _before_figure(text: str) -> str:
    number = words.NUMBER_RE.search(mask_times(text))
    return text[: number.start()] if number else text


def _equivalent(clause: Clause, decimal: DecimalMark) -> _Figure | None:
    """The figure of an aside "(tương đương 41 triệu đồng)": the level a ratio comes to."""
    for a, b in clause.aside:
        aside = clause.text[a:b]
        match = re.match(r"\(\s*tương đương\s+", aside, re.IGNORECASE)
        if match:
            inner = figures(aside[match.end() :].rstrip(")"), (), decimal)
            if inner and inner[0].unit:
                fig = inner[0]
                shift = a + match.end()
                return _Figure(
                    fig.start + shift,
                    fig.end + shift,
                    fig.written,
                    fig.numbers,
                    fig.percent,
                    fig.per_year,
                    fig.points,
                    fig.unit,
                    fig.after,
                )
    return None


def _main_figure(text: str, found: list[_Figure]) -> _Figure:
    """The figure the target is about: the one a verb or bound leads to, else the first (a
    clause that opens with a figure is about that figure)."""
    if len(found) == 1 or found[0].start <= 2:
        return found[0]
    lead_in = re.compile(
        r"(?:đạt|là|:|khoảng|trên|dưới|từ|tối thiểu|tối đa|ít nhất|không quá|không dưới|hơn"
        r"|tăng|giảm|còn|chiếm)\s*$",
        re.IGNORECASE,
    )
    for fig in found:
        if lead_in.search(text[: fig.start].rstrip()):
            return fig
    return found[0]


_RATE_INDICATOR = re.compile(
    r"t[ỷỉ] lệ tăng (?:dân số )?tự nhiên|tỷ lệ sinh|mức giảm sinh|tỷ suất",
    re.IGNORECASE,
)


_RESPECTIVELY = re.compile(
    r"(?P<names>[^\W\d_][^\d:;]*?(?:\s+-\s+[^\W\d_][^\d:;-]*?)+)\s+(?:của\s+[^\d]*?\s+)?"
    r"(?:tương ứng|lần lượt)(?:\s+là)?\s*:?\s*"
    rf"(?P<figures>(?:{words.NUMBER})\s*%?(?:\s*[-–;]\s*(?:{words.NUMBER})\s*%?)+)",
    re.IGNORECASE,
)


def read_respectively(clause: Clause, plan: PlanTime, decimal: DecimalMark) -> list[Reading]:
    """A list of shares written with "tương ứng": "cơ cấu kinh tế nông nghiệp - công nghiệp -
    dịch vụ tương ứng 36,20% - 34,50% - 29,30%" is three structure targets, one a sector."""
    text = clause.text
    match = _RESPECTIVELY.search(text)
    source = text
    if match is None:
        owner = next((c for c in _chain(clause, "")[1:] if _RESPECTIVELY.search(c.text)), None)
        inline = re.search(
            rf"(?:tương ứng|lần lượt)(?:\s+là)?\s*:?\s*(?P<figures>(?:{words.NUMBER})\s*%?(?:\s*[-–;]\s*(?:{words.NUMBER})\s*%?)+)",
            text,
            re.IGNORECASE,
        )
        if owner is None or inline is None:
            return []
        names_match = _RESPECTIVELY.search(owner.text)
        assert names_match is not None
        names_text, figures_text, source = names_match["names"], inline["figures"], owner.text
    else:
        names_text, figures_text = match["names"], match["figures"]
    names = [n.strip(" ,") for n in re.split(r"\s+-\s+", names_text)]
    found = words.NUMBER_RE.findall(figures_text)
    if len(names) != len(found) or len(names) < 2:
        return []
    names[0] = re.sub(r"^.*?cơ cấu(?:\s+kinh tế)?\s+", "", names[0], flags=re.IGNORECASE)
    shares = "%" in figures_text or bool(words.STRUCTURE_RE.search(source))
    if not shares:
        return []
    own = _own_text(clause)
    year, _ = _time(clause, _chain(clause, ""), plan, level=True, own=own)
    out = []
    for name, written in zip(names, found, strict=True):
        number = _number(written, decimal)
        if number is None:
            return []
        out.append(
            Reading(
                kind="structure",
                comparator="about",
                figures=(written,),
                numbers=(number,),
                percent=True,
                unit="%",
                year=year,
                period=None,
                direction=None,
                name=f"Tỷ trọng {name}",
                structure="co_cau_kinh_te",
                vision=any(words.VISION_RE.search(h.text) for h in clause.headings),
            )
        )
    return out


def read_clause(clause: Clause, plan: PlanTime, decimal: DecimalMark) -> Reading | None:
    """The target a clause states, or None when it holds none (see the module's description)."""
    text = clause.text
    own = _own_text(clause)
    own_name = subject(_after_lead(clause))
    chain = _chain(clause, own_name)
    source_of_subject = next((c for c in chain[1:] if not _weak(subject(c.text))), None)
    parents = [c for c in chain[1:] if c is not source_of_subject and c is clause.parent]
    kin = [clause] + ([source_of_subject] if source_of_subject else []) + parents
    weak = _weak(own_name) or not _VERB_OF_OWN.search(own)
    heads = [_first_sentence(clause.context), _first_sentence(clause.head) if weak else ""]
    context = " ".join([_own_text(c) for c in kin] + [clause.lead or ""] + heads)
    # a list of shares: "Nông nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; ..."
    first = clause.first.text if clause.first is not None and not _VERB_OF_OWN.search(own) else ""
    name = own_name
    if _weak(name) or (len(name.split()) <= 3 and clause.lead):
        inherited = next((subject(c.text) for c in chain[1:] if not _weak(subject(c.text))), "")
        if not inherited and clause.context:
            inherited = subject(clause.context)
        base = subject(clause.lead) if clause.lead else inherited
        name = f"{base} {name}".strip() if not _weak(name) and base else (base or name)
    vision = any(words.VISION_RE.search(h.text) for h in clause.headings)
    found = figures(text, clause.aside, decimal)
    if not found:
        return _without_figure(clause, chain, plan, text, name, vision)
    fig = _main_figure(text, found)
    review: list[str] = []
    equivalent = _equivalent(clause, decimal)
    if (
        equivalent is not None
        and not fig.percent
        and fig.unit
        and parse_unit(fig.unit).quantity.value == "ratio"
    ):
        fig = equivalent
    if len(found) > 1:
        review.append("more-figures")
    named_after = fig.start <= 2 and len(_name_after(fig).split()) >= 3
    if named_after:
        name = _name_after(fig)
    elif _weak(own_name) and not (clause.lead or len(chain) > 1 or clause.context):
        name = _name_after(fig) or name
    before = text[: fig.start] if fig.start <= len(text) else text
    comparator = "about" if fig is equivalent else _bound(before, fig)
    inherits = source_of_subject is not None and _weak(own_name) and not named_after
    verbs = (
        before
        + " "
        + (_before_figure(source_of_subject.text) if inherits and source_of_subject else "")
    )
    remains = bool(
        re.search(
            r"(?:xuống còn|còn lại|\bcòn)(?:\s+(?:dưới|khoảng|không quá))?\s*$",
            before.rstrip(),
            re.IGNORECASE,
        )
    )
    decreasing = remains or bool(re.search(r"\bgiảm\b|kéo giảm", verbs, re.IGNORECASE))
    increasing_verb = bool(re.search(r"\btăng\b", verbs, re.IGNORECASE))
    leading = re.match(r"\s*(giảm|tăng|nâng|hạ)\s+(?=tỷ lệ|tỉ lệ|tỷ trọng)", name, re.IGNORECASE)
    if leading:
        name = name[leading.end() :]
    added = bool(
        re.search(r"(?:tăng thêm|có thêm|thêm)(?:\s+là)?\s*$", before.rstrip(), re.IGNORECASE)
    )
    ratio_name = bool(
        re.match(r"(?:tỷ lệ|tỷ trọng|tỉ lệ|tỉ trọng|mức)\b", name, re.IGNORECASE)
    ) and not re.match(r"(?:tỷ lệ|tỉ lệ|mức) tăng(?! dân số tự nhiên)", name, re.IGNORECASE)
    rate_indicator = bool(_RATE_INDICATOR.search(context))
    cues = _masked_cues(context)
    if _PER_PERSON.search(name) or _PER_PERSON.search(context):
        cues = re.sub(r"/\s*năm", " ", cues)  # "45 triệu đồng/năm" a person: not every year
    against_plan = bool(
        re.match(r"[^,;.]{0,30}?so với (?:kế hoạch|chỉ tiêu|dự toán)", fig.after, re.IGNORECASE)
    )
    keeps = bool(
        re.search(
            r"(?:giữ|duy trì|ổn định)(?: vững)?(?: ở)? mức\s*$|^\W*(?:giữ vững|duy trì)\b",
            before,
            re.IGNORECASE,
        )
    )
    structure = None
    unit = fig.unit
    kind: str
    shares_cues = _masked_cues(context + " " + first)
    per_mille = fig.unit == "‰"
    if against_plan and fig.percent:
        kind, unit = ("level" if plan.one_year else "annual"), "%"
    elif (
        (fig.percent or per_mille or (leading and ratio_name))
        and not remains
        and (
            fig.points
            or (ratio_name and (decreasing or increasing_verb or leading))
            or (rate_indicator and decreasing)
        )
    ):
        kind, unit = "change", ("‰" if per_mille else "%")
    elif fig.percent and (rate_indicator or remains):
        yearly = keeps or words.YEARLY_RE.search(cues)
        kind, unit = ("annual" if yearly and not plan.one_year else "level"), "%"
    elif (
        fig.percent
        and (
            words.STRUCTURE_RE.search(shares_cues)
            or (words.SHARE_WORD_RE.search(shares_cues) and not ratio_name)
        )
        and not increasing_verb
        and not decreasing
    ):
        kind, unit = "structure", "%"
        structure = (
            "co_cau_kinh_te"
            if re.search(r"kinh tế|ngành|nông|công nghiệp|dịch vụ", context, re.IGNORECASE)
            else "co_cau"
        )
    elif fig.percent and (
        fig.per_year
        or words.GROWTH_RE.search(_masked_cues(text[: fig.start + 1]))
        or words.GROWTH_RE.search(
            _masked_cues(" ".join([clause.lead or "", *heads] + [c.text for c in kin[1:]]))
        )
        or (increasing_verb and not ratio_name)
        or (decreasing and not ratio_name and not words.LESS_IS_BETTER_RE.search(name))
    ):
        kind = (
            "yearly_growth"
            if re.search(r"so (?:với )?(?:cùng kỳ )?năm trước", text, re.IGNORECASE)
            and not plan.one_year
            else "growth"
        )
        unit = None
    elif added and not fig.percent:
        kind = "change"
    elif words.YEARLY_RE.search(cues) and words.AVERAGE_RE.search(cues) and not plan.one_year:
        kind = "average"
    elif (keeps or words.EVERY_YEAR_NAME_RE.search(name)) and not plan.one_year:
        kind = "annual"
    elif words.YEARLY_RE.search(cues) and not plan.one_year:
        kind = "average" if words.AVERAGE_RE.search(cues) else "annual"
    elif (
        not fig.percent
        and not plan.one_year
        and (
            words.FLOW_RE.search(context)
            or (words.TOTAL_RE.search(context) and _explicit_period(chain, clause))
        )
    ):
        kind = "cumulative"
    else:
        kind = "level"
    if unit is not None and "/" not in unit and kind not in ("growth", "yearly_growth"):
        unit = _per_from_name(unit, name + " " + (clause.lead or ""))
    if unit is None and kind not in ("growth", "yearly_growth"):
        unit = _noun_unit(own_name) or _noun_unit(name) or _sibling_unit(clause, decimal)
        if unit is None:
            review.append("unit")
            unit = "?"
    if (
        kind in ("growth", "yearly_growth")
        and decreasing
        and not words.LESS_IS_BETTER_RE.search(name)
    ):
        review.append("negative-growth")
    level_kind = kind in ("level", "structure")
    year, period = _time(clause, chain, plan, level=level_kind, own=own)
    if words.SHARE_WORD_RE.search(text) and kind == "level" and fig.percent:
        review.append("share")
    if kind == "structure":
        direction = None
    elif (
        decreasing
        or words.LESS_IS_BETTER_RE.search(name)
        or words.LESS_IS_BETTER_RE.search(own[: fig.start] if fig.start <= len(own) else own)
        or comparator in ("at_most", "less_than")
    ):
        direction = "decrease"
    else:
        direction = "increase"
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


def _after_lead(clause: Clause) -> str:
    """The clause without the lead it was written with ("Cơ cấu kinh tế đến năm 2025: ")."""
    if clause.lead and clause.text.startswith(clause.lead):
        return clause.text[len(clause.lead) :].lstrip(" :")
    return clause.text


def _first_sentence(text: str | None) -> str:
    """The first sentence of a text, without its parentheses."""
    if not text:
        return ""
    first = re.split(r"(?<=[.;])\s", text, maxsplit=1)[0]
    return re.sub(r"\([^()]*\)", " ", first)


def _without_figure(
    clause: Clause, chain: list[Clause], plan: PlanTime, text: str, name: str, vision: bool
) -> Reading | None:
    """A clause with no figure: "không còn hộ nghèo" (none left), "chiếm đa số" (a majority),
    or a state to reach (qualitative)."""
    own = _own_text(clause)
    nothing_left = re.search(r"không còn", text, re.IGNORECASE)
    majority = re.search(r"chiếm đa số", text, re.IGNORECASE)
    none_at_all = re.search(r"\bkhông (?:có|để(?: xảy ra)?)\s+(?=[^\W\d_])", text, re.IGNORECASE)
    if none_at_all and not nothing_left:
        noun = text[none_at_all.end() :].split("(")[0].strip(" ,.;")
        counted = " ".join(noun.split()[:2]) if noun else "trường hợp"
        year, period = _time(clause, chain, plan, level=plan.one_year, own=own)
        return Reading(
            kind="level" if plan.one_year else "annual",
            comparator="at_most",
            figures=("0",),
            numbers=(0.0,),
            percent=False,
            unit=counted,
            year=year if plan.one_year else None,
            period=None if plan.one_year else period,
            direction="decrease",
            name=f"Số {noun}" if noun else text,
            vision=vision,
        )
    if nothing_left or majority:
        year, _ = _time(clause, chain, plan, level=True, own=own)
        if nothing_left:
            noun = text[nothing_left.end() :].strip().split("(")[0].strip(" ,.;")
            figure, number, unit, direction = "0", 0.0, _noun_unit(noun) or "hộ", "decrease"
            comparator, label = "value", name or noun
        else:
            figure, number, unit, direction = "50", 50.0, "%", "increase"
            comparator, label = "more_than", name
        return Reading(
            kind="level",
            comparator=comparator,
            figures=(figure,),
            numbers=(number,),
            percent=unit == "%",
            unit=unit,
            year=year,
            period=None,
            direction=direction,
            name=label,
            vision=vision,
        )
    if words.QUALITATIVE_RE.search(text):
        year, _ = _time(clause, chain, plan, level=True, own=own)
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


def _explicit_period(chain: list[Clause], clause: Clause) -> bool:
    texts = [_own_text(c) for c in chain] + [clause.lead or ""]
    return any(times(t).period is not None for t in texts)


def _sibling_unit(clause: Clause, decimal: DecimalMark) -> str | None:
    """The unit of the clause before, in a list that writes it once: "lúa 40 ha; mỳ 500"."""
    before = clause.subject_from
    if before is None:
        return None
    found = figures(before.text, before.aside, decimal)
    return found[-1].unit if found and found[-1].unit and not found[-1].percent else None


def _noun_unit(name: str) -> str | None:
    """A count's unit from the name: "Số xã đạt chuẩn" counts xã; an index is "chỉ số"."""
    if re.match(r"chỉ số\b", name.strip(), re.IGNORECASE):
        return "chỉ số"
    match = re.match(
        r"(?:số|tổng số|có)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", name.strip(), re.IGNORECASE
    )
    if not match:
        return None
    noun = match.group(1)
    first = noun.split()[0]
    if first.lower() in ("xã", "thôn", "hộ", "người", "trường", "bản", "làng", "huyện", "tổ"):
        return first
    return noun


#: A time that opens a sentence and holds for all of it: "Phấn đấu đến năm 2020, 50% số xã ...;
#: 95% số dân ...".
_OPENING_TIME = re.compile(
    r"^\W*(?:phấn đấu\s+|mục tiêu\s+)?(?:(?:đến|tới|vào|trong)\s+)?(?:cuối\s+)?(?:năm\s+)?"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[,:]"
    r"|^\W*(?:phấn đấu\s+)?(?:giai đoạn|thời kỳ)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*[,:]",
    re.IGNORECASE,
)


def _time(
    clause: Clause,
    chain: list[Clause],
    plan: PlanTime,
    *,
    level: bool,
    own: str,
) -> tuple[int | None, tuple[int, int] | None]:
    """The year (for a level) or the period the clause speaks of, from nearest to farthest."""
    sources = [own] + [_own_text(c) for c in chain[1:]] + [clause.lead or ""]
    if clause.first is not None:
        opening = _OPENING_TIME.match(_own_text(clause.first))
        if opening:
            sources.append(opening.group(0))
    sources.append(_first_sentence(clause.context))
    if _weak(subject(clause.text)) or not _VERB_OF_OWN.search(own):
        sources.append(_first_sentence(clause.head))
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
        if plan.one_year or found.year <= plan.start:
            return None, (found.year, found.year)
        return None, (plan.start, found.year)
    if level:
        return plan.end, None
    return None, (plan.start, plan.end)
