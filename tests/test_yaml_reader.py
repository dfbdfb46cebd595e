"""The YAML reader: plain data, positions, and the inputs PyYAML gets wrong or dangerous."""

from __future__ import annotations

import tracemalloc

import pytest

from plantrack.plans.yaml_reader import MAX_NODES, load_yaml


def test_scalars_follow_yaml_core_schema_without_yes_no_or_dates() -> None:
    text = "a: NO\nb: yes\nc: 2030\nd: 2022-11-08\ne: 2021-2030\nf: '5'\ng: 1.5\nh: ~\ni: true\n"
    doc, findings = load_yaml(text, "x.yaml")
    assert findings == []
    assert doc is not None
    assert doc.data == {
        "a": "NO",
        "b": "yes",
        "c": 2030,
        "d": "2022-11-08",
        "e": "2021-2030",
        "f": "5",
        "g": 1.5,
        "h": None,
        "i": True,
    }


def test_positions_of_values_and_keys_are_one_based() -> None:
    doc, _ = load_yaml("top:\n  items:\n    - name: x\n      value: 3\n", "x.yaml")
    assert doc is not None
    assert doc.positions[("top", "items", 0, "value")] == (4, 14)
    assert doc.key_positions[("top", "items", 0, "value")] == (4, 7)
    # a missing path falls back to its nearest ancestor
    assert doc.position(("top", "items", 0, "missing")) == (3, 7)


def test_positions_of_list_items_packed_or_not() -> None:
    text = (
        "flow: [a, bb, 3]\n"
        "block:\n  - x\n  - 'y'\n"
        "mixed:\n  - z\n  - {k: v}\n"
        "again: &l [p, q]\n"
        "alias: *l\n"
    )
    doc, findings = load_yaml(text, "x.yaml")
    assert doc is not None and not findings
    assert [doc.position(("flow", i)) for i in range(3)] == [(1, 8), (1, 11), (1, 15)]
    assert [doc.position(("block", i)) for i in range(2)] == [(3, 5), (4, 5)]
    assert doc.position(("mixed", 0)) == (6, 5)
    assert doc.position(("mixed", 1, "k")) == (7, 9)
    assert doc.position(("alias", 1)) == (8, 15)  # an alias's items: where they are written
    assert doc.position(("flow", 7)) == (1, 7)  # past the end: the list itself
    # one string for a text written many times (a national plan repeats 3,321 area ids)
    doc, _ = load_yaml("a: [x1, x1]\nb: [x1]\n", "x.yaml")
    assert doc is not None
    assert doc.data["a"][0] is doc.data["a"][1] is doc.data["b"][0]


def test_strings_are_nfc() -> None:
    decomposed = "Tie\u0302\u0301n"  # "Tiến" written with combining marks
    doc, _ = load_yaml(f"name: {decomposed}\n", "x.yaml")
    assert doc is not None
    assert doc.data["name"] == "Tiến"
    assert len(doc.data["name"]) == 4


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    doc, findings = load_yaml("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert [(f.code, f.line, f.col) for f in findings] == [("yaml-duplicate-key", 3, 1)]
    assert "first on line 1" in findings[0].message
    assert doc is not None and doc.data["a"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo pwned']\n",
        "a: !!python/name:os.system\n",
        "a: !custom 5\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {x, y}\n",
    ],
)
def test_tags_are_refused_never_constructed(text: str) -> None:
    doc, findings = load_yaml(text, "x.yaml")
    assert doc is None
    assert [f.code for f in findings] == ["yaml-tag"]
    assert findings[0].line == 1


def _bomb(levels: int) -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for name in "bcdefghijklm"[:levels]:
        text += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
        prev = name
    return text


def test_alias_bomb_is_refused_in_bounded_memory() -> None:
    tracemalloc.start()
    try:
        doc, findings = load_yaml(_bomb(9), "bomb.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc is None
    assert [f.code for f in findings] == ["yaml-alias-limit"]
    assert peak < 100 * 1024 * 1024  # the expansion would need tens of gigabytes


def test_small_alias_reuse_is_fine() -> None:
    doc, findings = load_yaml("base: &b {x: 1}\ncopy: *b\n", "x.yaml")
    assert findings == []
    assert doc is not None and doc.data == {"base": {"x": 1}, "copy": {"x": 1}}


def test_recursive_alias_is_refused() -> None:
    doc, findings = load_yaml("a: &x\n  b: *x\n", "x.yaml")
    assert doc is None
    assert [f.code for f in findings] == ["yaml-alias-limit"]


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    doc, findings = load_yaml("[" * 100_000, "deep.yaml")
    assert doc is None
    assert [f.code for f in findings] == ["yaml-syntax"]


def test_tab_indentation_names_the_line() -> None:
    doc, findings = load_yaml("a:\n  b: 1\n\tc: 2\n", "x.yaml")
    assert doc is None
    assert [(f.code, f.line, f.col) for f in findings] == [("yaml-tab", 3, 1)]


def test_syntax_error_has_a_position() -> None:
    doc, findings = load_yaml("a: [1, 2\nb: 3\n", "x.yaml")
    assert doc is None
    assert findings[0].code == "yaml-syntax"
    assert findings[0].line is not None


def test_node_budget_is_generous_for_real_plans() -> None:
    items = "\n".join(f"  - {{id: i{n}, value: {n}}}" for n in range(MAX_NODES // 4))
    doc, findings = load_yaml("items:\n" + items + "\n", "big.yaml")
    assert findings == []
    assert doc is not None and len(doc.data["items"]) == MAX_NODES // 4


def test_values_written_out_do_not_count_against_the_alias_limit() -> None:
    from plantrack.plans.yaml_reader import MAX_NODES, load_yaml

    areas = ", ".join(f"c{n:05d}" for n in range(MAX_NODES + 5_000))
    text = f"areas: [{areas}]\nagain: [{areas}]\n"
    doc, findings = load_yaml(text, "big.yaml")
    assert findings == [] and doc is not None
    assert len(doc.data["areas"]) == MAX_NODES + 5_000
