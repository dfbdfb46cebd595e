"""PyYAML's words for a syntax error, said again in the catalogue's words.

PyYAML (and the LibYAML parser under it) explain a syntax error in English: a *context* ("while
parsing a flow mapping") and a *problem* ("did not find expected ',' or '}'"). Each phrase of the
few dozen they use is matched here and made a :class:`~plantrack.texts.Text`, so a Vietnamese
run says it in Vietnamese; a phrase not in the table stays as PyYAML wrote it (the English is the
same either way). The findings for a syntax error are made here too: PyYAML's error at its mark
(:func:`syntax_finding`), and a line indented with a tab (:func:`tab_findings`), found before
PyYAML would name the tab only as a character that cannot start a token.
"""

from __future__ import annotations

import re

import yaml

from plantrack.findings import Finding
from plantrack.findings.registry import make
from plantrack.texts import Text, text

#: What a context or problem names, in words of either language.
_THINGS = {
    "a flow mapping": "plan.yaml.thing.flow-mapping",
    "a flow sequence": "plan.yaml.thing.flow-sequence",
    "a block mapping": "plan.yaml.thing.block-mapping",
    "a block collection": "plan.yaml.thing.block-collection",
    "a simple key": "plan.yaml.thing.simple-key",
    "a quoted scalar": "plan.yaml.thing.quoted-scalar",
    "a double-quoted scalar": "plan.yaml.thing.double-quoted-scalar",
    "a single-quoted scalar": "plan.yaml.thing.single-quoted-scalar",
    "a plain scalar": "plan.yaml.thing.plain-scalar",
    "a node": "plan.yaml.thing.node",
    "a flow node": "plan.yaml.thing.flow-node",
    "a block node": "plan.yaml.thing.block-node",
    "a block scalar": "plan.yaml.thing.block-scalar",
    "an anchor": "plan.yaml.thing.anchor",
    "an alias": "plan.yaml.thing.alias",
    "a tag": "plan.yaml.thing.tag",
    "a directive": "plan.yaml.thing.directive",
    "a mapping": "plan.yaml.thing.mapping",
}

#: The verb of a context, each its own entry so that the English stays PyYAML's.
_VERBS = {
    "parsing": "plan.yaml.while-parsing",
    "scanning": "plan.yaml.while-scanning",
    "composing": "plan.yaml.while-composing",
}

_CONTEXT = re.compile(r"while (?P<verb>parsing|scanning|composing) (?P<thing>an? [\w -]+)")


def _thing(name: str) -> Text | None:
    key = _THINGS.get(name)
    return Text(key, {}) if key is not None else None


#: Phrases said whole, as PyYAML or LibYAML write them.
_WHOLE = {
    "mapping values are not allowed here": "plan.yaml.mapping-values",
    "mapping values are not allowed in this context": "plan.yaml.mapping-values-context",
    "found unexpected end of stream": "plan.yaml.end-of-stream",
    "found unexpected document separator": "plan.yaml.document-separator",
    "expected a single document in the stream": "plan.yaml.one-document",
    "found duplicate key": "plan.yaml.duplicate-key",
    "found character that cannot start any token": "plan.yaml.cannot-start-any",
    "found undefined alias": "plan.yaml.undefined-alias-any",
    "found unknown escape character": "plan.yaml.unknown-escape-any",
}

#: What a parser expected, when it is a word.
_EXPECTED = {"key": "plan.yaml.word.key", "'-' indicator": "plan.yaml.word.dash"}


def _either(what: str) -> Text | str:
    """``',' or '}'`` with its "or" in the output's language."""
    if what in _EXPECTED:
        return Text(_EXPECTED[what], {})
    pair = re.fullmatch(r"(?P<first>.+?) or (?P<second>.+)", what)
    if pair is None:
        return what
    return text("plan.yaml.or", first=pair.group("first"), second=pair.group("second"))


def yaml_phrase(phrase: str) -> Text | str:
    """One of PyYAML's phrases in the catalogue's words (``phrase`` itself when unknown)."""
    phrase = phrase.strip()
    if phrase == "while scanning for the next token":
        return text("plan.yaml.next-token")
    context = _CONTEXT.fullmatch(phrase)
    if context is not None:
        thing = _thing(context.group("thing"))
        if thing is None:
            return phrase
        return Text(_VERBS[context.group("verb")], {"thing": thing})
    if phrase in _WHOLE:
        return Text(_WHOLE[phrase], {})
    found = re.fullmatch(r"could not find expected (?P<what>.+)", phrase)
    if found is not None:
        return text("plan.yaml.could-not-find", what=_either(found.group("what")))
    found = re.fullmatch(r"did not find expected (?P<what>.+)", phrase)
    if found is not None:
        return text("plan.yaml.did-not-find", what=_either(found.group("what")))
    found = re.fullmatch(r"expected (?P<what>.+?), but found (?P<got>.+)", phrase)
    if found is not None:
        return text(
            "plan.yaml.expected-found", what=_either(found.group("what")), got=found.group("got")
        )
    found = re.fullmatch(r"expected (?P<what>.+?), but got (?P<got>.+)", phrase)
    if found is not None:
        return text(
            "plan.yaml.expected-got", what=_either(found.group("what")), got=found.group("got")
        )
    found = re.fullmatch(r"found character (?P<what>.+) that cannot start any token", phrase)
    if found is not None:
        return text("plan.yaml.cannot-start", what=_either(found.group("what")))
    found = re.fullmatch(r"found undefined alias (?P<what>.+)", phrase)
    if found is not None:
        return text("plan.yaml.undefined-alias", what=_either(found.group("what")))
    found = re.fullmatch(r"found unknown escape character (?P<what>.+)", phrase)
    if found is not None:
        return text("plan.yaml.unknown-escape", what=_either(found.group("what")))
    return phrase


def syntax_problem(context: str | None, problem: str) -> Text:
    """PyYAML's context and problem as one message: ``while ...: problem``."""
    said = yaml_phrase(problem)
    if context:
        return text("plan.yaml.context", context=yaml_phrase(context), problem=said)
    return text("plan.yaml.problem", problem=said)


def syntax_finding(error: yaml.YAMLError, file: str) -> Finding:
    """A ``yaml-syntax`` finding for PyYAML's error, in the catalogue's words, at its mark."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    message = text("plan.yaml-syntax", problem=syntax_problem(context, str(problem)))
    if mark is None:
        return make("yaml-syntax", message, file)
    return make("yaml-syntax", message, file, mark.line + 1, mark.column + 1)


def tab_findings(source: str, file: str) -> list[Finding]:
    """A ``yaml-tab`` finding for each line indented with a tab (PyYAML's words for it name a
    character that cannot start a token, not the tab)."""
    findings = []
    for number, line in enumerate(source.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            findings.append(
                make(
                    "yaml-tab",
                    text("plan.yaml-tab"),
                    file,
                    number,
                    indent.index("\t") + 1,
                )
            )
    return findings
