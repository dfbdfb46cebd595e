"""Every position the YAML reader gives is where PyYAML's node tree puts it, and plan errors
inside lists of scalars are found at the lines and columns they always were.

Since 5d5747d the positions of the items of a list of scalars are packed into one array a list
(``YamlDocument.item_positions``). Every position is compared with the position the loader gave
before, worked out here from PyYAML's node tree as the old loader recorded it (the position of
every node by path, the first recorded kept), for every path of generated documents and for
paths one level deeper than the data; and plan files with errors inside lists of scalars give
the findings at the lines and columns the loader before 5d5747d gave (recorded from it).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.plans.load import load_plans
from plantrack.plans.yaml_reader import load_yaml

# --------------------------------------------------------------------------------------------
# 5d5747d: positions in plan files


def _old_positions(text: str) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """Value and key positions by path, as the loader before 5d5747d recorded them."""
    positions: dict[Any, Any] = {}
    keys: dict[Any, Any] = {}

    def mark(node: yaml.Node) -> tuple[int, int]:
        return (node.start_mark.line + 1, node.start_mark.column + 1)

    def walk(node: yaml.Node, path: tuple[Any, ...]) -> None:
        positions.setdefault(path, mark(node))
        if isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))
        elif isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = unicodedata.normalize("NFC", key_node.value)
                if key in seen:
                    continue  # a duplicate key: not built
                seen.add(key)
                keys[(*path, key)] = mark(key_node)
                walk(value_node, (*path, key))

    walk(yaml.compose(text, Loader=yaml.SafeLoader), ())
    return positions, keys


def _old_position(
    positions: dict[Any, Any], keys: dict[Any, Any], path: tuple[Any, ...], key: bool
) -> tuple[int, int] | None:
    for end in range(len(path), -1, -1):
        prefix = path[:end]
        if key and prefix in keys:
            return keys[prefix]
        if prefix in positions:
            return positions[prefix]
    return None


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path of ``data``, and paths one level deeper than it (past a list's end too)."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
        found.append((*path, "no-such-key"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*path, index))
        found += [(*path, len(data)), (*path, len(data) + 5), (*path, 0, "id"), (*path, 0, 1)]
    else:
        found += [(*path, 0), (*path, 1), (*path, "id"), (*path, 0, 0)]
    return found


_SCALARS = [
    "d",
    "binh-phu",
    "Bad_Id",
    "7",
    "3.5",
    "-2",
    "null",
    "~",
    "true",
    "'q'",
    '"x y"',
    "Tiến",
]


@st.composite
def yaml_documents(draw: st.DrawFn) -> str:
    """Mappings and lists nested up to four deep, each written in flow or block style: lists of
    scalars (flow, block, empty), lists of lists, lists mixing scalars and mappings, anchors and
    aliases to scalars, lists and mappings."""
    anchors: list[str] = []

    def scalar() -> str:
        if anchors and draw(st.integers(0, 9)) == 0:
            return "*" + draw(st.sampled_from(anchors))
        return draw(st.sampled_from(_SCALARS))

    def anchored(content: str) -> str:
        if draw(st.integers(0, 5)) == 0:
            name = f"a{len(anchors)}"
            anchors.append(name)  # usable after its node: an alias inside it would be a loop
            return f"&{name} {content}"
        return content

    def flow(depth: int) -> str:
        shape = draw(st.integers(0, 5)) if depth else 0
        if shape <= 1:
            return scalar()
        if anchors and shape == 2 and draw(st.booleans()):
            return "*" + draw(st.sampled_from(anchors))
        if shape in (2, 3, 4):
            items = [flow(depth - 1) for _ in range(draw(st.integers(0, 4)))]
            return anchored("[" + ", ".join(items) + "]")
        pairs = [f"k{i}: {flow(depth - 1)}" for i in range(draw(st.integers(0, 3)))]
        return anchored("{" + ", ".join(pairs) + "}")

    def block_value(depth: int, indent: int) -> str:
        """After ``key:`` or ``-``: an inline flow value or a block on the next lines."""
        shape = draw(st.integers(0, 2)) if depth else 0
        pad = " " * indent
        if shape == 0:
            return " " + flow(depth)
        if shape == 1:  # a block list (items of any kind)
            lines = []
            for _ in range(draw(st.integers(1, 4))):
                lines.append(f"{pad}-{block_value(depth - 1, indent + 2)}")
            return "\n" + "\n".join(lines)
        lines = []
        for i in range(draw(st.integers(1, 3))):
            lines.append(f"{pad}k{i}:{block_value(depth - 1, indent + 2)}")
        return "\n" + "\n".join(lines)

    top = [f"t{i}:{block_value(4, 2)}" for i in range(draw(st.integers(1, 4)))]
    return "\n".join(top) + "\n"


@settings(max_examples=100, deadline=None)
@given(text=yaml_documents())
def test_every_position_is_where_the_old_loader_put_it(text: str) -> None:
    doc, findings = load_yaml(text, "x.yaml")
    assert doc is not None, findings
    positions, keys = _old_positions(text)
    for path in _paths(doc.data):
        for key in (False, True):
            expected = _old_position(positions, keys, path, key)
            assert doc.position(path, key=key) == expected, (path, key)


def test_positions_in_the_list_shapes_of_a_plan() -> None:
    text = (
        "flow: [d, binh-phu, 12]\n"  # a target's areas
        "numbers: [1, 2.5, -3]\n"
        "block:\n  - x\n  - 'y'\n"
        "empty: []\n"
        "nested: [[a, b], [c]]\n"
        "mixed: [p, {id: q}, r]\n"
        "anchor: &l [u, v]\n"
        "alias: *l\n"
        "scalars: [&s w, *s]\n"
    )
    doc, _ = load_yaml(text, "x.yaml")
    assert doc is not None
    assert [doc.position(("flow", i)) for i in range(4)] == [(1, 8), (1, 11), (1, 21), (1, 7)]
    assert [doc.position(("numbers", i)) for i in range(3)] == [(2, 11), (2, 14), (2, 19)]
    assert [doc.position(("block", i)) for i in range(2)] == [(4, 5), (5, 5)]
    assert doc.position(("empty", 0)) == (6, 8)
    assert doc.position(("nested", 1, 0)) == (7, 19)
    assert doc.position(("nested", 0, 1, "x")) == (7, 14)
    assert doc.position(("mixed", 2)) == (8, 21)
    assert doc.position(("mixed", 1, "id")) == (8, 17)
    assert doc.position(("alias", 1)) == doc.position(("anchor", 1)) == (9, 16)
    assert doc.position(("scalars", 1)) == (11, 11)  # where the anchored value is written
    assert doc.position(("flow", 1), key=True) == (1, 11)
    assert doc.position(("flow",), key=True) == (1, 1)


_PLAN_HEAD = """\
id: test-plan
title: {vi: K, en: P}
document:
  type: {vi: K, en: P}
  issuer: {vi: U, en: C}
level: district
area: d
areas:
  - id: d
    name: {vi: D, en: D}
    level: district
  - id: g
    name: {vi: G, en: G}
    level: group
"""

#: Schema errors inside lists of scalars: flow and block lists, numbers, an alias, an empty list,
#: lists in a list, a list mixing scalars and mappings.
SCHEMA_ERRORS = (
    _PLAN_HEAD
    + """\
    members: [d, nowhere, 7]
  - id: h
    name: {vi: H, en: H}
    level: group
    members:
      - d
      - 8
      - {x: 1}
period: 2021-2025
base_year: 2020
indicators:
  - id: income
    name: {vi: T, en: I}
    unit: million_vnd_per_person
    direction: increase
    aliases: [ok, "", 5, [nested]]
    source: {section: II, item: 2}
    targets:
      - kind: level
        value: 68
        year: 2025
        areas: &bad [d, binh-phu, 12, Bad_Id]
        text: a
      - kind: level
        range: [1, x, 3]
        year: 2025
        text: b
      - kind: level
        value: 1
        year: 2025
        areas:
          - d
          - 3.5
          - true
        text: c
      - kind: annual
        at_least: 5
        period: 2021-2025
        areas: *bad
        text: d
      - kind: level
        value: 5
        year: 2025
        areas: []
        text: e
      - kind: level
        value: 5
        year: 2025
        areas: [[d, 1], [f]]
        text: f
      - kind: level
        value: 5
        year: 2025
        areas: [d, {id: q}, 2]
        text: g
      - kind: growth
        range: [1%, null]
        period: 2021-2025
        text: h
"""
)

#: A valid schema, wrong as a whole plan: unknown areas in lists of scalars of every style.
CHECK_ERRORS = (
    _PLAN_HEAD
    + """\
    members: [d, nowhere]
  - id: h
    name: {vi: H, en: H}
    level: group
    parent: nope
    members:
      - d
      - elsewhere
period: 2021-2025
base_year: 2020
indicators:
  - id: income
    name: {vi: T, en: I}
    unit: percent
    direction: increase
    source: {section: II, item: 2}
    targets:
      - kind: level
        value: 168
        year: 2035
        areas: &A [d, binh-phu, g]
        text: a
      - kind: level
        range: [50, 10]
        year: 2025
        areas:
          - ghost1
          - d
        text: b
      - kind: annual
        at_least: 5
        period: 2021-2025
        areas: *A
        text: c
      - kind: relative
        period: 2021-2025
        reference_area: nowhere
        relation: at_least
        areas: [d, ghost2]
        text: i
      - kind: qualitative
        year: 2024
        areas: [d, ghost4]
        text: k
      - kind: growth
        range: [5%, 1%]
        period: 2021-2025
        areas: [d, "ghost5"]
        text: l
      - kind: cumulative
        at_least: -5
        period: 2021-2026
        areas:
        - d
        - 'ghost6'
        text: m
"""
)

# (code, line, column) of each finding, as the loader before 5d5747d reported them
SCHEMA_EXPECTED = [
    ("wrong-type", 15, 27),
    ("wrong-type", 21, 9),
    ("wrong-type", 22, 9),
    ("invalid-value", 30, 19),
    ("wrong-type", 30, 23),
    ("wrong-type", 30, 26),
    ("wrong-type", 36, 35),
    ("wrong-type", 36, 35),
    ("invalid-value", 36, 39),
    ("invalid-value", 36, 39),
    ("invalid-value", 39, 16),
    ("wrong-type", 47, 13),
    ("wrong-type", 48, 13),
    ("invalid-value", 58, 16),
    ("wrong-type", 63, 17),
    ("wrong-type", 63, 25),
    ("wrong-type", 68, 20),
    ("wrong-type", 68, 29),
    ("wrong-type", 71, 21),
]
CHECK_EXPECTED = [
    ("unknown-area", 15, 18),
    ("unknown-area", 19, 13),
    ("unknown-area", 22, 9),
    ("value-out-of-range", 33, 16),
    ("target-outside-period", 34, 15),
    ("unknown-area", 35, 23),
    ("unknown-area", 35, 23),
    ("range-reversed", 38, 16),
    ("unknown-area", 41, 13),
    ("unknown-area", 51, 25),
    ("unknown-area", 53, 20),
    ("unit-kind", 55, 15),
    ("unknown-area", 57, 20),
    ("range-reversed", 60, 16),
    ("unknown-area", 62, 20),
    ("target-outside-period", 66, 17),
    ("unknown-area", 69, 11),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(SCHEMA_ERRORS, SCHEMA_EXPECTED), (CHECK_ERRORS, CHECK_EXPECTED)],
    ids=["schema", "checks"],
)
def test_plan_errors_in_lists_point_where_they_did(
    tmp_path: Path, text: str, expected: list[tuple[str, int, int]]
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    found = load_plans([path]).findings
    assert [(f.code, f.line, f.col) for f in found] == expected
    positions, keys = _old_positions(text)
    doc, _ = load_yaml(text, "plan.yaml")
    assert doc is not None
    for path_in_doc in _paths(doc.data):
        assert doc.position(path_in_doc) == _old_position(positions, keys, path_in_doc, False)
