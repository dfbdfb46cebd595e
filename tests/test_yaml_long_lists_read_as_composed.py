"""A long flow list of names read from the text gives what composing each name as a node gives.

The YAML reader takes the names of a long list (``areas: [c0001, c0002, ...]``) from the text
once the parser has read that place as an empty list (plantrack/plans/yaml_long_lists.py). Every
document here is read twice: as the reader reads it, and with no list blanked (every name
composed as a node, the reading before the shortcut); values, positions of values, keys and list
items, the texts kept for later checks and the findings must be the same. Lists in places where
a ``[`` opens no list (a quoted text, a comment, a block text, a plain text, a key) must come out
as the text they are, and the garbage collector, paused while a document is read, is left as it
was found.
"""

from __future__ import annotations

import gc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.plans import yaml_reader
from plantrack.plans.yaml_long_lists import SHORTEST
from plantrack.plans.yaml_reader import YamlDocument, load_yaml


def _names(count: int, start: int = 1) -> list[str]:
    return [f"c{n:04d}" for n in range(start, start + count)]


def _flow(names: list[str], separator: str = ", ") -> str:
    return "[" + separator.join(names) + "]"


def _everything(doc: YamlDocument | None) -> Any:
    if doc is None:
        return None
    return (
        doc.data,
        doc.positions,
        doc.key_positions,
        {path: list(items) for path, items in doc.item_positions.items()},
        doc.flow_cuts,
        doc.flow_numbers,
        doc.float_texts,
    )


def _both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, int]:
    """The document read, and read with every name composed; and how many lists the first
    reading took from the text."""
    taken = []
    take = yaml_reader._Builder._long_list

    def counted(self: Any, node: Any, path: Any) -> Any:
        names = take(self, node, path)
        taken.append(names is not None)
        return names

    with monkeypatch.context() as patched:
        patched.setattr(yaml_reader._Builder, "_long_list", counted)
        doc, findings = load_yaml(text, "plan.yaml")
    with monkeypatch.context() as patched:
        patched.setattr(yaml_reader, "_blank_long_lists", lambda _source: None)
        composed, composed_findings = load_yaml(text, "plan.yaml")
    return (_everything(doc), findings), (_everything(composed), composed_findings), sum(taken)


LONG = _flow(_names(100))

#: Places where the list is a list, and the names are taken from the text.
TAKEN = {
    "a value": f"areas: {LONG}\nnext: 1\n",
    "a list in a flow mapping": f"a: {{vi: Nông, lâm nghiệp, areas: {LONG}, stray}}\n",
    "nested lists": f"a: [{LONG}, {LONG}, x]\n",
    "a block sequence item": f"- {LONG}\n- x\n",
    "the whole document": f"{LONG}\n",
    "an indented value": f"a:\n  {LONG}\n",
    "windows line ends": f"a: x\r\nb: {LONG}\r\nc: {LONG}\r\n",
    "old mac line ends": f"a: x\rb: {LONG}\r",
    "after Vietnamese on the line": f"tên: {{vi: Việt Nam, areas: {LONG}}}\n",
    "no spaces and many": "a: " + _flow([f"x_{n}.a-b" for n in range(70)], ",") + "\n",
    "null, true and false among the names": "a: "
    + _flow(["null", "true", "False", "yes", "NO", "c1", "c1"] * 12)
    + "\n",
    "just deep enough": "a: " + "[" * 62 + LONG + "]" * 62 + "\n",
}
#: Places where the parser must read the text as usual (no list there, or not one to take).
NOT_TAKEN = {
    "a comment with a list in it": f"a: {LONG}  # {LONG}\n",
    "a quoted text": f"a: \"{LONG}\"\nb: '{LONG}'\nc: {LONG}\n",
    "a block text": f"a: |\n  {LONG}\nb: >\n  {LONG}\n",
    "a plain text": f"a: see {LONG}\n",
    "a key": f"{LONG}: 1\n",
    "a key in a flow mapping": f"{{{LONG}: 1}}\n",
    "an anchor": f"a: &x {LONG}\nb: 1\n",
    "an alias": f"a: &x {LONG}\nb: *x\n",
    "a tag": f"a: !!seq {LONG}\nb: !foo {LONG}\n",
    "a duplicate key": f"a: {LONG}\na: {LONG}\n",
    "too deep": "a: " + "[" * 64 + LONG + "]" * 64 + "\n",
    "a second document": f"a: {LONG}\n---\nb: 1\n",
    "a syntax error after": f"a: {LONG}\nb: [oops\n",
    "a syntax error before": f"a: {{oops\nb: {LONG}\n",
    "text after the list": f"a: {LONG} extra\n",
    "a colon after the list": f"a: {LONG}: x\n",
    "a mark after the list": f"a: {LONG}#x\n",
}


@pytest.mark.parametrize("text", TAKEN.values(), ids=TAKEN.keys())
def test_a_long_list_is_taken_from_the_text_as_composed(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read, composed, taken = _both_ways(text, monkeypatch)
    assert read == composed
    assert read[1] == []
    lists = sum(text.count("[" + first) for first in ("c0001,", "x_0.a-b,", "null,"))
    assert taken == lists


@pytest.mark.parametrize("text", NOT_TAKEN.values(), ids=NOT_TAKEN.keys())
def test_where_no_list_is_taken_the_text_reads_as_composed(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read, composed, _ = _both_ways(text, monkeypatch)
    assert read == composed


def test_the_names_are_at_their_own_line_and_column() -> None:
    names = _names(SHORTEST + 10)
    lines = ["id: x", f"tên: {{vi: Đắk Lắk, areas: {_flow(names, ',  ')}}}"]
    doc, findings = load_yaml("\n".join(lines) + "\n", "plan.yaml")
    assert findings == []
    assert doc is not None
    assert doc.data["tên"]["areas"] == names
    for index, name in enumerate(names):
        column = lines[1].index(name + ",") if index + 1 < len(names) else lines[1].index(name)
        assert doc.position(("tên", "areas", index)) == (2, column + 1)


def test_text_that_looks_like_a_list_stays_text() -> None:
    doc, findings = load_yaml(f'a: "{LONG}"\nb: see {LONG}\nc: |\n  {LONG}\n# {LONG}\n', "x")
    assert findings == []
    assert doc is not None
    assert doc.data == {"a": LONG, "b": f"see {LONG}", "c": f"{LONG}\n"}


_NAME = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,6}", fullmatch=True)
_PLACE = st.sampled_from(
    ["key: {}", "key:\n  - {}", 'key: "{}"', "# {}", "key: x {}", "key: [{}, z]", "key: {{k: {}}}"]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_PLACE, st.lists(_NAME, min_size=SHORTEST - 2, max_size=SHORTEST + 40)),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from([", ", ",", " , ", ",   "]),
)
def test_generated_lists_read_as_composed(
    parts: list[tuple[str, list[str]]], separator: str
) -> None:
    lines = []
    for number, (place, names) in enumerate(parts):
        line = place.format(_flow(names, separator))
        lines.append(line.replace("key", f"key{number}"))
    text = "\n".join(lines) + "\n"
    with pytest.MonkeyPatch.context() as monkeypatch:
        read, composed, _ = _both_ways(text, monkeypatch)
    assert read == composed


@pytest.mark.parametrize(("count", "taken"), [(SHORTEST, 1), (SHORTEST - 1, 0)])
def test_a_list_is_long_from_its_shortest(
    count: int, taken: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "a: " + _flow(_names(count), ",") + "\n"  # as few commas as such a list has
    read, composed, lists = _both_ways(text, monkeypatch)
    assert read == composed
    assert lists == taken


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("text", [f"a: {LONG}\n", "a: [oops\n", "a: &a [x, *a]\n"])
def test_the_collector_is_left_as_it_was(enabled: bool, text: str) -> None:
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        load_yaml(text, "x.yaml")
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
