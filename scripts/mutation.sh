#!/usr/bin/env bash
# Mutation testing of the code whose mistakes would pass silently (issue 16 item 21): the maths,
# the statuses and verdicts, number parsing, the row ledger and the output guard. mutmut changes
# one thing at a time (>= to >, a number, a word of a message) and runs the tests that call the
# changed function; a change no test notices "survives". docs/mutation.md lists the survivors
# and why each is harmless. Not part of .ci/run: a full run takes from minutes to an hour.
#
#   scripts/mutation.sh              # all of the below (about 1,400 mutants, over an hour)
#   scripts/mutation.sh core         # the maths, statuses, verdicts, ledger and output guard (~10 min)
#   scripts/mutation.sh numparse     # number parsing only (plantrack/numbers/parse.py and figures.py;
#                                    # about an hour on two CPUs)
#   scripts/mutation.sh 'plantrack.assessment.maths*'   # any mutmut name pattern
#
# Needs the dev extra (pip install -e ".[dev]"). Results stay in mutants/ (git-ignored):
# `mutmut results` lists the survivors, `mutmut show NAME` shows one.
set -euo pipefail
cd "$(dirname "$0")/.."

# mutmut mutates whole files (pyproject.toml [tool.mutmut] only_mutate); these name patterns keep
# a run to the functions meant: all of assessment/maths.py, status.py, goals.py, numbers/parse.py
# and numbers/figures.py, the ledger
# class of actuals/ledger.py and the output guard of cli/output.py.
core=(
  'plantrack.assessment.maths*' 'plantrack.assessment.status*' 'plantrack.assessment.goals*'
  'plantrack.actuals.ledger*Ledger*' 'plantrack.cli.output*'
)
case "${1:-all}" in
  all) patterns=("${core[@]}" 'plantrack.numbers.parse*' 'plantrack.numbers.figures*') ;;
  core) patterns=("${core[@]}") ;;
  numparse) patterns=('plantrack.numbers.parse*' 'plantrack.numbers.figures*') ;;
  *) patterns=("$@") ;;
esac

# A fresh copy: mutmut keeps results between runs, and a stale copy of the tests would mislead.
rm -rf mutants
python -m mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "${patterns[@]}" \
  | tr '\r' '\n' | grep -Ev 'Generating mutants|Running stats|Running clean tests|[0-9]+/[0-9]+  ' \
  || true
python -m mutmut results --all true | python -c '
"""The survivors by name, and the score: mutants the tests noticed (killed, or so slowed that
they timed out) over all that ran."""
import collections
import sys

counts = collections.Counter()
for line in sys.stdin:
    name, _, status = line.strip().rpartition(": ")
    if status == "not checked" or not name:
        continue
    counts[status] += 1
    if status not in ("killed", "timeout"):
        print(f"{status}: {name}")
noticed = counts["killed"] + counts["timeout"]
ran = noticed + counts["survived"]
print(", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
if ran:
    print(f"score: {noticed}/{ran} = {noticed / ran:.1%}")
'
