"""Inputs for the fuzzing harness and the properties every run of the CLI must keep.

Shared by ``tests/test_fuzz.py`` (a bounded, repeatable share in the suite) and ``scripts/fuzz.py``
(the long run). Every generator takes a :class:`random.Random`: hypothesis hands the tests one it
controls (``st.randoms()``, so a failure shrinks and replays), the script a seeded one (so a
failure is replayed from its seed). Inputs are built the ways offices write them (CSV and Excel,
long and wide, Vietnamese or English headers and numbers, estimate marks, blanks, junk) and then
damaged (bytes flipped, cut short, rows inserted, the workbook's XML edited); plans are the bundled
ones with their values swapped, dropped, made huge or laced with control characters.

What a run must keep (:func:`problems`), whatever the input:

- no traceback, and no exception escaping the command;
- an exit code in the documented set (0 ran, 1 ``--fail-on`` hit or an invalid plan for
  ``validate``, 2 usage or input error, 130 Ctrl-C, 141 broken pipe); 1 only where it means that;
- no file that existed before the run changed or vanished (outputs are new files);
- no control character (C0 other than tab and newline; CR only as part of CRLF) in stdout or
  stderr: user text is shown escaped;
- for ``check --format json``: each input's rows = used + ignored + errors, and rows = the file's
  own physical lines (the sheet's rows) when the test built the file and knows them;
- CSV outputs carry no cell a spreadsheet would run as a formula, xlsx outputs no formula cell.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import random
import re
import shutil
import traceback
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml
from click.testing import CliRunner

from plantrack.cli import main

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_PLANS = sorted((ROOT / "plans").glob("*.yaml"))
BUNDLED_DATA = sorted(p for p in (ROOT / "data").iterdir() if p.is_file() and p.suffix != ".md")

#: Exit codes documented in README "Exit codes" and issue 16 item 9 (130 Ctrl-C, 141 broken pipe).
EXIT_CODES = frozenset({0, 1, 2, 130, 141})

#: C0 control characters other than tab and newline, and DEL; a CR is allowed only before LF.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)")
#: the colour sequences rich writes when colour is forced on
_SGR = re.compile(r"\x1b\[[0-9;]*m")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------------------------
# Running the CLI and judging the run


@dataclass
class Run:
    """One run of the CLI: its arguments and what it left behind."""

    args: list[str]
    exit_code: int
    stdout: str
    stderr: str
    error: str | None = None  # the traceback of an exception that escaped the command
    stdin: bytes | None = None


def run_cli(
    args: Sequence[str], cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> Run:
    """``plantrack ARGS`` in-process (click's CliRunner), with ``cwd`` as the working folder."""
    runner = CliRunner()
    with contextlib.chdir(cwd):
        result = runner.invoke(
            main,
            list(args),
            input=stdin,
            env=env or {"PLANTRACK_LANG": None},
            catch_exceptions=True,
        )
    error = None
    if result.exc_info is not None and not issubclass(result.exc_info[0], SystemExit):
        error = "".join(traceback.format_exception(*result.exc_info))
    return Run(
        list(args),
        result.exit_code,
        result.stdout_bytes.decode("utf-8", "replace"),
        result.stderr_bytes.decode("utf-8", "replace"),
        error,
        stdin,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """A hash of every regular file under ``folder``, by path."""
    hashes = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            hashes[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def control_characters(text: str, *, colour: bool = False) -> list[str]:
    """The control characters in ``text`` that would act on a terminal (with their context)."""
    if colour:
        text = _SGR.sub("", text)
    found = []
    for match in _CONTROL.finditer(text):
        start = max(0, match.start() - 20)
        found.append(repr(text[start : match.end() + 20]))
    return found


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def formula_cells_in_csv(text: str) -> list[str]:
    """Cells of a CSV text that a spreadsheet would run: text starting with = + - @ TAB CR."""
    text = text.removeprefix("\ufeff")
    found = []
    with contextlib.suppress(csv.Error):
        for row in csv.reader(io.StringIO(text)):
            found += [
                cell for cell in row if cell.startswith(_FORMULA_START) and not _is_number(cell)
            ]
    return found


def formula_cells_in_xlsx(path: Path) -> list[str]:
    """Cells of a workbook stored as formulas (openpyxl reads them as ``data_type == 'f'``)."""
    import openpyxl

    found = []
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            found += [f"{sheet.title}!{cell.coordinate}" for cell in row if cell.data_type == "f"]
    return found


@dataclass
class Expectation:
    """What is known about a run beyond the general properties."""

    exit_one_allowed: bool = False  # --fail-on given, or validate
    rows: dict[str, int] = field(default_factory=dict)  # physical rows of files the test built
    colour: bool = False  # --color given: rich's SGR sequences are expected


def problems(
    run: Run, before: dict[str, str], after: dict[str, str], expect: Expectation
) -> list[str]:
    """Every property the run broke, one line each: ``property: detail``."""
    found = []
    if run.error is not None:
        found.append(f"exception: {run.error.strip().splitlines()[-1]}")
    for name, text in (("stdout", run.stdout), ("stderr", run.stderr)):
        if "Traceback" in text:
            found.append(f"traceback: in {name}")
        controls = control_characters(text, colour=expect.colour)
        if controls:
            found.append(f"control-character: in {name}: {', '.join(controls[:3])}")
    if run.exit_code not in EXIT_CODES:
        found.append(f"exit-code: {run.exit_code} is not a documented exit code")
    elif run.exit_code == 1 and not expect.exit_one_allowed:
        found.append("exit-code: 1 (it means --fail-on hit) without --fail-on")
    for name, digest in before.items():
        if name not in after:
            found.append(f"input-modified: {name} removed")
        elif after[name] != digest:
            found.append(f"input-modified: {name} changed")
    found += ledger_problems(run, expect)
    return found


def ledger_problems(run: Run, expect: Expectation) -> list[str]:
    """rows = used + ignored + errors for every input of a JSON report; rows = physical rows."""
    if "json" not in run.args or not run.stdout.strip().startswith("{"):
        return []
    try:
        document = json.loads(run.stdout)
    except ValueError as error:
        return [f"json: stdout is not JSON ({error})"]
    found = []
    for entry in document.get("inputs", []):
        rows, used, ignored, errors = (entry.get(k) for k in ("rows", "used", "ignored", "errors"))
        name = Path(str(entry.get("path"))).name
        if rows != used + ignored + errors:
            found.append(
                f"ledger-sum: {name}: {rows} rows != {used} used + {ignored} ignored + {errors} errors"
            )
        wanted = expect.rows.get(name)
        if wanted is not None and entry.get("failed") is None and rows != wanted:
            found.append(f"ledger-lines: {name}: {rows} rows read, the file has {wanted}")
    return found


# --------------------------------------------------------------------------------------------
# A workspace: copies of the bundled plans and data, never the repository's own files


def make_workspace(folder: Path, *, nested: bool = True) -> Path:
    """``folder`` with plans/, data/ and nothing else; with ``nested``, one more plan (a copy
    under another id) in plans/sub/, since plan folders are read recursively (issue 16 item 3)."""
    (folder / "plans").mkdir(parents=True, exist_ok=True)
    for plan in BUNDLED_PLANS:
        shutil.copy(plan, folder / "plans" / plan.name)
    if nested:
        (folder / "plans" / "sub").mkdir(exist_ok=True)
        text = BUNDLED_PLANS[-1].read_text(encoding="utf-8")
        text = re.sub(r"(?m)^id: .*$", "id: nested-copy", text, count=1)
        (folder / "plans" / "sub" / "nested.yaml").write_text(text, encoding="utf-8")
    (folder / "data").mkdir(exist_ok=True)
    for data in BUNDLED_DATA:
        shutil.copy(data, folder / "data" / data.name)
    return folder


def plan_vocabulary(path: Path) -> dict[str, list[str]]:
    """Indicator ids and names, area names and units of a plan: what data files name."""
    tree = yaml.safe_load(path.read_text(encoding="utf-8"))
    words: dict[str, list[str]] = {"indicator": [], "area": [], "unit": []}
    for indicator in tree.get("indicators", []):
        names = [indicator["id"], indicator["name"]["vi"], *indicator.get("aliases", [])]
        words["indicator"] += names
        words["unit"] += [str(indicator.get("unit", ""))] * len(names)
    for area in tree.get("areas", []):
        words["area"] += [area["id"], area["name"]["vi"]]
    return words


# --------------------------------------------------------------------------------------------
# Cells: numbers in both styles, marks, junk, control characters, huge and odd values

_CONTROLS = "\x1b\x07\x00\x08\x0b\x0c\x1c\x7f\x9b"
_JUNK = [
    "",
    " ",
    "-",
    "–",
    "x",
    "N/A",
    "#REF!",
    "#DIV/0!",
    "=1+1",
    '=HYPERLINK("http://evil.invalid","bấm")',
    "@SUM(A1:A9)",
    "+84 123",
    "\x1b[2J\x1b]0;pwned\x07",
    "\x1b]8;;http://evil.invalid\x1b\\link\x1b]8;;\x1b\\",
    "<b>đậm</b>",
    "| ống | dẫn |",
    "Toàn huyện",
    "Toàn tỉnh",
    "Đơn vị tính: triệu đồng",
    "ĐVT: tỷ đồng",
    "𝟙𝟚𝟛",
    "１２３",
    "١٢٣",
    "\u202eevil",
    "\ufeff",
    "a\u0301",
    "Đạt",
    "Chưa đạt",
    "Đang thực hiện",
    "không",
]
_ODD_NUMBERS = [
    "1e308",
    "1e999",
    "-1e999",
    "NaN",
    "inf",
    "-0",
    "0",
    "0,0000001",
    "9" * 400,
    "9" * 5000,
    "1.234.567.890.123.456.789",
    "1,2,3",
    "1..2",
    "--5",
    "5-",
    "12,5%%",
    "%",
    "1 234,5",
    "1\u00a0234,5",
    "(1.234)",
    "2021-2025",
]


def number_text(rnd: random.Random, style: str) -> str:
    """A figure as an office writes it: ``1.234,5`` (vi) or ``1,234.5`` (en), maybe marked."""
    roll = rnd.random()
    if roll < 0.66:
        value = rnd.uniform(0, 100) if roll < 0.33 else rnd.uniform(0, 1e6)
        text = f"{value:,.{rnd.randint(0, 3)}f}"
    else:
        whole = rnd.randint(0, 5000)
        text = f"{whole:,}" if rnd.random() < 0.5 else str(whole)
    if style == "vi":
        text = text.translate(str.maketrans(",.", ".,"))
    roll = rnd.random()
    if roll < 0.08:
        text = rnd.choice(["hơn ", "trên ", "dưới ", "khoảng ", "gần ", "ít nhất "]) + text
    elif roll < 0.14:
        text = rnd.choice(["tăng ", "giảm "]) + text + rnd.choice(["%", " %", " điểm %"])
    elif roll < 0.2:
        text += "%"
    elif roll < 0.24:
        text = f"{text}-{text}"
    return text


def cell_text(rnd: random.Random, style: str, *, newlines: bool = False) -> str:
    """A value cell: mostly a figure, sometimes blank, junk, huge or laced with controls."""
    roll = rnd.random()
    if roll < 0.72:
        return number_text(rnd, style)
    if roll < 0.85:
        return ""
    if roll < 0.9:
        return rnd.choice(_JUNK)
    if roll < 0.94:
        return rnd.choice(_ODD_NUMBERS)
    if roll < 0.98:
        base = list(number_text(rnd, style) + rnd.choice(_JUNK))
        base.insert(rnd.randint(0, len(base)), rnd.choice(_CONTROLS))
        return "".join(base)
    if newlines:
        return "dòng 1\ndòng 2"
    return "".join(rnd.choice("aăâbđeêoôơuư01,.;\"' \t%") for _ in range(rnd.randint(1, 30)))


def _decorate(rnd: random.Random, text: str) -> str:
    """A name as typed: spaces, case, a control character now and then."""
    roll = rnd.random()
    if roll < 0.06:
        return f"  {text} "
    if roll < 0.1:
        return text.upper()
    if roll < 0.14:
        return text + rnd.choice(_CONTROLS)
    if roll < 0.17:
        return rnd.choice(_JUNK)
    return text


# --------------------------------------------------------------------------------------------
# Tables (long and wide) as rows of text cells

_HEADERS = {
    "vi": {
        "indicator": ["chỉ tiêu", "Tên chỉ tiêu", "Mã chỉ tiêu", "NỘI DUNG"],
        "area": ["địa bàn", "Đơn vị hành chính", "Địa phương"],
        "year": ["năm", "Năm"],
        "value": ["giá trị", "Số liệu", "kết quả"],
        "unit": ["đơn vị tính", "ĐVT"],
        "kind": ["loại", "Loại số liệu"],
        "source": ["nguồn", "Nguồn số liệu"],
        "note": ["ghi chú"],
        "no": ["STT", "TT"],
    },
    "en": {
        "indicator": ["indicator", "Indicator"],
        "area": ["area", "Area"],
        "year": ["year", "Year"],
        "value": ["value", "Value"],
        "unit": ["unit", "Unit"],
        "kind": ["kind", "Kind"],
        "source": ["source"],
        "note": ["note"],
        "no": ["No.", "#"],
    },
}
_KINDS = ["", "TH", "ƯTH", "ước", "Ước TH", "estimate", "final", "KH", "sơ bộ", "x"]


@dataclass
class Table:
    """Rows of cells, as a file will hold them, one row per physical line."""

    rows: list[list[str]]
    layout: str
    style: str


def build_table(rnd: random.Random, plan: Path, *, newlines: bool = False) -> Table:
    """A long or wide table of figures for ``plan``, as offices lay them out."""
    words = plan_vocabulary(plan)
    lang = rnd.choice(["vi", "en"])
    style = rnd.choice(["vi", "en"])
    headers = _HEADERS[lang]
    rows: list[list[str]] = []
    for _ in range(rnd.choice([0, 0, 1, 2])):  # title rows above the table
        rows.append([rnd.choice(["BÁO CÁO KẾT QUẢ THỰC HIỆN", "Đơn vị tính: tỷ đồng", "", "UBND"])])
    layout = rnd.choice(["long", "wide"])
    years = list(range(rnd.randint(2015, 2022), rnd.randint(2023, 2031)))

    def indicator() -> tuple[str, str]:
        index = rnd.randrange(len(words["indicator"]))
        unit = (
            words["unit"][index] if rnd.random() < 0.8 else rnd.choice(["", "tỷ đồng", "%", "xyz"])
        )
        return _decorate(rnd, words["indicator"][index]), unit

    def area() -> str:
        return _decorate(rnd, rnd.choice(["", "", "Toàn huyện", *words["area"]]))

    def body_count() -> int:
        return rnd.choice([0, 1, 3, 8, 20])

    if layout == "long":
        columns = ["indicator", "area", "year", "value"]
        columns += [c for c in ("unit", "kind", "source", "note") if rnd.random() < 0.5]
        rnd.shuffle(columns)
        rows.append([rnd.choice(headers[c]) for c in columns])
        for _ in range(body_count()):
            if rnd.random() < 0.08:
                rows.append([""] * rnd.choice([1, len(columns)]))  # a blank row in the body
                continue
            name, unit = indicator()
            cells = {
                "indicator": name,
                "area": area(),
                "year": str(rnd.choice(years)) if rnd.random() < 0.93 else cell_text(rnd, style),
                "value": cell_text(rnd, style, newlines=newlines),
                "unit": unit if rnd.random() < 0.7 else "",
                "kind": rnd.choice(_KINDS),
                "source": rnd.choice(["", "minh họa", "Chi cục Thống kê"]),
                "note": rnd.choice(["", "ghi chú", *_JUNK]),
            }
            row = [cells[c] for c in columns]
            if rnd.random() < 0.05:
                row = row[: rnd.randint(0, len(row))] if rnd.random() < 0.5 else [*row, "thừa"]
            rows.append(row)
    else:
        marks = ["{}", "{}", "TH {}", "Ước TH {}", "ƯTH {}", "KH {}", "Năm {}", "{} (ước)"]
        year_heads = [rnd.choice(marks).format(y) for y in years]
        head = [rnd.choice(headers["no"]), rnd.choice(headers["indicator"])]
        with_unit = rnd.random() < 0.7
        head += [rnd.choice(headers["unit"])] if with_unit else []
        with_area = rnd.random() < 0.5
        head += [rnd.choice(headers["area"])] if with_area else []
        rows.append([*head, *year_heads])
        for number in range(1, body_count() + 1):
            if rnd.random() < 0.08:
                rows.append([""] * len(rows[-1]))
                continue
            if rnd.random() < 0.08:
                rows.append([rnd.choice(["I", "II", "A"]), rnd.choice(["Kinh tế", "Xã hội"])])
                continue
            name, unit = indicator()
            row = [str(number), name]
            row += [unit if rnd.random() < 0.8 else ""] if with_unit else []
            row += [area()] if with_area else []
            row += [cell_text(rnd, style, newlines=newlines) for _ in years]
            rows.append(row)
    if rnd.random() < 0.1:
        rows.append([""])  # a blank line at the end
    return Table(rows, layout, style)


def table_csv(rnd: random.Random, table: Table) -> bytes:
    """The table as a CSV file: a delimiter, line ending and encoding offices use."""
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=rnd.choice([",", ";", "\t", ","]), lineterminator=rnd.choice(["\n", "\r\n"])
    )
    writer.writerows(table.rows)
    text = out.getvalue()
    encoding = rnd.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1258"])
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


def physical_lines(data: bytes) -> int:
    """Lines of a CSV file the test built (no cell spans lines): LF, CRLF or CR each end one."""
    for bom, encoding in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            data = data.decode(encoding).encode("utf-8")
    return len(re.findall(rb"\r\n|\r|\n", data)) + (0 if re.search(rb"[\r\n]\Z", data) else 1)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _xml_text(text: str) -> str:
    """Text for an XML part: escaped, control characters as Excel writes them (``_x001B_``)."""
    text = escape(text.replace("_x", "_x005F_x"))
    return re.sub(
        r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", lambda m: f"_x{ord(m[0]):04X}_", text
    )


def table_xlsx(rnd: random.Random, table: Table) -> tuple[bytes, int]:
    """The table as a workbook (written as other programs write them) and its row count."""
    shared: list[str] = []
    xml_rows = []
    number = last = 0
    addressed = rnd.random() < 0.85
    for row in table.rows:
        number += 1
        if rnd.random() < 0.05 and addressed:
            number += rnd.randint(1, 3)  # blank rows Excel leaves out of the file
        if not any(row):
            continue
        cells = []
        for index, text in enumerate(row):
            if text == "":
                continue
            ref = f' r="{_column(index)}{number}"' if addressed else ""
            plain = text.replace(",", "") if table.style == "en" else text.replace(".", "")
            plain = plain.replace(",", ".") if table.style == "vi" else plain
            if re.fullmatch(r"-?\d{1,15}(\.\d{1,6})?", plain) and rnd.random() < 0.7:
                cells.append(f"<c{ref}><v>{plain}</v></c>")
            elif rnd.random() < 0.5:
                shared.append(text)
                cells.append(f'<c{ref} t="s"><v>{len(shared) - 1}</v></c>')
            else:
                cells.append(f'<c{ref} t="inlineStr"><is><t>{_xml_text(text)}</t></is></c>')
        attribute = f' r="{number}"' if addressed else ""
        last = number
        xml_rows.append(f"<row{attribute}>{''.join(cells)}</row>")
    # the sheet ends at its last row with a value; rows without numbers follow each other
    last = last if addressed else len(xml_rows)
    sheets = [(rnd.choice(["Bao cao", "Biểu 01", "Sheet1", "BC"]), "".join(xml_rows))]
    if rnd.random() < 0.3:
        sheets.append(
            ("Ghi chu", '<row r="1"><c r="A1" t="inlineStr"><is><t>GHI CHÚ</t></is></c></row>')
        )
    strings = "".join(f"<si><t>{_xml_text(s)}</t></si>" for s in shared)
    return workbook(sheets, strings if shared else None), last


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def workbook(sheets: list[tuple[str, str]], strings: str | None = None) -> bytes:
    """A minimal .xlsx: each sheet's ``<sheetData>`` content as given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_TYPE}worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        if strings is not None:
            overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}sharedStrings+xml"/>'
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
            '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}sheet.main+xml"/>'
            f"{overrides}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(
            f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _) in enumerate(sheets, start=1)
        )
        z.writestr(
            "xl/workbook.xml", f"<workbook {_NS} {_RNS}><sheets>{entries}</sheets></workbook>"
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        if strings is not None:
            rels += (
                f'<Relationship Id="rS" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            )
            z.writestr("xl/sharedStrings.xml", f"<sst {_NS}>{strings}</sst>")
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships">{rels}</Relationships>',
        )
        for i, (_, data) in enumerate(sheets, start=1):
            z.writestr(
                f"xl/worksheets/sheet{i}.xml",
                f"<worksheet {_NS}><sheetData>{data}</sheetData></worksheet>",
            )
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Mutations: bytes, lines, the XML inside a workbook


def mutate_bytes(rnd: random.Random, data: bytes) -> bytes:
    """One damage a file suffers: bytes flipped, cut short, lines inserted or dropped, junk."""
    buffer = bytearray(data)
    action = rnd.choice(
        ["flip", "truncate", "insert-line", "drop-line", "duplicate-line", "junk", "encoding"]
    )
    if not buffer:
        return bytes(rnd.choice([b"\x00", b"\xff\xfe", b"\n", b"a,b\n1,2"]))
    if action == "flip":
        for _ in range(rnd.randint(1, 8)):
            buffer[rnd.randrange(len(buffer))] ^= 1 << rnd.randrange(8)
        return bytes(buffer)
    if action == "truncate":
        return bytes(buffer[: rnd.randrange(len(buffer))])
    if action == "junk":
        position = rnd.randrange(len(buffer) + 1)
        junk = rnd.choice(
            [
                b"\x00",
                b"\xff\xfe",
                b"\xc3",
                b'"',
                b'"\n',
                b"\x1b[2J",
                b"\r",
                b"\x85",
                b"\xef\xbb\xbf",
            ]
        )
        return bytes(buffer[:position] + junk + buffer[position:])
    if action == "encoding":
        position = rnd.randrange(len(buffer) + 1)
        return bytes(buffer[:position] + "Tỷ lệ".encode("cp1258", "replace") + buffer[position:])
    lines = bytes(buffer).split(b"\n")
    index = rnd.randrange(len(lines))
    if action == "insert-line":
        lines.insert(index, rnd.choice([b"", b";;;;", b",,,", b'"', b"x" * 300, lines[-1]]))
    elif action == "drop-line":
        del lines[index]
    else:
        lines.insert(index, lines[index])
    return b"\n".join(lines)


_XML_EDITS: list[tuple[str, str, Callable[[random.Random], str]]] = [
    (
        "row-number",
        r'<row r="\d+"',
        lambda r: f'<row r="{r.choice([0, -1, 60, 999_999_999, 1_048_577, 7])}"',
    ),
    (
        "cell-ref",
        r'<c r="[A-Z]+\d+"',
        lambda r: f'<c r="{r.choice(["XFE1", "A0", "ZZZZ9", "A1048577", "1A", "B60"])}"',
    ),
    (
        "value",
        r"<v>[^<]*</v>",
        lambda r: f"<v>{r.choice(['x', '', '1e999', '9' * 400, 'NaN', '-0'])}</v>",
    ),
    ("huge-text", r"<t>[^<]*</t>", lambda r: f"<t>{'á' * r.choice([40_000, 33_000])}</t>"),
    ("control", r"<t>", lambda r: f"<t>_x001B_[2J_x0007_{r.choice(['', '&#x1b;'])}"),
    ("type", r"<c ", lambda r: f'<c t="{r.choice(["e", "b", "d", "str", "s", "n", "zz"])}" '),
    ("shared-index", r't="s"><v>\d+</v>', lambda r: f't="s"><v>{r.choice([9999, -1, 1])}</v>'),
    ("unclosed", r"</row>", lambda r: ""),
    (
        "entity",
        r"<worksheet ",
        lambda r: '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><worksheet ',
    ),
    (
        "external",
        r"<worksheet ",
        lambda r: '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet ',
    ),
    (
        "sheet-name",
        r'name="[^"]*"',
        lambda r: f'name="{r.choice(["", "x" * 40, "&#x1b;[31m", "Sheet1"])}"',
    ),
]


def mutate_xlsx(rnd: random.Random, data: bytes) -> bytes:
    """One part of a workbook edited (XML changed, a part dropped), or the zip itself damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = {name: z.read(name) for name in z.namelist()}
    # (a damaged zip's directory can point before its start: "negative seek value")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError):
        return mutate_bytes(rnd, data)
    roll = rnd.random()
    if roll < 0.15:
        return mutate_bytes(rnd, data)
    name = rnd.choice(sorted(parts))
    if roll < 0.22:
        del parts[name]
    elif roll < 0.4:
        parts[name] = mutate_bytes(rnd, parts[name])
    else:
        _, pattern, replacement = rnd.choice(_XML_EDITS)
        sheets = [n for n in parts if n.startswith("xl/") and n.endswith(".xml")] or [name]
        name = rnd.choice(sheets)
        text = parts[name].decode("utf-8", "replace")
        matches = list(re.finditer(pattern, text))
        if matches:
            match = rnd.choice(matches)
            text = text[: match.start()] + replacement(rnd) + text[match.end() :]
        parts[name] = text.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, content in parts.items():
            z.writestr(part, content)
    return out.getvalue()


def reorder_rows(rnd: random.Random, data: bytes) -> bytes:
    """The same workbook with one row moved earlier in the sheet's XML, as some programs write
    them (rows 1-5, 60, then 7-14): Excel and openpyxl place rows by their numbers, not order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    text = parts[name].decode("utf-8")
    rows = re.findall(r"<row [^>]*>.*?</row>", text)
    if len(rows) > 2:
        moved = rows.pop(rnd.randrange(1, len(rows)))
        rows.insert(rnd.randrange(0, len(rows)), moved)
        start, end = text.index("<sheetData>") + len("<sheetData>"), text.index("</sheetData>")
        text = text[:start] + "".join(rows) + text[end:]
    parts[name] = text.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, content in parts.items():
            z.writestr(part, content)
    return out.getvalue()


def workbook_pair(rnd: random.Random) -> tuple[Case, Case]:
    """``check --format json`` of a built workbook and of the same one with its rows reordered."""
    plan = rnd.choice(BUNDLED_PLANS)
    data, count = table_xlsx(rnd, build_table(rnd, plan))
    for _ in range(20):  # rows without numbers cannot be reordered
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if b"<row r=" in z.read("xl/worksheets/sheet1.xml"):
                break
        data, count = table_xlsx(rnd, build_table(rnd, plan))
    args = ["check", "--plan", f"plans/{plan.name}", "in/figures.xlsx", "--format", "json"]
    rows = {"figures.xlsx": count}
    return (
        Case("workbook", {"in/figures.xlsx": data}, args, rows),
        Case("workbook", {"in/figures.xlsx": reorder_rows(rnd, data)}, args, rows),
    )


def run_workbook_pair(rnd: random.Random, folder: Path) -> tuple[Case, list[str]]:
    """The properties of the ordered workbook, and whether the reordered one reads the same."""
    ordered, shuffled = workbook_pair(rnd)
    first, found = run_case(ordered, folder / "ordered")
    second, more = run_case(shuffled, folder / "shuffled")
    found += more
    try:
        if reading(first) != reading(second):
            found.append("row-order: the workbook reads differently with its rows out of order")
    except (ValueError, KeyError):
        pass  # not a JSON report: the properties above say why
    return shuffled, found


def reading(run: Run) -> Any:
    """What a JSON report says was read and concluded, without the paths."""
    import json

    document = json.loads(run.stdout)
    counts = [{k: v for k, v in entry.items() if k != "path"} for entry in document["inputs"]]
    return (
        counts,
        document["summary"],
        sorted(json.dumps(f, sort_keys=True) for f in document["findings"]),
    )


# --------------------------------------------------------------------------------------------
# Plans: the bundled ones, with their values swapped, dropped, made huge or odd

_HUGE = "HUGE_INTEGER_PLACEHOLDER"
_REPLACEMENTS: list[Any] = [
    None,
    True,
    "NO",
    "on",
    0,
    -1,
    1.5,
    "",
    [],
    {},
    "abc",
    [1, 2],
    {"x": 1},
    "2030-2020",
    "12,96%",
    "6.794",
    _HUGE,
    1e308,
    float("nan"),
    '=HYPERLINK("http://evil.invalid","bấm")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "\x1b[2J\x1b]0;pwned\x07tiêu đề",
    "tên\x00có NUL",
    "<script>alert(1)</script> | ô | ",
    "x" * 5000,
]


_PROSE_KEYS = {"vi", "en", "text", "note", "section", "number", "issuer"}
_PROSE_EDITS: list[Callable[[str], str]] = [
    lambda text: '=HYPERLINK("http://evil.invalid","' + text + '")',
    lambda text: "@" + text,
    lambda text: "+" + text,
    lambda text: "-" + text,
    lambda text: text[:3] + "\x1b[2J\x1b]0;pwned\x07" + text[3:],
    lambda text: "\x1b]8;;http://evil.invalid\x1b\\" + text + "\x1b]8;;\x1b\\",
    lambda text: text + "\x08\x08\x08\x0b\x0c\r",
    lambda text: "<img src=x onerror=alert(1)> " + text + " | ô |",
    lambda text: "\t" + text,
]


def _nodes(tree: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, tree
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from _nodes(value, (*path, index))


def _set(tree: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return tree


def mutate_plan(rnd: random.Random, source: Path) -> bytes:
    """A bundled plan with a few values swapped, dropped, repeated or made huge or odd."""
    import copy

    tree = copy.deepcopy(yaml.safe_load(source.read_text(encoding="utf-8")))
    text_only = rnd.random() < 0.5
    if text_only:  # only words a person reads: the plan stays valid, its text does not
        words = [
            (path, node)
            for path, node in _nodes(tree)
            if isinstance(node, str) and path and path[-1] in _PROSE_KEYS
        ]
        for path, node in rnd.sample(words, rnd.randint(1, 4)):
            tree = _set(tree, path, rnd.choice(_PROSE_EDITS)(node))
    for _ in range(0 if text_only else rnd.randint(1, 4)):
        nodes = list(_nodes(tree))
        path, node = rnd.choice(nodes[1:])
        action = rnd.choice(["swap", "swap", "drop", "alias", "text", "unknown-key"])
        if action == "swap":
            replacement = rnd.choice(_REPLACEMENTS)
            tree = _set(tree, path, copy.deepcopy(replacement))
        elif action == "drop":
            parent = tree
            for step in path[:-1]:
                parent = parent[step]
            del parent[path[-1]]
        elif action == "alias":  # the same node twice: YAML writes an anchor and an alias
            other, _ = rnd.choice(nodes[1:])
            if other[: len(path)] != path and path[: len(other)] != other:
                tree = _set(tree, other, node)
        elif action == "text" and isinstance(node, str):
            position = rnd.randint(0, len(node))
            tree = _set(tree, path, node[:position] + rnd.choice(_CONTROLS) + node[position:])
        elif isinstance(node, dict):
            node[rnd.choice(["unknown", "valeu", "target", "<<"])] = rnd.choice(_REPLACEMENTS[:8])
    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, width=10_000)
    text = text.replace(_HUGE, "9" * rnd.choice([4301, 5000, 20]))
    data = text.encode("utf-8")
    if not text_only and rnd.random() < 0.25:
        data = mutate_bytes(rnd, data)
    return data


# --------------------------------------------------------------------------------------------
# Command lines: options of check, validate, plans, template and calc, in any combination

_ENCODINGS = [
    "utf-8",
    "cp1258",
    "utf-16",
    "latin-1",
    "idna",
    "punycode",
    "rot13",
    "hex",
    "",
    "zz",
    "utf-8-sig",
    "ascii",
]
_PATHS = [
    "plans",
    "plans/cau-ngang-2030.yaml",
    "plans/sub",
    "plans/sub/nested.yaml",
    "data",
    "data/cau-ngang-actuals.csv",
    "data/cau-ngang-economy.xlsx",
    "data/tan-hong-border-actuals.csv",
    "missing.csv",
    "missing/",
    "",
    ".",
    "-",
    "x" * 300,
    "a/" * 130 + "b.csv",
    "dữ liệu.csv",
    "data\x1b[31m.csv",
    "\udcff.csv",
]
_OUTPUTS = [
    "out.json",
    "out.csv",
    "report.md",
    "out.txt",
    "out.xlsx",
    "out",
    "data/cau-ngang-actuals.csv",
    "plans/sub/nested.yaml",
    "plans/cau-ngang-2030.yaml",
    "plans",
    "nowhere/out.json",
    "",
    "x" * 300,
]
_NUMBERS = [
    "45",
    "68",
    "6.794",
    "6,794",
    "1.234,5",
    "-1,2",
    "0",
    "-5",
    "1e308",
    "1e999",
    "nan",
    "inf",
    "9" * 5000,
    "",
    "%",
    "12%",
    "8,61%",
    "-100%",
    "-101%",
    "abc",
    "\x1b[2J",
    "--",
    "-",
]
_STATUSES = ["exceeded", "achieved", "on_track", "at_risk", "off_track", "no_data", "bogus", ""]


def _pick(rnd: random.Random, options: Sequence[str]) -> str:
    return rnd.choice(options)


def command_line(rnd: random.Random) -> list[str]:
    """A command line of plantrack: a command and a random handful of its options."""
    command = rnd.choice(
        ["check", "check", "check", "validate", "plans", "template", "calc", "schema", "bogus"]
    )
    args: list[str] = []
    if rnd.random() < 0.15:
        args.append(rnd.choice(["--no-color", "--color"]))
    args.append(command)
    options: list[Callable[[], list[str]]]
    if command == "check":
        options = [
            lambda: ["--plan", _pick(rnd, _PATHS)],
            lambda: [_pick(rnd, _PATHS)],
            lambda: ["--as-of", _pick(rnd, ["2022", "2025", "1800", "9999", "x", "", "-1"])],
            lambda: ["--area", _pick(rnd, ["cau-ngang", "xã Bình Phú", "Toàn huyện", "", "\x1b"])],
            lambda: ["--indicator", _pick(rnd, ["income_per_capita", "Thu nhập", "zzz", ""])],
            lambda: ["--status", _pick(rnd, _STATUSES)],
            lambda: ["--lang", _pick(rnd, ["vi", "en", "EN", "fr", ""])],
            lambda: ["--format", _pick(rnd, ["table", "json", "csv", "markdown", "github", "xml"])],
            lambda: ["-o", _pick(rnd, _OUTPUTS)],
            lambda: ["--fail-on", _pick(rnd, _STATUSES)],
            lambda: ["--explain", _pick(rnd, ["income_per_capita", "budget_revenue", "zzz", ""])],
            lambda: ["--layout", _pick(rnd, ["long", "wide", "tall"])],
            lambda: ["--encoding", _pick(rnd, _ENCODINGS)],
            lambda: ["--decimal", _pick(rnd, ["comma", "point", "dot"])],
            lambda: ["--sheet", _pick(rnd, ["Bao cao", "BAO CAO", "bảo cáo", "Ghi chu", "x", ""])],
            lambda: ["--strict"],
            lambda: [
                "--exchange-rate",
                _pick(
                    rnd,
                    [
                        "USD=24000",
                        "2022:USD=23600",
                        "USD=0",
                        "USD=-1",
                        "=",
                        "USD=1e999",
                        "USD=abc",
                        "2022:USD",
                    ],
                ),
            ],
            lambda: ["--bom"],
            lambda: ["--csv-style", _pick(rnd, ["vi", "en", "de", ""])],
            lambda: ["--no-color"],
        ]
    elif command == "validate":
        options = [
            lambda: [_pick(rnd, _PATHS)],
            lambda: ["--format", _pick(rnd, ["text", "json", "github", "csv"])],
            lambda: ["--strict"],
        ]
    elif command == "plans":
        options = [
            lambda: [_pick(rnd, _PATHS)],
            lambda: ["--format", _pick(rnd, ["table", "json", "csv"])],
            lambda: ["--lang", _pick(rnd, ["vi", "en", "xx"])],
        ]
    elif command == "template":
        args.append(_pick(rnd, _PATHS))
        options = [
            lambda: ["--layout", _pick(rnd, ["long", "wide", "x"])],
            lambda: [
                "--years",
                _pick(
                    rnd, ["2021-2025", "2025-2021", "2021–2030", "1-99999", "0000-9999", "x", ""]
                ),
            ],
            lambda: ["--as-of", _pick(rnd, ["2024", "2021", "1899", "x", ""])],
            lambda: ["-o", _pick(rnd, _OUTPUTS)],
        ]
    elif command == "calc":
        sub = rnd.choice(["cagr", "required", "project", "average", "bogus"])
        args.append(sub)
        args += [_pick(rnd, _NUMBERS) for _ in range(rnd.choice([0, 1, 2, 2, 3]))]
        options = [
            lambda: ["--years", _pick(rnd, ["5", "2,5", "0", "-1", "1e999", "nan", "x", ""])],
            lambda: ["--decimal", _pick(rnd, ["comma", "point", "x"])],
            lambda: ["--lang", _pick(rnd, ["vi", "en"])],
            lambda: ["--format", _pick(rnd, ["text", "json", "x"])],
        ]
    else:
        options = [lambda: ["--help"], lambda: ["-V"], lambda: [_pick(rnd, _PATHS)]]
    for _ in range(rnd.randint(0, 5)):
        args += rnd.choice(options)()
    if rnd.random() < 0.05:
        args.insert(rnd.randint(0, len(args)), rnd.choice(["--", "-", "--bogus", "-h"]))
    return args


def expectation_for(args: Sequence[str], rows: dict[str, int] | None = None) -> Expectation:
    """What a command line allows beyond the general properties."""
    return Expectation(
        exit_one_allowed="--fail-on" in args or "validate" in args,
        rows=rows or {},
        colour="--color" in args,
    )


# --------------------------------------------------------------------------------------------
# Cases: files and a command line, run in a fresh workspace; what the long run saves to replay


@dataclass
class Case:
    """Files to write into a fresh workspace (beside copies of the bundled plans and data) and a
    command line to run there; the rows each built file has, where the test knows them."""

    kind: str
    files: dict[str, bytes]
    args: list[str]
    rows: dict[str, int] = field(default_factory=dict)
    stdin: bytes | None = None

    def describe(self) -> str:
        """The command line as a shell would take it, and each file's start."""
        import shlex

        lines = ["plantrack " + " ".join(shlex.quote(arg) for arg in self.args)]
        if self.stdin is not None:
            lines.append(f"  stdin: {self.stdin[:300]!r}")
        for name, content in self.files.items():
            lines.append(f"  {name} ({len(content)} bytes): {content[:300]!r}")
            with contextlib.suppress(zipfile.BadZipFile, KeyError, OSError, EOFError, zlib.error):
                with zipfile.ZipFile(io.BytesIO(content)) as z:
                    sheet = z.read("xl/worksheets/sheet1.xml")
                lines.append(f"    its xl/worksheets/sheet1.xml: {sheet[:1500]!r}")
        return "\n".join(lines)


def run_case(case: Case, folder: Path) -> tuple[Run, list[str]]:
    """Run ``case`` in a fresh workspace under ``folder``; the run and the properties it broke."""
    make_workspace(folder)
    for name, content in case.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    before = snapshot(folder)
    run = run_cli(case.args, folder, stdin=case.stdin)
    after = snapshot(folder)
    for name in written_outputs(case.args, folder):  # the user asked for it to be replaced
        before.pop(name, None)
    found = problems(run, before, after, expectation_for(case.args, case.rows))
    found += output_problems(case.args, run, folder)
    return run, found


_FLAGS = {"--strict", "--bom", "--no-color", "--color", "-h", "--help", "-V", "--version", "--"}
_COMMANDS = {"check", "validate", "plans", "template", "calc", "schema"}


def input_paths(args: Sequence[str]) -> list[str]:
    """The paths a command line reads: arguments and --plan values, or the default folders."""
    values = [
        arg
        for index, arg in enumerate(args)
        if arg not in _COMMANDS
        and not arg.startswith("-")
        and not (index and args[index - 1].startswith("-") and args[index - 1] not in _FLAGS)
    ]
    plans = [args[i + 1] for i, arg in enumerate(args[:-1]) if arg == "--plan"]
    paths = values + plans
    if "check" in args:
        paths += [] if plans else ["plans"]
        paths += [] if values else ["data"]
    elif "validate" in args or "plans" in args:
        paths += [] if values else ["plans"]
    return paths


def written_outputs(args: Sequence[str], folder: Path) -> list[str]:
    """``-o`` targets that are not among the inputs: replacing those is what was asked."""
    inputs = []
    for name in input_paths(args):
        with contextlib.suppress(OSError, ValueError):
            inputs.append((folder / name).resolve())
    found = []
    for index, arg in enumerate(args[:-1]):
        if arg not in ("-o", "--output"):
            continue
        try:
            target = (folder / args[index + 1]).resolve()
            name = str(target.relative_to(folder.resolve()))
        except (OSError, ValueError):
            continue
        if not any(target == path or path in target.parents for path in inputs):
            found.append(name)
    return found


def output_problems(args: Sequence[str], run: Run, folder: Path) -> list[str]:
    """CSV output with a cell a spreadsheet would run; an xlsx output with a formula cell."""
    found = []
    if "csv" in args and "--format" in args and "-o" not in args:
        found += [
            f"formula-in-csv: stdout cell {cell!r}" for cell in formula_cells_in_csv(run.stdout)[:3]
        ]
    if "template" in args and "-o" not in args and run.exit_code == 0:
        found += [
            f"formula-in-csv: stdout cell {cell!r}" for cell in formula_cells_in_csv(run.stdout)[:3]
        ]
    if "-o" in args and run.exit_code in (0, 1):
        output = folder / args[args.index("-o") + 1] if args.index("-o") + 1 < len(args) else None
        try:
            written = output is not None and output.is_file()
        except OSError:  # a name too long to look up: nothing was written there
            written = False
        if output is not None and written and output.suffix.lower() in (".csv", ".xlsx"):
            if output.suffix.lower() == ".csv":
                text = output.read_bytes().decode("utf-8", "replace")
                cells = formula_cells_in_csv(text)
            else:
                try:
                    cells = formula_cells_in_xlsx(output)
                except Exception as error:  # not a workbook at all: -o x.xlsx for a CSV report
                    cells = [] if "check" in args else [f"unreadable ({error})"]
            found += [
                f"formula-in-{output.suffix.lower()[1:]}: {output.name} {cell!r}"
                for cell in cells[:3]
            ]
    return found


def data_case(rnd: random.Random, *, damaged: bool) -> Case:
    """``check --format json`` (or another format) of a data file built, then maybe damaged."""
    plan = rnd.choice(BUNDLED_PLANS)
    table = build_table(rnd, plan)
    rows: dict[str, int] = {}
    if rnd.random() < 0.5:
        name = "in/figures.csv"
        data = table_csv(rnd, table)
        rows[Path(name).name] = physical_lines(data)
        if damaged:
            data = mutate_bytes(rnd, data)
    else:
        name = f"in/{rnd.choice(['figures', 'Báo cáo'])}.xlsx"
        data, count = table_xlsx(rnd, table)
        rows[Path(name).name] = count
        if damaged:
            data = mutate_xlsx(rnd, data)
    if damaged and rnd.random() < 0.3:  # a bundled file damaged instead
        source = rnd.choice(BUNDLED_DATA)
        name = f"in/{source.name}"
        mutate = mutate_xlsx if source.suffix == ".xlsx" else mutate_bytes
        data = source.read_bytes()
        for _ in range(rnd.randint(1, 3)):
            data = mutate(rnd, data)
    if damaged:
        rows = {}
    fmt = rnd.choice(["json", "json", "table", "csv", "markdown", "github"])
    args = ["check", "--plan", rnd.choice([f"plans/{plan.name}", "plans"]), name, "--format", fmt]
    args += rnd.choice(
        [[], [], ["--lang", "en"], ["--strict"], ["--decimal", "comma"], ["--fail-on", "off_track"]]
    )
    stdin = None
    if not name.endswith(".xlsx") and rnd.random() < 0.1:  # the same bytes on standard input
        stdin, args[args.index(name)] = data, "-"
        rows = {}
    return Case("data", {name: data}, args, rows, stdin)


def plan_case(rnd: random.Random) -> Case:
    """A damaged plan through validate, plans, check or template."""
    source = rnd.choice(BUNDLED_PLANS)
    name = "in/plan.yaml"
    data = mutate_plan(rnd, source)
    command = rnd.choice(["validate", "plans", "check", "template", "template"])
    if command == "validate":
        args = ["validate", name, "--format", rnd.choice(["text", "json", "github"])]
    elif command == "plans":
        args = [
            "plans",
            name,
            "--format",
            rnd.choice(["table", "json"]),
            "--lang",
            rnd.choice(["vi", "en"]),
        ]
    elif command == "check":
        args = [
            "check",
            "--plan",
            name,
            "data",
            "--format",
            rnd.choice(["table", "json", "csv", "markdown", "github"]),
        ]
    else:
        args = ["template", name, "--layout", rnd.choice(["wide", "long"])]
        args += rnd.choice(
            [[], ["-o", "out/sheet.csv"], ["-o", "out/sheet.xlsx"], ["-o", "out/sheet.xlsx"]]
        )
    return Case("plan", {name: data, "out/.keep": b""}, args)


def cli_case(rnd: random.Random) -> Case:
    """A random command line over the bundled files (copied), with odd paths and values."""
    return Case("cli", {}, command_line(rnd))
