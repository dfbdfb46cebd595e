"""A list of shares written with "tương ứng" or "lần lượt": "cơ cấu kinh tế nông nghiệp - công
nghiệp - dịch vụ tương ứng 36,20% - 34,50% - 29,30%" is three structure targets, one a sector,
where one clause names them all and gives their figures in the same order."""

from __future__ import annotations

import re

from plantrack.extract import words
from plantrack.extract.clauses import Clause, own_text
from plantrack.extract.figures import number_of
from plantrack.extract.reading import Reading, chain_of
from plantrack.extract.timing import PlanTime, time_of
from plantrack.numbers.parse import DecimalMark

_RESPECTIVELY = re.compile(
    r"(?P<names>[^\W\d_][^\d:;]*?(?:\s+[-–]\s+[^\W\d_][^\d:;–-]*?)+)\s+"
    r"(?:(?:của|trong)\s+[^\d]*?\s+)?"
    r"(?:tương ứng|lần lượt)(?:\s+(?:là|chiếm|đạt))?\s*:?\s*"
    rf"(?P<figures>(?:{words.NUMBER})\s*%?(?:\s*[-–;]\s*(?:{words.NUMBER})\s*%?)+)",
    re.IGNORECASE,
)


#: A sector of the economy as structures name it: "nông nghiệp", "nông, lâm nghiệp, thủy sản",
#: "công nghiệp, xây dựng", "công nghiệp - xây dựng", "thương mại - dịch vụ", "dịch vụ".
_SECTOR = re.compile(
    r"nông(?:,?\s*lâm)?(?:,?\s*ngư)?\s*nghiệp(?:,?\s*(?:và\s+)?thủy sản)?"
    r"|công nghiệp(?:\s*(?:,|-|–|và)\s*(?:tiểu thủ công nghiệp|xây dựng))?"
    r"|(?:thương mại\s*(?:,|-|–|và)\s*)?dịch vụ",
    re.IGNORECASE,
)


_LABOUR = re.compile(r"(?:cơ cấu|tỷ trọng|tỉ trọng|tỷ lệ)\s+lao động\b", re.IGNORECASE)


def read_respectively(clause: Clause, plan: PlanTime, decimal: DecimalMark) -> list[Reading]:
    """A list of shares written with "tương ứng": "cơ cấu kinh tế nông nghiệp - công nghiệp -
    dịch vụ tương ứng 36,20% - 34,50% - 29,30%" is three structure targets, one a sector."""
    text = clause.text
    match = _RESPECTIVELY.search(text)
    source = text
    if match is None:
        owner = next((c for c in chain_of(clause, "")[1:] if _RESPECTIVELY.search(c.text)), None)
        inline = re.search(
            rf"(?:tương ứng|lần lượt)(?:\s+là)?\s*:?\s*(?P<figures>(?:{words.NUMBER})\s*%?(?:\s*[-–;]\s*(?:{words.NUMBER})\s*%?)+)",
            text,
            re.IGNORECASE,
        )
        if owner is None or inline is None:
            return []
        names_match = _RESPECTIVELY.search(owner.text)
        assert names_match is not None
        names_text, figures_text, source = names_match["names"], inline["figures"], owner.text
    else:
        names_text, figures_text = match["names"], match["figures"]
    names = [n.strip(" ,") for n in re.split(r"\s+[-–]\s+", names_text)]
    found = words.NUMBER_RE.findall(figures_text)
    if len(names) != len(found):
        # "nông nghiệp – công nghiệp, xây dựng, dịch vụ … 34% - 24% - 42%": the economy's
        # sectors, each however it is written
        sectors = [m.group(0) for m in _SECTOR.finditer(names_text)]
        first = _SECTOR.search(names_text)
        if first is not None and len(sectors) == len(found):
            names = [names_text[: first.end()], *sectors[1:]]
    if len(names) != len(found) or len(names) < 2:
        return []
    names[0] = re.sub(r"^.*?cơ cấu(?:\s+kinh tế)?\s+", "", names[0], flags=re.IGNORECASE)
    names[0] = re.sub(
        r"^(?:tỷ trọng|tỉ trọng)\s+(?:(?:của\s+)?(?:các\s+)?ngành\s+)?",
        "",
        names[0],
        flags=re.IGNORECASE,
    )
    shares = "%" in figures_text or bool(words.STRUCTURE_RE.search(source))
    if not shares:
        return []
    # the labour force's structure is a whole of its own ("Cơ cấu lao động các ngành nông nghiệp
    # – công nghiệp, xây dựng, dịch vụ tương ứng 45% - 25% - 30%"), not the economy's
    labour = bool(_LABOUR.search(names_text))
    if labour:
        names = [
            f"lao động {part.group(0) if (part := _SECTOR.search(name)) else name}"
            for name in names
        ]
    own = own_text(clause)
    year, _ = time_of(clause, chain_of(clause, ""), plan, level=True, own=own)
    out = []
    for name, written in zip(names, found, strict=True):
        number = number_of(written, decimal)
        if number is None:
            return []
        out.append(
            Reading(
                kind="structure",
                comparator="about",
                figures=(written,),
                numbers=(number,),
                percent=True,
                unit="%",
                year=year,
                period=None,
                direction=None,
                name=f"Tỷ trọng {name}",
                structure="co_cau_lao_dong" if labour else "co_cau_kinh_te",
                vision=any(words.VISION_RE.search(h.text) for h in clause.headings),
            )
        )
    return out
