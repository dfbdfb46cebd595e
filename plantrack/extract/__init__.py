"""Drafting a plan file from a plan's published text (``plantrack extract``).

The stages, one module each: the source file as located paragraphs (``sources``: .txt, .docx,
.pdf); a table's rows and a report's figures of the plan beside its results read as the text
they mean (``tables``, ``beside``); the text cut into clauses with their headings (``clauses``);
a clause read as a target (``reading``, its words in ``words``); the targets grouped into a
draft plan (``draft``); the draft written as a plan file with comments for review, or as JSON
(``plan_yaml``).

Rule-based and pure: nothing is downloaded, nothing is guessed silently (what is uncertain is
marked for review, what is not understood is listed). It knows nothing of reported figures,
assessment or output formats other than its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from plantrack.extract.beside import Beside, plan_beside_results
from plantrack.extract.broken_font import broken_font_words
from plantrack.extract.draft import Draft, as_shares, build_draft, refuse
from plantrack.extract.plan_yaml import Place, draft_json, draft_yaml
from plantrack.extract.rewrap import LineStarts, line_at, rewrap
from plantrack.extract.sources import Block, Location, SourceText, read_source, source_from_text
from plantrack.extract.tables import table_sentences
from plantrack.findings import Finding
from plantrack.texts import Text, text


@dataclass(frozen=True)
class Extraction:
    """A draft and its two written forms."""

    draft: Draft
    yaml: str
    data: dict[str, Any]


def extract_file(path: Path, *, lang: str = "vi") -> Extraction:
    """The draft plan of the plan text at ``path`` (.txt, .docx or .pdf); raises
    :class:`~plantrack.extract.sources.SourceError` when the file cannot be read."""
    return _extract(read_source(path), str(path), lang)


def extract_text(
    text: str, *, name: str = "<text>", lang: str = "vi", first_line: int = 1
) -> Extraction:
    """The draft plan of a plan's text (one paragraph a line; ``first_line`` is the number of
    its first line in the file it comes from)."""
    source = source_from_text(text, Path(name))
    if first_line != 1:
        shift = first_line - 1
        blocks = tuple(
            replace(b, location=replace(b.location, line=(b.location.line or 0) + shift))
            for b in source.blocks
        )
        source = replace(source, blocks=blocks)
    return _extract(source, name, lang)


def _without_header(source: SourceText) -> Sequence[Block]:
    """The blocks of a text file without its header of notes: lines at the top that start
    with "# " ("# source: https://...", "# retrieved: ..."), as the corpus keeps its texts."""
    blocks = source.blocks
    if source.format != "txt":
        return blocks
    first = 0
    while first < len(blocks) and blocks[first].text.startswith("# "):
        first += 1
    return blocks[first:] if first < len(blocks) else blocks


#: Rounds of checking the draft against the plan's rules (each removes what they refuse).
_ROUNDS = 5


def _extract(source: SourceText, name: str, lang: str) -> Extraction:
    blocks = _without_header(source)
    starts: LineStarts = {}
    if source.format == "txt":
        blocks, starts = rewrap(blocks)
    rows = table_sentences(blocks)
    beside = plan_beside_results(blocks)
    if beside is not None:  # a report of results beside the plan's figures: its blanked text
        rows.update({n: t for n, t in beside.texts.items() if n not in rows})
    read = tuple(
        Block(rows[n], block.location) if n in rows else block for n, block in enumerate(blocks)
    )
    draft = (
        build_draft(read)
        if beside is None
        else build_draft(read, year=beside.year, planned=frozenset(beside.texts))
    )
    draft.broken_font = broken_font_words(block.text for block in blocks)
    if beside is not None:
        draft.beside = True
        _beside(draft, beside, blocks)
    for target in draft.targets:  # a table's row keeps its own words as the target's text
        at = target.clause.span.block
        if at in rows and (beside is None or at not in beside.texts):
            target.written = blocks[at].text
            if blocks[at].merged:
                target.reading.review.append("merged-cells")

    def location(block: int, start: int) -> Location:
        line = line_at(starts, block, start)
        found = blocks[block].location
        return found if line is None else replace(found, line=line)

    def place(block: int, start: int = 0) -> Place:
        found = location(block, start)
        return {key: value for key, value in asdict(found).items() if value is not None}

    def describe(block: int, start: int = 0) -> str:
        return location(block, start).describe(lang)

    written = draft_yaml(draft, source_name=name, places=place, describe=describe, lang=lang)
    cannot_sum = _positions(written, lambda f: f.code == "structure-cannot-sum")
    if cannot_sum:  # shares that validate says cannot be a structure: each a share of the whole
        as_shares(draft, set(cannot_sum))
        written = draft_yaml(draft, source_name=name, places=place, describe=describe, lang=lang)
    for _ in range(_ROUNDS):
        refused = _positions(written, lambda f: f.is_error)
        if not refused:
            break
        refuse(draft, refused)
        written = draft_yaml(draft, source_name=name, places=place, describe=describe, lang=lang)
    return Extraction(draft=draft, yaml=written, data=draft_json(draft, place, describe))


def _beside(draft: Draft, beside: Beside, blocks: Sequence[Block]) -> None:
    """A report's targets keep the source's words (a pair's, whole); a target read where no
    plan's figure stands, in any block of the report, is a result, refused; each result
    blanked is listed."""
    refused: dict[int, Text] = {}
    for position, target in enumerate(draft.targets):
        span = target.clause.span
        pairs = [
            p for p in beside.plans.get(span.block, ()) if p[0] < span.end and span.start < p[1]
        ]
        if not pairs:
            target.written = blocks[span.block].text[span.start : span.end].strip()
            refused[position] = text("extract.result")
            continue
        start, end = min(span.start, pairs[0][0]), max(span.end, pairs[-1][1])
        target.written = blocks[span.block].text[start:end].strip()
    spans = [t.clause.span for n, t in enumerate(draft.targets) if n in refused]
    if refused:
        refuse(draft, refused)
    draft.unread.extend(  # (each once: not again where a target refused lists it)
        found
        for found in beside.results
        if not any(s.block == found.block and s.start <= found.start < s.end for s in spans)
    )


def _positions(written: str, wanted: Callable[[Finding], bool]) -> dict[int, Text]:
    """The targets of the findings ``wanted`` picks (the errors that refuse a target, or a
    warning's code), by position, with the first message given.

    The draft is read back as ``plantrack validate`` reads a plan; a finding on a target's lines
    is that target's, a finding on an indicator's lines every target's of it."""
    from plantrack.plans.load import read_plan_text

    _, findings = read_plan_text(written, "draft.yaml")
    found = [f for f in findings if f.line is not None and wanted(f)]
    if not found:
        return {}
    lines = written.splitlines()
    starts = [n for n, line in enumerate(lines, start=1) if line.startswith("      - kind:")]
    indicators = [n for n, line in enumerate(lines, start=1) if line.startswith("  - id:")]
    out: dict[int, Text] = {}
    for finding in found:
        assert finding.line is not None
        if not starts or finding.line < (indicators[0] if indicators else starts[0]):
            continue
        owner = max((i for i, n in enumerate(starts) if n <= finding.line), default=None)
        heading = max((n for n in indicators if n <= finding.line), default=None)
        if owner is not None and heading is not None and starts[owner] > heading:
            positions = [owner]
        else:  # on the indicator's own lines: every target of it
            after = [i for i, n in enumerate(starts) if heading is not None and n > heading]
            following = [n for n in indicators if heading is not None and n > heading]
            end = following[0] if following else len(lines) + 1
            positions = [i for i in after if starts[i] < end]
        for position in positions:
            out.setdefault(position, _as_text(finding.message))
    return out


def _as_text(message: object) -> Text:
    return message if isinstance(message, Text) else text("extract.refused", reason=str(message))


__all__ = ["Draft", "Extraction", "extract_file", "extract_text"]
