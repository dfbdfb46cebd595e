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
