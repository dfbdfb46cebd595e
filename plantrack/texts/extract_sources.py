"""The words of reading a plan's published text (``plantrack.extract.sources``): where a block
of text is in its file, and why a file cannot be read."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Where a block of text is: "page 3, paragraph 4" (the parts joined by source.at.and)
    "source.at.line": ("line {line}", "dòng {line}"),
    "source.at.page": ("page {page}", "trang {page}"),
    "source.at.paragraph": ("paragraph {paragraph}", "đoạn {paragraph}"),
    "source.at.table": ("table {table}", "bảng {table}"),
    "source.at.row": ("row {row}", "hàng {row}"),
    "source.at.and": ("{first}, {then}", "{first}, {then}"),
    # Why a file cannot be read (extract-unreadable, extract-no-text, extract-empty)
    "source.unreadable.os": ("cannot read {file}: {reason}", "không đọc được {file}: {reason}"),
    "source.unreadable.binary": (
        "{file} is not a text file: it holds NUL bytes (line {line}); give the .docx or .pdf "
        "the plan was published as, or save the text as UTF-8",
        "{file} không phải tệp văn bản thuần: có byte NUL (dòng {line}); hãy dùng tệp .docx "
        "hoặc .pdf gốc của kế hoạch, hoặc lưu văn bản dạng UTF-8",
    ),
    "source.unreadable.utf-16": (
        "{file} holds NUL bytes: it looks like UTF-16 without a byte-order mark; save it again "
        "as UTF-8",
        "{file} có byte NUL: có vẻ là UTF-16 không có dấu thứ tự byte; hãy lưu lại dạng UTF-8",
    ),
    "source.unreadable.zip": (
        "{file} is a Word document (.docx) or another zip file under a text name: name it "
        "*.docx to read it as a Word document",
        "{file} là tài liệu Word (.docx) hoặc tệp nén zip mang tên tệp văn bản: đặt tên "
        "*.docx để đọc như tài liệu Word",
    ),
    "source.unreadable.pdf-named": (
        "{file} is a PDF under another name: name it *.pdf to read it as a PDF",
        "{file} là tệp PDF mang tên khác: đặt tên *.pdf để đọc như tệp PDF",
    ),
    "source.unreadable.ole": (
        "{file} is an old Word 97-2003 (.doc) file or a password-protected Office document: "
        "open it in Word and save it as .docx (Word Document) without a password",
        "{file} là tệp Word 97-2003 (.doc) cũ hoặc tài liệu Office có đặt mật khẩu: hãy mở "
        "bằng Word và lưu lại thành .docx (Word Document) không mật khẩu",
    ),
    "source.unreadable.mixed-encoding": (
        "{file} mixes encodings: it is UTF-8 up to line {line} but that line is not; save it "
        "again from one program, as UTF-8",
        "{file} dùng lẫn nhiều bảng mã: đến dòng {line} là UTF-8 nhưng dòng đó thì không; hãy "
        "lưu lại từ một chương trình, dạng UTF-8",
    ),
    "source.unreadable.encoding": (
        "{file} is neither UTF-8, UTF-16 nor Windows-1258 (line {line}); save it as UTF-8",
        "{file} không phải UTF-8, UTF-16 hay Windows-1258 (dòng {line}); hãy lưu lại dạng UTF-8",
    ),
    "source.unreadable.docx": (
        "{file} cannot be opened as a Word document (.docx): it is damaged or not one; open it "
        "in Word and save it again as .docx",
        "không mở được {file} như tài liệu Word (.docx): tệp bị hỏng hoặc không phải tài liệu "
        "Word; hãy mở bằng Word và lưu lại thành .docx",
    ),
    "source.unreadable.pdf": (
        "{file} cannot be opened as a PDF: it is damaged or not one",
        "không mở được {file} như tệp PDF: tệp bị hỏng hoặc không phải PDF",
    ),
    "source.unreadable.pdf-page": (
        "the text of page {page} of {file} cannot be read: the PDF is damaged",
        "không đọc được chữ của trang {page} trong {file}: tệp PDF bị hỏng",
    ),
    "source.unreadable.encrypted": (
        "{file} is an encrypted PDF that cannot be opened without its password: remove the "
        "password (or print it to a new PDF) and extract from that",
        "{file} là tệp PDF được mã hoá, không mở được khi không có mật khẩu: hãy gỡ mật khẩu "
        "(hoặc in ra một tệp PDF mới) rồi trích xuất từ tệp đó",
    ),
    "source.no-text": (
        "{file} has no text layer: its pages are images (a scan); OCR is the missing step: run "
        "it first (e.g. `ocrmypdf --language vie in.pdf out.pdf`) and extract from the result",
        "{file} không có lớp chữ: các trang của tệp đều là ảnh (bản quét); cần nhận dạng "
        "chữ (OCR) trước (ví dụ `ocrmypdf --language vie in.pdf out.pdf`), rồi trích xuất từ "
        "tệp kết quả",
    ),
    "source.empty": ("{file} holds no text", "{file} không có nội dung"),
}
