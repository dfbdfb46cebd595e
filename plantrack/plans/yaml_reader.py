"""Read YAML as plain data, remembering where every value came from.

PyYAML's own loaders are not what a plan file needs: they turn ``NO``, ``on`` and ``2022-11-08``
into booleans and dates, keep the last of two duplicate keys without a word, build Python objects
from ``!!python/...`` tags (the unsafe loader) and expand anchors without limit. Here PyYAML only
*composes* the node tree (libyaml's C parser when it is installed); this module then builds the
values itself:

- plain scalars follow the YAML 1.2 core schema, minus dates: ``null``/``~``, ``true``/``false``,
  integers and decimals; everything else (``NO``, ``yes``, ``2021-2030``, ``2022-11-08``) is text;
- explicit tags other than ``!!str`` are refused, never constructed;
- duplicate keys are findings, as are anchors that expand past a node budget or refer to themselves;
- every string is normalised to Unicode NFC;
- each value's and each key's line and column (1-based) are recorded by path, so that later
  checks can point at ``plan.yaml:LINE:COL``;
- a long flow list of plain names (a national plan's areas, listed again by each target) is read
  from the text where the parser reads the list (``yaml_long_lists``), not a node a name.
"""

from __future__ import annotations

import contextlib
import gc
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from plantrack.findings import Finding
from plantrack.findings.registry import make
from plantrack.plans.yaml_words import syntax_finding, tab_findings
from plantrack.texts import Text, text

if TYPE_CHECKING:
    from plantrack.plans.yaml_long_lists import LongList

Path = tuple[str | int, ...]
Position = tuple[int, int]

#: The most values aliases may add to a document (each use of an alias counts every value it
#: repeats). Real plans use a few anchors, if any; a "billion laughs" document adds billions.
#: Values written out in the file do not count: a national plan may list thousands of areas.
MAX_NODES = 50_000
#: Deeper nesting than this is no plan.
MAX_DEPTH = 64
#: Flow brackets nested deeper than this are not trusted to the C parser's recursion; the
#: pure-Python parser (whose recursion errors can be caught) reads the file instead.
_MAX_BRACKET_DEPTH_FOR_C = 200

#: The fewest commas a long list of names has (``yaml_long_lists.SHORTEST`` names).
LONG_LIST_COMMAS = 63

_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"

_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_UNKNOWN = object()


def _loader_classes() -> tuple[type, ...]:
    bases: list[type] = []
    c_loader = getattr(yaml, "CSafeLoader", None)
    if c_loader is not None:
        bases.append(c_loader)
    bases.append(yaml.SafeLoader)
    return tuple(bases)


_DEFAULT_TAGS = {yaml.ScalarNode: _STR_TAG, yaml.SequenceNode: _SEQ_TAG, yaml.MappingNode: _MAP_TAG}


def _untyped(_self: Any, kind: type, _value: Any, _implicit: Any) -> str:
    return _DEFAULT_TAGS[kind]


def _nothing(_self: Any, *_args: Any) -> None:
    return None


def _without_implicit_types(base: type) -> type:
    # No implicit or path resolvers: every untagged node composes with its kind's default tag
    # (plain scalars as str) and this module decides a scalar's type. Tags written in the file
    # are kept, so they can be refused. (Resolving is called once a node: kept to one lookup.)
    return type(
        f"Plain{base.__name__}",
        (base,),
        {
            "yaml_implicit_resolvers": {},
            "resolve": _untyped,
            "descend_resolver": _nothing,
            "ascend_resolver": _nothing,
        },
    )


_LOADERS = tuple(_without_implicit_types(base) for base in _loader_classes())


@dataclass
class YamlDocument:
    """Plain data from one YAML file, with the position of every value and key."""

    data: Any
    positions: dict[Path, Position] = field(default_factory=dict)
    key_positions: dict[Path, Position] = field(default_factory=dict)
    #: The positions of the items of a list of scalars, by the list's path, packed as
    #: ``line << 32 | column`` (a national plan lists 3,321 areas for each of its targets: a
    #: path and a position object for each would take more memory than the rest of the plan).
    item_positions: dict[Path, array[int]] = field(default_factory=dict)
    #: Keys with no value in a flow mapping that follow an entry with a value, by path: the path
    #: of that entry's value and the text from it to the key. ``{vi: Nông, lâm nghiệp, en: ...}``
    #: gives the key ``lâm nghiệp`` under the entry ``vi: Nông``: a text cut at its comma.
    flow_cuts: dict[Path, tuple[Path, str]] = field(default_factory=dict)
    #: Short flow lists of plain numbers whose items touch a comma (``[1,5, 2,5]``), by path:
    #: their text as written. YAML reads four numbers there; the plan meant two decimals.
    flow_numbers: dict[Path, str] = field(default_factory=dict)
    #: The text of each plain (unquoted) decimal number, by path: YAML reads ``6.794`` as six
    #: point seven nine four, where a Vietnamese plan may mean 6794 (only decimals are kept).
    float_texts: dict[Path, str] = field(default_factory=dict)

    def position(self, path: Path, *, key: bool = False) -> Position | None:
        """The position of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if key and prefix in self.key_positions:
                return self.key_positions[prefix]
            if prefix in self.positions:
                return self.positions[prefix]
            if end and type(prefix[-1]) is int:
                items = self.item_positions.get(prefix[:-1])
                if items is not None and 0 <= prefix[-1] < len(items):
                    packed = items[prefix[-1]]
                    return (packed >> 32, packed & 0xFFFFFFFF)
        return None


class _Refused(Exception):
    """Stops building when the document cannot be read safely at all."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def _mark(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


def _plain_scalar(text: str) -> Any:
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


class _Builder:
    def __init__(
        self, file: str, text: str = "", long_lists: dict[int, LongList] | None = None
    ) -> None:
        self.file = file
        self.text = text
        #: The long lists of names blanked in the text the parser read, by their place, until
        #: each is met (see ``yaml_long_lists``).
        self.long_lists: dict[int, LongList] = long_lists or {}
        self.budget = MAX_NODES
        self.findings: list[Finding] = []
        self.doc = YamlDocument(data=None)
        self._active: set[int] = set()
        self._built: set[int] = set()  # nodes already built: meeting one again is an alias
        #: Whether the text may hold an alias at all (``*name``): without one, every node is met
        #: once and the alias budget has nothing to count.
        self._aliases = "*" in text
        self._texts: dict[str, str] = {}  # one string for each text repeated (area ids)
        self._plain: dict[str, Any] = {}  # the value of each plain scalar, by its text

    def _finding(self, code: str, message: Text, node: yaml.Node) -> Finding:
        line, col = _mark(node)
        return Finding(code, message, self.file, line, col)

    def build(self, node: yaml.Node, path: Path, placed: bool = False) -> Any:
        """The value of ``node`` at ``path`` (``placed``: its position is recorded already)."""
        if self._aliases:
            if id(node) in self._built:
                self.budget -= 1
            else:
                self._built.add(id(node))
        if self.budget < 0:
            raise _Refused(
                self._finding(
                    "yaml-alias-limit",
                    text("plan.yaml-alias-limit", limit=MAX_NODES),
                    node,
                )
            )
        if len(path) > MAX_DEPTH:
            raise _Refused(
                self._finding("yaml-syntax", text("plan.yaml-too-deep", depth=MAX_DEPTH), node)
            )
        if id(node) in self._active:
            raise _Refused(self._finding("yaml-alias-limit", text("plan.yaml-alias-loop"), node))
        if not placed:
            self.doc.positions.setdefault(path, _mark(node))
        if isinstance(node, yaml.ScalarNode):
            value = self._scalar(node)
            if type(value) is float:
                self.doc.float_texts[path] = node.value
            return value
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                if node.tag != _SEQ_TAG:
                    self._bad_tag(node)
                items = node.value
                if not items and node.start_mark.index in self.long_lists:
                    names = self._long_list(node, path)
                    if names is not None:
                        return names
                kinds = set(map(type, items))
                placed = bool(items) and all(issubclass(kind, yaml.ScalarNode) for kind in kinds)
                if node.flow_style and placed and len(items) <= 8:
                    self._flow_numbers(node, path)
                if placed and path not in self.doc.item_positions:
                    self.doc.item_positions[path] = array(
                        "Q",
                        [
                            (item.start_mark.line + 1) << 32 | (item.start_mark.column + 1)
                            for item in items
                        ],
                    )
                if placed and not self._aliases and len(path) < MAX_DEPTH:
                    return self._scalars(items, path)
                return [
                    self.build(item, (*path, index), placed) for index, item in enumerate(items)
                ]
            if node.tag != _MAP_TAG:
                self._bad_tag(node)
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, path)
        finally:
            self._active.discard(id(node))

    def _scalars(self, items: list[yaml.ScalarNode], path: Path) -> list[Any]:
        """What :meth:`build` gives for each item of a list of scalars whose positions are
        recorded, in a text without aliases (nothing to count): in one loop, not a call each."""
        values = list(map(self._scalar, items))
        if float in map(type, values):
            for index, value in enumerate(values):
                if type(value) is float:
                    self.doc.float_texts[(*path, index)] = items[index].value
        return values

    def _long_list(self, node: yaml.SequenceNode, path: Path) -> list[Any] | None:
        """The names of the long list blanked at ``node``'s place (see ``yaml_long_lists``), as
        :meth:`_scalars` would give them, or None when ``node`` is not that list."""
        written = self.long_lists[node.start_mark.index]
        if node.end_mark.index != written.end or len(path) >= MAX_DEPTH:
            return None
        del self.long_lists[node.start_mark.index]  # taken: the text need not be read again
        first = ((node.start_mark.line + 1) << 32) + node.start_mark.column + 1
        self.doc.item_positions[path] = array("Q", map(first.__add__, written.offsets))
        plain = self._plain
        for name in set(written.names).difference(plain):  # text, null, true, false: no number
            plain[name] = _plain_scalar(self._text(name))
        return list(map(plain.__getitem__, written.names))

    def _bad_tag(self, node: yaml.Node) -> None:
        raise _Refused(
            self._finding(
                "yaml-tag",
                text("plan.yaml-tag", tag=_short_tag(node.tag)),
                node,
            )
        )

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag != _STR_TAG:
            self._bad_tag(node)
        written = node.value
        if not node.style:  # a plain scalar: typed, once for each text written
            known = self._plain.get(written, _UNKNOWN)
            if known is not _UNKNOWN:
                return known
        value = self._text(written)
        if node.style:  # quoted or block scalar: always text
            return value
        try:
            typed = _plain_scalar(value)
        except ValueError:  # an integer longer than Python converts (sys.get_int_max_str_digits)
            raise _Refused(
                self._finding(
                    "invalid-value",
                    text("plan.number-too-long", digits=len(value.lstrip("+-"))),
                    node,
                )
            ) from None
        self._plain[written] = typed
        return typed

    def _text(self, written: str) -> str:
        """``written`` in NFC (ASCII is), one string for each text repeated."""
        value = written if written.isascii() else unicodedata.normalize("NFC", written)
        return self._texts.setdefault(value, value)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(
                    self._finding(
                        "yaml-syntax",
                        text("plan.yaml-key-not-text"),
                        key_node,
                    )
                )
            if key_node.tag != _STR_TAG:
                self._bad_tag(key_node)
            key = unicodedata.normalize("NFC", key_node.value)
            if key in first_seen:
                self.findings.append(
                    self._finding(
                        "yaml-duplicate-key",
                        text("plan.yaml-duplicate-key", key=key, line=first_seen[key]),
                        key_node,
                    )
                )
                continue
            first_seen[key] = _mark(key_node)[0]
            child = (*path, key)
            self.doc.key_positions[child] = _mark(key_node)
            result[key] = self.build(value_node, child)
        if node.flow_style:
            self._flow_cuts(node, path)
        return result

    def _flow_numbers(self, node: yaml.SequenceNode, path: Path) -> None:
        """Record ``[1,5, 2,5]``: plain numbers in a flow list, one with a comma right after it."""
        items = node.value
        if not all(not item.style and _INT.match(item.value) for item in items):
            return
        written = self.text[node.start_mark.index : node.end_mark.index]
        if re.search(r"\d,\d", written):
            self.doc.flow_numbers[path] = written

    def _flow_cuts(self, node: yaml.MappingNode, path: Path) -> None:
        """Record keys without a value that follow an entry with one (see ``flow_cuts``)."""
        owner: tuple[Path, int] | None = None
        run: list[tuple[Path, int]] = []
        entries = [*node.value, (None, None)]
        for key_node, value_node in entries:
            cut = (
                isinstance(value_node, yaml.ScalarNode)
                and not value_node.style
                and value_node.value == ""
                and value_node.start_mark.index == value_node.end_mark.index
            )
            if cut and owner is not None and key_node is not None:
                key = unicodedata.normalize("NFC", str(key_node.value))
                run.append(((*path, key), key_node.end_mark.index))
                continue
            if owner is not None and run:
                start = owner[1]
                cut_text = " ".join(self.text[start : run[-1][1]].split())
                written = unicodedata.normalize("NFC", cut_text)
                for stray, _ in run:
                    self.doc.flow_cuts[stray] = (owner[0], written)
            run = []
            owner = None
            if key_node is not None and value_node is not None and not cut:
                key = unicodedata.normalize("NFC", str(key_node.value))
                owner = ((*path, key), value_node.start_mark.index)


def _bracket_depth(text: str) -> int:
    """How deep flow brackets nest (quotes ignored, so it may overstate: that is safe)."""
    depth = deepest = 0
    for char in _NOT_BRACKET.sub("", text):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
    return deepest


def load_yaml(source: str, file: str) -> tuple[YamlDocument | None, list[Finding]]:
    """Parse ``source`` (already decoded) into a :class:`YamlDocument`.

    Returns ``(None, findings)`` when the text cannot be read as one YAML document.
    Duplicate keys are reported but do not stop the reading.
    """
    tabs = tab_findings(source, file)
    if tabs:
        return None, tabs
    loaders = _LOADERS
    brackets = source.count("[") + source.count("{")  # depth is at most the count
    if brackets > _MAX_BRACKET_DEPTH_FOR_C and _bracket_depth(source) > _MAX_BRACKET_DEPTH_FOR_C:
        loaders = _LOADERS[-1:]
    with _collector_paused():
        blanked = _blank_long_lists(source)
        if blanked is not None:
            read = _read(loaders[0], source, file, *blanked)
            if read is not None:
                return read
        read = _read(loaders[0], source, file, source, {})
        assert read is not None  # nothing blanked, nothing to miss
        return read


def _blank_long_lists(source: str) -> tuple[str, dict[int, LongList]] | None:
    """``source`` with its long lists of names blanked (``yaml_long_lists``), or None: in a text
    with an alias (which would count each name again), or with too few commas for such a list
    (an everyday plan: the module is not even imported)."""
    if "*" in source or source.count(",") < LONG_LIST_COMMAS:
        return None
    from plantrack.plans.yaml_long_lists import blank_long_lists

    return blank_long_lists(source)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a document is composed and built.

    Composing makes three objects a value (the node and its two marks) and keeps them all to the
    end: each pass of the collector walks every one of them again, for no garbage (the panel's
    plan of 166,000 values composed in four times the time). The file's size is bounded
    (``MAX_PLAN_BYTES``), and the collector is left as it was found."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _read(
    loader_class: type, source: str, file: str, parsed: str, long_lists: dict[int, LongList]
) -> tuple[YamlDocument | None, list[Finding]] | None:
    """``source`` read as a document: the parser reads ``parsed`` (``source``, or it with the
    ``long_lists`` blanked). None when a blanked list was not met as an empty list in its place
    or the document is refused: ``source`` is then read as it is (to say why, in its words)."""
    root = _compose(loader_class, parsed, file)
    if isinstance(root, list):
        return None if long_lists else (None, root)
    builder = _Builder(file, source, long_lists)
    try:
        builder.doc.data = builder.build(root, ())
    except _Refused as refused:
        return None if long_lists else (None, [*builder.findings, refused.finding])
    if builder.long_lists:
        return None
    return builder.doc, builder.findings


def _compose(loader_class: type, source: str, file: str) -> yaml.Node | list[Finding]:
    """The node tree of ``source``, or the findings saying why it has none."""
    loader = loader_class(source)
    try:
        try:
            root = loader.get_single_node()
        except yaml.composer.ComposerError as error:
            if "expected a single document" in str(error):
                mark = error.problem_mark
                return [
                    make(
                        "yaml-multiple-documents",
                        text("plan.yaml-multiple-documents"),
                        file,
                        mark.line + 1 if mark else None,
                        mark.column + 1 if mark else None,
                    )
                ]
            raise
    except yaml.YAMLError as error:
        return [syntax_finding(error, file)]
    except RecursionError:
        return [make("yaml-syntax", text("plan.yaml-too-deep-to-read"), file)]
    finally:
        loader.dispose()
    if root is None:
        return [make("empty-plan", text("plan.empty-plan.comments"), file, 1, 1)]
    assert isinstance(root, yaml.Node)
    return root
