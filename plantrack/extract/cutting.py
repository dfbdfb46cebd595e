"""Where a piece of a plan's text is cut into sentences and clauses.

Sentences end at ".", "!", "?", "…" before a capital (not after an abbreviation such as "TP.");
a sentence is cut at ";", at "trong đó", after a lead that ends in ":", and at a comma, "và",
"còn" or "với" when both sides have a figure of their own (or the left states a state to reach,
or the right says "không còn ..."). Parentheses are found whole (a text cut short inside one runs
to its end). All of it works on offsets into the piece's text, so that every clause is the
source's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plantrack.extract import words
from plantrack.extract.figures import has_figure, ordinal_spans

#: A sentence's end: a full stop (or "!", "?", "…") and white space before a word, a quote or a
#: bracket (a dash, "+" or "•" before it is the next item's marker: "… dịch vụ 10%. - Tỷ trọng
#: …", "… 10%.- 100% số xã …", items run together as a text copied from a PDF gives them; not a
#: minus, "… năm 2025. -5%"); or a full stop glued to the next item's number, "… từ 21% trở
#: lên.(9) Giá trị …".
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?:\s*(?P<item>[-–—+•])(?:\s+(?=[^\W_])|(?=[^\W\d_]))|\s+(?=[\w\"“(]))"
    r"|(?<=\.)(?=\(\d{1,2}\)\s*[^\W\d_])"
)


_ABBREVIATION = re.compile(
    r"(?:\b(?:TP|TT|Tr|Th|ThS|TS|PGS|GS|Q|P|H|X|TX|Mr|Dr|St|No|Tp|tr|đ|v\.v)|\b[A-ZĐ])\.$"
)
#: A sum of money whose "đồng" is abbreviated ends its sentence at its full stop: "… gần 130 tỷ
#: đ. Huyện phấn đấu …", "… 45 tr.đ. Tỷ lệ …" (not a street's "đ. Nguyễn Trãi").
_MONEY_ABBREVIATED = re.compile(r"\d\s*(?:(?:nghìn|ngàn)\s+)?(?:tỷ|tỉ|triệu|tr)\s*\.?\s*đ\.$")


def parentheses(text: str) -> list[tuple[int, int]]:
    """Outermost parentheses as (start, end) with end after ")"."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth:  # a text cut short inside a parenthesis: it runs to the end
        spans.append((start, len(text)))
    return spans


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if inside_any(match.start(), parentheses(text)):
            continue
        nxt = text[match.end() : match.end() + 1]
        item = match["item"] is not None  # the next item's marker: its first word may be small
        if nxt.isalpha() and not nxt.isupper() and not item:
            continue
        before = text[max(start, match.start() - 6) : match.start()]
        if (
            _ABBREVIATION.search(before)
            and not _MONEY_ABBREVIATED.search(text[max(start, match.start() - 20) : match.start()])
            and not (item and before.endswith("v.v."))  # "… đạt 98%, v.v. - Tỷ lệ …"
        ):
            continue
        out.append((begin, match.start()))
        begin = match.end()
    out.append((begin, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def inside_any(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


_TRONG_DO = re.compile(r"[,;.]?\s*trong đó\s*[:,]?\s*", re.IGNORECASE)


def stated_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of an explaining parenthesis, after its first, that state a target of their
    own: "(theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm)" states "tăng ... %/năm"."""
    parts: list[tuple[int, int]] = []
    start = a + 1
    for match in re.finditer(r"[,;]\s*", text[a + 1 : b - 1]):
        parts.append((start, a + 1 + match.start()))
        start = a + 1 + match.end()
    parts.append((start, b - 1))
    stated = [
        (s, e)
        for s, e in parts[1:]
        if has_figure(text[s:e]) and not words.ASIDE_RE.match("(" + text[s:e])
    ]
    if not stated:
        return []
    return [(stated[0][0], b - 1)]


def with_sub_leads(
    text: str, parts: list[tuple[int, int]], asides: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A part with no figure that ends in ":" names the part after it ("nông, lâm nghiệp:
    50 hộ"): the two are one clause; unless it announces the targets ("... với 20 chỉ tiêu chủ
    yếu là:"), which names none of them."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for a, b in parts:
        if pending is not None:
            a, pending = pending, None
        if (
            text[a:b].rstrip().endswith(":")
            and not has_figure(without(text, a, b, asides))
            and not words.SENTENCE_CUE_RE.search(text, a, b)
        ):
            pending = a
            continue
        out.append((a, b))
    if pending is not None:
        out.append((pending, parts[-1][1]))
    return out


def without(text: str, a: int, b: int, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text[a:b])
    for s, e in spans:
        for i in range(max(s, a), min(e, b)):
            chars[i - a] = " "
    return "".join(chars)


def cut_points(
    text: str, start: int, end: int, parens: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where a sentence is cut into clauses: (cut start, next clause start)."""
    cuts: list[tuple[int, int]] = []
    for match in re.finditer(r";", text[start:end]):
        pos = start + match.start()
        if not inside_any(pos, parens):
            cuts.append((pos, pos + 1))
    for match in _TRONG_DO.finditer(text, start, end):
        if not inside_any(match.start(), parens) and match.start() > start + 3:
            cuts.append((match.start(), match.end()))
    for match in re.finditer(r":\s", text[start:end]):
        pos = start + match.start()
        if not inside_any(pos, parens):
            cuts.append((pos + 1, pos + 1))
    cuts.sort()
    # commas and "và" between two parts that each hold a figure
    bounds = [start] + [c for cut in cuts for c in cut] + [end]
    extra: list[tuple[int, int]] = []
    for i in range(0, len(bounds) - 1, 2):
        a, b = bounds[i], bounds[i + 1]
        extra.extend(_figure_cuts(text, a, b, parens))
    return sorted(set(cuts + extra))


#: A piece that only names a time: "đến năm 2020", "vào năm 2025", "năm 2030", and the aim of a
#: time: "kỳ vọng đến năm 2030" ("… đạt 55.000 tỷ đồng và kỳ vọng đến năm 2030, Quảng Ninh sẽ là
#: điểm đến của trên 26 triệu lượt khách": the year is the next target's).
_ONLY_A_TIME = re.compile(
    r"\W*(?:(?:kỳ vọng|phấn đấu|đặt mục tiêu|mục tiêu|dự kiến)\s+)?(?:(?:đến|tới|vào|trong)\s+)?"
    r"(?:cuối\s+)?(?:năm\s+)?(?:19|20)\d\d\W*",
    re.IGNORECASE,
)


def _figure_cuts(text: str, a: int, b: int, parens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ordinals = ordinal_spans(text)
    # (nor inside a date: "Trong hai ngày 20 và 21-7, …")
    dates = [(m.start(), m.end()) for m in words.DATE_RE.finditer(text)]
    candidates = [
        (m.start(), m.end())
        for m in re.finditer(
            r",\s+|\s+(?:và|còn)\s+|(?<!so)\s+với\s+|(?<=%)(?P<lost>\s+)", text[a:b]
        )
        if not inside_any(a + m.start(), parens)
        and not inside_any(a + m.start(), ordinals)
        and not inside_any(a + m.start(), dates)
        # a separator lost after a rate, before a new subject with its own verb and figure:
        # "tốc độ tăng trưởng kinh tế bình quân đạt trên 10% GDP bình quân đầu người đạt
        # 1.600USD" (not "chiếm 10% GDP")
        and (m["lost"] is None or _lost_separator(text, a, a + m.end(), b))
    ]
    cuts: list[tuple[int, int]] = []
    last = a
    for s, e in candidates:
        s, e = a + s, a + e
        left = without(text, last, s, parens)
        comma = text[s] == ","
        # the right side runs to the next candidate, or past a "và", "còn" or "với" inside it
        # while it has no figure ("trên một ha đất trồng trọt và nuôi trồng thủy sản đạt 169
        # triệu đồng"; "xuống dưới 10% và đến năm 2020 còn dưới 5%" is cut at "và"), never past
        # a comma unless the piece only names a time: a comment ("…, vượt dự toán tỉnh giao,")
        # is no part of the next target
        later = [a + c[0] for c in candidates if a + c[0] > s] + [b]
        nxt = later[0]
        for following in later[1:]:
            piece = without(text, e, nxt, parens)
            if has_figure(piece) or (text[nxt] == "," and not _ONLY_A_TIME.fullmatch(piece)):
                break
            nxt = following
        right = without(text, e, nxt, parens)
        if comma and _LISTED_BEFORE_AND.match(text, e, nxt):
            continue  # "100% học sinh tiểu học, THCS và 50% học sinh cấp THPT": cut at "và"
        none_left = re.match(r"\s*không (?:còn|có)\b", text[e:nxt], re.IGNORECASE)
        # (not two names of one subject: "duy trì tỷ lệ hộ nghèo, hộ cận nghèo dưới 0,18%")
        named = words.QUALITATIVE_RE.search(left) or re.search(r"không còn", left, re.I)
        left_ok = has_figure(left) or (comma and bool(named) and not _same_head(left, text[e:nxt]))
        if has_figure(left) and none_left and not _continues(text[e:nxt]):
            cuts.append((s, e))
            last = e
            continue
        share_change = bool(re.search(r"\bchiếm\b", left, re.IGNORECASE)) and bool(
            re.match(r"\s*(?:tăng|giảm)\s+[\d.,]+\s*%?\s*so với", text[e:nxt], re.IGNORECASE)
        )
        if left_ok and has_figure(right) and not _continues(text[e:nxt]) and not share_change:
            s, e = _right_after_the_figure(
                text, last, s, e, [(a + c0, a + c1) for c0, c1 in candidates]
            )
            cuts.append((s, e))
            last = e
    return cuts


def _right_after_the_figure(
    text: str, last: int, s: int, e: int, candidates: list[tuple[int, int]]
) -> tuple[int, int]:
    """The cut at ``(s, e)``, moved back to a comma right after the figure that ends the left
    side when only names come between: "… kinh doanh dịch vụ đạt từ 80 đến 82%, nông nghiệp,
    chăn nuôi, thủy sản còn 15-20%" is cut after "82%", not before "thủy sản" (the names are the
    next clause's subject)."""
    for s0, e0 in candidates:
        if not last <= s0 < s or text[s0] != ",":
            continue
        between = text[e0:s]
        if (
            _ENDS_WITH_FIGURE.search(text, last, s0)
            and not has_figure(between)
            # (not a comment on the figure: "đạt 8%, cao hơn bình quân chung của tỉnh, …")
            and not any(_A_COMMENT.match(piece) for piece in re.split(r",", between))
        ):
            return s0, e0
    return s, e


#: A comment on the figure before it, not a name: "cao hơn bình quân chung", "vượt dự toán".
_A_COMMENT = re.compile(
    r"\s*(?:cao hơn|thấp hơn|vượt|bằng|gấp|tương đương|tương ứng|so với|tăng|giảm|đạt|chiếm"
    r"|trong đó|trở lên|trở xuống)\b",
    re.IGNORECASE,
)


#: A percentage (or per mille) that ends a clause's words.
_ENDS_WITH_FIGURE = re.compile(r"\d\s*(?:%|‰)\s*$")


def _same_head(left: str, right: str) -> bool:
    """Whether the words after a comma name another thing of the kind the words before it end
    with, and go on to its figure with no verb of their own: "duy trì tỷ lệ hộ nghèo, hộ cận
    nghèo dưới 0,18%" (not "không còn hộ đói, hộ nghèo giảm xuống dưới 3%", "… trật tự an toàn
    xã hội, xã đạt chuẩn … đạt 100%": the right side is a target of its own)."""
    before, after = left.split(), right.split()
    if len(before) < 2 or not after or re.search(r"không (?:còn|có)", left, re.IGNORECASE):
        return False
    to_figure = re.split(r"\d", right, maxsplit=1)[0]
    return before[-2].lower() == after[0].lower() and not _A_VERB.search(to_figure)


#: A verb before a figure: the words after a comma state a target of their own.
_A_VERB = re.compile(r"\b(?:đạt|tăng|giảm|còn|là|chiếm|có)\b", re.IGNORECASE)


#: After a comma, one more name of the list the figure before it counts, then "và" and the
#: next figure: "100% học sinh tiểu học, THCS và 50% học sinh cấp THPT …" (the comma joins two
#: names of one target; the next target starts at "và").
_LISTED_BEFORE_AND = re.compile(
    rf"(?!\s*(?:{words.BOUND_WORD})\b)"
    r"(?:(?!\b(?:đạt|tăng|giảm|là|còn|chiếm|được|có)\b)[^\d,;:()]){1,30}?"
    rf"\s+và\s+(?:(?:{words.BOUND_WORD})\s+)?\d",
    re.IGNORECASE,
)


def _lost_separator(text: str, start: int, at: int, end: int) -> bool:
    """Whether a new subject starts at ``at``: a capital, then its own verb before a figure,
    after a rate its own verb leads to ("… bình quân đạt trên 10% GDP bình quân đầu người đạt
    1.600USD"); not a rate that opens its piece and names what it counts after it ("…, 100%
    Trường học đạt 2 tiêu chí"), nor the whole a rate is of ("đạt 100% Kế hoạch vốn tỉnh giao
    là 350 tỷ đồng")."""
    piece = re.split(r"[,;:]", text[start:at])[-1]
    return (
        text[at : at + 1].isupper()
        and bool(re.search(r"\b(?:đạt|tăng|giảm|là|còn|chiếm)\b", piece, re.IGNORECASE))
        and not _WHOLE_OF_A_RATE.match(text, at)
        and bool(
            re.match(r"[^,;:.%\d]{3,60}?\s(?:đạt|tăng|giảm|là)\s+(?:\w+\s+){0,2}?\d", text[at:end])
        )
    )


#: What a rate is of, written with a capital: "100% Kế hoạch", "105% Dự toán", "Nghị quyết".
_WHOLE_OF_A_RATE = re.compile(r"(?:Kế hoạch|KH|Dự toán|Nghị quyết|Chỉ tiêu|Mục tiêu)\b")


def _continues(right: str) -> bool:
    """A right side that goes on with the same figure: "... 12%, giá so sánh ...". A share it
    takes of a whole is a target of its own: "đạt 298 tỉ đồng, chiếm 48%", and so is its index
    on a year, "bằng 106,38% so với năm 2022" (:func:`plantrack.extract.kinds.on_the_year_before`)."""
    if re.match(r"\s*chiếm\s+(?:khoảng\s+|trên\s+|từ\s+)?[\d.,]+\s*%", right, re.IGNORECASE):
        return False
    if words.INDEX_RE.match(right):
        return False
    return bool(
        re.match(r"\s*(?:trong đó|tương đương|tương ứng|bằng|chiếm|gấp)", right, re.IGNORECASE)
    )


def parts_of(
    text: str, start: int, end: int, cuts: list[tuple[int, int]], subs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    begin = start
    for cut_start, cut_end in cuts:
        if cut_start < begin:
            continue
        parts.append((begin, cut_start))
        begin = cut_end
    parts.append((begin, end))
    # a sub-clause parenthesis is cut out of its part
    out: list[tuple[int, int]] = []
    for a, b in parts:
        inner = [(s, e) for s, e in subs if a <= s and e <= b]
        cursor = a
        for s, e in inner:
            out.append((cursor, s))
            cursor = e
        out.append((cursor, b))
    return [
        (a, b)
        for a, b in out
        if text[a:b].strip(" ,;.:–-")
        and not re.fullmatch(r"\W*trong đó\W*", text[a:b], re.IGNORECASE)
    ]


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,;.:–-+•*\u2026":
        a += 1
    while b > a and text[b - 1] in " ,;:–-\u2026":
        b -= 1
    if b > a and text[b - 1] == "." and not text[a:b].endswith(("v.v.", "TT.")):
        b -= 1
    return a, b
