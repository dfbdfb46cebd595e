"""The command line's own words, click's and plantrack's, in the language of the run.

Each kind of message is asked for in Vietnamese and in English and read word for word; the
language comes from ``--lang`` anywhere on the line (even after the mistake), else
``PLANTRACK_LANG``, else Vietnamese; one run never leaks its language into the next. Click's
messages are translated by their msgid: each catalogue entry is checked to be one click has, and
each usage error click can give to have its entry.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from plantrack.cli import click_words, language, main
from plantrack.texts import catalogue

from .conftest import ROOT
from .test_text_catalogue import ENGLISH, _words_outside_code

PLAN = "plans/cau-ngang-2030.yaml"
MESSY = "tests/golden/inputs/messy-actuals.csv"


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    """``plantrack ARGS`` as a user runs it from the repository, without PLANTRACK_LANG unless
    ``env`` gives it."""
    return CliRunner().invoke(
        main, list(args), env={"PLANTRACK_LANG": None, **(env or {})}, prog_name="plantrack"
    )


def with_lang(args: list[str], lang: str) -> list[str]:
    """``args`` with ``--lang LANG`` at the end, or before an option left without its value
    (``--plan`` would take ``--lang`` as its value)."""
    if args[-1].startswith("--"):
        return [*args[:-1], "--lang", lang, args[-1]]
    return [*args, "--lang", lang]


def error(result: Result) -> str:
    """The last line of stderr: click's ``Error: ...`` line, or plantrack's note."""
    return result.stderr.rstrip("\n").splitlines()[-1]


#: (arguments, Vietnamese line, English line): every kind of message, word for word.
CASES = {
    "a choice": (
        ["check", "--format", "xml"],
        "Lỗi: Giá trị không hợp lệ cho '--format': 'xml' không thuộc 'table', 'json', 'csv', "
        "'markdown', 'github', 'xlsx', 'docx', 'html'.",
        "Error: Invalid value for '--format': 'xml' is not one of 'table', 'json', 'csv', "
        "'markdown', 'github', 'xlsx', 'docx', 'html'.",
    ),
    "no such option": (
        ["check", "--zzz"],
        "Lỗi: Không có tùy chọn '--zzz'.",
        "Error: No such option '--zzz'.",
    ),
    "did you mean": (
        ["calc", "cagr", "1", "2", "--years", "5", "--yeras"],
        "Lỗi: Không có tùy chọn '--yeras'. Có phải ý bạn là '--years'?",
        "Error: No such option '--yeras'. Did you mean '--years'?",
    ),
    "did you mean one of": (
        ["check", "--fial-on", "off_track"],
        "Lỗi: Không có tùy chọn '--fial-on'. (Có phải ý bạn là một trong: '--as-of', '--fail-on'?)",
        "Error: No such option '--fial-on'. (Did you mean one of: '--as-of', '--fail-on'?)",
    ),
    "no such command": (
        ["chek"],
        "Lỗi: Không có lệnh 'chek'. (Có phải ý bạn là một trong: 'check', 'schema'?)",
        "Error: No such command 'chek'. (Did you mean one of: 'check', 'schema'?)",
    ),
    "missing argument": (
        ["calc", "cagr", "1"],
        "Lỗi: Thiếu đối số 'END'.",
        "Error: Missing argument 'END'.",
    ),
    "an option without its value": (
        ["check", "data", "--plan"],
        "Lỗi: Tùy chọn '--plan' cần một giá trị.",
        "Error: Option '--plan' requires an argument.",
    ),
    "out of range": (
        ["check", "--as-of", "3000"],
        "Lỗi: Giá trị không hợp lệ cho '--as-of': 3000 nằm ngoài khoảng 1900<=x<=2200.",
        "Error: Invalid value for '--as-of': 3000 is not in the range 1900<=x<=2200.",
    ),
    "not a number": (
        ["check", "--as-of", "abc"],
        "Lỗi: Giá trị không hợp lệ cho '--as-of': 'abc' không phải số nguyên hợp lệ.",
        "Error: Invalid value for '--as-of': 'abc' is not a valid integer range.",
    ),
    # plantrack's own usage errors
    "an encoding": (
        ["check", "--encoding", "idna"],
        "Lỗi: Giá trị không hợp lệ cho '--encoding': 'idna' không phải bảng mã của tệp văn bản "
        "(ví dụ: utf-8, cp1258, utf-16)",
        "Error: Invalid value for '--encoding': 'idna' is not an encoding of text files "
        "(e.g. utf-8, cp1258, utf-16)",
    ),
    "an unknown encoding": (
        ["check", "--encoding", "klingon"],
        "Lỗi: Giá trị không hợp lệ cho '--encoding': Python không biết bảng mã 'klingon' (ví dụ "
        "các bảng mã hợp lệ: utf-8, cp1258, utf-16)",
        "Error: Invalid value for '--encoding': 'klingon' is not an encoding Python knows "
        "(e.g. utf-8, cp1258, utf-16)",
    ),
    "explain is text": (
        ["check", "--explain", "income_per_capita", "--format", "json"],
        "Lỗi: --explain in cách tính dưới dạng văn bản; cho chương trình khác đọc, --format "
        "json ghi cùng cách tính đó trong các bước của mỗi kết quả",
        "Error: --explain prints the working as text; for scripts, --format json carries the "
        "same working in each result's steps",
    ),
    "a whole baseline": (
        ["check", "--write-baseline", "b.yaml", "--area", "x"],
        "Lỗi: --write-baseline ghi toàn bộ danh sách kết quả đã chấp nhận: chạy nó không kèm "
        "--area, --indicator, --status và --explain",
        "Error: --write-baseline writes the whole baseline: run it without --area, "
        "--indicator, --status and --explain",
    ),
    "an exchange rate (the library's Text)": (
        ["check", "--exchange-rate", "USD"],
        "Lỗi: Giá trị không hợp lệ cho --exchange-rate: 'USD' không phải là tỷ giá; hãy ghi "
        "MÃ_TIỀN=TỶ_GIÁ tính bằng đồng, ví dụ USD=24000, hoặc NĂM:MÃ_TIỀN=TỶ_GIÁ cho một năm, "
        "ví dụ 2022:USD=23600",
        None,  # English: the library's own words, checked in tests/test_read_actuals.py
    ),
    "-o a folder": (
        ["check", "-o", "plans"],
        "Lỗi: -o plans: đây là thư mục; hãy đặt tên một tệp",
        "Error: -o plans: that is a folder; give a file name",
    ),
    "-o against --format": (
        ["check", "-o", "report.json", "--format", "csv"],
        "Lỗi: -o report.json: đuôi tệp ứng với --format json, nhưng lại có --format csv; sửa "
        "một trong hai",
        "Error: -o report.json: the extension asks for --format json, but --format csv was "
        "given; change one of them",
    ),
    "-o an input": (
        ["check", PLAN, "--plan", PLAN, "-o", PLAN],
        f"Lỗi: -o {PLAN}: đây là tệp đầu vào ({PLAN}); hãy chọn tên khác",
        f"Error: -o {PLAN}: that is an input file ({PLAN}); choose another name",
    ),
    "-o in no folder": (
        ["check", "-o", "nowhere/r.json"],
        f"Lỗi: -o nowhere/r.json: không có thư mục {ROOT / 'nowhere'}",
        f"Error: -o nowhere/r.json: the folder {ROOT / 'nowhere'} does not exist",
    ),
    "template years": (
        ["template", PLAN, "--years", "2025"],
        "Lỗi: Giá trị không hợp lệ cho --years: ghi ĐẦU-CUỐI, ví dụ 2021-2025",
        "Error: Invalid value for --years: write FIRST-LAST, e.g. 2021-2025",
    ),
    "template extension": (
        ["template", PLAN, "-o", "sheet.json"],
        "Lỗi: -o sheet.json: biểu nhập số liệu được ghi dạng .csv hoặc .xlsx; đặt tên tệp có "
        "một trong hai đuôi đó",
        "Error: -o sheet.json: a data-entry sheet is written as .csv or .xlsx; give a name "
        "ending in one of them",
    ),
    "calc: not a number (the library's Text)": (
        ["calc", "cagr", "1e300", "2", "--years", "5"],
        "Lỗi: Giá trị không hợp lệ cho 'START': \"1e300\" không phải là số (hãy ghi một số, ví dụ "
        "1.234,5 hoặc 1,234.5, có thể có dấu + hoặc - ở đầu và dấu % ở cuối)",
        "Error: Invalid value for 'START': \"1e300\" is not a number (write one number, such as "
        "1.234,5 or 1,234.5, optionally with a sign in front and % at the end)",
    ),
    "calc: growth from zero (MathError's Text)": (
        ["calc", "cagr", "0", "5", "--years", "5"],
        "Lỗi: Giá trị không hợp lệ cho 'START': tính tốc độ tăng cần giá trị đầu kỳ lớn hơn 0 "
        "(đã cho 0); không xác định được tốc độ tăng từ 0 hoặc từ một số âm",
        "Error: Invalid value for 'START': a growth rate needs a start value above zero (got 0); "
        "growth from zero or from a negative value is undefined",
    ),
    "calc: a bound": (
        ["calc", "cagr", ">5", "2", "--years", "5"],
        "Lỗi: Giá trị không hợp lệ cho 'START': \">5\" là một cận (trên / dưới), không phải "
        "giá trị để tính; hãy ghi riêng con số",
        "Error: Invalid value for 'START': \">5\" is a bound (more than / less than), not a "
        "value to compute with; give the number alone",
    ),
    "calc: years": (
        ["calc", "cagr", "1", "2", "--years", "0"],
        "Lỗi: Giá trị không hợp lệ cho '--years': số năm phải lớn hơn không, như 5 hoặc 2,5 "
        '(nhận được "0")',
        "Error: Invalid value for '--years': the number of years must be above zero, such as 5 "
        'or 2,5 (got "0")',
    ),
    "calc: a rate below -100%": (
        ["calc", "project", "1", "-200%", "--years", "2"],
        "Lỗi: Giá trị không hợp lệ cho 'RATE': \"-200%\": tốc độ một năm dưới -100% là không "
        "thể (một giá trị không giảm quá toàn bộ nó)",
        "Error: Invalid value for 'RATE': \"-200%\": a yearly rate below -100% is impossible "
        "(a value cannot fall by more than all of it)",
    ),
    "calc: too large": (
        ["calc", "project", "1", "100000%", "--years", "1000"],
        "Lỗi: kết quả quá lớn, không tính được; hãy kiểm tra các số đã nhập",
        "Error: the result is too large to compute; check the inputs",
    ),
    "a baseline not written": (
        ["check", MESSY, "--plan", PLAN, "--write-baseline", "nowhere.yaml"],
        "nowhere.yaml: không ghi: dữ liệu đầu vào có lỗi",
        "nowhere.yaml: not written: errors in the inputs",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_message_in_vietnamese_and_in_english(name: str, in_root: Path) -> None:
    args, vietnamese, english = CASES[name]
    in_vi = run(*with_lang(args, "vi"))
    assert in_vi.exit_code == 2, in_vi.output
    assert error(in_vi) == vietnamese
    if english is not None:
        in_en = run(*with_lang(args, "en"))
        assert in_en.exit_code == 2, in_en.output
        assert error(in_en) == english
    assert not (ROOT / "nowhere.yaml").exists()


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_english_word_on_stderr_of_a_vietnamese_run(name: str, in_root: Path) -> None:
    """Past the help screen's ``Usage:`` line (bilingual by design), the words a Vietnamese
    run writes to stderr are Vietnamese."""
    stderr = run(*with_lang(CASES[name][0], "vi")).stderr
    said = "\n".join(line for line in stderr.splitlines() if not line.startswith("Usage:"))
    # "không ghi" and the like are Vietnamese; a file name or a flag is nobody's language
    english = [word for word in _words_outside_code(said) if word.lower() in ENGLISH]
    assert not english, stderr


def test_the_help_hint_in_each_language(in_root: Path) -> None:
    assert "Xem 'plantrack check --help' để biết cách dùng." in run("check", "--zzz").stderr
    hint = run("check", "--zzz", "--lang", "en").stderr
    assert "Try 'plantrack check --help' for help." in hint


def test_extra_arguments_and_plurals(in_root: Path) -> None:
    """ngettext: one extra argument or several, one value missing or several."""
    assert error(run("schema", "a")) == "Lỗi: Thừa đối số (a)"
    assert error(run("schema", "a", "b")) == "Lỗi: Thừa các đối số (a b)"
    english = {"PLANTRACK_LANG": "en"}
    assert error(run("schema", "a", env=english)) == "Error: Got unexpected extra argument (a)"
    assert error(run("schema", "a", "b", env=english)) == (
        "Error: Got unexpected extra arguments (a b)"
    )


def test_an_error_before_lang_is_parsed_is_in_the_language_asked_for(in_root: Path) -> None:
    assert error(run("check", "--format", "xml", "--lang", "en")).startswith(
        "Error: Invalid value for '--format'"
    )
    assert error(run("check", "--format", "xml", "--lang=EN")).startswith("Error: Invalid")
    assert error(
        run("check", "--format", "xml", "--lang", "vi", env={"PLANTRACK_LANG": "en"})
    ).startswith("Lỗi: Giá trị không hợp lệ cho '--format'")


def test_plantrack_lang_and_the_default(in_root: Path) -> None:
    assert error(run("check", "--zzz", env={"PLANTRACK_LANG": "en"})) == (
        "Error: No such option '--zzz'."
    )
    assert error(run("check", "--zzz")) == "Lỗi: Không có tùy chọn '--zzz'."  # default vi
    # an invalid language is Vietnamese, and click says so
    assert error(run("check", "--lang", "fr")) == (
        "Lỗi: Giá trị không hợp lệ cho '--lang': 'fr' không thuộc 'vi', 'en'."
    )


def test_one_run_never_leaks_its_language_into_the_next(in_root: Path) -> None:
    for lang, word in (("en", "Error:"), ("vi", "Lỗi:"), ("en", "Error:"), ("vi", "Lỗi:")):
        assert error(run("check", "--zzz", "--lang", lang)).startswith(word)
        assert language.in_run() is None
    # between runs click's own messages are its msgids, whatever the last run was
    assert click_words.gettext("Error: {message}") == "Error: {message}"
    assert language.current() == "en"


def test_the_language_of_a_command_line() -> None:
    of = language.language_of
    assert of(["check"], {}) == "vi"
    assert of(["check"], {"PLANTRACK_LANG": "en"}) == "en"
    assert of(["check", "--lang", "EN"], {"PLANTRACK_LANG": "vi"}) == "en"
    assert of(["--lang=en", "check"], {}) == "en"
    assert of(["check", "--lang", "en", "--lang", "vi"], {}) == "vi"  # the last, as click
    assert of(["check", "--lang", "fr"], {"PLANTRACK_LANG": "en"}) == "vi"  # invalid: vi
    assert of(["check", "--lang"], {"PLANTRACK_LANG": "en"}) == "vi"
    assert of(["calc", "average", "--", "--lang", "en"], {}) == "vi"  # an argument
    assert of(["check"], {"PLANTRACK_LANG": ""}) == "vi"


def test_calc_labels_in_each_language(in_root: Path) -> None:
    assert run("calc", "project", "45", "8%", "--years", "1").stdout == (
        "Giá trị sau 1 năm = 45 × (1 + 8%)^1 = 48,6\n"
    )
    assert run("calc", "project", "45", "8%", "--years", "2", "--lang", "en").stdout == (
        "Value after 2 years = 45 × (1 + 8%)^2 = 52.488\n"
    )
    assert run("calc", "average", "10", "--lang", "en").stdout == (
        "Average growth = (1 + 10%)^(1/1) - 1 = 10%/yr\n"
    )
    assert run("calc", "required", "45", "68", "--years", "5").stdout.startswith(
        "Tốc độ tăng cần đạt = (68 / 45)^(1/5) - 1 = 8,61%/năm"
    )


def test_init_and_the_missing_plans_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert error(run("check")) == (
        "Lỗi: thư mục này không có plans/. Để bắt đầu, chạy `plantrack init` (tạo plans/ với "
        "một kế hoạch mẫu, data/ với biểu nhập số liệu, và cấu hình CI), hoặc chỉ rõ tệp kế "
        "hoạch bằng --plan TỆP_HOẶC_THƯ_MỤC."
    )
    assert error(run("check", "--lang", "en")).startswith("Error: there is no plans/ folder here.")
    for command in ("validate", "plans"):  # their plans are arguments, not --plan
        refused = run(command, "--lang", "en")
        assert refused.exit_code == 2
        assert error(refused).endswith(
            f"or name the plans after the command: plantrack {command} FILE_OR_FOLDER."
        )
        assert "path-not-found" not in refused.output
    made = run("init").stdout.splitlines()
    assert made[0] == "đã tạo plans/example-tan-hong-border-2025.yaml"
    assert made[-1].startswith("tiếp theo: nhập số liệu vào data/")
    kept = run("init", "--lang", "en").stdout.splitlines()
    assert (
        kept[0] == "kept plans/example-tan-hong-border-2025.yaml: it exists already, left as it is"
    )


def test_a_full_disk_said_in_vietnamese(tmp_path: Path) -> None:
    """The system's reason in Vietnamese words too (ENOSPC), in a real process."""
    env = {**os.environ, "PLANTRACK_LANG": "vi"}
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "plantrack", "schema"],
            cwd=ROOT, env=env, stdout=full, stderr=subprocess.PIPE, timeout=60, check=False,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.decode("utf-8") == (
        "plantrack: không ghi được ra đầu ra chuẩn: hết chỗ trống trên đĩa\n"
    )


# -- the catalogue and click's msgids ----------------------------------------------------------

#: Click's msgids left in English by design: the help screen (bilingual as it is), --version's
#: line, and errors in the program rather than in its use (a developer's, never a user's).
NOT_TRANSLATED = {
    # the help screen
    "Usage:", "Options", "Commands", "Positional arguments", "Show this message and exit.",
    "Show the version and exit.", "env var: {var}", "default: {default}", "(dynamic)",
    "Choose from:\n\t{choices}", "Choice({choices})", "deprecated",
    "Confirm the action without prompting.", "%(prog)s, version %(version)s",
    # a path's kind is fixed when click is imported: written by the cli.click.word.* entries
    "file", "directory", "path",
    # a program's own mistakes
    "Name '{name}' defined twice",
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Invalid start character for option ({option})",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Unknown color {colour!r}",
}  # fmt: skip


def _click_msgids() -> set[str]:
    """Every string the translated click modules mark with ``_`` or ``ngettext``."""
    found: set[str] = set()
    for name in click_words.MODULES:
        source = Path(click.__file__).with_name(f"{name}.py").read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext")
            ):
                found |= {
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                }
    return found


def test_each_click_entry_is_a_msgid_click_has_and_each_usage_error_has_its_entry() -> None:
    msgids = _click_msgids()
    entries = {
        key: en
        for key, (en, _) in catalogue().items()
        if key.startswith(click_words.PREFIX) and not key.startswith(click_words.WORD_PREFIX)
    }
    assert not {key for key, en in entries.items() if en not in msgids}, "not click's msgids"
    assert len(set(entries.values())) == len(entries), "one msgid twice"
    assert msgids - set(entries.values()) - NOT_TRANSLATED == set(), "click says it in English"


def test_each_click_word_is_a_word_click_puts_into_its_messages() -> None:
    names = {
        click.INT.name, click.FLOAT.name, click.IntRange(0, 1).name, click.FloatRange(0, 1).name,
        "file", "directory", "path",
    }  # fmt: skip
    words = {en for key, (en, _) in catalogue().items() if key.startswith(click_words.WORD_PREFIX)}
    assert words == names


def test_a_path_error_writes_clicks_words_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """click fixes "File" or "Path" when it is imported; the Vietnamese template writes it."""
    monkeypatch.setattr(language, "_run", "vi")
    param = click.Path(exists=True)
    with pytest.raises(click.BadParameter) as caught:
        param.convert(str(tmp_path / "gone"), None, None)
    assert caught.value.message == f"Đường dẫn {str(tmp_path / 'gone')!r} không tồn tại."
