"""Headless Chromium for the tests of the HTML report (and scripts/screenshot_report.py): a
screenshot of a page, and the page's DOM after its scripts ran, with every error the page met.

Errors are caught two ways: a script put first in the page records each uncaught error,
failed resource, rejected promise and ``console.error`` in an attribute of ``<html>``, read back
from ``--dump-dom``; and Chromium's own log (``--enable-logging=stderr --v=0``) is searched for
``Uncaught``. tests/test_report_html_browser.py proves both catch a deliberate error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

#: Set to 1 by a developer without Chromium to skip the browser tests (CI never sets it: there
#: .ci/run installs Chromium, and without it the tests fail).
SKIP_VARIABLE = "PLANTRACK_SKIP_BROWSER"

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

#: Put first in ``<head>``: records what goes wrong on the page in ``<html data-errors>``.
ERROR_HOOK = """<script>
(function () {
  var errors = [];
  function record(message) {
    errors.push(String(message));
    document.documentElement.setAttribute("data-errors", JSON.stringify(errors));
  }
  window.addEventListener("error", function (event) {
    var target = event.target || {};
    record(event.message || ("failed to load " + (target.src || target.href || target.tagName)));
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    record("unhandled rejection: " + event.reason);
  });
  var original = console.error;
  console.error = function () {
    record(Array.prototype.join.call(arguments, " "));
    original.apply(console, arguments);
  };
})();
</script>"""


def chromium() -> str:
    """The Chromium to run; a failure (not a skip) when there is none, unless the developer
    said to skip the browser tests."""
    found = os.environ.get("PLANTRACK_CHROMIUM") or next(
        (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
    )
    if found:
        return found
    if os.environ.get(SKIP_VARIABLE) == "1":
        pytest.skip(f"no Chromium, and {SKIP_VARIABLE}=1 says to skip the browser tests")
    pytest.fail(
        "Chromium is needed to test the HTML report in a browser: apt-get install chromium "
        f"(.ci/run installs it), or set {SKIP_VARIABLE}=1 to skip these tests on your machine"
    )


def _run(browser: str, args: list[str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def screenshot(browser: str, page: Path, png: Path, size: str = "1280,2000") -> None:
    done = _run(browser, [f"--screenshot={png}", f"--window-size={size}", page.as_uri()])
    if not png.exists():
        raise AssertionError(f"no screenshot: {done.stderr[-2000:]}")


def with_hook(html: str, extra: str = "") -> str:
    """The page with :data:`ERROR_HOOK` first in its ``<head>`` (and ``extra`` script at the end
    of its body)."""
    head = html.index("<head>") + len("<head>")
    html = html[:head] + ERROR_HOOK + html[head:]
    if extra:
        end = html.rindex("</body>")
        html = html[:end] + f"<script>{extra}</script>" + html[end:]
    return html


def loaded(browser: str, page: Path) -> tuple[str, list[str]]:
    """The DOM after the page's scripts ran, and the errors it met: those the hook recorded
    (the page must carry it: :func:`with_hook`) and those Chromium logged as uncaught."""
    done = _run(browser, ["--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()])
    dom = done.stdout
    if "<html" not in dom:
        raise AssertionError(f"Chromium gave no page: {done.stderr[-2000:]}")
    errors: list[str] = []
    found = re.search(r'<html[^>]*\sdata-errors="([^"]*)"', dom)
    if found:
        import html

        errors += json.loads(html.unescape(found.group(1)))
    errors += [
        line for line in done.stderr.splitlines() if "CONSOLE" in line and "Uncaught" in line
    ]
    return dom, errors


def blank(png: Path) -> bool:
    """The screenshot shows (next to) nothing: a few colours, or hardly a pixel that is not
    the background."""
    from PIL import Image

    with Image.open(png) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 24) or []
    if len(colours) < 16:
        return True
    background = max(colours)[0]
    total = sum(count for count, _ in colours)
    return (total - background) / total < 0.01
