"""A comma inside the list of names one figure counts (session 17). The test failed before the
rule; the guard says where it must not reach."""

from __future__ import annotations

from plantrack.extract import extract_text


def test_a_name_listed_after_a_comma_stays_with_its_figure() -> None:
    """Education and new-rural plan to 2030: "Phấn đấu 100% học sinh tiểu học, THCS và 50% học
    sinh cấp THPT được học 2 buổi/ngày" was cut at the comma: the second target was named "THCS
    và" and the first lost "THCS". The cut is at "và", before the next figure."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n"
        "- Phấn đấu 100% học sinh tiểu học, THCS và 50% học sinh cấp THPT được học 2 "
        "buổi/ngày.\n"
    ).draft
    texts = {t.reading.numbers: t.clause.text for t in draft.targets}
    assert texts[(100.0,)].endswith("100% học sinh tiểu học, THCS")
    assert texts[(50.0,)] == "50% học sinh cấp THPT được học 2 buổi/ngày"


def test_a_comma_before_a_verb_still_cuts() -> None:
    """Guard: after the comma a target of its own ("tỷ lệ hộ nghèo giảm còn 2% và …") or a
    name with its own verb is cut at the comma, as before."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu đến năm 2025:\n"
        "- Tỷ lệ lao động qua đào tạo đạt 70%, tỷ lệ hộ nghèo giảm còn 2% và 95% dân số tham "
        "gia bảo hiểm y tế.\n"
    ).draft
    texts = [t.clause.text for t in draft.targets]
    assert texts == [
        "Tỷ lệ lao động qua đào tạo đạt 70%",
        "tỷ lệ hộ nghèo giảm còn 2%",
        "95% dân số tham gia bảo hiểm y tế",
    ]


def test_a_full_stop_glued_to_the_next_items_number_ends_the_sentence() -> None:
    """Sóc Trăng 2020-2025: "… tăng bình quân mỗi năm từ 21% trở lên.(9) Giá trị xuất khẩu hàng
    hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD." was one sentence, the export target lost in it."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025:\n"
        "(8) Chỉ số sản xuất công nghiệp tăng bình quân mỗi năm từ 21% trở lên.(9) Giá trị xuất "
        "khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD.\n"
    ).draft
    numbers = {t.reading.numbers: t.clause.text for t in draft.targets}
    assert numbers[(1.2,)].endswith("đạt 1,2 tỷ USD")
    assert "1,2 tỷ" not in numbers[(21.0,)]


def test_as_many_as_a_year_before_is_a_comparison() -> None:
    """Quang Trung (Bỉm Sơn) 2015-2020: "Đàn lợn: 3.000 con, bằng năm 2015" was read as a target
    of 2015, before the plan, and left out; "bằng năm 2015" compares, as "so với năm 2015" does."""
    draft = extract_text(
        "Mục tiêu đến năm 2020:\n"
        "- Tổng đàn gia súc năm 2020: Đàn trâu, bò: 250 con; Đàn lợn: 3.000 con, bằng năm 2015.\n"
    ).draft
    years = {t.reading.numbers: t.reading.year for t in draft.targets}
    assert years[(3000.0,)] == 2020
