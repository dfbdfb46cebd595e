"""The operating system's reasons, in both languages (``OSError.strerror`` is English only), and
the settings plantrack reads from the environment."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "os.eacces": ("{reason}", "không có quyền truy cập"),
    "os.eperm": ("{reason}", "không được phép"),
    "os.enoent": ("{reason}", "không tồn tại"),
    "os.eisdir": ("{reason}", "là một thư mục"),
    "os.enotdir": ("{reason}", "một phần của đường dẫn không phải thư mục"),
    "os.eloop": ("{reason}", "liên kết vòng quanh"),
    "os.enametoolong": ("{reason}", "tên quá dài"),
    "os.eio": ("{reason}", "lỗi vào/ra của thiết bị"),
    "os.enospc": ("{reason}", "hết chỗ trống trên đĩa"),
    "os.erofs": ("{reason}", "hệ thống tệp chỉ cho đọc"),
    "os.enxio": ("{reason}", "thiết bị không có"),
    "os.ebusy": ("{reason}", "thiết bị hoặc tệp đang bận"),
    "os.emfile": ("{reason}", "mở quá nhiều tệp"),
    "os.other": ("{reason}", "lỗi hệ thống ({reason})"),
    # plantrack.duckdb_settings
    "system.duckdb-memory": (
        "{variable}={value!r} is not a memory size: write a positive number and its unit, "
        "as 4GB, 500MB, 1.5GiB or 50% (of the machine's memory)",
        "{variable}={value!r} không phải dung lượng bộ nhớ: hãy ghi một số dương kèm đơn vị, "
        "như 4GB, 500MB, 1.5GiB hoặc 50% (bộ nhớ của máy)",
    ),
}
