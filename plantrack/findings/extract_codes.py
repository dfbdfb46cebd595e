"""The codes of ``plantrack extract``: a plan's published text that cannot be read."""

from __future__ import annotations

from plantrack.findings.registry import Code, Kind, Section

SECTIONS: tuple[Section, ...] = (
    Section(
        "Reading a plan's text (extract)",
        level=2,
        intro=(
            "`plantrack extract` reads a plan's published text: a text file (in the encodings "
            "the data readers accept), a Word document (.docx) or a PDF with a text layer. A "
            "file it cannot read is one of these errors, naming the file; nothing is drafted "
            "from it."
        ),
        codes=(
            Code(
                "extract-unreadable",
                Kind.ERROR,
                (
                    "the file cannot be read: a damaged or password-protected .docx or .pdf, a "
                    "binary file under a text name (NUL bytes, a Word or PDF file renamed .txt), "
                    "a text that is neither UTF-8, UTF-16 nor Windows-1258 or mixes encodings "
                    "(with the line), or the system refused to open it"
                ),
                vi="không đọc được văn bản kế hoạch",
            ),
            Code(
                "extract-no-text",
                Kind.ERROR,
                (
                    "a PDF without a text layer (a scan: every page is an image): OCR is the "
                    "missing step, e.g. `ocrmypdf --language vie in.pdf out.pdf`, then extract "
                    "from the result"
                ),
                vi="tệp PDF không có lớp chữ (bản quét)",
            ),
            Code(
                "extract-broken-font",
                Kind.WARNING,
                (
                    'the text\'s Vietnamese letters look broken ("bỡnh quõn", "b×nh qu©n" or '
                    '"bình quaân" for "bình quân"): typed in an old encoding (TCVN3/ABC, VNI) '
                    "and read as if Unicode when taken out of its file; the draft is written, "
                    "with this line at its top, but its names and cue words are not read as the "
                    "plan wrote them: convert the file to Unicode and extract again"
                ),
                vi="chữ tiếng Việt trong văn bản bị lỗi phông",
            ),
            Code(
                "extract-empty",
                Kind.ERROR,
                "the file holds no text at all (empty, or only blank lines and page numbers)",
                vi="văn bản không có nội dung",
            ),
        ),
        group="extract",
    ),
)
