"""The fixed status vocabulary: the same words in code, JSON, CSV and (translated) in tables.

Year-end words follow the official Vietnamese reporting terms Vượt / Đạt / Không đạt; the
in-year words follow Eurostat and open-sdg (docs/assessment.md gives the rules).
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    EXCEEDED = "exceeded"
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    IN_PROGRESS = "in_progress"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    REGRESSING = "regressing"
    NOT_ACHIEVED = "not_achieved"
    INSUFFICIENT_DATA = "insufficient_data"
    NO_DATA = "no_data"

    @property
    def rank(self) -> int:
        """Position from best (0, exceeded) to worst; the two data statuses come last."""
        return _ORDER.index(self)

    @property
    def is_final(self) -> bool:
        """A year-end verdict (Vượt / Đạt / Không đạt) rather than an in-year assessment."""
        return self in (Status.EXCEEDED, Status.ACHIEVED, Status.NOT_ACHIEVED)

    def label(self, lang: str = "en") -> str:
        return LABELS[self][0 if lang == "vi" else 1]


_ORDER: tuple[Status, ...] = tuple(Status)

#: (Vietnamese, English) words for each status.
LABELS: dict[Status, tuple[str, str]] = {
    Status.EXCEEDED: ("Vượt", "Exceeded"),
    Status.ACHIEVED: ("Đạt", "Achieved"),
    Status.ON_TRACK: ("Đúng tiến độ", "On track"),
    Status.IN_PROGRESS: ("Đang thực hiện", "In progress"),
    Status.AT_RISK: ("Cần tăng tốc", "At risk"),
    Status.OFF_TRACK: ("Chậm tiến độ", "Off track"),
    Status.REGRESSING: ("Xấu đi", "Regressing"),
    Status.NOT_ACHIEVED: ("Không đạt", "Not achieved"),
    Status.INSUFFICIENT_DATA: ("Thiếu số liệu", "Insufficient data"),
    Status.NO_DATA: ("Chưa có số liệu", "No data"),
}

#: One sentence per status, for docs and ``--help``.
MEANINGS: dict[Status, str] = {
    Status.EXCEEDED: "deadline reached (or target already met): better than the target, or "
    "beyond the better end of a range",
    Status.ACHIEVED: "deadline reached (or target already met): the target exactly, or inside "
    "the range",
    Status.ON_TRACK: "before the deadline: progress ratio at least 0.95 (plan thresholds)",
    Status.IN_PROGRESS: "before the deadline: a qualitative milestone reported as under way",
    Status.AT_RISK: "before the deadline: progress, but acceleration needed (ratio 0.60-0.95)",
    Status.OFF_TRACK: "before the deadline: little progress (ratio 0-0.60)",
    Status.REGRESSING: "before the deadline: moving away from the target (ratio below 0)",
    Status.NOT_ACHIEVED: "deadline reached and the target missed",
    Status.INSUFFICIENT_DATA: "some data exist but not enough to assess (the reason says what "
    "is missing)",
    Status.NO_DATA: "no value at all for this indicator and area",
}
