"""Parts of one whole: the readings of a text that are the shares of one structure.

Two passes over the readings before they are drafted: the parts of one structure a sentence
lists share its id, and parts a paragraph lists in a row for one year that sum to 100 are a
structure, whatever words they were written with. (The reverse, a structure that cannot sum to
100 drafted as shares, is :func:`plantrack.extract.draft.as_shares`, decided on the draft.)
"""

from __future__ import annotations

import re

from plantrack.extract import words
from plantrack.extract.clauses import Clause
from plantrack.extract.reading import Reading


def one_structure_a_sentence(readings: list[tuple[Clause, Reading | None]]) -> None:
    """The shares one sentence lists are parts of one structure: "trồng trọt chiếm 55%, chăn
    nuôi chiếm 30%, dịch vụ nông nghiệp chiếm 15%" is one, though only its last part names a
    sector of the economy; the economy's when any part names it."""
    economy = {
        clause.sentence
        for clause, reading in readings
        if reading is not None and reading.structure == "co_cau_kinh_te"
    }
    for clause, reading in readings:
        if reading is not None and reading.kind == "structure" and clause.sentence in economy:
            reading.structure = "co_cau_kinh_te"


def whole_shares(readings: list[tuple[Clause, Reading | None]]) -> None:
    """Shares a paragraph lists in a row for one year that sum to 100 are a structure, the
    parts of one whole, though the sentence names the whole: "giảm tỷ trọng nông, lâm nghiệp ... trong tổng
    GRDP; đến năm 2020 nông lâm nghiệp chiếm khoảng 21,59%, công nghiệp - xây dựng 29,62%, dịch
    vụ 48,79%" (Điện Biên). So are three or more sectors' "growth" rates that sum to 100, which
    no growth rates do: "nông, lâm, ngư nghiệp tăng khoảng 21-22%; công nghiệp và xây dựng tăng
    khoảng 35-36%; dịch vụ tăng khoảng 42-43%" (Nghệ An); and sectors' percentages: "Tổng thu
    nhập ... 303 tỷ đồng, trong đó thu từ sản xuất nông nghiệp 35%; tiểu thủ công nghiệp, dịch vụ
    65%" (Xuân Ngọc). The reverse of :func:`plantrack.extract.draft.as_shares`."""
    runs: list[tuple[tuple[int, str, int], list[Reading]]] = []
    inner: list[Reading] = []
    texts = {id(r): c.text for c, r in readings if r is not None}
    for clause, reading in readings:
        if reading is None:
            continue
        key = _part_of_a_whole(clause, reading)
        if key is not None and clause.parent is not None and runs and runs[-1][0] == key:
            # "… công nghiệp - xây dựng chiếm 24,7%, trong đó, công nghiệp chiếm khoảng 15%, dịch
            # vụ chiếm 41,1% …": a part of a part, neither in the run nor its end
            inner.append(reading)
            continue
        if key is None:
            runs.append(((-1, "", 0), []))  # another target between: a run ends
        elif runs and runs[-1][0] == key:
            runs[-1][1].append(reading)
        else:
            runs.append((key, [reading]))
    made: set[tuple[str, int]] = set()
    left: list[Reading] = []
    for (_, kind, year), run in runs:
        fewest = 3 if kind == "growth" else 2
        wholes = _wholes(run, fewest, texts)
        for parts in wholes:
            _a_structure(parts, year)
            made.add((parts[0].structure or "", year))
        if wholes:
            used = {id(r) for parts in wholes for r in parts}
            left.extend(r for r in run if id(r) not in used)
    for reading in inner + left:
        if reading.kind == "structure" and (reading.structure or "", reading.year) in made:
            # a part of one of the structure's parts, or a share after them ("Lao động nông
            # nghiệp chiếm 40% tổng số lao động"), is no part of the structure: a share of its
            # own (of GRDP for a part of a sector: "trong đó, công nghiệp chiếm khoảng 15%")
            _as_a_share(reading, of_gdp=reading in inner)


def _as_a_share(reading: Reading, *, of_gdp: bool) -> None:
    reading.kind, reading.part = "share", reading.name
    reading.direction = "decrease" if words.FARMING_RE.search(reading.name) else "increase"
    reading.whole = "GRDP" if of_gdp and reading.structure == "co_cau_kinh_te" else None
    reading.structure = None
    if reading.whole is None:
        reading.review.append("share-whole")


def _wholes(run: list[Reading], fewest: int, texts: dict[int, str]) -> list[list[Reading]]:
    """The parts of a run that make wholes: the whole run when it sums to 100, else from its
    start the first ``fewest`` or more that do, then the same from the next ("… thuế sản phẩm
    chiếm khoảng 8%. Tỷ lệ đóng góp của năng suất … vào tăng trưởng kinh tế … là 50%": four
    parts and a rate after them)."""
    if len(run) >= fewest and _sums_to_100(run):
        return [run]
    found: list[list[Reading]] = []
    start = 0
    while start < len(run):
        for end in range(start + fewest, len(run) + 1):
            # (parts read alike: not a share of GRDP and a part of something else, "kinh tế số
            # chiếm 30% GRDP; công nghiệp chế biến, chế tạo chiếm 70% giá trị sản xuất công nghiệp")
            named = {_whole_named(r, texts.get(id(r), "")) for r in run[start:end]}
            if len(named - {None}) <= 1 and _sums_to_100(run[start:end]):
                found.append(run[start:end])
                start = end
                break
        else:
            break
    return found


def _whole_named(reading: Reading, text: str) -> str | None:
    """The whole a part's words (``text``) name after its figure ("GRDP"; "giá trị sản xuất công
    nghiệp" in "… chiếm 70% giá trị sản xuất công nghiệp"), None when they name none."""
    if reading.whole is not None:
        return reading.whole.upper()
    after = _AFTER_PERCENT.search(text)
    if after is None:
        return None
    named = after["whole"].strip()
    return "GRDP" if re.fullmatch(r"(?:tổng\s+)?(?:GRDP|GDP)", named, re.IGNORECASE) else named


#: The words after a part's percentage, up to the clause's end or a time: its whole, if any (not
#: "trong cơ cấu …", the structure's own words).
_AFTER_PERCENT = re.compile(
    r"%\s+(?!trong\b|vào\b|đến\b|năm\b)(?P<whole>[^\W\d_][^,;.()]*?)\s*(?:$|[,;.(]|\s(?:vào|đến|năm)\b)",
    re.IGNORECASE,
)


def _sums_to_100(parts: list[Reading]) -> bool:
    low = sum(min(r.numbers) for r in parts)
    high = sum(max(r.numbers) for r in parts)
    return low - _ROUNDING <= 100 <= high + _ROUNDING


def _a_structure(parts: list[Reading], year: int) -> None:
    """Parts of one whole made the shares of one structure of ``year``."""
    sectors = any(words.SECTOR_RE.search(r.name) for r in parts)
    structure = next((r.structure for r in parts if r.kind == "structure"), None)
    if structure is None:
        structure = "co_cau_kinh_te" if sectors else "co_cau"
    for reading in parts:
        reading.kind, reading.structure, reading.unit = "structure", structure, "%"
        reading.year, reading.period = year, None
        reading.part = reading.whole = reading.direction = None
        reading.review = [r for r in reading.review if r not in ("share-whole", "unit")]


def _part_of_a_whole(clause: Clause, reading: Reading) -> tuple[int, str, int] | None:
    """What a run of parts of one whole shares (its paragraph, "growth" or "part", its year),
    or None for a target that is no such part."""
    block = clause.span.block
    if reading.kind in ("share", "structure") and reading.year is not None:
        return block, "part", reading.year
    if not words.SECTOR_RE.search(reading.name):
        return None
    if reading.kind == "growth" and reading.percent and reading.period is not None:
        return block, "growth", reading.period[1]
    if reading.kind == "level" and reading.unit == "%" and reading.year is not None:
        return block, "part", reading.year
    return None


#: How far shares written to a decimal place may miss 100 between them.
_ROUNDING = 0.1
