"""The documents written from the code: docs/codes.md (from the finding registry) and docs/cli.md
(from the commands' --help).

    python scripts/generate_docs.py           # write them
    python scripts/generate_docs.py --check   # exit 1 if one differs (tests/test_generated_docs.py
                                              # does the same in CI)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from plantrack.cli.reference import reference
from plantrack.findings.docs import codes_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"

GENERATED: dict[str, Callable[[], str]] = {"codes.md": codes_markdown, "cli.md": reference}


def main(argv: list[str]) -> int:
    stale = []
    for name, write in GENERATED.items():
        text, target = write(), DOCS / name
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        if "--check" in argv:
            stale.append(name)
        else:
            target.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote docs/{name}")
    for name in stale:
        print(f"docs/{name} is out of date: python scripts/generate_docs.py")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
