"""``plantrack check`` and ``plantrack template``: options in, library call, renderer, exit code."""

from __future__ import annotations

import sys
from typing import IO, TYPE_CHECKING, Any, Literal

import click

from plantrack.cli.common import lang_option, missing_plans_folder, text_encoding

if TYPE_CHECKING:
    pass

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
DEFAULT_PLANS = "plans"
DEFAULT_DATA = "data"


@click.command()
@click.argument("actuals", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--plan",
    "plan_paths",
    multiple=True,
    type=click.Path(path_type=str),
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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "markdown", "github"]),
    help="table for people; json, csv for scripts; markdown for reports and "
    "$GITHUB_STEP_SUMMARY; github for workflow annotations. Default: the one -o's extension "
    "names (.json, .csv, .md, .txt), else table.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    help="Write to FILE (atomically, never over an input); its extension chooses the format.",
)
@click.option(
    "--fail-on",
    type=STATUS_CHOICE,
    help="Exit 1 when any result is at STATUS or worse (e.g. off_track, for CI).",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(path_type=str),
    help="Results accepted as they stand (YAML or JSON): they do not fail --fail-on.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=str),
    help="Write FILE accepting every result at --fail-on (default off_track) or worse.",
)
@click.option("--explain", "explain", help="Show the working for INDICATOR (id, name or alias).")
@click.option(
    "--layout", type=click.Choice(["long", "wide"]), help="Data layout (default: detect)."
)
@click.option("--encoding", callback=text_encoding, help="Encoding of CSV files (default: detect).")
@click.option(
    "--decimal",
    type=click.Choice(["comma", "point"]),
    help="Decimal mark of the data: comma (1.234,5) or point (1,234.5); default: per file.",
)
@click.option(
    "--sheet",
    help="Excel sheet to read, its name in any case, with or without accents (default: the "
    "first with data).",
)
@click.option("--strict", is_flag=True, help="Warnings in plans or data are errors (exit 2).")
@click.option(
    "--exchange-rate",
    "exchange_rates",
    multiple=True,
    metavar="[YEAR:]CUR=RATE",
    help="Đồng per unit of a currency, e.g. USD=24000 or 2022:USD=23600 (repeatable).",
)
@click.option("--bom", is_flag=True, help="CSV output with a UTF-8 BOM (for Excel).")
@click.option("--color/--no-color", default=None, help="Force colour on or off.")
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
    explain: str | None,
    layout: str | None,
    encoding: str | None,
    decimal: str | None,
    sheet: str | None,
    strict: bool,
    exchange_rates: tuple[str, ...],
    bom: bool,
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
      plantrack check --fail-on off_track --format github      # in CI
      plantrack check --fail-on off_track --write-baseline plantrack-baseline.yaml
      plantrack check --fail-on off_track --baseline plantrack-baseline.yaml
      plantrack check --format markdown >> "$GITHUB_STEP_SUMMARY"
    """
    from plantrack.actuals.read import ReadOptions, parse_exchange_rate
    from plantrack.assessment.status import Status
    from plantrack.cli.output import format_for_output, guard_output, write_atomically
    from plantrack.report.build import CheckOptions, run_check

    fmt = format_for_output(output, fmt, "table")
    if not plan_paths and (advice := missing_plans_folder(lang)):
        raise click.UsageError(advice)
    if explain and fmt != "table":
        raise click.UsageError(
            "--explain prints the working as text; for scripts, --format json carries the same "
            "working in each result's steps"
        )

    rates = []
    for rate_text in exchange_rates:
        try:
            rates.append(parse_exchange_rate(rate_text, decimal))  # type: ignore[arg-type]
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--exchange-rate") from None
    read = ReadOptions(
        layout=layout,  # type: ignore[arg-type]
        encoding=encoding,
        decimal=decimal,  # type: ignore[arg-type]
        sheet=sheet,
        strict=strict,
        exchange_rates=tuple(rates),
    )
    options = CheckOptions(
        read=read,
        as_of=as_of,
        areas=areas,
        indicators=indicators,
        explain=explain,
        statuses=tuple(Status(s) for s in statuses),
        working=fmt == "json",  # only JSON and --explain show each result's working
    )
    plans = list(plan_paths) or [DEFAULT_PLANS]
    data = list(actuals) or [DEFAULT_DATA]
    inputs = _inputs(plans, data) if output is not None or write_baseline else []
    for target in (output, write_baseline):
        if target is not None:
            guard_output(target, inputs)  # before the work, not after it
    baseline = _baseline(ctx, baseline_path, write_baseline, (areas, indicators, statuses, explain))
    # JSON and CSV are written a result at a time: the results are made as they are written
    lazy = fmt in ("json", "csv") and not explain and not write_baseline
    with _progress(data, lang, use_color=color):
        report = run_check(plans, data, options, lazy=lazy)
    threshold = Status(fail_on) if fail_on else None
    if report.usage_error:
        _findings_to_stderr(report)
        ctx.exit(2)
    if write_baseline:
        baseline = _write_baseline(report, baseline, write_baseline, threshold, lang, inputs)
    if baseline is not None:
        report.apply_baseline(baseline)
    use_color = color if color is not None else (ctx.obj or {}).get("color")

    text: str | None
    if explain:
        text = _explain(report, lang)
    elif fmt == "json":
        if output is not None:
            write_atomically(lambda stream: _dump_json(report, stream), output, inputs)
        else:
            _dump_json(report, sys.stdout.buffer)
            sys.stdout.flush()
        text = None
    elif fmt == "csv":
        if output is not None:
            write_atomically(
                lambda stream: _dump_csv(report, lang, stream, bom=bom), output, inputs
            )
        else:
            _dump_csv(report, lang, sys.stdout.buffer, bom=bom)
            sys.stdout.flush()
        text = None
    elif fmt == "markdown":
        from plantrack.render.formats import check_markdown

        text = check_markdown(report, lang)
    elif fmt == "github":
        from plantrack.render.formats import check_github

        annotations = check_github(report, lang, threshold)
        text = "".join(line + "\n" for line in annotations)
    else:
        text = _table(report, lang, use_color, to_file=output is not None)

    if text is not None:
        bom_here = bom and fmt == "csv" and not explain
        content = text.encode("utf-8-sig" if bom_here else "utf-8")
        if output is not None:
            write_atomically(content, output, inputs)
        elif bom_here:
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
        else:
            click.echo(text, nl=False)
    if fmt in ("csv", "markdown") or explain:
        _findings_to_stderr(report)
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
) -> Any:
    """The baseline of ``--baseline`` (exit 2 when it cannot be used: nothing is checked
    against half a baseline)."""
    if write and any(filters):
        raise click.UsageError(
            "--write-baseline writes the whole baseline: run it without --area, --indicator, "
            "--status and --explain"
        )
    if path is None:
        return None
    from plantrack.render.findings import finding_line
    from plantrack.report.baseline import load_baseline

    baseline, findings = load_baseline(path)
    for finding in findings:
        click.echo(finding_line(finding), err=True)
    if baseline is None:
        ctx.exit(2)
    return baseline


def _write_baseline(
    report: Any, previous: Any, path: str, threshold: Any, lang: str, inputs: list[str]
) -> Any:
    """Write the baseline accepting the report's failing results; the baseline to apply."""
    from plantrack.assessment.status import Status
    from plantrack.cli.output import write_atomically
    from plantrack.report.baseline import dump, written, written_line

    if report.input_error:
        words = (
            "không ghi: dữ liệu đầu vào có lỗi"
            if lang == "vi"
            else "not written: errors in the inputs"
        )
        click.echo(f"{path}: {words}", err=True)
        return previous
    threshold = threshold or Status.OFF_TRACK
    baseline = written(report, threshold, previous, path)
    text = dump(baseline, as_of=report.as_of, fail_on=threshold)
    write_atomically(text.encode("utf-8"), path, inputs)
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

    message = "Đang đọc số liệu…" if lang == "vi" else "Reading the data…"
    return make_console(use_color, stderr=True).status(f"{message} ({size / 1e6:.0f} MB)")


def _dump_json(report: Any, stream: IO[bytes]) -> None:
    """The report as JSON, written result by result, never held whole."""
    import io

    from plantrack.render.formats import write_json

    text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=False)
    try:
        write_json(report, text)
        text.flush()
    finally:
        text.detach()


def _dump_csv(report: Any, lang: str, stream: IO[bytes], *, bom: bool) -> None:
    """The report as CSV (with a byte-order mark for Excel when ``bom``), row by row."""
    import io

    from plantrack.render.formats import write_csv

    text = io.TextIOWrapper(stream, encoding="utf-8-sig" if bom else "utf-8", newline="")
    try:
        write_csv(report, lang, text)
        text.flush()
    finally:
        text.detach()


def _table(report: object, lang: str, color: bool | None, *, to_file: bool) -> str | None:
    from plantrack.render.console import make_console
    from plantrack.render.formats import print_table

    if to_file:
        import io

        from rich.console import Console

        buffer = io.StringIO()
        print_table(report, Console(file=buffer, width=160, no_color=True, color_system=None), lang)  # type: ignore[arg-type]
        return buffer.getvalue()
    print_table(report, make_console(color), lang)  # type: ignore[arg-type]
    return None


def _explain(report: object, lang: str) -> str:
    from plantrack.render.formats import explain_lines, input_series

    items = report.targets  # type: ignore[attr-defined]
    if not items:
        none = "không có kết quả nào cho chỉ tiêu này" if lang == "vi" else "no result for it"
        return none + "\n"
    explained = {item.result.indicator for item in items}
    explained |= {indicator for item in items for indicator, _ in input_series(item)}
    figures: dict[tuple[str, str | None], list[Any]] = {}  # by indicator and area, read once
    for obs in report.data.observations:  # type: ignore[attr-defined]
        if obs.indicator in explained:
            figures.setdefault((obs.indicator, obs.area), []).append(obs)
    as_of = report.as_of  # type: ignore[attr-defined]
    blocks = []
    for item in items:
        areas = {item.result.area, getattr(item.target, "reference_area", None)} - {None}
        if item.plan.area in areas:
            areas.add(None)  # figures for the plan's own area name no area
        mine = [obs for area in areas for obs in figures.get((item.result.indicator, area), [])]
        for indicator, area in input_series(item):  # a share's or a count's inputs
            wanted = (area, None) if area == item.plan.area else (area,)
            mine += [obs for one in wanted for obs in figures.get((indicator, one), [])]
        blocks.append("\n".join(explain_lines(item, lang, mine, as_of)))
    return "\n\n".join(blocks) + "\n"


def _findings_to_stderr(report: object) -> None:
    from plantrack.render.findings import finding_line

    for finding in report.findings:  # type: ignore[attr-defined]
        click.echo(finding_line(finding), err=True)


@click.command()
@click.argument("plan_path", type=click.Path(path_type=str))
@click.option(
    "--layout",
    type=click.Choice(["long", "wide"]),
    default="wide",
    show_default=True,
    help="wide: one row per indicator and area, a column per year; long: a row per year.",
)
@click.option("--years", help="FIRST-LAST, e.g. 2021-2025 (default: base year to plan end).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    help="Write to FILE: .csv (UTF-8 with BOM, for Excel) or .xlsx, as its extension says; "
    "default: CSV on stdout.",
)
@click.pass_context
def template(
    ctx: click.Context, plan_path: str, layout: str, years: str | None, output: str | None
) -> None:
    """Biểu mẫu nhập số liệu cho kế hoạch / An empty data-entry sheet for PLAN_PATH.

    The sheet holds the plan id, each indicator's id, Vietnamese name and unit, the areas its
    targets are set for, and an empty cell per year; `plantrack check` reads it back as it is.

    \b
    Examples:
      plantrack template plans/tan-hong-border-2025.yaml -o tan-hong-2025.xlsx
      plantrack template plans/cau-ngang-2030.yaml --layout long --years 2021-2025 -o cn.csv
    """
    import re

    from plantrack.actuals.template import default_years, template_csv, template_xlsx
    from plantrack.cli.output import guard_output, write_atomically
    from plantrack.plans.load import read_plan
    from plantrack.render.findings import finding_line

    sheet_format = _template_format(output)
    if output is not None:
        guard_output(output, [plan_path])  # before the plan is read, as check does
    loaded, findings = read_plan(plan_path)
    for finding in findings:
        click.echo(finding_line(finding), err=True)
    if loaded is None:
        ctx.exit(2)
    plan = loaded.plan
    span = default_years(plan)
    if years:
        match = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", years)
        if match is None or int(match.group(1)) > int(match.group(2)):
            raise click.BadParameter("write FIRST-LAST, e.g. 2021-2025", param_hint="--years")
        span = (int(match.group(1)), int(match.group(2)))
    chosen: Literal["long", "wide"] = "long" if layout == "long" else "wide"
    if output is not None and sheet_format == "xlsx":
        content = template_xlsx(plan, chosen, span)
        write_atomically(content, output, [plan_path])
    elif output is not None:
        text = template_csv(plan, chosen, span)
        write_atomically(text.encode("utf-8-sig"), output, [plan_path])
    else:
        click.echo(template_csv(plan, chosen, span), nl=False)


#: The formats of a data-entry sheet by the extension of ``-o``.
TEMPLATE_FORMATS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def _template_format(output: str | None) -> str:
    """``csv`` or ``xlsx`` as ``-o``'s extension says; another extension is a usage error
    (``-o sheet.json`` would otherwise hold CSV)."""
    if output is None:
        return "csv"
    from pathlib import Path

    suffix = Path(output).suffix.casefold()
    if suffix not in TEMPLATE_FORMATS:
        raise click.UsageError(
            f"-o {output}: a data-entry sheet is written as .csv or .xlsx; "
            "give a name ending in one of them"
        )
    return TEMPLATE_FORMATS[suffix]
