"""Pieces every command shares: JSON output and the --lang option."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def lang_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--lang vi|en``, default vi, also read from PLANTRACK_LANG."""
    return click.option(
        "--lang",
        type=click.Choice(["vi", "en"], case_sensitive=False),
        callback=lambda _ctx, _param, value: value.lower() if value else value,
        default="vi",
        show_default=True,
        envvar="PLANTRACK_LANG",
        help=f"{help} (also PLANTRACK_LANG).",
    )
