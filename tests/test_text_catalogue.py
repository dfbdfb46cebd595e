"""Every message plantrack can say exists in English and Vietnamese, with the same fields, and
the Vietnamese one is Vietnamese: a scan of the whole catalogue, and of the source for keys."""

from __future__ import annotations

import re
import string
import unicodedata

import pytest

from plantrack.texts import Text, catalogue, in_language, text

from .conftest import ROOT

#: English words that no Vietnamese sentence uses; one of them in a ``vi`` template means an
#: English sentence was left in it.
ENGLISH = {
    "the", "is", "are", "not", "of", "and", "with", "for", "from", "this", "that", "which",
    "must", "should", "cannot", "does", "was", "were", "has", "have", "be", "it", "its", "by",
    "into", "than", "their", "there", "when", "where", "what", "only", "also", "each", "every",
    "file", "row", "value", "number", "year", "column", "sheet", "plan", "indicator", "target",
    "write", "give", "read", "found", "missing", "unknown", "invalid", "expected", "between",
}  # fmt: skip


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _words_outside_code(template: str) -> list[str]:
    """The words a reader sees, without fields, `code`, 'quoted' examples, --flags and paths."""
    bare = re.sub(r"\{[^{}]*\}", " ", template)
    bare = re.sub(
        r"`[^`]*`|'[^']*'|\"[^\"]*\"|--[\w-]+|\S+\.(?:yaml|csv|xlsx|md|json)\b", " ", bare
    )
    return re.findall(r"[A-Za-z]+", bare)


ENTRIES = sorted(catalogue().items())


@pytest.mark.parametrize("key,forms", ENTRIES, ids=[key for key, _ in ENTRIES])
def test_each_message_has_both_languages_with_the_same_fields(
    key: str, forms: tuple[str, str]
) -> None:
    en, vi = forms
    assert en.strip() and vi.strip()
    if key.startswith("os."):  # the system's English reason, said in Vietnamese words instead
        assert _fields(vi) <= _fields(en), key
    else:
        assert _fields(en) == _fields(vi), key
    assert unicodedata.normalize("NFC", vi) == vi
    english = [word for word in _words_outside_code(vi) if word.lower() in ENGLISH]
    assert not english, f"{key}: English words in the Vietnamese form: {english}"


@pytest.mark.parametrize("key,forms", ENTRIES, ids=[key for key, _ in ENTRIES])
def test_each_message_renders_in_both_languages(key: str, forms: tuple[str, str]) -> None:
    params: dict[str, object] = {}
    for _, name, spec, _ in string.Formatter().parse(forms[0]):
        if name is not None:
            params[name] = ["a", "b"] if (spec or "").startswith("list") else 1234.5
    for lang, template in zip(("en", "vi"), forms, strict=True):
        try:
            rendered = text(key, **params).render(lang)
        except Exception as error:  # pragma: no cover - the assertion says which
            pytest.fail(f"{key} ({lang}) does not render: {error}")
        assert not rendered.startswith(f"{key}:"), f"{key} ({lang}): {template}"


def _keys_in_source() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "plantrack").rglob("*.py"):
        if path == ROOT / "plantrack" / "texts" / "__init__.py":  # its docstring example
            continue
        found |= set(re.findall(r"\btext\(\s*\"([a-z][\w.-]*)\"", path.read_text(encoding="utf-8")))
    return found


def _literals_in_source() -> set[str]:
    """Every string literal of plantrack/ that names a key (a key may be passed as a string)."""
    found: set[str] = set()
    for path in (ROOT / "plantrack").rglob("*.py"):
        if path.parent.name != "texts" or path.name == "__init__.py":  # not the catalogue itself
            found |= set(re.findall(r"\"([a-z][\w.-]*)\"", path.read_text(encoding="utf-8")))
    return found


def test_every_key_the_code_uses_is_in_the_catalogue_and_every_entry_is_used() -> None:
    made = _keys_in_source()
    assert made - set(catalogue()) == set(), "keys without a catalogue entry"
    used = made | (_literals_in_source() & set(catalogue()))
    # os_reason() picks an os. key; a result's note is made from its code (docs/assessment.md
    # lists every note, and test_check keeps the list and the notes in step); click looks its
    # own messages up by their English msgid (test_command_line_in_both_languages checks that
    # click has each one)
    dynamic = {key for key in catalogue() if key.startswith(("os.", "note.", "cli.click."))}
    assert set(catalogue()) - used - dynamic == set(), "catalogue entries no code uses"


def test_a_text_is_its_english_string_and_writes_itself_again_in_vietnamese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from plantrack import texts

    entries = {
        "t.example": ("{value:num} is above {limit:pct} in {where!r}", "{value:num} vượt {limit:pct} ở {where!r}"),
        "t.nested": ("because {reason}", "vì {reason}"),
        "t.list": ("years {years:list}", "các năm {years:list}"),
    }  # fmt: skip
    monkeypatch.setattr(texts, "catalogue", lambda: entries)
    message = texts.text("t.example", value=2600.41666667, limit=0.985, where="Sổ 1")
    assert isinstance(message, str) and isinstance(message, Text)
    assert message == "2,600.41666667 is above 98.5% in 'Sổ 1'"
    assert message.render("vi") == "2.600,41666667 vượt 98,5% ở 'Sổ 1'"
    assert in_language(message, "vi") == message.render("vi")
    assert in_language("plain text", "vi") == "plain text"
    nested = texts.text("t.nested", reason=message)
    assert nested == f"because {message}" and nested.render("vi").startswith("vì 2.600,4")
    assert texts.text("t.list", years=[2021, 2022]).render("vi") == "các năm 2021, 2022"


def test_a_text_whose_call_and_template_disagree_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from plantrack import texts

    monkeypatch.setattr(texts, "catalogue", lambda: {"t.x": ("needs {this}", "cần {this}")})
    assert texts.text("t.x", that=1) == "t.x: that=1"
    assert texts.text("t.unknown", a="b") == "t.unknown: a='b'"


def test_a_library_message_names_the_keyword_and_the_command_line_its_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from plantrack import texts

    monkeypatch.setattr(texts, "_OPTIONS", {})
    monkeypatch.setattr(texts, "catalogue", lambda: {"t.o": ("give {@decimal}", "ghi {@decimal}")})
    assert texts.text("t.o") == "give decimal"
    texts.name_options({"decimal": "--decimal"})
    assert (
        texts.text("t.o") == "give --decimal" and texts.text("t.o").render("vi") == "ghi --decimal"
    )
    assert texts.option("write-baseline") == "write_baseline"


def test_a_notes_status_words_are_the_status_labels() -> None:
    from plantrack.assessment.status import Status

    for status in Status:
        en, vi = catalogue()[f"note.status.{status.value}"]
        assert (en, vi) == (status.value, status.label("vi"))
