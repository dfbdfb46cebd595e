"""Make docs/img/report-html.png, the screenshot of the HTML report that README shows: the
bundled plans and data written with ``plantrack check -o report.html``, opened in headless
Chromium with the flags and helper the browser tests use (tests/browser.py).

    python scripts/screenshot_report.py [--lang vi|en] [--size 1280,1400] [-o PATH]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import FLAGS, blank, screenshot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--size", default="1280,1400", help="window WIDTH,HEIGHT in pixels")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs/img/report-html.png")
    args = parser.parse_args()
    import shutil

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("Chromium is needed: apt-get install chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        command = [sys.executable, "-m", "plantrack", "check", "--lang", args.lang, "-o", str(page)]
        subprocess.run(command, cwd=ROOT, check=True)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        screenshot(browser, page, args.output, args.size)
    if blank(args.output):
        print(f"{args.output}: the screenshot is blank", file=sys.stderr)
        return 1
    print(f"{args.output} ({' '.join(FLAGS)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
