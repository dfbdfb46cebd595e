"""Drafting a plan file from a plan's published text (``plantrack extract``).

The stages, one module each: the source file as located paragraphs (``sources``: .txt, .docx,
.pdf); the text cut into clauses with their headings (``clauses``); a clause read as a target
(``reading``, its words in ``words``); the targets grouped into a draft plan (``draft``); the
draft written as a plan file with comments for review, or as JSON (``plan_yaml``).

Rule-based and pure: nothing is downloaded, nothing is guessed silently (what is uncertain is
marked for review, what is not understood is listed). It knows nothing of reported figures,
assessment or output formats other than its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from plantrack.extract.draft import Draft, build_draft
from plantrack.extract.plan_yaml import Place, draft_json, draft_yaml


@dataclass(frozen=True)
class _Line:
    text: str
    line: int


@dataclass(frozen=True)
class Extraction:
    """A draft and its two written forms."""

    draft: Draft
    yaml: str
    data: dict[str, Any]


def _lines(text: str, first_line: int) -> list[_Line]:
    import unicodedata

    out = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        cleaned = " ".join(unicodedata.normalize("NFC", line).split())
        if cleaned:
            out.append(_Line(cleaned, number))
    return out


def extract_text(
    text: str, *, name: str = "<text>", lang: str = "vi", first_line: int = 1
) -> Extraction:
    """The draft plan of a plan's text (one paragraph a line; ``first_line`` is the number of
    its first line in the file it comes from)."""
    blocks = _lines(text, first_line)
    return _extract(blocks, [{"line": b.line} for b in blocks], name, lang)


def _extract(blocks: Sequence[Any], places: Sequence[Place], name: str, lang: str) -> Extraction:
    draft = build_draft(blocks)

    def place(block: int) -> Place:
        return places[block]

    def describe(block: int) -> str:
        return ", ".join(f"{key} {value}" for key, value in places[block].items())

    return Extraction(
        draft=draft,
        yaml=draft_yaml(draft, source_name=name, places=place, describe=describe, lang=lang),
        data=draft_json(draft, place, describe),
    )


__all__ = ["Draft", "Extraction", "extract_text"]
