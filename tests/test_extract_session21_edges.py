"""Rules learned in the session of rounds 54 and 55 of the held-out corpus, and the items left
from earlier rounds (benchmarks/extract/README.md). Each test failed before its rule; the guards
say where the rule must not reach."""

from __future__ import annotations

from plantrack.extract import extract_text

from .extract_found import drafted


def test_a_plan_of_a_half_year_that_names_its_year_end_is_that_years() -> None:
    """Sông Lô commune 2025 (round 44): a council's session on "6 tháng cuối năm 2025" with
    "Đến cuối năm 2025 thu nhập … đạt" took the year of a sentence with no target ("chương trình
    giám sát … năm 2026") as the plan's, and listed both targets as results before it. The end
    of the year named ("cuối năm 2025") is the one year's own end, not an end a plan runs to."""
    text = (
        "Ngày 20/8, HĐND xã Sông Lô khóa I, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ Hai.\n"
        "Tại kỳ họp, HĐND xã đã trình dự kiến chương trình hoạt động giám sát của HĐND xã năm 2026.\n"
        "Theo đó, 6 tháng cuối năm 2025, xã Sông Lô tiếp tục tập trung triển khai các nhiệm vụ.\n"
        "Phấn đấu số thu ngân sách Nhà nước trên địa bàn 6 tháng cuối năm đạt 11,4 tỷ đồng. "
        "Đến cuối năm 2025 thu nhập bình quân đầu người đạt 68,5 triệu đồng.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.base_year) == ((2025, 2025), 2024)
    assert drafted(text) == [
        ("level", "value", (11.4,), 2025, "increase"),
        ("level", "value", (68.5,), 2025, "increase"),
    ]


def test_a_plan_that_runs_to_a_year_is_not_made_that_years_by_its_end() -> None:
    """The guard: "đến năm 2025" is an end a plan runs to, so a text that names its targets'
    year only so is no one-year plan."""
    text = (
        "Tỉnh tiếp tục tập trung triển khai các nhiệm vụ.\n"
        "Phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 68,5 triệu đồng. "
        "Đến năm 2025 tỷ lệ hộ nghèo còn dưới 2%.\n"
    )
    draft = extract_text(text).draft
    assert draft.period != (2025, 2025)
