"""Rules learned in the session of rounds 54 and 55 of the held-out corpus, and the items left
from earlier rounds (benchmarks/extract/README.md). Each test failed before its rule; the guards
say where the rule must not reach."""

from __future__ import annotations

from plantrack import texts
from plantrack.extract import extract_text

from .extract_found import drafted, readings


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


_THANH_HOA = (
    "Ban Thường vụ Tỉnh ủy vừa tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2025, "
    "đồng thời thống nhất mục tiêu, nhiệm vụ cho năm 2026. Theo đánh giá của lãnh đạo tỉnh năm "
    "2025 địa phương tiếp tục duy trì đà tăng trưởng tích cực. GRDP bình quân đầu người đạt "
    "3.505 USD, tăng 145 USD so với năm trước.\n"
    "Một góc đô thị trung tâm tỉnh. Ảnh: Lê Hoàng\n"
    "Tổng vốn đầu tư phát triển toàn xã hội đạt 148,5 nghìn tỷ đồng. Toàn tỉnh có 3.510 doanh "
    "nghiệp thành lập mới.\n"
    "Lĩnh vực văn hóa xã hội, tỷ lệ hộ nghèo giảm còn 0,52%.\n"
    "Hội nghị thống nhất mục tiêu năm 2026 với 32 chỉ tiêu chủ yếu, trong đó tổng vốn đầu tư "
    "phát triển ước đạt 168 nghìn tỷ đồng, giá trị xuất khẩu khoảng 8,5 tỷ USD.\n"
)


def test_a_report_of_the_year_before_goes_on_over_its_paragraphs() -> None:
    """Thanh Hóa 2026 (round 53): the results of 2025, in three paragraphs after "Theo đánh giá
    của lãnh đạo tỉnh năm 2025 …" and a photo's caption, were drafted as fifteen targets of
    2026. A sentence that names only years before the plan's reports them, and a paragraph
    that names no time and plans nothing goes on with the report of the one before it, as that
    one went on with its own."""
    assert drafted(_THANH_HOA) == [
        ("level", "value", (168.0,), 2026, "increase"),
        ("level", "about", (8.5,), 2026, "increase"),
    ]
    unread = [u.text for u in extract_text(_THANH_HOA).draft.unread]
    assert "Tổng vốn đầu tư phát triển toàn xã hội đạt 148,5 nghìn tỷ đồng" in unread
    assert "Lĩnh vực văn hóa xã hội, tỷ lệ hộ nghèo giảm còn 0,52%" in unread


def test_a_paragraph_after_the_plan_is_no_report() -> None:
    """The guard: paragraphs that name no time after a paragraph that plans stay the plan's
    ("Năm 2026, tỉnh phấn đấu …" then "Tổng vốn đầu tư … đạt 168 nghìn tỷ đồng.")."""
    text = (
        "Năm 2025, GRDP bình quân đầu người đạt 3.505 USD, tăng 145 USD so với năm trước.\n"
        "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP từ 11% trở lên.\n"
        "Tổng vốn đầu tư phát triển toàn xã hội đạt 168 nghìn tỷ đồng.\n"
        "Tỷ lệ hộ nghèo giảm còn 0,4%.\n"
    )
    assert [d[2] for d in drafted(text)] == [(11.0,), (168.0,), (0.4,)]


def test_a_power_glued_to_its_unit_is_read_whole() -> None:
    """Phú Yên energy 2030 (round 55): "đạt khoảng 2.415MW" was read as 2, with no unit."""
    text = (
        "Mục tiêu cụ thể đến năm 2030: Tổng công suất các nguồn điện đạt khoảng 2.415MW; "
        "sản lượng điện đạt khoảng 5,9 tỷ kWh.\n"
    )
    assert drafted(text)[0] == ("level", "about", (2415.0,), 2030, "increase")
    assert readings(text)[0][2] == "MW"


def test_the_figure_before_in_another_unit_is_listed_not_drafted() -> None:
    """Phú Yên energy 2030 (round 55): "sản lượng điện đạt khoảng 5,9 tỷ kWh; tương đương khoảng
    0,912 triệu TOE" drafted the equivalent as a target of its own; it restates the output, and
    is listed with its reason."""
    text = (
        "Mục tiêu cụ thể đến năm 2030: sản lượng điện đạt khoảng 5,9 tỷ kWh; tương đương khoảng "
        "0,912 triệu TOE (tấn dầu quy đổi).\n"
    )
    assert drafted(text) == [("level", "about", (5.9,), 2030, "increase")]
    (unread,) = extract_text(text).draft.unread
    assert unread.text.startswith("tương đương khoảng 0,912 triệu TOE")
    assert unread.reason == texts.text("extract.equivalent")


_CONGRESS = "Đại hội đại biểu Đảng bộ xã Ia Lâu lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày 14-8.\n"


def test_a_congress_delegates_and_a_merged_places_facts_are_no_targets() -> None:
    """Rounds 54 (Ia Lâu, Ia Hiao, Tân Bình, Hội Sơn, Ia Pia): "cùng 139 đại biểu đại diện cho
    446 đảng viên của 30 tổ chức đảng trực thuộc", "… 215 đại biểu đại diện hơn 2.800 đảng viên"
    and "Hội Sơn được thành lập trên cơ sở sáp nhập 2 xã …, với diện tích tự nhiên hơn 180 km²,
    dân số hơn 14.300 người" were drafted as targets of 2030."""
    text = (
        _CONGRESS + "Dự Đại hội có đồng chí Nguyễn Văn A, cùng 139 đại biểu đại diện cho 446 đảng "
        "viên của 30 tổ chức đảng trực thuộc.\n"
        "Thiếu tướng Nguyễn Thanh Hưởng cùng 215 đại biểu đại diện hơn 2.800 đảng viên.\n"
        "Xã Ia Lâu được thành lập trên cơ sở sáp nhập 2 xã Ia Lâu và Ia Piơr, với diện tích tự "
        "nhiên hơn 180 km², dân số hơn 14.300 người.\n"
        "Đại hội đề ra mục tiêu: phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 64 triệu "
        "đồng.\n"
    )
    assert drafted(text) == [("level", "value", (64.0,), 2030, "increase")]


def test_what_is_now_is_no_target() -> None:
    """Gia Lai rural vocational training (round 55): "Hiện mạng lưới cơ sở giáo dục nghề nghiệp
    … được quy hoạch, sắp xếp, kiện toàn với 02 trường cao đẳng, 04 trung tâm …" drafted four
    targets of 2030. The guard: "Hiện nay, tỉnh phấn đấu …" plans."""
    text = (
        "Kế hoạch đào tạo nghề đến năm 2030.\n"
        "Hiện mạng lưới cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh được quy hoạch, sắp xếp, "
        "kiện toàn với 02 trường cao đẳng, 04 trung tâm giáo dục nghề nghiệp.\n"
        "Hiện nay, tỉnh phấn đấu đến năm 2030 tỷ lệ lao động qua đào tạo đạt trên 25%.\n"
    )
    assert drafted(text) == [("level", "more_than", (25.0,), 2030, "increase")]


def test_a_congress_that_sets_the_aims_of_a_period_plans_that_period() -> None:
    """Ia Pia 2025-2030 (round 54): "Đại hội đã tổng kết thành tựu đạt được trong nhiệm kỳ
    2020-2025; đề ra phương hướng, mục tiêu, giải pháp đột phá cho giai đoạn 2025-2030." named
    the plan's time, but the period was taken from the figures (2021-2030), so the results of
    2020-2025 that follow were drafted as targets."""
    text = (
        "Ngày 14-8, Đại hội đại biểu Đảng bộ xã Ia Pia lần thứ I đã diễn ra thành công. Trong "
        "đó, xã phấn đấu nhiệm kỳ 2025-2030 sẽ giảm tỷ lệ hộ nghèo đa chiều còn 2,99%.\n"
        "Đại hội đã tổng kết thành tựu đạt được trong nhiệm kỳ 2020-2025; đề ra phương hướng, "
        "mục tiêu, giải pháp đột phá cho giai đoạn 2025-2030.\n"
        "Theo đó, tổng thu ngân sách nhà nước giai đoạn 2020-2025 của xã ước đạt hơn 213 tỷ đồng. "
        "Thu nhập bình quân đầu người tăng từ 28 triệu đồng năm 2020 lên 38 triệu đồng năm 2025.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.base_year) == ((2026, 2030), 2025)
    assert drafted(text) == [("level", "value", (2.99,), 2030, "decrease")]


def test_an_aim_for_a_later_year_after_and_opens_the_next_targets() -> None:
    """Quảng Ninh tourism 2030 (round 55): "Năm 2025, tỉnh … phấn đấu đón 20 triệu lượt khách, …,
    tổng thu từ du lịch đạt 55.000 tỷ đồng và kỳ vọng đến năm 2030, Quảng Ninh sẽ là điểm đến
    của trên 26 triệu lượt khách, …, với doanh thu khoảng 158.000 tỷ đồng" gave the revenue of
    2025 the year 2030 and the two figures of 2030 the year 2025."""
    text = (
        "Đề án phát triển du lịch đến năm 2030.\n"
        "Năm 2025, tỉnh Quảng Ninh phấn đấu đón 20 triệu lượt khách, tổng thu từ du lịch đạt "
        "55.000 tỷ đồng và kỳ vọng đến năm 2030, Quảng Ninh sẽ là điểm đến của trên 26 triệu "
        "lượt khách, với doanh thu khoảng 158.000 tỷ đồng.\n"
    )
    assert [(d[2], d[3]) for d in drafted(text)] == [
        ((20.0,), 2025),
        ((55000.0,), 2025),
        ((26.0,), 2030),
        ((158000.0,), 2030),
    ]


def test_a_national_plans_target_told_in_its_lead_and_body_is_drafted_once() -> None:
    """National urban and rural system plan (round 55): the lead ("… đặt mục tiêu đến năm 2030,
    tỷ lệ đô thị hóa trên cả nước sẽ vượt 50%") and the body ("Mục tiêu của quy hoạch là đến năm
    2030, tỷ lệ đô thị hóa trên cả nước sẽ vượt 50%") were two targets named "tỷ lệ đô thị hóa
    trên cả nước sẽ" and "Mục tiêu của quy hoạch", and "Số lượng đô thị … đạt từ 1.000 đến
    1.200" counted "lượng đô". The headline without "trên cả nước" is the same target too."""
    text = (
        "Đặt mục tiêu đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%\n"
        "Quy hoạch hệ thống đô thị và nông thôn đặt mục tiêu đến năm 2030, tỷ lệ đô thị hóa trên "
        "cả nước sẽ vượt 50%.\n"
        "Mục tiêu của quy hoạch là đến năm 2030, tỷ lệ đô thị hóa trên cả nước sẽ vượt 50%. Số "
        "lượng đô thị trên toàn quốc dự kiến sẽ đạt từ 1.000 đến 1.200.\n"
    )
    found = readings(text)
    assert [(r[1], r[2]) for r in found] == [
        ("tỷ lệ đô thị hóa trên cả nước", "%"),
        ("Số lượng đô thị trên toàn quốc", "đô thị"),
    ]


def test_a_districts_term_targets_told_in_a_years_news_keep_the_term() -> None:
    """Ngân Sơn 2020-2025 (round 56): "Năm 2024 là năm thứ tư huyện … triển khai thực hiện Nghị
    quyết Đại hội …, nhiệm kỳ 2020 - 2025. … phấn đấu hoàn thành đạt và vượt các chỉ tiêu …
    Theo mục tiêu Nghị quyết Đại hội, huyện phấn đấu đến năm 2025, sản lượng lương thực ổn định
    ở mức 17.500 tấn/năm; …" was read as a plan of 2025 alone ("mục tiêu … đến năm 2025" taken
    for a year's aims), its items after the first as results of 2024 ("Năm 2024 là …" taken
    for the sentence's time)."""
    text = (
        "Năm 2024 là năm thứ tư huyện Ngân Sơn triển khai thực hiện Nghị quyết Đại hội Đảng bộ "
        "huyện lần thứ XXII, nhiệm kỳ 2020 - 2025. Huyện phấn đấu hoàn thành đạt và vượt các chỉ "
        "tiêu Nghị quyết đã đề ra. Theo mục tiêu Nghị quyết Đại hội, huyện phấn đấu đến năm 2025, "
        "sản lượng lương thực ổn định ở mức 17.500 tấn/năm; trồng mới 100 ha cây dẻ; mỗi năm "
        "trồng 350 ha rừng; đàn lợn 25.000 con.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.base_year) == ((2021, 2025), 2020)
    assert [(d[0], d[2]) for d in drafted(text)] == [
        ("annual", (17500.0,)),
        ("cumulative", (100.0,)),
        ("annual", (350.0,)),
        ("level", (25000.0,)),
    ]


def test_a_figure_with_no_words_is_listed_not_drafted() -> None:
    """Thanh Hóa 2016-2020 (round 58): a table of shares written one cell a line with no row
    labels ("2016", "17,9%", "39,6%", …) drafted 22 targets named by their own figures. A
    figure with no words to name it is listed with its reason; the named target beside them is
    read (the guard)."""
    text = (
        "Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020.\n"
        "Cơ cấu các ngành kinh tế:\n2016\n2017\n17,9%\n14,9%\n39,6%\n45,5%\n"
        "- Tỷ lệ hộ nghèo đến năm 2020 giảm còn dưới 2%.\n"
    )
    assert drafted(text) == [("level", "less_than", (2.0,), 2020, "decrease")]
    unread = extract_text(text).draft.unread
    assert [u.text for u in unread] == ["2016", "2017", "17,9%", "14,9%", "39,6%", "45,5%"]
    assert {u.reason for u in unread} == {texts.text("extract.no-name")}


def test_a_resolutions_article_holds_its_numbered_points() -> None:
    """Đức Thọ 2022 (round 59): under "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2022", the
    point "1. Chương trình mục tiêu Quốc gia Xây dựng NTM, đô thị văn minh" was read as a heading
    of the article's level ("Điều" cut off, "2. Về …" a point), which closed the targets: its
    four items were left unread, outside the targets."""
    text = (
        "NGHỊ QUYẾT\nVề Kế hoạch phát triển Kinh tế - Xã hội năm 2022\n"
        "Điều 1. Nhất trí báo cáo đánh giá kết quả thực hiện nhiệm vụ năm 2021.\n"
        "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2022\n"
        "1. Chương trình mục tiêu Quốc gia Xây dựng NTM, đô thị văn minh\n"
        "- Xây dựng 3-5 xã đạt NTM nâng cao.\n"
        "2. Các chỉ tiêu Kinh tế\n"
        "- Thu ngân sách trên địa bàn: 211 tỷ đồng;\n"
        "Điều 3. Tổ chức thực hiện\n"
        "Giao Ủy ban nhân dân huyện tổ chức thực hiện trong 30 ngày.\n"
    )
    assert [d[2] for d in drafted(text)] == [(3.0, 5.0), (211.0,)]
    draft = extract_text(text).draft
    assert [t.section for t in draft.targets] == ["2.1", "2.2"]


def test_a_congress_page_plans_the_term_its_deadline_falls_in() -> None:
    """Quế Hiệp 2020-2025 (round 61): the past term's results ("Nhiệm kỳ 2015 - 2020, … đạt
    được nhiều kết quả …. Năm 2019, thu nhập bình quân đầu người đạt 35 triệu đồng") and the new
    term's aims ("Nhiệm kỳ 2020 - 2025, … phấn đấu đến cuối năm 2025 …") made a plan of
    2016-2025, and the results of 2019 its targets. The plan is the term the targets' deadline
    falls in."""
    text = (
        "Ngày 20 - 21.5, Đảng bộ xã Quế Hiệp tổ chức Đại hội lần thứ XVIII, nhiệm kỳ 2020 - 2025.\n"
        "Nhiệm kỳ 2015 - 2020, Đảng bộ xã Quế Hiệp đã đạt được nhiều kết quả quan trọng. Năm "
        "2019, thu nhập bình quân đầu người đạt 35 triệu đồng.\n"
        "Nhiệm kỳ 2020 - 2025, Đảng bộ xã tập trung thực hiện đồng bộ các giải pháp. Theo mục "
        "tiêu đặt ra, địa phương phấn đấu đến cuối năm 2025 nâng mức thu nhập bình quân đầu "
        "người lên 52 triệu đồng, giảm tỷ lệ hộ nghèo xuống còn dưới 2%.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.base_year) == ((2021, 2025), 2020)
    assert [d[2] for d in drafted(text)] == [(52.0,), (2.0,)]


def test_a_new_year_greeted_and_a_report_announced_name_no_plan() -> None:
    """Yang Tao 2020 (round 61): "ngày làm việc đầu tiên của năm mới 2020" was drafted as a
    figure of 2020, and the report "… ban ngành đã tổ chức triển khai và thực hiện thắng lợi các
    chỉ tiêu … năm 2019" named the plan's time (2015-2019)."""
    text = (
        "Sáng ngày 02/01/2020, ngày làm việc đầu tiên của năm mới 2020.\n"
        "Báo cáo tóm tắt về triển khai thực hiện nhiệm vụ năm 2019 còn nhiều khó khăn. Nhưng với "
        "quyết tâm cao, các ban ngành đã tổ chức triển khai và thực hiện thắng lợi các chỉ tiêu, "
        "Nghị quyết của huyện giao về năm 2019.\n"
        "Cũng tại buổi lễ chào cờ đầu năm mới 2020, chính quyền xã đã đề ra một số chỉ tiêu chủ "
        "yếu năm 2020 như; Phấn đấu thực hiện gieo trồng cả năm đạt 1.949,2ha cây trồng các loại.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.base_year) == ((2020, 2020), 2019)
    assert drafted(text) == [("level", "value", (1949.2,), 2020, "increase")]


def test_a_years_results_over_paragraphs_before_its_aims_are_listed() -> None:
    """Tuyên Quang 2023 (round 60): after "Năm 2022, tỉnh đã hoàn thành 19/20 chỉ tiêu …", the
    paragraphs "… vượt chỉ tiêu kế hoạch và tăng so với cùng kỳ; du lịch, dịch vụ thu hút trên
    2,37 triệu lượt khách …" and "Hỗ trợ làm trên 2.460 nhà …" were drafted as targets of 2023
    ("kế hoạch" in "vượt chỉ tiêu kế hoạch" taken for a plan's word); "chào Xuân mới 2023" as a
    figure. Mỹ Nhơn 2012 (round 61): "Tỷ lệ hộ nghèo trong xã hiện còn 11,63%" reports what is."""
    text = (
        "Năm 2022, tỉnh đã hoàn thành 19/20 chỉ tiêu đã đề ra.\n"
        "Sản xuất nông nghiệp tiếp tục tăng trưởng, vượt chỉ tiêu kế hoạch; du lịch, dịch vụ thu "
        "hút trên 2,37 triệu lượt khách.\n"
        "Hỗ trợ làm trên 2.460 nhà cho hộ nghèo. Tỷ lệ hộ nghèo hiện còn 11,63%.\n"
        "Tỉnh đặt mục tiêu phấn đấu năm 2023, trồng mới 9.700ha rừng tập trung.\n"
        "Chương trình nghệ thuật đặc sắc chào Xuân mới 2023 đã tạo không khí hân hoan.\n"
    )
    assert [d[2] for d in drafted(text)] == [(9700.0,)]


def test_what_is_left_now_is_no_target() -> None:
    """Mỹ Nhơn 2012 (round 61): "Tỷ lệ hộ nghèo trong xã hiện còn 11,63%" (what is left now)
    was drafted as a target of 2012."""
    text = (
        "Kế hoạch xây dựng nông thôn mới năm 2012.\n"
        "Tỷ lệ hộ nghèo trong xã hiện còn 11,63%.\n"
        "Mục tiêu phấn đấu trong năm 2012 giảm tỷ lệ hộ nghèo còn 9%.\n"
    )
    assert [d[2] for d in drafted(text)] == [(9.0,)]


def test_a_headlines_place_before_its_dash_is_no_part_of_the_name() -> None:
    """Tháp Mười 2023 (round 59): the page's headline, twice ("null Tháp Mười – Phấn đấu tăng thu
    nhập bình quân đầu người năm 2023 đạt 68 triệu đồng", then without "null"), and its lead were
    three targets, the names keeping "null Tháp Mười – Phấn đấu". Named alike, the headlines are
    the lead's target told again."""
    text = (
        "null Tháp Mười – Phấn đấu tăng thu nhập bình quân đầu người năm 2023 đạt 68 triệu đồng\n"
        "Tháp Mười – Phấn đấu tăng thu nhập bình quân đầu người năm 2023 đạt 68 triệu đồng\n"
        "Năm 2023, Tháp Mười phấn đấu tăng thu nhập bình quân đầu người đạt 68 triệu "
        "đồng/người/năm.\n"
    )
    assert [r[1] for r in readings(text)] == ["tăng thu nhập bình quân đầu người"]


def test_a_strategy_that_aims_to_one_end_is_not_its_visions() -> None:
    """National fisheries strategy 2030 (round 62): "Theo đó, mục tiêu đến năm 2030, phát triển
    ngành Thủy sản … và đến năm 2045 đưa ngành thủy sản trở thành nhóm ba nước …" then figures
    naming no year: they were taken for targets of 2045 (the plan 2041-2045)."""
    text = (
        "Theo đó, mục tiêu đến năm 2030, phát triển ngành Thủy sản thành ngành kinh tế quan trọng "
        "và đến năm 2045 đưa ngành thủy sản trở thành nhóm ba nước sản xuất thủy sản dẫn đầu.\n"
        "Cụ thể, tổng sản lượng thủy sản sản xuất trong nước đạt 9,8 triệu tấn. Giá trị kim "
        "ngạch xuất khẩu thủy sản đạt 14 - 16 tỷ USD.\n"
    )
    assert extract_text(text).draft.period[1] == 2030
    numeric = [(d[2], d[3]) for d in drafted(text) if d[2]]
    assert numeric == [((9.8,), 2030), ((14.0, 16.0), 2030)]


def test_a_pages_clock_counter_and_a_councils_votes_are_no_targets() -> None:
    """Tủa Chùa 2019 (round 56): "15:58 - Thứ Ba, 18/12/2018 Lượt xem: 11048 In bài viết", "Trong
    3 ngày (18 - 20/12), HĐND huyện … họp kỳ thứ 8" and "lấy phiếu tín nhiệm đối với 22 chức
    danh" were drafted as targets, and "…; giảm 6% tỷ lệ hộ nghèo" took the subject of the
    clause before it (a growth of the revenue)."""
    text = (
        "Huyện Tủa Chùa phấn đấu năm 2019 giảm 6% hộ nghèo\n"
        "15:58 - Thứ Ba, 18/12/2018 Lượt xem: 11048 In bài viết\n"
        "ĐBP - Trong 3 ngày (18 - 20/12), HĐND huyện Tủa Chùa khóa XX họp kỳ thứ 8.\n"
        "Kỳ họp tiến hành lấy phiếu tín nhiệm đối với 22 chức danh do HĐND huyện bầu.\n"
        "Năm 2019, huyện phấn đấu thu ngân sách 50 tỷ đồng; giảm 6% tỷ lệ hộ nghèo.\n"
    )
    found = drafted(text)
    assert [d[2] for d in found if d[2]] == [(50.0,), (6.0,)]
    assert found[-1] == ("change", "value", (6.0,), (2019, 2019), "decrease")


def test_whom_a_measure_helps_does_not_turn_its_direction() -> None:
    """Trà Vinh poverty 2021-2025 (round 64): "tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học
    đúng độ tuổi đạt 90%" was a target where less is better ("hộ nghèo" in its name)."""
    text = (
        "Kế hoạch giảm nghèo bền vững giai đoạn 2021 - 2025.\n"
        "Đến năm 2025, tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi đạt 90%; "
        "tỷ lệ hộ nghèo giảm còn dưới 1%.\n"
    )
    assert [d[4] for d in drafted(text)] == ["increase", "decrease"]


def test_a_congress_page_plans_its_term_not_the_one_its_secretary_served() -> None:
    """Võ Nhai 2020-2025 (round 65): "Bí thư Huyện ủy Võ Nhai khóa XXI, nhiệm kỳ 2015 - 2020 tiếp
    tục được tín nhiệm bầu giữ chức Bí thư … nhiệm kỳ 2020 - 2025" made a plan of 2016-2025:
    periods apart are not one plan, the latest is. Bình Giã (round 63): "Xã Bình Giã được hình
    thành từ ngày 1-7-2025, trên cơ sở hợp nhất các xã …, diện tích 34.262 ha" is no target."""
    text = (
        "Ban Chấp hành Đảng bộ huyện Võ Nhai, nhiệm kỳ 2020 - 2025 đã bầu Ban Thường vụ. Đồng chí "
        "Phạm Văn Thọ, Bí thư Huyện ủy khóa XXI, nhiệm kỳ 2015 - 2020 tiếp tục được bầu giữ chức "
        "Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.\n"
        "Xã Bình Giã được hình thành từ ngày 1-7-2025, trên cơ sở hợp nhất các xã Quảng Thành, "
        "Bình Giã, với diện tích 34.262 ha.\n"
        "Tại phiên bế mạc, các đại biểu đã biểu quyết thông qua Nghị quyết Đại hội, với các nhiệm "
        "vụ, giải pháp trọng tâm. Về xây dựng Đảng, hàng năm kết nạp 205 đảng viên.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.base_year) == ((2021, 2025), 2020)
    assert drafted(text) == [("annual", "value", (205.0,), (2021, 2025), "increase")]


def test_a_report_over_thousands_of_paragraphs_is_read_without_recursion() -> None:
    """A long text (a PDF's paragraphs): a report, 3,000 paragraphs with no figure and no time,
    then a figure. Whether the report goes on was followed paragraph by paragraph recursively,
    past Python's recursion limit (a traceback); it is walked back and forward instead."""
    text = (
        "Năm 2025, huyện đạt và vượt các chỉ tiêu đề ra.\n"
        + "Công tác an sinh xã hội được quan tâm.\n" * 3000
        + "Toàn huyện trồng mới 2 ha rừng.\n"
    )
    draft = extract_text(text).draft
    assert draft.targets == []
    assert [u.text for u in draft.unread] == ["Toàn huyện trồng mới 2 ha rừng"]
