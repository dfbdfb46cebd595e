"""Clauses that hold a figure and state no target: a result ("vượt 9,5% kế hoạch", "tỷ lệ hộ
nghèo giảm từ 29,56% xuống còn 25,3%"), and a report of what happened or what is ("Kỳ họp đã
thông qua 5 nghị quyết", "hiện có 37 tổ chức cơ sở đảng"). Pure: a clause in, a yes or no out;
the words are in :mod:`plantrack.extract.words`."""

from __future__ import annotations

import re

from plantrack.extract import words
from plantrack.extract.clauses import Clause
from plantrack.extract.figures import before_figure, has_figure

__all__ = ["a_result", "is_narrative"]

#: A change from one level to another, as RESULT_RE finds it ("giảm từ 29,56% xuống").
_FROM_LEVEL_RESULT = re.compile(r"(?:giảm|tăng) từ|từ\s", re.IGNORECASE)  # ("từ 72,09% (năm …")
#: Words that make such a change a target: "Phấn đấu tỷ lệ hộ nghèo giảm từ 4,5% xuống dưới 2%".
_STRIVES = re.compile(r"phấn đấu|mục tiêu", re.IGNORECASE)


def a_result(clause: Clause, text: str) -> bool:
    """Whether the clause reports a result (RESULT_RE), not a change the plan strives for."""
    found = words.RESULT_RE.search(text)
    if found is None or not _FROM_LEVEL_RESULT.match(found.group(0)):
        return found is not None
    sentence = " ".join((text, clause.lead or "", clause.first.text if clause.first else ""))
    announced = clause.listed and any(
        words.TARGETS_CUE_RE.search(h.text) and not words.RESULT_RE.search(h.text)
        for h in clause.headings
    )
    return not (_STRIVES.search(sentence) or announced)


def is_narrative(clause: Clause) -> bool:
    """Whether the clause's sentence reports what happened or what is ("Kỳ họp đã thông qua 5
    nghị quyết"; "Đảng bộ huyện hiện có 37 tổ chức cơ sở đảng, 144 chi bộ"): the words before
    the first figure of the clause or of the first clause of its sentence say so."""
    first = clause.first if clause.first is not None else clause
    if _awards(clause, first) or _elected(clause) or _CEREMONY.search(before_figure(first.text)):
        return True
    if _ATTENDANCE.match(clause.text) or (
        # (not the targets set after it: "Dự hội nghị có …; hội nghị thống nhất chỉ tiêu thu ngân
        # sách năm 2026 đạt 150 tỷ đồng, tổng vốn đầu tư … đạt 2.000 tỷ đồng")
        _ATTENDANCE.match(first.text) and not _aims_since(clause, first)
    ):
        return True
    return any(
        (found := words.NARRATIVE_RE.search(before := before_figure(c.text)))
        and not _TARGETS_PASSED.search(before, found.end())
        and not _PASSES_TARGETS.match(before, found.end())
        for c in (clause, first)
    ) or any(
        # what is now, unless the clause after it aims on its own
        words.NOW_RE.search(before_figure(c.text))
        and (c is clause or not words.OWN_AIM_RE.search(clause.text))
        for c in (clause, first)
    )


def _awards(clause: Clause, first: Clause) -> bool:
    """Whether the clause counts awards given ("UBND huyện khen thưởng 4 tập thể và 2 cá nhân có
    thành tích xuất sắc", "9 gia đình … được Bộ … tặng bằng khen"), not a share of them a plan
    sets ("Đảng viên đủ tư cách được Quận khen thưởng 10%") nor an aim."""
    said = f"{first.text} {clause.text}"
    return bool(
        # (its own, or its sentence's that counts them: not "tiếp tục đổi mới công tác thi
        # đua, khen thưởng; xây dựng 20 nhà đại đoàn kết")
        (_AWARD.search(clause.text) or (_AWARD.search(first.text) and has_figure(first.text)))
        # given at the meeting reported ("Dịp này, …", "tại Hội nghị, đã có 25 tập thể …"), not
        # to be won ("Chỉ tiêu thi đua: Có ít nhất 03 tập thể, 05 cá nhân được … tặng Bằng khen")
        and _AWARDED.search(said)
        and "%" not in clause.text
        and not _AIM.search(said)  # ("nhằm kịp thời động viên": the award's purpose)
        # (nor an emulation plan's: "Chỉ tiêu thi đua: Có ít nhất 03 tập thể … tặng Bằng khen")
        and not words.TARGETS_CUE_RE.search(f"{clause.lead or ''} {said}")
    )


_AIM = re.compile(r"\b(?:phấn đấu|nỗ lực|quyết tâm|đặt mục tiêu)\b", re.IGNORECASE)
_AWARDED = re.compile(
    r"\b(?:dịp này|nhân dịp|tại (?:hội nghị|đại hội|buổi lễ|lễ)|đã(?! có thành tích)|(?<!nhỏ và )vừa)\b",
    re.IGNORECASE,
)


def _elected(clause: Clause) -> bool:
    """Whether the clause reports an election's result ("Ông … tái đắc cử chức danh Bí thư …
    với số phiếu bầu đạt 339/347"), not a rate a plan sets ("tỷ lệ nữ trúng cử đại biểu HĐND …
    đạt từ 35% trở lên"), an aim or a target under a cue."""
    said = f"{clause.lead or ''} {clause.text}"
    return bool(
        _ELECTED.search(clause.text)
        and not re.search(r"tỷ lệ|tỉ lệ|" + words.AIM_WORD, said, re.IGNORECASE)
        and not any(words.TARGETS_CUE_RE.search(h.text) for h in clause.headings)
    )


#: An election's result: "Ông … tái đắc cử chức danh Bí thư … với số phiếu bầu đạt 339/347".
#: What the guests did at a ceremony: "… các đại biểu đã trồng 650 cây Huỳnh Liên".
_CEREMONY = re.compile(
    r"\bcác\s+đại biểu\b[^;.]{0,60}?\bđã\s+(?:cùng\s+)?(?:trồng|trao|tặng|dâng|thăm)\b",
    re.IGNORECASE,
)
_ELECTED = re.compile(r"\b(?:tái đắc cử|đắc cử|trúng cử|số phiếu)\b", re.IGNORECASE)
#: An award: "khen thưởng", "bằng khen", "giấy khen", "có thành tích xuất sắc".
_AWARD = re.compile(r"khen thưởng|bằng khen|giấy khen|thành tích xuất sắc", re.IGNORECASE)


def _aims_since(clause: Clause, first: Clause) -> bool:
    """Whether the clause, or one before it in its sentence after ``first``, aims on its own."""
    at: Clause | None = clause
    while at is not None and at is not first:
        if words.OWN_AIM_RE.search(at.text):
            return True
        at = at.subject_from
    return False


#: Who attends a meeting: "Dự Đại hội có … cùng 234 đại biểu trong Đảng bộ", "Đến dự …", "Cùng
#: dự có …; đại diện lãnh đạo các sở, ngành, cùng 150 đảng viên tiêu biểu đại diện cho 1.040
#: đảng viên".
_ATTENDANCE = re.compile(
    r"\W*(?:(?:cùng\s+)?(?:(?:đến|tới|về)\s+)?(?:tham\s+)?dự\s+(?:và\s+chỉ\s+đạo\s+)?"
    r"(?:(?:đại hội|hội nghị|kỳ họp|buổi lễ|lễ)\b[^.;:,]{0,40}?\s+)?(?:còn\s+)?có\b"
    # "Có 180 đại biểu chính thức tham dự Đại hội"
    r"|(?:đã\s+)?có\s+[\d.,]+\s+đại biểu\b[^.;:]{0,40}?\b(?:tham\s+)?dự\b)",
    re.IGNORECASE,
)

#: What a meeting passed, when it is the targets listed after it: "Đại hội đã thông qua một số
#: chỉ tiêu chủ yếu Lào Cai cần đạt được đến năm 2015 như: tốc độ tăng trưởng GDP … 14%".
_TARGETS_PASSED = re.compile(
    r"\bchỉ tiêu\b[^.;]*?(?:như|gồm|là)?\s*:|:\s*(?:phấn đấu|mục tiêu)\b", re.IGNORECASE
)
#: What a meeting passed, when it is targets named after it: "các đại biểu đã thông qua mục tiêu
#: cụ thể tiếp tục thực hiện Nghị quyết … giai đoạn 2015-2020, trong đó phấn đấu có từ 90% …".
_PASSES_TARGETS = re.compile(
    r"\s*(?:các\s+|một số\s+|những\s+)?(?:chỉ tiêu|mục tiêu)\b", re.IGNORECASE
)
