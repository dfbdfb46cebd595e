#!/usr/bin/env bash
# The mutants a mutmut run filed as "timeout", run again one by one: mutmut's own copy
# (mutants/), the mutant switched on as mutmut does (MUTANT_UNDER_TEST), against the test files
# given (default: the four of number parsing), in one process. A mutant is killed when a test
# fails. mutmut 3.8 files some mutants that fail a test at once as "timeout" (its runner's exit,
# not a hang); this says which are really noticed (docs/mutation.md, "The fourth pass").
#
#   scripts/mutation_timeouts.sh                       # after scripts/mutation.sh numparse
#   scripts/mutation_timeouts.sh tests/test_maths.py   # other test files
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
if [ "${#files[@]}" -eq 0 ]; then
  files=(tests/test_numparse.py tests/test_number_reading_details.py tests/test_reported_figures.py
    tests/test_reported_ranges_and_changes.py)
fi
mapfile -t names < <(python -m mutmut results --all true | sed -n 's/^ *\(.*\): timeout$/\1/p')
killed=0
lived=()
for name in "${names[@]}"; do
  if (cd mutants && MUTANT_UNDER_TEST="$name" python -m pytest -x -q -p no:cacheprovider \
      --hypothesis-seed=0 "${files[@]}" >/dev/null 2>&1); then
    lived+=("$name")
  else
    killed=$((killed + 1))
  fi
done
for name in "${lived[@]}"; do echo "not killed: $name"; done
echo "timeouts run again: ${#names[@]}, killed ${killed}, not killed ${#lived[@]}"
