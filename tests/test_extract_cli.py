"""`plantrack extract` as a user runs it: text, Word and PDF in; a draft that validates out,
then template and check on it; exit codes, formats, languages and what it refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from plantrack.extract import extract_file
from plantrack.extract.broken_font import broken_font_words
from plantrack.plans.model import BOUND_KEYS

from .conftest import ROOT
from .documents import docx_bytes, docx_table_bytes, pdf_bytes, wrapped

SOURCES = ROOT / "plans" / "sources"
CAU_NGANG = SOURCES / "cau-ngang-92-kh-ubnd-2022.txt"
TAN_HONG = SOURCES / "tan-hong-border-communes-2020-2025.txt"


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _targets(draft_yaml: str) -> list[tuple[object, ...]]:
    """Each target of a draft as (kind, bound key, bound, year or period, text)."""
    data = yaml.safe_load(draft_yaml)
    out = []
    for indicator in data["indicators"]:
        for target in indicator["targets"]:
            given = [key for key in BOUND_KEYS if key in target]
            bound = (given[0], target[given[0]]) if given else (None, None)
            out.append(
                (target["kind"], *bound, target.get("year", target.get("period")), target["text"])
            )
    return out


@pytest.mark.parametrize("source", [CAU_NGANG, TAN_HONG], ids=["cau-ngang", "tan-hong"])
def test_a_draft_round_trips_through_validate_template_and_check(
    cli, tmp_path: Path, source: Path
) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.yaml"
    result = cli("extract", str(source), "-o", str(draft))
    assert result.exit_code == 0, result.output
    assert "mục tiêu đã lập" in result.stderr
    assert cli("validate", "--strict", str(draft)).exit_code == 0
    sheet = tmp_path / "sheet.csv"
    assert cli("template", str(draft), "-o", str(sheet)).exit_code == 0
    checked = cli("check", "--plan", str(draft), str(sheet), "--format", "json", "--lang", "en")
    assert checked.exit_code == 0, checked.output
    report = json.loads(checked.stdout)
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    # every target assessed, once an area it names (no data yet)
    results = sum(len(t.get("areas", [None])) for i in data["indicators"] for t in i["targets"])
    assert sum(report["summary"].values()) == results
    assert report["summary"]["no_data"] == results


def test_every_target_carries_its_sentence_and_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = CAU_NGANG.read_text(encoding="utf-8").splitlines()
    out = cli("extract", str(CAU_NGANG)).stdout
    data = yaml.safe_load(out)
    targets = [t for i in data["indicators"] for t in i["targets"]]
    assert len(targets) >= 35
    for target in targets:
        line = lines[target["source"]["line"] - 1]
        assert target["text"] in " ".join(line.split())


def test_a_word_document_drafts_what_its_text_drafts(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "ke-hoach.docx"
    document.write_bytes(docx_bytes(_lines(TAN_HONG)))
    from_word = cli("extract", str(document))
    from_text = cli("extract", str(TAN_HONG))
    assert from_word.exit_code == 0, from_word.output
    assert _targets(from_word.stdout) == _targets(from_text.stdout)
    first = yaml.safe_load(from_word.stdout)["indicators"][0]["targets"][0]["source"]
    assert set(first) >= {"paragraph"} and "line" not in first


def test_a_pdf_drafts_what_its_text_drafts_at_its_pages(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = _lines(TAN_HONG)
    start = next(n for n, line in enumerate(lines) if line.startswith("II- CÁC CHỈ TIÊU"))
    section = lines[start : start + 12]  # the heading and items (1) to (11)
    typeset = [piece for line in section for piece in [*wrapped(line, 70), ""]]
    pages = [typeset[: len(typeset) // 2], typeset[len(typeset) // 2 :]]
    assert pages[0][-1] and pages[1][0]  # the page break falls inside an item: it runs on
    document = tmp_path / "ke-hoach.pdf"
    document.write_bytes(pdf_bytes(pages))
    text_only = tmp_path / "section.txt"
    text_only.write_text("\n".join(section), encoding="utf-8")
    from_pdf = cli("extract", str(document))
    assert from_pdf.exit_code == 0, from_pdf.output
    assert _targets(from_pdf.stdout) == _targets(cli("extract", str(text_only)).stdout)
    pages_seen = {
        t["source"]["page"]
        for i in yaml.safe_load(from_pdf.stdout)["indicators"]
        for t in i["targets"]
    }
    assert pages_seen == {1, 2}


def test_json_is_the_draft_as_data(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "draft.json"
    assert cli("extract", str(CAU_NGANG), "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["period"] == [2021, 2030] and data["base_year"] == 2020
    first = data["indicators"][0]["targets"][0]
    assert (first["kind"], first["comparator"], first["figures"]) == ("growth", "about", ["12,96"])
    assert data["summary"]["drafted"] == sum(len(i["targets"]) for i in data["indicators"])


def test_json_names_a_shares_indicators_and_a_counts_total(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "ke-hoach.txt"
    source.write_text(
        "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025\n"
        "- Tỷ trọng kinh tế số trong GRDP đạt khoảng 30%.\n"
        "- Có 8/8 xã được công nhận nông thôn mới nâng cao.\n",
        encoding="utf-8",
    )
    out = tmp_path / "draft.json"
    assert cli("extract", str(source), "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    ids = {i["name"]: i["id"] for i in data["indicators"]}
    targets = [t for i in data["indicators"] for t in i["targets"]]
    assert [(t["kind"], t["numerator"], t["denominator"], t["out_of"]) for t in targets] == [
        ("share", ids["Kinh tế số"], ids["GRDP"], None),
        ("count", None, None, 8),
    ]


def test_the_summary_and_comments_in_english(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("extract", str(CAU_NGANG), "--lang", "en")
    assert "targets drafted" in result.stderr
    assert "# REVIEW:" in result.stdout and "RÀ SOÁT" not in result.stdout


def test_what_is_not_understood_is_listed_with_its_line(tmp_path: Path) -> None:
    source = tmp_path / "ke-hoach.txt"
    source.write_text(
        "CÁC CHỈ TIÊU CHỦ YẾU\n"
        "1. Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n"
        "2. Phát triển du lịch cộng đồng (khoảng 2 triệu lượt khách).\n"
        "3. Tỷ lệ lao động qua đào tạo đạt 70% (năm 2020 là 55%), 30% có bằng cấp.\n",
        encoding="utf-8",
    )
    extraction = extract_file(source)
    assert [t.reading.numbers for t in extraction.draft.targets] == [(1.5,), (70.0,), (30.0,)]
    # a figure only in an aside gives no target: it is listed, with its line, not dropped
    assert [(u.text, u.block) for u in extraction.draft.unread] == [
        ("Phát triển du lịch cộng đồng (khoảng 2 triệu lượt khách)", 2)
    ]
    assert "# - dòng 3: Phát triển du lịch cộng đồng (khoảng 2 triệu lượt khách)" in extraction.yaml
    assert "1 chưa hiểu được" in extraction.yaml


def test_a_target_the_plan_rules_refuse_is_listed_with_the_reason(tmp_path: Path) -> None:
    source = tmp_path / "ke-hoach.txt"
    source.write_text(
        "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021-2030\n"
        "- Sản lượng lương thực đạt 12.000 tấn đến năm 2025 và 11.000 tấn đến năm 2030.\n",
        encoding="utf-8",
    )
    extraction = extract_file(source)
    # a second milestone below the first, for a level that should rise, is refused by the
    # plan's rule: it is listed with the rule's words, and the draft written validates
    assert [t.reading.numbers for t in extraction.draft.targets] == [(12000.0,)]
    [refused] = extraction.draft.unread
    assert refused.text == "11.000 tấn đến năm 2030"
    assert refused.reason is not None and refused.reason.key == "plan.milestone-direction"
    assert "# - dòng 2: 11.000 tấn đến năm 2030" in extraction.yaml
    from plantrack.plans.load import read_plan_text

    loaded, findings = read_plan_text(extraction.yaml, "draft.yaml")
    assert loaded is not None and not [f for f in findings if f.is_error]


def test_a_text_with_no_target_writes_nothing_and_exits_1(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "thong-bao.txt"
    source.write_text("Thông báo lịch họp giao ban tuần.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = cli("extract", str(source), "-o", str(out))
    assert result.exit_code == 1
    assert "không tìm thấy mục tiêu" in result.stderr
    assert not out.exists()


def test_a_pdf_without_text_names_ocr_and_exits_2(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "scan.pdf"
    document.write_bytes(pdf_bytes([[]], shapes_only=True))
    result = cli("extract", str(document), "--lang", "en")
    assert result.exit_code == 2
    assert "extract-no-text" in result.stderr and "OCR" in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["-o", "draft.csv"], ".yaml"),
        (["-o", "draft.yaml", "--format", "json"], "json"),
    ],
)
def test_an_output_the_draft_cannot_be_is_a_usage_error(
    cli, tmp_path: Path, args: list[str], said: str
) -> None:  # type: ignore[no-untyped-def]
    args = [str(tmp_path / a) if a.startswith("draft") else a for a in args]
    result = cli("extract", str(CAU_NGANG), *args)
    assert result.exit_code == 2
    assert said in result.stderr


def test_the_draft_never_overwrites_its_source(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "plan.yaml"
    source.write_text(CAU_NGANG.read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    result = cli("extract", str(source), "-o", str(source))
    assert result.exit_code == 2
    assert source.read_bytes() == before


def test_a_word_table_of_targets_is_read_a_row_a_target(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "phu-luc.docx"
    document.write_bytes(
        docx_table_bytes(
            ["PHỤ LỤC", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025 CỦA HUYỆN CẦU NGANG"],
            [
                ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024", "Kế hoạch 2025", "Ghi chú"),
                ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "8,5", ""),
                ("2", "Thu nhập bình quân đầu người", "triệu đồng", "62", "68", ""),
                ("3", "Tỷ lệ hộ nghèo", "%", "3,1", "≤ 2,5", ""),
                ("4", "Số xã đạt chuẩn nông thôn mới", "xã", "10", "12", "tăng 2 xã"),
            ],
        )
    )
    draft = tmp_path / "draft.yaml"
    assert cli("extract", str(document), "-o", str(draft)).exit_code == 0
    assert cli("validate", "--strict", str(draft)).exit_code == 0
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert data["period"] == 2025
    found = [
        (
            i["unit"],
            t["kind"],
            t.get("value", t.get("at_most")),
            t.get("year", t.get("period")),
            t["source"],
        )
        for i in data["indicators"]
        for t in i["targets"]
    ]
    # the column of the plan (Kế hoạch 2025), never the results (Thực hiện 2024); the row as
    # written is the target's text, at its table and row, under the heading above the table
    section = "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025 CỦA HUYỆN CẦU NGANG"
    assert found == [
        ("tỷ đồng", "growth", "8,5%", 2025, {"section": section, "table": 1, "row": 2}),
        ("triệu đồng/người", "level", "68", 2025, {"section": section, "table": 1, "row": 3}),
        ("%", "level", "2,5", 2025, {"section": section, "table": 1, "row": 4}),
        ("xã", "level", "12", 2025, {"section": section, "table": 1, "row": 5}),
    ]
    texts = [t["text"] for i in data["indicators"] for t in i["targets"]]
    assert texts[2] == "3 | Tỷ lệ hộ nghèo | % | 3,1 | ≤ 2,5"


@pytest.mark.parametrize("separator", ["tab", "bar"])
def test_a_table_in_a_text_file_is_read_a_row_a_target(cli, tmp_path: Path, separator: str) -> None:  # type: ignore[no-untyped-def]
    """A table copied from a web page or a spreadsheet into a text file (cells between tabs),
    or written as Markdown (between bars), was joined into one sentence and drafted as one
    target "2024" (the header's year); it is read as a Word table is, a row a target."""
    rows = [
        ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024", "Kế hoạch 2025"),
        ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "8,5"),
        ("2", "Thu nhập bình quân đầu người", "triệu đồng", "62", "68"),
        ("3", "Tỷ lệ hộ nghèo", "%", "3,1", "≤ 2,5"),
    ]
    if separator == "tab":
        table = ["\t".join(row) for row in rows]
    else:
        table = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---|---|"]
        table += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    source = tmp_path / "ke-hoach.txt"
    source.write_text(
        "\n".join(["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025 HUYỆN CẦU NGANG", *table]) + "\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.yaml"
    assert cli("extract", str(source), "-o", str(draft)).exit_code == 0
    assert cli("validate", "--strict", str(draft)).exit_code == 0
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert (data["period"], data["area"]) == (2025, "cau-ngang")
    first = 3 if separator == "tab" else 4  # the line of the first row of figures
    found = [
        (i["unit"], t["kind"], t.get("value", t.get("at_most")), t["source"].get("line"))
        for i in data["indicators"]
        for t in i["targets"]
    ]
    assert found == [
        ("tỷ đồng", "growth", "8,5%", first),
        ("triệu đồng/người", "level", "68", first + 1),
        ("%", "level", "2,5", first + 2),
    ]
    texts = [t["text"] for i in data["indicators"] for t in i["targets"]]
    assert texts[2] == "3 | Tỷ lệ hộ nghèo | % | 3,1 | ≤ 2,5"


BROKEN = (
    "* Cỏc mục tiờu chủ yếu:\n"
    "- Nhịp độ tăng trưởng kinh tế bỡnh quõn giai đoạn 2011-2015 đạt 14,5 - 15%.\n"
    "- Thu ngõn sỏch Nhà nước trờn địa bàn hàng năm vượt dự toỏn Tỉnh giao trờn 10%.\n"
    "- Giảm tỷ lệ hộ nghốo cũn 1,2%.\n"
)


def test_a_text_whose_letters_a_font_broke_is_told(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Bắc Ninh's thesis excerpt ("bỡnh quõn" for "bình quân", as a PDF typed in an old 8-bit
    font gives its text) was drafted without a word; the draft is written, with a warning on
    stderr and at its top, and the JSON says which words gave it away."""
    source = tmp_path / "luan-van.txt"
    source.write_text(BROKEN, encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    result = cli("extract", "--lang", "en", str(source), "-o", str(draft))
    assert result.exit_code == 0
    warning = result.stderr.splitlines()[0]
    assert warning.startswith(f"{source}: extract-broken-font warning: The text's Vietnamese ")
    assert "cỏc (các), tiờu (tiêu), bỡnh (bình), quõn (quân), ngõn (ngân)" in warning
    head = draft.read_text(encoding="utf-8").split("\n\n")[0].splitlines()
    message = warning.split(" warning: ", 1)[1]
    assert [line for line in head if "look broken" in line] == [f"# {message}"]
    as_json = cli("extract", str(source), "--format", "json")
    summary = json.loads(as_json.stdout)["summary"]
    assert summary["broken_font"] == [
        "cỏc",
        "tiờu",
        "bỡnh",
        "quõn",
        "ngõn",
        "sỏch",
        "trờn",
        "toỏn",
        "nghốo",
        "cũn",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a PDF's glyphs mapped to wrong letters
        ("Nhịp độ tăng trưởng kinh tế bỡnh quõn trờn 8%", ("bỡnh", "quõn", "trờn")),
        # TCVN3 read as Windows' Western letters, VNI read so (fresh-eyes review)
        ("Tèc ®é t¨ng tr\u00adëng kinh tÕ b×nh qu©n", ("t¨ng", "tÕ", "b×nh", "qu©n")),
        ("Toác ñoä taêng tröôûng kinh teá bình quaân ñaït 8%", ("taêng", "teá", "quaân", "ñaït")),
        # good letters, or two broken words only
        ("Tốc độ tăng trưởng kinh tế bình quân đạt 8%", ()),
        ("Ghi chú: cũn 2 xã trờn địa bàn", ()),
    ],
)
def test_the_words_that_show_broken_letters(text: str, found: tuple[str, ...]) -> None:
    assert broken_font_words([text]) == found


def test_a_text_in_good_letters_is_not_called_broken(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # two telltale words are not enough ("cũn" and "trờn" might be typos)
    source = tmp_path / "ke-hoach.txt"
    source.write_text(
        CAU_NGANG.read_text(encoding="utf-8") + "\nGhi chú: cũn 2 xã trờn địa bàn.\n",
        encoding="utf-8",
    )
    result = cli("extract", str(source), "--format", "json")
    assert result.exit_code == 0 and "extract-broken-font" not in result.stderr
    assert json.loads(result.stdout)["summary"]["broken_font"] == []
