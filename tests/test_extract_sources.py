"""A plan's published text read as located blocks (plantrack.extract.sources): plain text in the
encodings offices write, Word documents and PDFs made here from the bundled plan texts, and every
way a file can fail to be read, each a finding that names the file."""

from __future__ import annotations

import codecs
import io
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.extract import extract_text
from plantrack.extract.rewrap import rewrap
from plantrack.extract.source_pdf import page_paragraphs
from plantrack.extract.sources import (
    Block,
    Location,
    SourceError,
    read_source,
    source_from_text,
)
from plantrack.texts import in_language

from .conftest import ROOT
from .documents import pdf_bytes, wrapped

SOURCES = ROOT / "plans" / "sources"
TAN_HONG = SOURCES / "tan-hong-border-communes-2020-2025.txt"
CAU_NGANG = SOURCES / "cau-ngang-92-kh-ubnd-2022.txt"


def _lines(path: Path) -> list[str]:
    """The file's lines as an editor numbers them (index 0 is line 1)."""
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _line_starting(path: Path, start: str) -> tuple[int, str]:
    """The 1-based number and text of the first line of ``path`` that starts with ``start``."""
    for number, line in enumerate(_lines(path), start=1):
        if line.strip().startswith(start):
            return number, line.strip()
    raise AssertionError(f"{start!r} not in {path}")


def _error(path: Path) -> SourceError:
    with pytest.raises(SourceError) as caught:
        read_source(path)
    return caught.value


def _names_the_file(error: SourceError, path: Path) -> None:
    finding = error.finding
    assert finding.file == str(path) and finding.is_error
    assert str(path) in finding.message and str(path) in in_language(finding.message, "vi")


# --------------------------------------------------------------------------------------------
# Where a block is


@pytest.mark.parametrize(
    "location,en,vi",
    [
        (Location(line=12), "line 12", "dòng 12"),
        (Location(page=3, paragraph=4), "page 3, paragraph 4", "trang 3, đoạn 4"),
        (Location(table=2, row=5), "table 2, row 5", "bảng 2, hàng 5"),
        (Location(paragraph=7), "paragraph 7", "đoạn 7"),
    ],
)
def test_a_location_says_where_in_both_languages(location: Location, en: str, vi: str) -> None:
    assert location.describe("en") == en
    assert location.describe("vi") == vi


# --------------------------------------------------------------------------------------------
# Text files


def test_a_bundled_plan_text_is_a_block_per_line_at_its_line() -> None:
    source = read_source(TAN_HONG)
    assert source.format == "txt" and source.path == TAN_HONG
    lines = _lines(TAN_HONG)
    assert [b.location.line for b in source.blocks] == [
        number for number, line in enumerate(lines, start=1) if line.strip()
    ]
    number, heading = _line_starting(TAN_HONG, "II- CÁC CHỈ TIÊU CHỦ YẾU")
    assert Block(heading, Location(line=number)) in source.blocks
    number, item = _line_starting(TAN_HONG, "(2) Đến năm 2025")
    assert Block(item, Location(line=number)) in source.blocks
    # the header's tabs and runs of spaces are one space
    number, said = _line_starting(TAN_HONG, "Tân Hồng, ngày")
    assert "  " in said  # the file has runs of spaces there
    assert Block("Tân Hồng, ngày tháng năm 2021", Location(line=number)) in source.blocks


def _windows_1258(text: str) -> bytes:
    """``text`` as Vietnamese Windows writes it: precomposed base letters (ê, ơ, ă...) with the
    tone as a combining mark, the only way Windows-1258 holds "ệ"."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append((base + "".join(c for c in decomposed if c in tones)).encode("cp1258"))
    return b"".join(out)


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16 le": lambda text: text.encode("utf-16"),  # with its byte-order mark
    "utf-16 be": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "windows-1258": _windows_1258,
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_plan_text_in_any_encoding_the_data_readers_accept(tmp_path: Path, encoding: str) -> None:
    text = "\r\n".join(_lines(TAN_HONG)[20:42])  # the targets, with Windows line ends
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(ENCODINGS[encoding](text))
    expected = read_source(TAN_HONG).blocks
    blocks = read_source(path).blocks
    assert [b.text for b in blocks] == [b.text for b in expected if 21 <= b.location.line <= 42]
    assert [b.location.line for b in blocks] == [
        b.location.line - 20 for b in expected if 21 <= b.location.line <= 42
    ]
    assert all(unicodedata.is_normalized("NFC", b.text) for b in blocks)
    assert any("Thu nhập bình quân đầu người" in b.text for b in blocks)


def test_decomposed_accents_come_out_composed(tmp_path: Path) -> None:
    said = "(9) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."
    path = tmp_path / "nfd.txt"
    path.write_text("\n" + unicodedata.normalize("NFD", said) + "\n", encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8"))
    assert read_source(path).blocks == (Block(said, Location(line=2)),)


def test_invisible_characters_go_and_white_space_is_one_space() -> None:
    line = "\ufeff\tThu\u00a0nhập\t\tbình\u200b quân\u202fđầu ng\u00adười  đạt\u200d 68 triệu\r"
    source = source_from_text(line + "\n\u00a0\t\n\u200b\nb", Path("x.txt"))
    assert source.blocks == (
        Block("Thu nhập bình quân đầu người đạt 68 triệu", Location(line=1)),
        Block("b", Location(line=4)),
    )


def test_the_eth_a_font_put_for_d_is_the_vietnamese_letter() -> None:
    """ "huyện Ðắk Glong" (U+00D0) is "huyện Đắk Glong": the extractor's words ("Đảng", "đạt",
    "đồng") were not found in it (fresh-eyes review)."""
    blocks = source_from_text(
        "Tổng thu ngân sách trên Ðịa bàn Ðạt 500 tỷ Ðồng\n", Path("x.txt")
    ).blocks
    assert blocks[0].text == "Tổng thu ngân sách trên Địa bàn Đạt 500 tỷ Đồng"
    draft = extract_text("Các chỉ tiêu chủ yếu năm 2025:\n- " + blocks[0].text + "\n").draft
    # (a capital after a scale is the money's word: "tỷ đồng", as "500 tỷ Đồng." reads)
    assert [(i.name, i.unit) for i in draft.indicators] == [
        ("Tổng thu ngân sách trên Địa bàn", "tỷ đồng")
    ]


def test_the_letter_oi_a_pdf_font_put_for_u_horn_is_the_vietnamese_letter() -> None:
    """ "ngƣời", "CHƢƠNG 2" (U+01A3, U+01A2, as many Vietnamese PDFs give Ư): the chapter
    heading was drafted as a target of 2 (Phúc Yên), and "người" was not found as a word."""
    blocks = source_from_text(
        "CHƢƠNG 2\nTỷ lệ ngƣời dân tham gia bảo hiểm y tế đạt 95% vào năm 2025\n", Path("x.txt")
    ).blocks
    assert [b.text for b in blocks] == [
        "CHƯƠNG 2",
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% vào năm 2025",
    ]
    draft = extract_text("\n".join(b.text for b in blocks)).draft
    assert [t.reading.numbers for t in draft.targets] == [(95.0,)]


def test_lines_are_counted_at_every_kind_of_line_end() -> None:
    source = source_from_text("một\r\nhai\rba\n\nbốn", Path("x.txt"))
    assert [(b.text, b.location.line) for b in source.blocks] == [
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 5),
    ]


_ALPHABET = st.one_of(
    st.characters(),
    st.sampled_from(
        [
            *("\n", "\r", " ", "\t", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u2028"),
            *("e", "\u0301", "\u0323", "\u0302", "đ", "Ư", "\x0c", "\x85", "|", "Ð", "ð"),
            *("Ƣ", "ƣ"),
        ]
    ),
)


@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_any_text_gives_clean_blocks_at_the_lines_they_came_from(text: str) -> None:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def visible(line: str) -> str:  # what a reader sees of a line, without any spacing
        kept = "".join(c for c in line if unicodedata.category(c) != "Cf")
        # the letters a font put for Đ and Ư are the Vietnamese letters
        for stand_in, letter in (("Ð", "Đ"), ("ð", "đ"), ("Ƣ", "Ư"), ("ƣ", "ư")):
            kept = kept.replace(stand_in, letter)
        shown = unicodedata.normalize("NFC", kept)
        return "".join(c for c in shown if not c.isspace() and unicodedata.category(c) != "Cc")

    expected = {n: visible(line) for n, line in enumerate(lines, start=1) if visible(line)}
    if not expected:
        with pytest.raises(SourceError) as caught:
            source_from_text(text, Path("x.txt"))
        assert caught.value.finding.code == "extract-empty"
        return
    blocks = source_from_text(text, Path("x.txt")).blocks
    assert [b.location.line for b in blocks] == sorted(expected)
    for block in blocks:
        assert block.text and block.text == block.text.strip() and "  " not in block.text
        assert unicodedata.is_normalized("NFC", block.text)
        assert not any(unicodedata.category(c) in ("Cf", "Cc") for c in block.text)
        assert all(c == " " or not c.isspace() for c in block.text)
        if block.cells is None:
            assert block.text.replace(" ", "") == expected[block.location.line]
            continue
        # a table's row (lines of cells between tabs or bars): its cells, nothing lost
        assert block.text == " | ".join(cell for cell in block.cells if cell)
        seen = "".join(block.cells).replace(" ", "")
        assert seen in (
            expected[block.location.line],
            expected[block.location.line].replace("|", ""),
        )


def test_lines_of_cells_between_tabs_or_bars_are_a_table_s_rows() -> None:
    """A table copied from a web page or a spreadsheet into a text file (cells between tabs),
    or written as Markdown (between bars), is rows with their cells, as a Word table's are."""
    text = (
        "Các chỉ tiêu chủ yếu\n"
        "STT\tChỉ tiêu\tĐVT\tKế hoạch 2025\n"
        "1\tTỷ lệ hộ nghèo\t%\t2,5\n"
        "\tThu nhập bình quân\ttriệu đồng\t\n"
        "\tmột đoạn thụt lề\n"
        "| Chỉ tiêu | Kế hoạch 2025 |\n"
        "|---|---|\n"
        "| Tỷ lệ che phủ rừng | 45% |\n"
        "Tân Hồng,\tngày\ttháng năm 2021\n"
    )
    blocks = source_from_text(text, Path("x.txt")).blocks
    assert [(b.text, b.location, b.cells) for b in blocks] == [
        ("Các chỉ tiêu chủ yếu", Location(line=1), None),
        (
            "STT | Chỉ tiêu | ĐVT | Kế hoạch 2025",
            Location(line=2, table=1, row=1),
            ("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2025"),
        ),
        (
            "1 | Tỷ lệ hộ nghèo | % | 2,5",
            Location(line=3, table=1, row=2),
            ("1", "Tỷ lệ hộ nghèo", "%", "2,5"),
        ),
        (
            "Thu nhập bình quân | triệu đồng",
            Location(line=4, table=1, row=3),
            ("", "Thu nhập bình quân", "triệu đồng", ""),
        ),
        # an indent is no cell; a lone line of tabs is a line
        ("một đoạn thụt lề", Location(line=5), None),
        (
            "Chỉ tiêu | Kế hoạch 2025",
            Location(line=6, table=2, row=1),
            ("Chỉ tiêu", "Kế hoạch 2025"),
        ),
        # Markdown's rule under the header (line 7) is no row
        (
            "Tỷ lệ che phủ rừng | 45%",
            Location(line=8, table=2, row=2),
            ("Tỷ lệ che phủ rừng", "45%"),
        ),
        ("Tân Hồng, ngày tháng năm 2021", Location(line=9), None),
    ]
    assert Location(line=3, table=1, row=2).describe("vi") == "dòng 3, bảng 1, hàng 2"


def test_tabs_that_set_out_a_list_or_a_letter_s_heading_make_no_table() -> None:
    """A numbered list copied out of Word has a tab after each item's number, and a letter's
    heading sets its two columns apart with tabs: both were read as tables (fresh-eyes
    review), the heading's date making the plan five years long."""
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN TÂN HỒNG\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\tTân Hồng, ngày 05 tháng 01 năm 2024\n"
        "1.\tTốc độ tăng trưởng kinh tế đạt 8%.\n"
        "2.\tThu nhập bình quân đầu người đạt 60 triệu đồng.\n"
    )
    blocks = source_from_text(text, Path("x.txt")).blocks
    assert [b.cells for b in blocks] == [None] * 5
    assert blocks[3].text == "1. Tốc độ tăng trưởng kinh tế đạt 8%."


def test_a_group_row_with_one_cell_is_a_row_of_its_table() -> None:
    """ "Chỉ tiêu kinh tế" on a row of its own, its other cells empty, split the table: the
    header became text and every row's target its STT (fresh-eyes review)."""
    text = (
        "STT\tChỉ tiêu\tĐVT\tKế hoạch 2025\n"
        "Chỉ tiêu kinh tế\t\t\t\n"
        "1\tTốc độ tăng trưởng kinh tế\t%\t7-8\n"
        "Chỉ tiêu xã hội\t\t\t\n"
        "2\tTỷ lệ hộ nghèo\t%\t2,5\n"
    )
    blocks = source_from_text(text, Path("x.txt")).blocks
    assert [(b.location.table, b.location.row) for b in blocks] == [(1, n) for n in range(1, 6)]
    draft = extract_text("Các chỉ tiêu chủ yếu năm 2025:\n" + text).draft
    assert [(t.reading.numbers, t.written) for t in draft.targets] == [
        ((7.0, 8.0), "1 | Tốc độ tăng trưởng kinh tế | % | 7-8"),
        ((2.5,), "2 | Tỷ lệ hộ nghèo | % | 2,5"),
    ]


def test_a_blank_line_ends_a_paragraph_of_a_hard_wrapped_text() -> None:
    """Lào Cai: items that end with their figure and no full stop make the text look
    hard-wrapped; "8 chỉ tiêu xã hội gồm:" after a blank line was joined to the item before it,
    which lost its target."""
    text = (
        "11 chỉ tiêu kinh tế gồm:\n\n- Tốc độ tăng trưởng kinh tế đạt 10,5%\n\n"
        "- Tỷ lệ đô thị hóa: 33,5%\n\n- Hộ gia đình được sử dụng điện lưới quốc gia: 97,8%\n\n"
        "8 chỉ tiêu xã hội gồm:\n\n- Tỷ lệ trường học đạt chuẩn quốc gia: 68%\n"
        "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt\n96,5%\n"
    )
    blocks, _ = rewrap(source_from_text(text, Path("x.txt")).blocks)
    assert [b.text for b in blocks][3:] == [
        "- Hộ gia đình được sử dụng điện lưới quốc gia: 97,8%",
        "8 chỉ tiêu xã hội gồm:",
        "- Tỷ lệ trường học đạt chuẩn quốc gia: 68%",
        "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%",  # no blank line: joined
    ]


def test_a_line_that_stops_short_of_the_width_ends_its_paragraph() -> None:
    """Hà Tĩnh's infographic, one box a line with no full stops, looked hard-wrapped, and every
    line was joined into one paragraph: 11 of its 17 targets were lost. A line is joined to the
    next only when that line's first word would not have fitted on it, when the next starts
    with a small letter, or when the next is a short cell (its figure: ">90%")."""
    text = (
        "Đảng bộ tỉnh và những chỉ tiêu quan trọng nhiệm kỳ 2020 - 2025 được đại hội thông qua.\n"
        "Tốc độ tăng trưởng kinh tế bình quân\n>10%\n"
        "Thu ngân sách trên địa bàn đến năm 2025 đạt trên 28 nghìn tỷ đồng\n"
        "Kim ngạch xuất khẩu trên 2 tỷ USD\n"
        "Tỷ lệ bao phủ bảo hiểm y tế của\ntoàn tỉnh\n"
    )
    blocks, _ = rewrap(source_from_text(text, Path("x.txt")).blocks)
    assert [b.text for b in blocks][1:] == [
        "Tốc độ tăng trưởng kinh tế bình quân >10%",
        "Thu ngân sách trên địa bàn đến năm 2025 đạt trên 28 nghìn tỷ đồng",
        "Kim ngạch xuất khẩu trên 2 tỷ USD",
        "Tỷ lệ bao phủ bảo hiểm y tế của toàn tỉnh",
    ]


def test_a_counter_that_lost_its_dot_is_a_list_mark() -> None:
    """A table's numbered rows flattened to lines ("1 Tốc độ tăng trưởng GRDP đạt 8%"), or an
    infographic's boxes ("0 Thu ngân sách …"): the counter was read as the target's value.
    Before a small letter a number is a count, not a mark ("3 xã đạt chuẩn nông thôn mới")."""
    text = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2025 của tỉnh X\n"
        "Các chỉ tiêu chủ yếu:\n"
        "1 Tốc độ tăng trưởng GRDP đạt 8%\n"
        "2 Thu nhập bình quân đầu người đạt 70 triệu đồng\n"
        "3 xã đạt chuẩn nông thôn mới nâng cao\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.numbers, t.text) for t in draft.targets] == [
        ((8.0,), "Tốc độ tăng trưởng GRDP đạt 8%"),
        ((70.0,), "Thu nhập bình quân đầu người đạt 70 triệu đồng"),
        ((3.0,), "3 xã đạt chuẩn nông thôn mới nâng cao"),
    ]


def test_a_hard_wrapped_text_keeps_its_table_rows_as_they_are() -> None:
    """Lines broken mid-sentence are joined back into paragraphs; a table's rows between them
    are never joined to the prose nor to each other."""
    prose = [
        "Năm 2025, huyện phấn đấu phát triển kinh tế nhanh và",
        "bền vững, tập trung phát triển nông nghiệp ứng dụng công",
        "nghệ cao, công nghiệp chế biến và thương mại dịch vụ với",
        "các chỉ tiêu chủ yếu như sau",
    ]
    table = ["STT\tChỉ tiêu\tKế hoạch 2025", "1\tTỷ lệ hộ nghèo giảm còn dưới\t2,5%"]
    text = "\n".join(
        [*prose, *table, "Các chỉ tiêu trên được giao cho các xã, thị trấn thực", "hiện"]
    )
    source = source_from_text(text, Path("x.txt"))
    blocks, starts = rewrap(source.blocks)
    assert [(b.text, b.location.line, b.cells is not None) for b in blocks] == [
        (" ".join(prose), 1, False),
        ("STT | Chỉ tiêu | Kế hoạch 2025", 5, True),
        ("1 | Tỷ lệ hộ nghèo giảm còn dưới | 2,5%", 6, True),
        ("Các chỉ tiêu trên được giao cho các xã, thị trấn thực hiện", 7, False),
    ]
    offsets = [sum(len(line) + 1 for line in prose[:k]) for k in range(len(prose))]
    assert starts[0] == [(offset, k + 1) for k, offset in enumerate(offsets)]
    # a text's first line elsewhere in its file keeps its rows' cells
    assert extract_text(text, first_line=10).draft.targets[0].written == (
        "1 | Tỷ lệ hộ nghèo giảm còn dưới | 2,5%"
    )


# --------------------------------------------------------------------------------------------
# Text files that are not text


@pytest.mark.parametrize(
    "content,key,line",
    [
        (b"(1) Thu nh\xe1\xba\xadp\nabc\x00\x01\x02", "source.unreadable.binary", 2),
        ("(1) Thu nhập".encode("utf-16-le"), "source.unreadable.utf-16", 1),
        (b"PK\x03\x04\x14\x00\x06\x00rest of a docx", "source.unreadable.zip", None),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "source.unreadable.pdf-named", None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "source.unreadable.ole", None),
        ("Thu nhập\nđạt ".encode() + _windows_1258("68 triệu"), "source.unreadable.mixed-encoding", 2),
        (b"Thu nhap\ndat 68 trieu \x81\x8a", "source.unreadable.encoding", 2),
    ],
    ids=["nul-bytes", "utf-16-without-bom", "zip", "pdf", "doc", "mixed", "undecodable"],
)  # fmt: skip
def test_a_text_file_that_is_not_text_is_refused_naming_it(
    tmp_path: Path, content: bytes, key: str, line: int | None
) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(content)
    error = _error(path)
    assert error.finding.code == "extract-unreadable"
    assert error.finding.message.key == key  # type: ignore[attr-defined]
    assert error.finding.line == line
    _names_the_file(error, path)


@pytest.mark.parametrize("content", [b"", b"\n \r\n\t\n\xc2\xa0\n", b"\xef\xbb\xbf"])
def test_a_file_with_no_text_is_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "trong.txt"
    path.write_bytes(content)
    error = _error(path)
    assert error.finding.code == "extract-empty"
    _names_the_file(error, path)


def test_a_file_that_cannot_be_opened_says_why(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.txt"
    error = _error(missing)
    assert error.finding.code == "extract-unreadable"
    assert "không tồn tại" in in_language(error.finding.message, "vi")
    _names_the_file(error, missing)
    assert _error(tmp_path).finding.code == "extract-unreadable"  # a folder


# --------------------------------------------------------------------------------------------
# Word documents


def _targets_docx(path: Path) -> dict[str, object]:
    """A plan as Word: its title, the targets as paragraphs, then a table of targets with a
    merged heading cell and an empty row, then a paragraph after the table."""
    import docx

    lines = {start: _line_starting(TAN_HONG, start)[1] for start in ("II-", "(2)", "(3)", "(9)")}
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("")  # an empty paragraph: no block, not counted
    document.add_paragraph(lines["II-"])
    split = document.add_paragraph("(2) Đến năm 2025: Thu nhập bình quân\t")
    split.add_run("đầu người đạt\u00a068 triệu đồng/người.")
    document.add_paragraph(unicodedata.normalize("NFD", lines["(3)"]))
    table = document.add_table(rows=5, cols=4)
    for row, cells in enumerate(
        [
            ("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2025"),
            ("", "", "", ""),
            ("1", "Thu nhập bình quân đầu người", "triệu đồng/người", "68"),
            ("2", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "95"),
            ("3", "Lao động được tạo việc làm", "", "2.250"),
        ]
    ):
        for col, value in enumerate(cells):
            table.cell(row, col).text = value
    merged = table.cell(4, 2).merge(table.cell(4, 3))
    merged.text = "2.250 lao động/năm"
    document.add_paragraph(lines["(9)"])
    document.save(str(path))
    return lines


def test_a_word_document_is_its_paragraphs_and_table_rows_in_body_order(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    lines = _targets_docx(path)
    source = read_source(path)
    assert source.format == "docx"
    assert source.blocks == (
        Block("KẾ HOẠCH", Location(paragraph=1)),
        Block(lines["II-"], Location(paragraph=2)),
        Block(lines["(2)"], Location(paragraph=3)),
        Block(lines["(3)"], Location(paragraph=4)),
        Block("STT | Chỉ tiêu | ĐVT | Kế hoạch 2025", Location(table=1, row=1)),
        Block("1 | Thu nhập bình quân đầu người | triệu đồng/người | 68", Location(table=1, row=3)),
        Block("2 | Tỷ lệ người dân tham gia bảo hiểm y tế | % | 95", Location(table=1, row=4)),
        Block("3 | Lao động được tạo việc làm | 2.250 lao động/năm", Location(table=1, row=5)),
        Block(lines["(9)"], Location(paragraph=5)),
    )


def test_a_word_document_of_the_whole_bundled_plan_keeps_every_line(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in _lines(CAU_NGANG):
        document.add_paragraph(line)
    path = tmp_path / "cau-ngang.docx"
    document.save(str(path))
    as_text = read_source(CAU_NGANG).blocks
    as_word = read_source(path).blocks
    assert [b.text for b in as_word] == [b.text for b in as_text]
    assert [b.location.paragraph for b in as_word] == list(range(1, len(as_text) + 1))


@pytest.mark.parametrize("kind", ["not-a-zip", "zip-not-word", "text-named-docx"])
def test_a_damaged_word_document_is_refused_naming_it(tmp_path: Path, kind: str) -> None:
    import zipfile

    path = tmp_path / "hong.docx"
    if kind == "not-a-zip":
        good = tmp_path / "good.docx"
        _targets_docx(good)
        path.write_bytes(good.read_bytes()[:400])  # cut short: the zip's directory is gone
    elif kind == "zip-not-word":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "xin chào")
    else:
        path.write_text("(1) Thu nhập bình quân đầu người đạt 68 triệu đồng.", encoding="utf-8")
    error = _error(path)
    assert error.finding.code == "extract-unreadable"
    assert error.finding.message.key == "source.unreadable.docx"  # type: ignore[attr-defined]
    _names_the_file(error, path)


# --------------------------------------------------------------------------------------------
# PDF


ITEMS = ("(2)", "(3)", "(6)", "(7)", "(8)", "(10)")


def test_a_pdf_gives_its_paragraphs_back_whole_at_their_page(tmp_path: Path) -> None:
    heading = _line_starting(TAN_HONG, "II- CÁC CHỈ TIÊU CHỦ YẾU")[1]
    items = [_line_starting(TAN_HONG, start)[1] for start in ITEMS]
    first = [heading, *wrapped(items[0]), *wrapped(items[1]), "", "1"]
    second = ["- 2 -", *(line for item in items[2:] for line in wrapped(item)), "2"]
    assert all(len(wrapped(item)) >= 2 for item in items)  # each item is broken across lines
    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(pdf_bytes([first, second]))
    source = read_source(path)
    assert source.format == "pdf"
    assert source.blocks == (
        Block(heading, Location(page=1, paragraph=1)),
        Block(items[0], Location(page=1, paragraph=2)),
        Block(items[1], Location(page=1, paragraph=3)),
        *(Block(item, Location(page=2, paragraph=n)) for n, item in enumerate(items[2:], 1)),
    )
    assert all(unicodedata.is_normalized("NFC", b.text) for b in source.blocks)
    assert "Thu nhập bình quân đầu người đạt 68 triệu đồng/người." in items[0]


def test_a_pdf_of_only_shapes_and_images_has_no_text_layer_and_names_ocr(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ban-quet.pdf"
    path.write_bytes(pdf_bytes([[], []], shapes_only=True))
    error = _error(path)
    assert error.finding.code == "extract-no-text"
    assert "OCR" in error.finding.message and "ocrmypdf" in error.finding.message
    vi = in_language(error.finding.message, "vi")
    assert "lớp chữ" in vi and "OCR" in vi and "ocrmypdf" in vi
    _names_the_file(error, path)


def test_a_pdf_of_page_numbers_only_is_empty_not_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "so-trang.pdf"
    path.write_bytes(pdf_bytes([["1"], ["2"]]))
    assert _error(path).finding.code == "extract-empty"


@pytest.mark.parametrize("kind", ["cut-short", "not-a-pdf", "garbage-after-header"])
def test_a_damaged_pdf_is_refused_naming_it(tmp_path: Path, kind: str) -> None:
    good = pdf_bytes([["(1) Thu nhập bình quân đầu người đạt 68 triệu đồng/người."]])
    content = {
        "cut-short": good[: len(good) // 2],
        "not-a-pdf": "Kế hoạch".encode(),
        "garbage-after-header": b"%PDF-1.4\n" + bytes(range(256)) * 4,
    }[kind]
    path = tmp_path / "hong.pdf"
    path.write_bytes(content)
    error = _error(path)
    assert error.finding.code == "extract-unreadable"
    assert error.finding.message.key == "source.unreadable.pdf"  # type: ignore[attr-defined]
    _names_the_file(error, path)


def _encrypted(data: bytes, user_password: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="chu", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_encrypted_pdf_opens_without_a_password_only_when_it_has_none(
    tmp_path: Path,
) -> None:
    item = _line_starting(TAN_HONG, "(9)")[1]
    plain = pdf_bytes([[item]])
    restricted = tmp_path / "han-che.pdf"  # printing or copying restricted, no password to open
    restricted.write_bytes(_encrypted(plain, ""))
    assert read_source(restricted).blocks == (Block(item, Location(page=1, paragraph=1)),)
    locked = tmp_path / "mat-khau.pdf"
    locked.write_bytes(_encrypted(plain, "bi-mat"))
    error = _error(locked)
    assert error.finding.code == "extract-unreadable"
    assert error.finding.message.key == "source.unreadable.encrypted"  # type: ignore[attr-defined]
    _names_the_file(error, locked)


def test_a_damaged_pdf_prints_nothing_of_its_own(tmp_path: Path) -> None:
    """pypdf's log lines about a damaged file ("EOF marker not found") are not shown: the
    finding says it, in the user's language."""
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.4\nnot a pdf\n")
    code = (
        "import sys; from pathlib import Path; from plantrack.extract.sources import *\n"
        f"try: read_source(Path({str(path)!r}))\n"
        "except SourceError as e: print(e.finding.code)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (out.stdout, out.stderr) == ("extract-unreadable\n", "")


@pytest.mark.parametrize(
    "lines,paragraphs",
    [
        # a sentence broken anywhere but at its end is one paragraph
        (["Thu nhập bình quân", "đầu người đạt 68 triệu."], ["Thu nhập bình quân đầu người đạt 68 triệu."]),
        (["Đến năm 2025", "Thu nhập đạt 68 triệu."], ["Đến năm 2025 Thu nhập đạt 68 triệu."]),
        # a sentence's end and a capital: a new paragraph; a lower-case start goes on
        (["Đạt 95%.", "Tỷ lệ hộ nghèo giảm."], ["Đạt 95%.", "Tỷ lệ hộ nghèo giảm."]),
        (["cụ thể như sau:", "tăng 12%;", "giảm 1,5%!", "và hơn?"], ["cụ thể như sau: tăng 12%; giảm 1,5%! và hơn?"]),
        (["“Đạt 95%.”", "Tiếp theo"], ["“Đạt 95%.”", "Tiếp theo"]),
        # numbered items and bullets start their own paragraph, whatever came before
        (["các chỉ tiêu", "1. Thu nhập", "2) Nghèo", "(3) Y tế", "a) Xã", "b. Huyện"],
         ["các chỉ tiêu", "1. Thu nhập", "2) Nghèo", "(3) Y tế", "a) Xã", "b. Huyện"]),
        (["gồm", "II- CÁC CHỈ TIÊU", "IV. Giải pháp", "- Tỷ lệ", "+ Số xã", "• Số hộ", "1.2. Điện"],
         ["gồm", "II- CÁC CHỈ TIÊU", "IV. Giải pháp", "- Tỷ lệ", "+ Số xã", "• Số hộ", "1.2. Điện"]),
        # a number that is not an item goes on the sentence: a negative, a decimal, a year
        (["tăng trưởng", "-2% so với", "12.5 lần và", "2025 là năm"], ["tăng trưởng -2% so với 12.5 lần và 2025 là năm"]),
        # headings in capitals stand alone
        (["KẾ HOẠCH", "Phát triển kinh tế"], ["KẾ HOẠCH", "Phát triển kinh tế"]),
        (["Ban Chấp hành", "ĐẢNG BỘ HUYỆN"], ["Ban Chấp hành", "ĐẢNG BỘ HUYỆN"]),
        # a blank line ends a paragraph
        (["Thu nhập bình quân", "", "đầu người"], ["Thu nhập bình quân", "đầu người"]),
        # hyphens at a line's end: a Vietnamese word stays two syllables; a range is whole
        (["thúc đẩy phát-", "triển kinh tế"], ["thúc đẩy phát triển kinh tế"]),
        (["giai đoạn 2020-", "2025 và"], ["giai đoạn 2020-2025 và"]),
        (["kinh tế -", "xã hội"], ["kinh tế - xã hội"]),
        # a page number alone on the first or last line is page furniture; elsewhere it is text
        (["- 3 -", "Thu nhập đạt", "68", "triệu.", "Trang 3/12"], ["Thu nhập đạt 68 triệu."]),
        (["", "12", "Thu nhập đạt 68.", "", "Page 4", ""], ["Thu nhập đạt 68."]),
        (["  Thu\u00a0nhập\u200b  ", "\tđạt"], ["Thu nhập đạt"]),
        (["", " "], []),
    ],
)  # fmt: skip
def test_a_pages_lines_are_joined_into_paragraphs(lines: list[str], paragraphs: list[str]) -> None:
    assert page_paragraphs("\n".join(lines)) == paragraphs


def test_reading_a_text_file_loads_neither_word_nor_pdf_libraries() -> None:
    code = (
        "import sys; from pathlib import Path; from plantrack.extract.sources import read_source\n"
        f"read_source(Path({str(TAN_HONG)!r}))\n"
        "print(sorted(m for m in ('docx', 'pypdf', 'matplotlib', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"
