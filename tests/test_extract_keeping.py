"""Keeping ("duy trì") in a one-year plan: the rule the corpus's analysts follow (session 17). Each
test failed before the rule; the guards say where it must not reach."""

from __future__ import annotations

from plantrack.extract import extract_text

_ONE_YEAR = (
    "Quận Thanh Xuân phấn đấu thu ngân sách năm 2024 đạt 6.617 tỷ đồng\n"
    "Năm 2024, UBND quận đề ra 24 chỉ tiêu chủ yếu phát triển kinh tế - xã hội như: Tổng thu "
    "ngân sách Nhà nước trên địa bàn đạt 6.617,2 tỷ đồng.\n"
)


def _kinds(text: str) -> dict[str, tuple[str, int | None, tuple[int, int] | None]]:
    draft = extract_text(text).draft
    assert draft.period == (2024, 2024)
    return {
        t.clause.text: (t.reading.kind, t.reading.year, t.reading.period) for t in draft.targets
    }


def test_a_target_that_opens_with_duy_tri_is_kept_every_year_of_a_one_year_plan() -> None:
    """Thanh Xuân 2024, Chợ Đồn 2012, Cà Mau 2025: "Duy trì tỷ lệ phường đạt chuẩn quốc gia về y
    tế 100%", "duy trì tỷ lệ che phủ rừng đạt 59%", "Duy trì diện tích nuôi tôm siêu thâm canh
    5.100 ha" in a one-year plan were drafted as the year's levels; the analysts read 11 of the
    13 such targets of one-year plans as every-year targets over the plan's one year."""
    kinds = _kinds(
        _ONE_YEAR + "Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế 100%; tiếp tục duy trì "
        "diện tích nuôi tôm siêu thâm canh 5.100 ha; tỷ lệ bao phủ bảo hiểm y tế đạt 94,5%.\n"
    )
    assert kinds["Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế 100%"] == (
        "annual",
        None,
        (2024, 2024),
    )
    assert kinds["tiếp tục duy trì diện tích nuôi tôm siêu thâm canh 5.100 ha"][0] == "annual"
    # guard: a target that keeps nothing is the year's level
    assert kinds["tỷ lệ bao phủ bảo hiểm y tế đạt 94,5%"] == ("level", 2024, None)


def test_keeping_words_inside_a_one_year_target_leave_it_the_years_level() -> None:
    """Guards (Phú Thọ 2023, Sơn Hòa 2010): "… hợp vệ sinh duy trì đạt từ 98,4% trở lên" and
    "giữ vững công nhận đạt chuẩn phổ cập giáo dục THCS ở 13 xã" are the year's levels to the
    analysts; only a target that opens with "duy trì" is every-year in a one-year plan."""
    kinds = _kinds(
        _ONE_YEAR + "Tỷ lệ dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh duy trì đạt "
        "từ 98,4% trở lên; giữ vững tỷ lệ trường đạt chuẩn quốc gia 80%.\n"
    )
    found = {text.split(" ")[0].lower(): kind for text, (kind, _, _) in kinds.items()}
    assert found["tỷ"] == "level"
    assert found["giữ"] == "level"


def test_keeping_is_every_year_of_a_plan_of_several_years() -> None:
    """Guard: over a term, "giữ vững" or "duy trì" anywhere before the figure keeps it every
    year, as before."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n"
        "- Tỷ lệ che phủ rừng duy trì trên 75,38%;\n"
        "- giữ vững tỷ lệ trường đạt chuẩn quốc gia 80%.\n"
    ).draft
    assert draft.period == (2021, 2025)
    assert [t.reading.kind for t in draft.targets] == ["annual", "annual"]


def test_new_ones_of_a_one_year_plan_are_its_total_of_new_ones() -> None:
    """Kon Tum 2021 and 2024, Đắk Glei 2020, Sóc Sơn 2019: "phấn đấu có thêm 8 xã đạt chuẩn nông
    thôn mới", "xây dựng thêm 03 sản phẩm OCOP" in a one-year plan were drafted as the year's
    change; the analysts read 12 of 15 such targets as the total of new ones over the plan's
    year, as over a term. The guard: "Số xã … tăng thêm 7 xã" names the number that grows, and
    its growth in the year is the change (Phú Thọ 2023, Vĩnh Long 2023)."""
    draft = extract_text(
        _ONE_YEAR + "Phấn đấu có thêm 8 xã đạt chuẩn nông thôn mới; xây dựng thêm 03 sản phẩm "
        "OCOP; số xã đạt chuẩn nông thôn mới nâng cao tăng thêm 7 xã trở lên.\n"
    ).draft
    kinds = {t.reading.numbers: (t.reading.kind, t.reading.period) for t in draft.targets}
    assert kinds[(8.0,)] == ("cumulative", (2024, 2024))
    assert kinds[(3.0,)] == ("cumulative", (2024, 2024))
    assert kinds[(7.0,)][0] == "change"
