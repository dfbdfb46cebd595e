"""Why a result has the status it has, or what to know about it: each note's code and its
English sentence template, from the text catalogue (:mod:`plantrack.texts.notes`, where each has
its Vietnamese form too). docs/assessment.md lists every one (a test keeps them in step)."""

from __future__ import annotations

from plantrack.texts.notes import TEXTS

#: Code -> English sentence template (``note.word.*`` are words a note is written with).
NOTES: dict[str, str] = {
    key.removeprefix("note."): en for key, (en, _) in TEXTS.items() if key.count(".") == 1
}
