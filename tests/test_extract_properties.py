"""Properties of `plantrack extract` on any text made of real plan sentences.

Whatever the mix of headings, numbered items and sentences (drawn from the plan texts the rules
were written on), the draft it writes validates, every target's `text` is the source's own words
on the line its `source` names, and the same text always gives the same draft.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.extract import extract_text
from plantrack.plans.load import read_plan_text

from .conftest import ROOT

_DEV = ("cau-ngang-92-kh-ubnd-2022", "nhu-xuan-2020-2025", "lao-cai-2024", "dakrong-2021-2030",
        "vietnam-2026", "phu-tho-2023", "tam-phuoc-2022", "vinh-long-2023")  # fmt: skip


def _sentences() -> list[str]:
    out: list[str] = []
    for name in _DEV:
        text = (ROOT / "plans" / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith("#"):
                continue
            out.extend(s.strip() for s in re.split(r"(?<=[.;])\s+", line) if len(s.strip()) > 8)
    return out


SENTENCES = _sentences()
HEADINGS = ["CÁC CHỈ TIÊU CHỦ YẾU", "II. MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030", "1. Về kinh tế",
            "Các chỉ tiêu chủ yếu năm 2025 là:", "NHIỆM VỤ, GIẢI PHÁP", "Tầm nhìn đến năm 2045"]  # fmt: skip
MARKS = ["", "- ", "+ ", "(1) ", "2. ", "a) ", "• "]


@st.composite
def plan_texts(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(HEADINGS)))
        else:
            joined = "; ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
            lines.append(draw(st.sampled_from(MARKS)) + joined)
    return "\n".join(lines)


def _normal(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=60, deadline=None, derandomize=True)
@given(plan_texts())
def test_any_plan_text_gives_a_valid_draft_traced_to_its_lines(text: str) -> None:
    extraction = extract_text(text, name="ke-hoach.txt")
    lines = text.splitlines()
    assert extraction.yaml == extract_text(text, name="ke-hoach.txt").yaml  # the same, always
    if not extraction.draft.targets:
        return
    loaded, findings = read_plan_text(extraction.yaml, "draft.yaml")
    assert loaded is not None, [str(f.message) for f in findings if f.is_error]
    for indicator in loaded.plan.indicators:
        for target in indicator.targets:
            assert target.source is not None and target.source.line is not None
            assert _normal(target.text) in _normal(lines[target.source.line - 1])
    # what is listed as not understood is the source's own words, at the line it names
    for unread in extraction.data["not_understood"]:
        assert _normal(unread["text"]) in _normal(lines[unread["line"] - 1])
