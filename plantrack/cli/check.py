"""``plantrack check``: options in, a library call, a writer from the format table, an exit code.

The report is made by :func:`plantrack.report.build.run_check`; its format's writer comes from
:data:`plantrack.render.formats.REPORT_FORMATS`; this module puts what the writer gives on standard
output or in ``-o FILE`` (:mod:`plantrack.cli.output`) and turns the report into an exit code.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from plantrack.cli.common import missing_plans_folder
from plantrack.cli.options import (
    DEFAULT_DATA,
    DEFAULT_PLANS,
    PATH,
    color_option,
    decimal_option,
    encoding_option,
    format_option,
    lang_option,
    layout_option,
    output_option,
    strict_option,
)
from plantrack.render.formats import REPORT_FORMATS
from plantrack.texts import in_language, text

if TYPE_CHECKING:
    from plantrack.render.formats import Rendered

#: Status names, written out so that ``--help`` and ``--version`` need not import the library
#: (a test keeps them equal to :class:`plantrack.assessment.status.Status`).
STATUSES = (
    "exceeded",
    "achieved",
    "on_track",
    "in_progress",
    "at_risk",
    "off_track",
    "regressing",
    "not_achieved",
    "insufficient_data",
    "no_data",
)
STATUS_CHOICE = click.Choice(STATUSES)


@click.command()
@click.argument("actuals", nargs=-1, type=PATH)
@click.option(
    "--plan",
    "plan_paths",
    multiple=True,
    type=PATH,
    help="Plan file or folder (repeatable); default: plans/.",
)
@click.option("--as-of", type=click.IntRange(1900, 2200), help="Assess as things stood in YEAR.")
@click.option("--area", "areas", multiple=True, help="Only this area (id or name; repeatable).")
@click.option(
    "--indicator", "indicators", multiple=True, help="Only this indicator (id, name or alias)."
)
@click.option(
    "--status", "statuses", multiple=True, type=STATUS_CHOICE, help="Only results with STATUS."
)
@lang_option("Language of names, statuses and numbers")
@format_option(
    list(REPORT_FORMATS),
    help="table for people; json, csv for scripts; markdown for reports and "
    "$GITHUB_STEP_SUMMARY; github for workflow annotations; xlsx and docx for the appendix an "
    "office files (Excel with charts, Word; need -o FILE); html for a self-contained page with "
    "charts. Default: the one -o's extension names (.json, .csv, .md, .txt, .xlsx, .docx, "
    ".html), else table.",
)
@output_option("Write to FILE (atomically, never over an input); its extension chooses the format.")
@click.option(
    "--fail-on",
    type=STATUS_CHOICE,
    help="Exit 1 when any result is at STATUS or worse (e.g. off_track, for CI).",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=PATH,
    help="Results accepted as they stand (YAML or JSON): they do not fail --fail-on.",
)
@click.option(
    "--write-baseline",
    type=PATH,
    help="Write FILE accepting every result at --fail-on (default off_track) or worse.",
)
@click.option(
    "--since",
    "since_path",
    type=PATH,
    help="Add what changed since PREVIOUS.json, a report saved with --format json -o.",
    metavar="PREVIOUS.json",
)
@click.option("--explain", "explain", help="Show the working for INDICATOR (id, name or alias).")
@layout_option("Data layout (default: detect).")
@encoding_option
@decimal_option("Decimal mark of the data: comma (1.234,5) or point (1,234.5); default: per file.")
@click.option(
    "--sheet",
    help="Excel sheet to read, its name in any case, with or without accents (default: the "
    "first with data).",
)
@strict_option("Warnings in plans or data are errors (exit 2).")
@click.option(
    "--exchange-rate",
    "exchange_rates",
    multiple=True,
    metavar="[YEAR:]CUR=RATE",
    help="Đồng per unit of a currency, e.g. USD=24000 or 2022:USD=23600 (repeatable).",
)
@click.option(
    "--engine",
    type=click.Choice(["auto", "python", "duckdb"]),
    default="auto",
    show_default=True,
    help="Who reads long CSV files: auto, DuckDB for files of 256 KiB or more; python, the row "
    "reader for every file; duckdb, DuckDB for every file it can read whole. The results are "
    "the same.",
)
@click.option("--bom", is_flag=True, help="CSV output with a UTF-8 BOM (for Excel).")
@click.option(
    "--csv-style",
    type=click.Choice(["en", "vi"]),
    help="CSV numbers: en, comma-separated with decimal points (the default); vi, for Excel set "
    "to Vietnamese: semicolon-separated, decimal commas, with a BOM.",
)
@color_option
@click.pass_context
def check(
    ctx: click.Context,
    actuals: tuple[str, ...],
    plan_paths: tuple[str, ...],
    as_of: int | None,
    areas: tuple[str, ...],
    indicators: tuple[str, ...],
    statuses: tuple[str, ...],
    lang: str,
    fmt: str | None,
    output: str | None,
    fail_on: str | None,
    baseline_path: str | None,
    write_baseline: str | None,
    since_path: str | None,
    explain: str | None,
    layout: str | None,
    encoding: str | None,
    decimal: str | None,
    sheet: str | None,
    strict: bool,
    exchange_rates: tuple[str, ...],
    engine: str,
    bom: bool,
    csv_style: str | None,
    color: bool | None,
) -> None:
    """Đánh giá chỉ tiêu kế hoạch theo số liệu thực hiện / Check targets against actuals.

    ACTUALS are CSV or Excel files, folders of them, or - for standard input; default: data/.
    Exit 0 when the check ran, 1 when --fail-on is hit, 2 for a usage error, an invalid plan
    or data that cannot be read (a bad row, a conflict), with every problem reported; 130 on
    Ctrl-C, 141 when the reader of a pipe closes it early.

    \b
    Examples:
      plantrack check
      plantrack check data/cau-ngang-actuals.csv --lang en
      plantrack check --explain income_per_capita --area cau-ngang
      plantrack check --format json -o report.json
      plantrack check --csv-style vi -o report.csv            # for Excel in Vietnamese
      plantrack check -o appendix.xlsx                         # the appendix, in Excel
      plantrack check -o report.html --lang en
      plantrack check --fail-on off_track --format github      # in CI
      plantrack check --fail-on off_track --write-baseline plantrack-baseline.yaml
      plantrack check --fail-on off_track --baseline plantrack-baseline.yaml
      plantrack check --format markdown >> "$GITHUB_STEP_SUMMARY"
      plantrack check --as-of 2024 --format json -o report-2024.json
      plantrack check --since report-2024.json               # what changed since
      plantrack check -o report.docx                           # the Word appendix
    """
    from plantrack.actuals.read import ReadOptions, parse_exchange_rate
    from plantrack.assessment.status import Status
    from plantrack.cli.output import format_for_output, guard_output
    from plantrack.render.formats import RenderOptions, explain_text
    from plantrack.report.build import CheckOptions, run_check

    fmt = format_for_output(output, fmt, "table")
    writer = REPORT_FORMATS[fmt]
    if not plan_paths and (advice := missing_plans_folder(lang)):
        raise click.UsageError(advice)
    if writer.binary and output is None and sys.stdout.isatty():
        example = f"report{writer.suffixes[0]}" if writer.suffixes else "report"
        refusal = text("cli.output.binary-to-terminal", format=fmt, example=example)
        raise click.UsageError(refusal.render(lang))
    if explain and fmt != "table":
        raise click.UsageError(text("cli.explain-is-text").render(lang))
    if csv_style is not None and fmt != "csv":
        raise click.UsageError(text("cli.csv-style-not-csv", format=fmt).render(lang))

    rates = []
    for rate_text in exchange_rates:
        try:
            rates.append(parse_exchange_rate(rate_text, decimal))  # type: ignore[arg-type]
        except ValueError as error:
            message = in_language(error.args[0], lang)  # the library's Text, in the run's words
            raise click.BadParameter(message, param_hint="--exchange-rate") from None
    if engine != "python":
        from plantrack.duckdb_settings import MemorySettingError, memory_limit

        try:  # DuckDB's memory limit, before anything is read: never a traceback halfway
            memory_limit()
        except MemorySettingError as error:
            raise click.UsageError(in_language(error.args[0], lang)) from None
    read = ReadOptions(
        layout=layout,  # type: ignore[arg-type]
        encoding=encoding,
        decimal=decimal,  # type: ignore[arg-type]
        sheet=sheet,
        strict=strict,
        exchange_rates=tuple(rates),
        engine=engine,  # type: ignore[arg-type]
    )
    options = CheckOptions(
        read=read,
        as_of=as_of,
        areas=areas,
        indicators=indicators,
        explain=explain,
        statuses=tuple(Status(s) for s in statuses),
        working=writer.working,  # only JSON and --explain show each result's working
    )
    plans = list(plan_paths) or [DEFAULT_PLANS]
    data = list(actuals) or [DEFAULT_DATA]
    inputs = _inputs(plans, data) if output is not None or write_baseline else []
    for target in (output, write_baseline):
        if target is not None:
            guard_output(target, inputs)  # before the work, not after it
    filters = (areas, indicators, statuses, explain)
    baseline = _baseline(ctx, baseline_path, write_baseline, filters, lang)
    previous = _previous(ctx, since_path, lang)
    # JSON and CSV are written a result at a time: the results are made as they are written
    lazy = writer.streamed and not explain and not write_baseline
    with _progress(data, lang, use_color=color):
        report = run_check(plans, data, options, lazy=lazy)
    threshold = Status(fail_on) if fail_on else None
    if report.usage_error:
        _findings_to_stderr(report, lang)
        ctx.exit(2)
    if write_baseline:
        baseline = _write_baseline(report, baseline, write_baseline, threshold, lang, inputs)
    if baseline is not None:
        report.apply_baseline(baseline)
    if previous is not None:
        report.compare_with(previous)  # a lazy report is compared as it is written
    use_color = color if color is not None else (ctx.obj or {}).get("color")

    how = RenderOptions(
        lang,
        use_color,
        to_file=output is not None,
        bom=bom,
        csv_style=csv_style or "en",
        fail_on=threshold,
    )
    _emit(explain_text(report, lang) if explain else writer.write(report, how), output, inputs)
    if writer.findings_on_stderr or explain:
        _findings_to_stderr(report, lang)
    ctx.exit(report.exit_code(threshold, strict=strict))


def _inputs(plans: list[str], data: list[str]) -> list[str]:
    """Every file the check reads (plan folders searched as the loader searches them, data
    folders as the readers list them), and the paths as given: what ``-o`` must not replace."""
    from plantrack.actuals.read import discover_data
    from plantrack.plans.load import discover

    plan_files, _ = discover(plans)
    data_files, _ = discover_data(data)
    return [*map(str, plan_files), *data_files, *plans, *data]


def _baseline(
    ctx: click.Context,
    path: str | None,
    write: str | None,
    filters: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None],
    lang: str,
) -> Any:
    """The baseline of ``--baseline`` (exit 2 when it cannot be used: nothing is checked
    against half a baseline)."""
    if write and any(filters):
        raise click.UsageError(text("cli.write-baseline-whole").render(lang))
    if path is None:
        return None
    from plantrack.report.baseline import load_baseline

    return _loaded(ctx, load_baseline(path), lang)


def _previous(ctx: click.Context, path: str | None, lang: str) -> Any:
    """The previous report of ``--since`` (exit 2 when it cannot be used)."""
    if path is None:
        return None
    from plantrack.report.since import load_previous

    return _loaded(ctx, load_previous(path), lang)


def _loaded(ctx: click.Context, loaded: tuple[Any, list[Any]], lang: str) -> Any:
    """What a file named by an option gave, its findings on stderr; exit 2 when it gave
    nothing to use."""
    from plantrack.render.findings import finding_line

    value, findings = loaded
    for finding in findings:
        click.echo(finding_line(finding, lang), err=True)
    if value is None:
        ctx.exit(2)
    return value


def _write_baseline(
    report: Any, previous: Any, path: str, threshold: Any, lang: str, inputs: list[str]
) -> Any:
    """Write the baseline accepting the report's failing results; the baseline to apply."""
    from plantrack.assessment.status import Status
    from plantrack.cli.output import write_atomically
    from plantrack.render.accepted import written_line
    from plantrack.report.baseline import dump, written

    if report.input_error:
        click.echo(text("cli.baseline-not-written", path=path).render(lang), err=True)
        return previous
    threshold = threshold or Status.OFF_TRACK
    baseline = written(report, threshold, previous, path)
    document = dump(baseline, as_of=report.as_of, fail_on=threshold)
    write_atomically(document.encode("utf-8"), path, inputs)
    click.echo(written_line(path, baseline, previous, lang), err=True)
    return baseline


#: Inputs larger than this get a spinner on a terminal's stderr while they are read.
PROGRESS_BYTES = 4 << 20


def _progress(paths: list[str], lang: str, *, use_color: bool | None) -> Any:
    """A spinner on stderr for inputs that take more than a moment; only on a terminal."""
    import contextlib
    from pathlib import Path

    size = 0
    for name in paths:
        path = Path(name)
        with contextlib.suppress(OSError):
            if path.is_dir():
                size += sum(child.stat().st_size for child in path.iterdir() if child.is_file())
            elif path.is_file():
                size += path.stat().st_size
    if size < PROGRESS_BYTES or not sys.stderr.isatty() or use_color is False:
        return contextlib.nullcontext()
    from plantrack.render.console import make_console

    message = text("cli.reading-data", megabytes=f"{size / 1e6:.0f}").render(lang)
    return make_console(use_color, stderr=True).status(message)


def _emit(rendered: Rendered, output: str | None, inputs: list[str]) -> None:
    """What a writer gave, to ``-o FILE`` (atomically) or to standard output: text as UTF-8,
    a stream writer's bytes as it writes them; nothing when the writer showed it already."""
    from plantrack.cli.output import write_atomically

    if rendered is None:
        return
    if isinstance(rendered, str):
        if output is not None:
            write_atomically(rendered.encode("utf-8"), output, inputs)
        else:
            click.echo(rendered, nl=False)
    elif output is not None:
        write_atomically(rendered, output, inputs)
    else:
        rendered(sys.stdout.buffer)
        sys.stdout.flush()


def _findings_to_stderr(report: object, lang: str) -> None:
    from plantrack.render.findings import finding_line

    for finding in report.findings:  # type: ignore[attr-defined]
        click.echo(finding_line(finding, lang), err=True)
