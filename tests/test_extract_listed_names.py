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
