#!/usr/bin/env bash
# Dead code in plantrack/: functions, classes, constants, attributes and arguments that nothing
# uses. vulture reads the package with scripts/generate_docs.py (which uses the documents' writers)
# and scripts/deadcode_whitelist.py, the names used in ways it
# cannot see (click commands, pydantic validators, attributes openpyxl reads, the lazy API);
# ruff's ARG rules (pyproject.toml) find the unused arguments vulture cannot, since it matches
# names across the whole package. Run by .ci/run; needs the dev extra (pip install -e ".[dev]").
#
#   scripts/deadcode.sh     # prints each unused name with its file and line; exit 3 when any
#
# A name reported that is in fact used (a new validator, a click callback): add it to the
# whitelist, in the group that says why. Anything else reported is dead: delete it.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m vulture plantrack scripts/generate_docs.py scripts/deadcode_whitelist.py
ruff check --quiet --select ARG plantrack
echo "no dead code found"
