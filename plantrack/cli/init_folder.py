"""``plantrack init``: a folder ready to use, never writing over a file that is there.

It writes an example plan (the first targets of the bundled Tân Hồng plan), the data-entry sheet
for it, and the CI workflow and pre-commit configuration that README shows.
"""

from __future__ import annotations

import os

import click

from plantrack import __version__
from plantrack.cli.options import lang_option
from plantrack.texts import os_reason, text

#: The example plan: Tân Hồng's border communes, income, budget revenue and cooperatives.
EXAMPLE_PLAN = """\
# An example plan, made by `plantrack init` from the first targets of the bundled plan of the
# Tân Hồng district party committee (Đồng Tháp) for its three border communes, 2020-2025.
# Replace it with your own; the format is in plantrack's docs/plan-format.md.

id: example-tan-hong-border-2025
title:
  vi: Kế hoạch phát triển kinh tế - xã hội 03 xã biên giới huyện Tân Hồng, giai đoạn 2020 - 2025 (ví dụ)
  en: Socio-economic development of the three border communes of Tân Hồng, 2020-2025 (example)
document:
  type: {vi: Kế hoạch, en: Plan}
  year: 2021
  issuer:
    vi: Ban Chấp hành Đảng bộ huyện Tân Hồng
    en: Executive Committee of the Tân Hồng district Party organisation
level: district
area: tan-hong-border
areas:
  - id: tan-hong-border
    name: {vi: 03 xã biên giới huyện Tân Hồng, en: The three border communes of Tân Hồng district}
    level: group
    parent: tan-hong
    members: [tan-ho-co, binh-phu, thong-binh]
  - id: tan-ho-co
    name: {vi: xã Tân Hộ Cơ, en: Tân Hộ Cơ commune}
    level: commune
    parent: tan-hong
  - id: binh-phu
    name: {vi: xã Bình Phú, en: Bình Phú commune}
    level: commune
    parent: tan-hong
  - id: thong-binh
    name: {vi: xã Thông Bình, en: Thông Bình commune}
    level: commune
    parent: tan-hong
  - id: tan-hong
    name: {vi: huyện Tân Hồng, en: Tân Hồng district}
    level: district
period: 2020-2025
base_year: 2020

indicators:
  - id: income_per_capita
    name:
      vi: Thu nhập bình quân đầu người
      en: Income per person
    unit: million_vnd_per_person
    direction: increase
    source: {section: II, item: 2}
    aliases: [thu nhập bình quân/người, per-capita income]
    baseline:
      year: 2020
      value: 45
      area: tan-hong
      source: https://dangcongsan.vn/xay-dung-dang/dong-chi-dinh-van-nam-tai-dac-cu-bi-thu-huyen-uy-huyen-tan-hong-dong-thap-561665.html
      note: District-wide figure; the plan gives no baseline for the border communes alone.
    targets:
      - kind: level
        value: 68
        year: 2025
        text: 'Đến năm 2025: Thu nhập bình quân đầu người đạt 68 triệu đồng/người'

  - id: budget_revenue
    name:
      vi: Thu ngân sách trên địa bàn
      en: Budget revenue collected in the area
    unit: billion_vnd
    direction: increase
    source: {section: II, item: 3}
    targets:
      - kind: growth
        value: 12%
        period: 2021-2025
        text: Thu ngân sách trên địa bàn tăng bình quân hàng năm tăng 12%

  - id: exemplary_cooperatives
    name:
      vi: Số hợp tác xã tiêu biểu
      en: Exemplary cooperatives
    unit: cooperatives
    direction: increase
    source: {section: II, item: 4}
    targets:
      - kind: level
        at_least: 1
        year: 2025
        text: Phấn đấu có 01 hợp tác xã tiêu biểu trở lên
"""

EXAMPLE_PLAN_FILE = "plans/example-tan-hong-border-2025.yaml"
EXAMPLE_DATA_FILE = "data/example-tan-hong-border-2025.csv"

#: README's "Using it in CI" steps, as a whole workflow.
WORKFLOW = f"""\
# Made by `plantrack init`: checks the plans and the figures on every push and pull request,
# puts annotations on the offending lines and a summary table on the run.
name: plantrack
on: [push, pull_request]
jobs:
  plantrack:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      # Install plantrack from where it is hosted (a bare `pip install plantrack` gets an
      # unrelated project of that name): replace OWNER, or use a wheel you built.
      - run: python -m pip install "plantrack @ git+https://github.com/OWNER/plantrack@v{__version__}"
      - run: plantrack validate --format github
      - run: plantrack check --format markdown >> "$GITHUB_STEP_SUMMARY"
      - run: plantrack check --format github --fail-on off_track
"""

PRE_COMMIT = f"""\
# Made by `plantrack init`: validates the plan files before each commit (https://pre-commit.com).
repos:
  - repo: https://github.com/OWNER/plantrack   # replace OWNER: where your copy of plantrack is hosted
    rev: v{__version__}
    hooks:
      - id: plantrack-validate
"""


@click.command()
@lang_option("Language of the messages")
def init(lang: str) -> None:
    """Tạo thư mục làm việc / Set up this folder: an example plan, its data sheet, CI files.

    Creates plans/ with an example plan (the first targets of the bundled Tân Hồng plan),
    data/ with an empty data-entry sheet for it, .github/workflows/plantrack.yml and
    .pre-commit-config.yaml. A file that exists already is kept as it is, and said so.

    \b
    Example:
      mkdir my-plans && cd my-plans && plantrack init && plantrack check
    """
    from plantrack.actuals.template import default_years, template_csv
    from plantrack.plans.load import read_plan

    made: dict[str, str] = {
        EXAMPLE_PLAN_FILE: EXAMPLE_PLAN,
        ".github/workflows/plantrack.yml": WORKFLOW,
        ".pre-commit-config.yaml": PRE_COMMIT,
    }
    for name, content in made.items():
        _create(name, content.encode("utf-8"), lang)
        if name == EXAMPLE_PLAN_FILE:
            # The sheet is made from the plan as written, so it is always the plan's own.
            loaded, _ = read_plan(name)
            if loaded is not None:
                sheet = template_csv(loaded.plan, "wide", default_years(loaded.plan))
                _create(EXAMPLE_DATA_FILE, sheet.encode("utf-8-sig"), lang)
    click.echo(text("cli.init.next").render(lang))


def _create(name: str, content: bytes, lang: str) -> None:
    """Write ``name`` unless something is there already (a file, a link, a folder)."""
    from pathlib import Path  # not before a command writes: --help and --version need none

    path = Path(name)
    if os.path.lexists(path):
        click.echo(text("cli.init.kept", name=name).render(lang))
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as stream:  # "x": never over a file made in the meantime
            stream.write(content)
    except OSError as error:
        reason = os_reason(error) if error.strerror else str(error)
        click.echo(text("cli.init.failed", name=name, reason=reason).render(lang), err=True)
        raise click.exceptions.Exit(2) from None
    click.echo(text("cli.init.created", name=name).render(lang))
