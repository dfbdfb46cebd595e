"""``plantrack check --format json``: the one JSON document (schema/check.schema.json)."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from plantrack import __version__
from plantrack.assessment.status import LABELS
from plantrack.render.describe import target_phrase

if TYPE_CHECKING:
    from plantrack.plans.model import Scale
    from plantrack.report.build import CheckReport, Target


def result_dict(item: Target, shared: dict[Any, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The engine's stable result shape, with the names and phrases a reader needs.

    ``shared``: a dict in which what every area of one target has in common (the names and the
    phrases) is kept, to build it once a target rather than once a result."""
    data = item.result.to_dict()
    key = (item.plan.id, item.result.target)
    common = shared.get(key) if shared is not None else None
    if common is None:
        common = {
            "indicator_name": item.indicator.name.model_dump(),
            "unit": item.indicator.unit,
            "target_phrase": {
                lang: target_phrase(item.plan, item.indicator, item.target, lang)
                for lang in ("vi", "en")
            },
            "target_text": item.target.text,
        }
        if shared is not None:
            shared[key] = common
    data.update(common)
    scale = item.indicator.rating_scale
    if scale is not None:
        _level_words(data, scale)
    data["status_label"] = {
        "vi": LABELS[item.result.status][0],
        "en": LABELS[item.result.status][1],
    }
    data["plan_file"] = item.plan_file
    return data


def _level_words(data: dict[str, Any], scale: Scale) -> None:
    """A rated result's levels in words, in both languages, beside their ranks (``value``)."""

    def words(rank: float) -> dict[str, str]:
        level = scale.level(rank)
        return {"vi": level.vi, "en": level.en}

    if data["goal"]["value"] is not None:
        data["goal"]["level"] = words(data["goal"]["value"])
    for point in (data["base"], data["latest"], *data["years"], *data["values"]):
        if point is not None and point.get("value") is not None:
            point["level"] = words(point["value"])


def check_document(report: CheckReport) -> dict[str, Any]:
    """The one JSON document of ``check --format json`` (schema/check.schema.json)."""
    shared: dict[Any, dict[str, Any]] = {}
    document = _head(report)
    document["results"] = [
        _accepted(report, result_dict(item, shared), item) for item in report.targets
    ]
    document["summary"] = report.summary()
    main = report.main_summary()
    if main is not None:
        document["main_targets"] = main
    if report.baseline is not None:
        document["baseline"] = report.baseline_summary()
    changes = report.changes()
    if changes is not None:
        document["changes"] = changes.to_dict()
    return document


def _accepted(report: CheckReport, data: dict[str, Any], item: Target) -> dict[str, Any]:
    """With ``--baseline``: the result's entry in it and how the result stands (or null). With
    ``--since``: its status in the previous report (null: not in it) and what changed."""
    if report.baseline is not None:
        data["accepted"] = item.accepted.to_dict() if item.accepted is not None else None
    if report.since is not None and item.compared is not None:
        before = item.compared.before
        data["since"] = {
            "status": before.value if before is not None else None,
            "changes": list(item.compared.changes),
        }
    return data


def _head(report: CheckReport) -> dict[str, Any]:
    return {
        "plantrack": __version__,
        "as_of": report.as_of,
        "plans": [{"id": p.plan.id, "file": p.file} for p in report.plans],
        "inputs": [file.to_dict() for file in report.data.files],
        "filters": report.filters,
        "findings": [finding.to_dict() for finding in report.findings],
    }


def write_json(report: CheckReport, stream: IO[str]) -> None:
    """:func:`check_document` as JSON text, written as it is made: the document indented, each
    result on one line (encoded by the ``json`` module's C encoder; an indented result is encoded
    in Python, ten times slower, and a national check has 166,050 results)."""
    _write_json(report, stream.write, lambda data: stream.write(data.decode("utf-8")))


def write_json_bytes(report: CheckReport, stream: IO[bytes]) -> None:
    """:func:`write_json` into a binary stream, in UTF-8: the results SQL wrote come as UTF-8
    already (DuckDB's text) and are written as they come, never made Python text and encoded
    again (the national panel's 434 MB of JSON: some 1.5 s and 50 MB less)."""
    _write_json(report, lambda text: stream.write(text.encode("utf-8")), stream.write)


def _write_json(
    report: CheckReport, write_text: Callable[[str], object], write_bytes: Callable[[bytes], object]
) -> None:
    """The JSON document, its text written by ``write_text``, the results SQL wrote (UTF-8) by
    ``write_bytes``."""
    import json

    document = _head(report)
    document["results"] = _RESULTS
    document["summary"] = _SUMMARY
    text = json.dumps(document, ensure_ascii=False, indent=2)
    before, rest = text.split(json.dumps(_RESULTS), 1)
    between, after = rest.split(json.dumps(_SUMMARY), 1)
    write_text(before)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    shared: dict[Any, dict[str, Any]] = {}
    opened = False
    # The targets SQL assessed come as their results' text, written by SQL (docs/decisions/
    # 0004); a baseline's or --since's fields are Python's.
    from plantrack.render.report_json_sql import SqlJson
    from plantrack.report.build import SqlTarget  # the report is made: no import to defer

    sql = SqlJson(result_dict)
    plain = report.baseline is None and report.since is None
    batch: list[SqlTarget] = []  # SQL targets of one kind and list of areas in a row: one query

    def write(text: str | bytes) -> None:
        nonlocal opened
        if text:  # a target with no result writes nothing
            write_text(",\n    " if opened else "[\n    ")
            write_bytes(text) if isinstance(text, bytes) else write_text(text)
            opened = True

    def flush() -> None:
        for text in sql.results(batch) if batch else ():
            write(text)
        batch.clear()

    for item in report.stream_rows() if plain else report.stream():  # made one at a time
        if isinstance(item, SqlTarget):
            if batch and (
                (batch[0].rows.table, batch[0].rows.areas) != (item.rows.table, item.rows.areas)
                or sum(len(made.rows.areas) for made in batch) + len(item.rows.areas) > _BATCH
            ):
                flush()
            batch.append(item)
            continue
        flush()
        write(encode(_accepted(report, result_dict(item, shared), item)))
    flush()
    write_text("\n  ]" if opened else "[]")
    write_text(between)
    summary = json.dumps(report.summary(), ensure_ascii=False, indent=2)
    write_text(summary.replace("\n", "\n  "))  # at the document's second level
    main = report.main_summary()
    if main is not None:  # only for plans that mark their main targets
        text = json.dumps(main, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        write_text(f',\n  "main_targets": {text}')
    if report.baseline is not None:  # only with --baseline
        text = json.dumps(report.baseline_summary(), ensure_ascii=False, indent=2)
        text = text.replace("\n", "\n  ")
        write_text(f',\n  "baseline": {text}')
    changes = report.changes()
    if changes is not None:  # only with --since
        text = json.dumps(changes.to_dict(), ensure_ascii=False, indent=2)
        text = text.replace("\n", "\n  ")
        write_text(f',\n  "changes": {text}')
    write_text(after)
    write_text("\n")


#: At most so many results a query of the JSON of SQL targets (some 20 MB of text: two targets
#: of a national plan's 3,321 areas; a query's own cost, some 30 ms however few its rows, is
#: then paid once for both: the national panel's JSON 1.3-1.6 s faster than at 4,096, for some
#: 60 MB more at its peak; 12,288 was no faster, for 50 MB more).
_BATCH = 8192

_RESULTS = "\u0000results\u0000"
_SUMMARY = "\u0000summary\u0000"
