"""A plan's text cut into the clauses that may each state one target, with their context.

The cuts follow how plans are written: numbered items ("(1)", "1.", "1.1.", "a)", "I.", "-",
"+"), also inline in one long paragraph (a number followed by a capital, counting on from the
item before); headings (a short line with no figure of its own) that carry a year ("Chỉ tiêu
đến năm 2030") or a vision; sentences; then clauses at ";", at "trong đó", at a lead that ends
in ":" and at a comma or "và" when both sides have a figure of their own. A parenthesis that
states a target of its own ("(trong đó, giai đoạn 2021 - 2025 đạt 25 nghìn tỷ đồng)") is a
clause; one that restates or explains ("(8 xã)", "(giá so sánh 2010)") stays in its clause.

Which text holds targets: from the first heading or sentence that announces them ("chỉ tiêu
chủ yếu", "mục tiêu cụ thể", "... gồm:") to a heading of tasks or solutions ("NHIỆM VỤ", "GIẢI
PHÁP", "khâu đột phá"); the whole text when nothing announces them. Every piece of text is kept
with its block and offsets, so that a target's ``text`` is the source's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrack.extract import words
from plantrack.extract.cutting import (
    cut_points,
    inside_any,
    parentheses,
    parts_of,
    split_sentences,
    stated_parts,
    trim,
    with_sub_leads,
    without,
)
from plantrack.extract.figures import has_figure, mask_times
from plantrack.extract.items import BlockLike, Piece, Span, pieces_of


@dataclass(frozen=True)
class Heading:
    text: str
    level: int
    number: str | None
    span: Span


@dataclass
class Clause:
    """One clause that may state a target, with what it inherits from around it."""

    text: str
    span: Span
    item: str | None  # the item's number as written: "5", "1.2", "a"
    headings: tuple[Heading, ...]
    sentence: int  # clauses of one sentence share it
    lead: str | None = None  # "Cơ cấu kinh tế đến năm 2025" before ":" in the sentence
    parent: Clause | None = None  # the clause a "trong đó" part or a parenthesis belongs to
    aside: tuple[tuple[int, int], ...] = ()  # explanations inside text (offsets in text)
    subject_from: Clause | None = None  # the clause whose subject this one shares
    context: str | None = None  # the item this one is a sub-item of ("- ... Trong đó:" for "+")
    first: Clause | None = None  # the first clause of its sentence
    opening: str | None = None  # the first sentence of its paragraph or item, for those after it
    #: the lead of the nearest sentence before it in its paragraph that has one ("TT cho mọi
    #: người, giai đoạn 2024 - 2025" for "… 50%. Số gia đình TT tăng …"), when its own has none
    led_by: str | None = None
    listed: bool = False  # in a numbered or bulleted item (not a free paragraph)
    after_semicolon: bool = False  # a ";" parts it from the clause before it in its sentence

    @property
    def head(self) -> str | None:
        """The first sentence of its item, for the sentences after it (not in a paragraph)."""
        return self.opening if self.listed else None


@dataclass
class Segmented:
    clauses: list[Clause]
    headings: list[Heading]
    outside: list[Piece]  # pieces with a figure that lie outside the targets' sections
    intro: list[Piece]  # pieces before the targets: the plan's title and period live here
    has_cue: bool
    announcements: list[str] = field(default_factory=list)  # what announces the targets


def _is_heading(piece: Piece, own_block: bool) -> bool:
    text = piece.text
    body = text[len(piece.marker or "") :].strip() if piece.marker else text
    if not body or len(body) > 160:
        return False
    if has_figure(body) or words.DATE_LINE_RE.fullmatch(body):
        return False  # a page's date line heads nothing: "THỨ BA, NGÀY 28 THÁNG 03 NĂM 2023 07:20"
    letters = [c for c in body if c.isalpha()]
    if letters and all(not c.islower() for c in letters):
        return True
    if piece.level <= 4 and piece.marker is not None:
        # "4. Phấn đấu đến năm 2025 không còn hộ nghèo." is an item: a sentence, not a heading
        return (len(body) < 110 and not body.endswith(".")) or body.endswith(":")
    if body.endswith(":") and (words.TARGETS_CUE_RE.search(body) or len(body) < 80):
        return True
    return own_block and piece.marker is None and len(body) < 90 and body.endswith(":")


def segment(blocks: Sequence[BlockLike]) -> Segmented:
    """Cut the blocks into clauses with their headings; see the module's description. When the
    text announces targets but nothing is read after the announcement, the whole text is read."""
    pieces = pieces_of(blocks)
    has_cue = any(
        words.TARGETS_CUE_RE.search(p.text)
        if _is_heading(p, True)
        else words.SENTENCE_CUE_RE.search(p.text)
        for p in pieces
    )
    fresh = _nothing_before(pieces)
    found = _segment(pieces, has_cue, fresh)
    if has_cue and not any(has_figure(c.text) for c in found.clauses):
        intro = found.intro
        found = _segment(pieces, False, fresh)
        found.intro = intro
    found.announcements = [_announcement(p, id(p) in fresh) for p in pieces if _announces(p)]
    return found


def _nothing_before(pieces: list[Piece]) -> set[int]:
    """The pieces (by ``id``) before which no figure comes but a headline's or a photo
    caption's, up to the first with a figure of its own: a target set with its name opens the
    targets there only, so that no target before it is lost; never the document's first piece
    (its headline, which the body restates)."""
    # the headline: one of the first two pieces, short, with no full stop ("Kinh tế" above it)
    headlines = {
        id(p) for p in pieces[:2] if len(p.text) < 160 and not p.text.rstrip().endswith(".")
    }
    fresh: set[int] = set()
    for piece in pieces:
        fresh.add(id(piece))
        # (a headline's figure, or a photo's caption's, restates the body's: "BR-VT đặt mục tiêu
        # đón 1,4 triệu lượt khách quốc tế vào năm 2025. Trong ảnh: …")
        if has_figure(piece.text) and id(piece) not in headlines and not _PHOTO.search(piece.text):
            break  # the first piece with a figure of its own: the paragraph itself
    return fresh - headlines - {id(pieces[0])} if pieces else fresh


#: A photo's caption: "… Trong ảnh: Du khách nước ngoài …", "… Ảnh: Hồng Phúc".
_PHOTO = re.compile(r"\b(?:Trong ảnh|Ảnh)\s*:", re.IGNORECASE)


def _segment(pieces: list[Piece], has_cue: bool, fresh: set[int]) -> Segmented:
    """Cut the pieces (``fresh``: those a target set with its name may open the targets at)."""
    inside = not has_cue
    stack: list[Heading] = []
    clauses: list[Clause] = []
    headings: list[Heading] = []
    outside: list[Piece] = []
    intro: list[Piece] = []
    target_level: int | None = None
    enclosing: list[Piece] = []  # items above this one (a "-" item above its "+" items)
    children: dict[int, int] = {}  # an unnumbered heading's first item's level, by its place
    sentence_counter = [0]
    blocks_count: dict[int, int] = {}
    for piece in pieces:
        blocks_count[piece.span.block] = blocks_count.get(piece.span.block, 0) + 1
    for piece in pieces:
        own_block = blocks_count[piece.span.block] == 1
        if _is_heading(piece, own_block):
            heading = Heading(piece.text, piece.level, piece.number, piece.span)
            while stack and stack[-1].level >= piece.level:
                stack.pop()
            for place in [place for place in children if place >= len(stack)]:
                del children[place]
            stack.append(heading)
            headings.append(heading)
            enclosing.clear()
            # a heading of two sentences speaks by its last: "I. Đánh giá kết quả năm 2025.
            # Phương hướng năm 2026 với các chỉ tiêu:" opens the targets
            tail = last_sentence(piece.text)
            if words.AFTER_TARGETS_RE.search(tail):
                inside = False
            elif words.TARGETS_CUE_RE.search(tail):
                inside = True
                level = piece.level if piece.marker is not None else 0  # unnumbered: above all
                target_level = level if target_level is None else min(target_level, level)
            elif target_level is not None and piece.level <= target_level and inside:
                inside = False
            if not inside and target_level is None:
                intro.append(piece)
            continue
        if piece.marker is not None:
            _close_headings(stack, children, piece.level, piece.number)
        text = piece.text
        offset = 0
        if not inside:
            cue = _announcing_cue(text) if target_level is None else None
            colon = _announced_start(text, cue, id(piece) in fresh) if cue else -1
            if cue and colon != -1:
                inside = True
                target_level = 0 if target_level is None else target_level
                intro.append(_sub_piece(piece, 0, colon))
                if has_figure(intro[-1].text):  # (counted, never lost: "HĐND huyện đã thông qua
                    outside.append(
                        intro[-1]
                    )  # chỉ tiêu thu ngân sách năm 2024 đạt 320 tỷ đồng, …")
                offset = colon + 1
            else:
                if target_level is None:
                    intro.append(piece)
                if has_figure(text):
                    outside.append(piece)
                continue
        elif words.AFTER_TARGETS_RE.search(text[:40]) and ":" in text[:60]:
            inside = False
            if has_figure(text):
                outside.append(piece)
            continue
        body_start = len(piece.marker) if piece.marker and text.startswith(piece.marker) else 0
        body_start = max(body_start, offset)
        while enclosing and enclosing[-1].level >= piece.level:
            enclosing.pop()
        context = enclosing[-1].text if enclosing and piece.marker is not None else None
        made, stopped = _clauses_of(piece, body_start, tuple(stack), sentence_counter)
        first_sentence = made[0].sentence if made else 0
        head = _head_sentence(text, body_start)
        led_by: str | None = None  # the lead of the latest sentence with one, as they go
        sentence, lead = first_sentence, None
        for clause in made:
            clause.listed = piece.marker is not None
            clause.context = context
            clause.opening = head if clause.sentence != first_sentence else None
            if clause.sentence != sentence:
                led_by, sentence = lead or led_by, clause.sentence
            lead = clause.lead or (lead if clause.sentence == sentence else None)
            clause.led_by = led_by if clause.lead is None else None
        clauses.extend(made)
        if piece.marker is not None:
            enclosing.append(piece)
        if stopped:
            inside = False
    return Segmented(clauses, headings, outside, intro, has_cue)


def last_sentence(text: str) -> str:
    """A text's last sentence (a heading's, the one that opens the items under it)."""
    stops = [m.end() for m in re.finditer(r"(?<!\b[IVX])(?<!\b\d)[.;]\s+(?=[^\W\d_])", text)]
    return text[stops[-1] :] if stops else text


def _close_headings(
    stack: list[Heading], children: dict[int, int], level: int, number: str | None
) -> None:
    """Close the headings an item at ``level`` numbered ``number`` ends: a numbered one when
    the item is above it or its next sibling ("2. GDP bình quân đầu người 600 USD" after "1.
    Kinh tế:" and its "-" items; not when its first item ranks with it: "1." under "2. Các chỉ
    tiêu chủ yếu đến năm 2025" or "1.1 - Chỉ tiêu mục tiêu" opens a list of its own), a list's lead ending in a colon when the item is above the items it headed ("2.
    …" after "Tốc độ tăng giá trị sản xuất (bình quân):" and its "+" items). Others stay: a
    title in capitals, a lead whose first item is unnumbered ("Chỉ tiêu đến năm 2025:"), one
    marked with a dash or a star ("* Phấn đấu đến năm 2020:" over its "-" items, which the
    marks do not rank)."""
    while stack:
        top = stack[-1]
        first = children.setdefault(len(stack) - 1, level)
        if top.number is not None:
            if first <= top.level:  # its items rank with it: a list of its own ("2. …", "1.")
                return
            if level > top.level or (level == top.level and not _next(top.number, number)):
                return
        elif top.level < 9 or not top.text.endswith(":") or top.text.isupper():
            return
        elif level >= first or first >= 9:
            return
        children.pop(len(stack) - 1, None)
        stack.pop()


def _next(before: str, number: str | None) -> bool:
    """Whether ``number`` follows ``before`` in a list ("2" after "1", "III" after "II")."""
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    if number is None:
        return False
    if before.isdigit() and number.isdigit():
        return int(number) == int(before) + 1
    if before in roman and number in roman:
        return roman.index(number) == roman.index(before) + 1
    return False


def _head_sentence(text: str, start: int) -> str:
    """The first sentence of an item: what its later sentences go on about."""
    spans = split_sentences(text, start, len(text))
    return text[spans[0][0] : spans[0][1]] if spans else ""


def _announces(piece: Piece) -> bool:
    """Whether a heading or paragraph announces targets (a report of results does not)."""
    if _is_heading(piece, True):
        return bool(words.TARGETS_CUE_RE.search(piece.text))
    return _announcing_cue(piece.text) is not None


def _announcing_cue(text: str) -> re.Match[str] | None:
    """The cue of targets that announces them, in a paragraph that reports no results; or, after a
    report, one past a ";" that opens its targets with a colon ("Các ban ngành đã tổ chức triển
    khai và thực hiện thắng lợi các chỉ tiêu năm 2025; Hội nghị thống nhất các chỉ tiêu năm 2026:
    …")."""
    reported = [m.end() for m in words.RESULT_RE.finditer(text)]
    if not reported:
        return words.SENTENCE_CUE_RE.search(text)
    return next(
        (
            cue
            for cue in words.SENTENCE_CUE_RE.finditer(text, reported[-1])
            if re.search(r";\s", text[reported[-1] : cue.start()])
            and re.match(r"[^.;:]{0,80}:", text[cue.end() :])
        ),
        None,
    )


def _announcement(piece: Piece, named: bool) -> str:
    """The words of the announcement itself: a paragraph up to where its targets start."""
    cue = _announcing_cue(piece.text)
    if cue is None or _is_heading(piece, True):
        return piece.text
    start = _announced_start(piece.text, cue, named)
    return piece.text[: start + 1] if start != -1 else piece.text


#: Abbreviations a full stop follows inside a sentence: "TP. Thủ Đức", "TX. Quảng Yên".
_ABBREVIATIONS = frozenset(
    {"TP", "Tp", "TX", "Tx", "TT", "Q", "P", "X", "H", "TS", "GS", "PGS", "ThS"}
)


def _ends_a_sentence(text: str) -> bool:
    """Whether a full stop in ``text`` ends a sentence (a capital after it; not an
    abbreviation's)."""
    return any(
        m[2].isupper() and m[1] not in _ABBREVIATIONS for m in re.finditer(r"(\S+)\.\s+(\w)", text)
    )


def _announced_start(text: str, cue: re.Match[str], named: bool) -> int:
    """Where the targets start in a paragraph that announces them: after the colon that closes
    the announcement, or, when the paragraph opens with it ("Một số chỉ tiêu chủ yếu (nhiệm kỳ
    2020 - 2025) Tốc độ..."), at the first capital after it; at the cue when it names a target
    it sets (``named``: where no figure comes before, and not in the document's first piece, its
    headline); -1 when they do not start here."""
    topic = re.match(r"[^,:;.]{0,40}?,(?!\d)\s*", text[cue.end() :])  # not "294,59 tỷ đồng"
    if topic is not None and cue.start() < 25:  # "Về mục tiêu cụ thể, đến năm 2025 ..."
        return cue.end() + topic.end() - 1
    colon = text.find(":", cue.end())
    # a colon of a later sentence does not close the announcement: "Các chỉ tiêu chủ yếu là
    # Tổng sản phẩm … đạt 361,6 nghìn tỷ đồng. Cơ cấu kinh tế: …" (Thái Nguyên); a clause
    # ("…, môi trường; cụ thể như sau: …") or an abbreviation ("của TP. Thủ Đức năm 2025: …")
    # is no sentence's end
    later = colon != -1 and _ends_a_sentence(text[cue.end() : colon])
    if colon != -1 and not later and (colon - cue.end() < 140 or not text[colon + 1 :].strip()):
        return colon
    namely = re.compile(r"\b(?:Cụ thể|Trong đó|Gồm)\s*[,:]", re.IGNORECASE).search(text, cue.end())
    if namely is not None and namely.start() - cue.end() < 200:
        return namely.end() - 1
    # "… đề ra một số chỉ tiêu quan trọng, như tốc độ …", "… các chỉ tiêu là thu nhập …"
    being = re.compile(r"\s(?:là|gồm|như)\s", re.IGNORECASE).search(text, cue.end())
    if being is not None and being.start() - cue.end() < 120:  # "... trong năm 2021 là thu nhập"
        return being.end() - 2
    if text.rstrip().endswith(":"):
        return text.rindex(":")
    # "Nhóm chỉ tiêu kinh tế phấn đấu đảm bảo cơ cấu … 30%, …": the targets from the aim's verb
    aim = re.compile(r"\s(?:phấn đấu|đạt)\b", re.IGNORECASE).search(text, cue.end())
    if (
        cue.start() < 25
        and aim is not None
        and aim.start() - cue.end() < 40
        and has_figure(text[aim.end() :])  # not a title: "25 chỉ tiêu phấn đấu năm 2024"
        # nor a target set with its name: "UBND tỉnh đặt chỉ tiêu thu ngân sách … đạt 12.000 tỷ
        # đồng" (the words after "chỉ tiêu" name it)
        and not _SETS.search(text[: cue.start()])
    ):
        return aim.start()
    # "Chương trình đặt ra mục tiêu cụ thể về tỷ lệ hộ nghèo … duy trì ở mức 1%-1,5%/năm; …":
    # the targets from the name after "về" ("đối với"); aims, not indicators a report is on
    # ("các chỉ tiêu về y tế và giáo dục, hiện số bác sĩ mới đạt 6 bác sĩ/vạn dân")
    about = re.match(r"\s+(?:về|đối với)\s+(?=[^\W\d_])", text[cue.end() :])
    # (and "Theo đó, chỉ tiêu về tổng mức bán lẻ hàng hóa 38.410 tỷ đồng, …": a target set, when
    # no word of what is or was comes before its figure)
    to_figure = re.split(r"\d", text[cue.end() :], maxsplit=1)[0]
    set_here = "mục tiêu" in cue[0].lower() or not re.search(
        r"\b(?:hiện|mới|đã|được|kết quả)\b", to_figure, re.IGNORECASE
    )
    if about is not None and set_here and has_figure(text[cue.end() :]):
        return cue.end() + about.end() - 1
    if cue.start() < 25:
        for match in re.finditer(r"[)\s]\s*(?=[^\W\d_])", text[cue.end() :]):
            at = cue.end() + match.end()
            if text[at].isupper() and not inside_any(at, parentheses(text)):
                if has_figure(text[cue.end() : at]):
                    break  # the words after "chỉ tiêu" name a target: "… đạt 239,5 nghìn USD"
                return at - 1
    # a target set with its name: "Quy hoạch xác định mục tiêu cụ thể đến năm 2025 toàn tỉnh
    # đón 8,6 triệu lượt khách", "phường đề ra chỉ tiêu thu ngân sách đạt trên 294,59 tỷ đồng"
    # (not in the headline, which the body restates; nor targets handed to others: "giao chỉ
    # tiêu … năm 2026 cho các sở, ban ngành và 135 xã")
    to_figure = re.split(r"\d", mask_times(text[cue.end() :]), maxsplit=1)[0]
    if (
        named
        and _SETS.search(text[: cue.start()])
        and has_figure(text[cue.end() :])
        and not re.search(r"\bcho\b", to_figure, re.IGNORECASE)
    ):
        return cue.end() - 1
    return -1


#: The act of setting the target a cue names: "UBND tỉnh đặt chỉ tiêu thu ngân sách … đạt …".
_SETS = re.compile(r"\b(?:đặt|đề ra|đặt ra|xác định|giao)\s*$", re.IGNORECASE)


def _sub_piece(piece: Piece, start: int, end: int) -> Piece:
    return Piece(
        Span(piece.span.block, piece.span.start + start, piece.span.start + end),
        piece.text[start:end],
        piece.marker,
        piece.number,
        piece.level,
    )


def _clauses_of(
    piece: Piece, body_start: int, headings: tuple[Heading, ...], counter: list[int]
) -> tuple[list[Clause], bool]:
    text = piece.text
    item = piece.number
    out: list[Clause] = []
    for s_start, s_end in split_sentences(text, body_start, len(text)):
        if (
            words.AFTER_TARGETS_RE.match(text[s_start:s_end])
            and ":" in text[s_start : s_start + 60]
        ):
            return out, True
        counter[0] += 1
        sentence = counter[0]
        parens = [(a, b) for a, b in parentheses(text) if s_start <= a and b <= s_end]
        subs: list[tuple[int, int]] = []
        asides: list[tuple[int, int]] = []
        for a, b in parens:
            if words.TIME_ASIDE_RE.fullmatch(text, a, b):
                continue  # "(2021 - 2025)": the clause's time, read as if unbracketed
            if not has_figure(text[a:b]):
                asides.append((a, b))
            elif not words.ASIDE_RE.match(text[a:b]):
                subs.append((a, b))
            else:  # "(theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm)": an aside, then a target
                inner = stated_parts(text, a, b)
                asides.append((a, inner[0][0] - 1) if inner else (a, b))
                subs.extend((s - 1, e + 1) for s, e in inner)
        lead: str | None = None
        cuts = cut_points(text, s_start, s_end, parens)
        parts = parts_of(text, s_start, s_end, cuts, subs)
        # a lead: the first part ends with ":" and has no figure of its own
        if len(parts) > 1:
            first_a, first_b = parts[0]
            first = text[first_a:first_b]
            if first.rstrip().endswith(":") and not has_figure(
                without(text, first_a, first_b, asides)
            ):
                lead = first.rstrip().rstrip(":").strip()
                parts = parts[1:]
                if parts[0][0] - first_b < 3:
                    parts[0] = (first_a, parts[0][1])  # the first part says it with its lead
        parts = with_sub_leads(text, parts, asides)
        previous: Clause | None = None
        main: Clause | None = None
        for a, b in parts:
            a, b = trim(text, a, b)
            if a >= b:
                continue
            clause = _make(piece, text, a, b, item, headings, sentence, lead, asides)
            if previous is not None:
                clause.subject_from = previous
                clause.after_semicolon = ";" in text[previous.span.end - piece.span.start : a]
            clause.first = main
            if previous is not None and _after_trong_do(
                text, previous.span.end - piece.span.start, a
            ):
                clause.parent = (
                    previous.parent
                    if previous.parent is not None and _weak_start(previous.text)
                    else previous
                )
            out.append(clause)
            previous = clause
            main = main or clause
        mains = list(out)  # a parenthesis belongs to a clause of the sentence, not to another one
        for a, b in subs:
            owner = next(
                (
                    c
                    for c in reversed(mains)
                    if c.sentence == sentence and c.span.start - piece.span.start <= a
                ),
                None,
            )
            inner_cuts = cut_points(text, a + 1, b - 1, [])
            previous = owner
            for a2, b2 in parts_of(text, a + 1, b - 1, inner_cuts, []):
                a2, b2 = trim(text, a2, b2)
                if a2 >= b2:
                    continue
                clause = _make(piece, text, a2, b2, item, headings, sentence, lead, [])
                clause.parent = owner
                clause.subject_from = previous
                out.append(clause)
                previous = clause
    return out, False


def _weak_start(text: str) -> bool:
    return bool(re.match(r"\W*trong đó", text, re.IGNORECASE))


def _after_trong_do(text: str, start: int, at: int) -> bool:
    """Whether a "trong đó" opens the clause at ``at`` (not one inside a parenthesis between:
    "… 13.200 lao động (trong đó 4.400 lao động trực tiếp); năm 2030 …")."""
    between = re.sub(r"\([^()]*\)", " ", text[start:at])
    return bool(re.search(r"trong đó", between, re.IGNORECASE))


def _make(
    piece: Piece,
    text: str,
    a: int,
    b: int,
    item: str | None,
    headings: tuple[Heading, ...],
    sentence: int,
    lead: str | None,
    asides: list[tuple[int, int]],
) -> Clause:
    inner = tuple((s - a, e - a) for s, e in asides if a <= s and e <= b)
    base = piece.span.start
    return Clause(
        text=text[a:b],
        span=Span(piece.span.block, base + a, base + b),
        item=item,
        headings=headings,
        sentence=sentence,
        lead=lead,
        aside=inner,
    )


def own_text(clause: Clause) -> str:
    """The clause without its asides (explanations in parentheses)."""
    chars = list(clause.text)
    for a, b in clause.aside:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def after_lead(clause: Clause) -> str:
    """The clause without the lead it was written with ("Cơ cấu kinh tế đến năm 2025: ")."""
    if clause.lead and clause.text.startswith(clause.lead):
        return clause.text[len(clause.lead) :].lstrip(" :")
    return clause.text


def first_sentence(text: str | None) -> str:
    """The first sentence of a text, without its parentheses."""
    if not text:
        return ""
    first = re.split(r"(?<=[.;])\s", text, maxsplit=1)[0]
    return re.sub(r"\([^()]*\)", " ", first)
