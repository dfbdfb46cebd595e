"""``plantrack extract``: a draft plan file from a plan's published text (.txt, .docx, .pdf)."""

from __future__ import annotations

import click

from plantrack.cli import language
from plantrack.cli.options import PATH, format_option, lang_option, output_option
from plantrack.texts import text

#: ``extract`` exits 1 when the text gives no target to draft (2: the file cannot be read).
EXIT_NOTHING = 1
#: The formats of a draft by the extension of ``-o``.
DRAFT_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}


@click.command()
@click.argument("path", type=PATH)
@output_option(
    "Write the draft to FILE (.yaml or .json, as its extension says; atomically, never over "
    "an input); default: stdout."
)
@format_option(
    ["yaml", "json"],
    help="yaml: a plan file with comments for review (default); json: the draft as data.",
)
@lang_option("Language of the messages and of the draft's comments")
@click.pass_context
def extract(ctx: click.Context, path: str, output: str | None, fmt: str | None, lang: str) -> None:
    """Lập bản nháp kế hoạch từ văn bản / Draft a plan file from the plan's own text.

    PATH is the plan as published: plain text (.txt, in the encodings data files may use),
    Word (.docx) or PDF with a text layer (.pdf). Each target found becomes a target of the
    draft with its sentence (text) and its place in PATH (line, or page and paragraph); what
    is uncertain has a '# REVIEW:' comment, what has a figure but gave no target is listed at
    the end. A summary goes to stderr. Exit 0 when a draft is written, 1 when the text gives
    no target, 2 when PATH cannot be read. Review the draft, then run validate, template and
    check (docs/extract.md).

    \b
    Examples:
      plantrack extract plans/sources/cau-ngang-92-kh-ubnd-2022.txt -o plans/draft.yaml
      plantrack extract nghi-quyet.docx --format json
      plantrack extract ke-hoach.pdf -o plans/ke-hoach.yaml --lang en
    """
    from pathlib import Path

    from plantrack.cli.output import guard_output, write_atomically
    from plantrack.extract import extract_file
    from plantrack.extract.plan_yaml import broken_font, summary
    from plantrack.extract.sources import SourceError
    from plantrack.findings.registry import make
    from plantrack.render.findings import finding_line

    chosen = _draft_format(output, fmt)
    if output is not None:
        guard_output(output, [path])  # before the text is read
    try:
        extraction = extract_file(Path(path), lang=lang)
    except SourceError as error:
        click.echo(finding_line(error.finding, lang), err=True)
        ctx.exit(2)
    draft = extraction.draft
    if not draft.targets:
        click.echo(text("extract.nothing", path=path).render(lang), err=True)
        ctx.exit(EXIT_NOTHING)
    if chosen == "json":
        import json

        content = json.dumps(extraction.data, ensure_ascii=False, indent=2) + "\n"
    else:
        content = extraction.yaml
    if output is None:
        click.echo(content, nl=False)
    else:
        write_atomically(content.encode("utf-8"), output, [path])
    if draft.broken_font:
        warning = make("extract-broken-font", broken_font(draft), path)
        click.echo(finding_line(warning, lang), err=True)
    click.echo(summary(draft).render(lang), err=True)


def _draft_format(output: str | None, given: str | None) -> str:
    """``--format``, else the one ``-o``'s extension names, else yaml; an extension that names
    no draft format, or another one than ``--format``, is a usage error."""
    if output is None:
        return given or "yaml"
    from pathlib import Path

    inferred = DRAFT_FORMATS.get(Path(output).suffix.casefold())
    if inferred is None:
        message = text("cli.extract-extension", output=output)
        raise click.UsageError(message.render(language.current()))
    if given is not None and given != inferred:
        message = text("cli.output.format-mismatch", output=output, inferred=inferred, given=given)
        raise click.UsageError(message.render(language.current()))
    return inferred
