#!/usr/bin/env bash
# The test budget, visible: a table of time per phase (the lines "<seconds> <phase name>" of the file given as
# first argument, written by .ci/run), then the test classes from the surefire and failsafe reports of the build,
# the ten slowest first, with their server start (failsafe execution), and the totals. Every class is listed in
# target/test-timings.md of the repository, which is what the README's figures are taken from.
#
# Usage: .ci/timings.sh PHASES_FILE [REPO_DIR]
set -euo pipefail
phases=$1
repo=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

clock() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }

# one line per report: seconds, tests, failures+errors, skipped, kind (unit / the failsafe execution), class
rows=$(
  for report in "$repo"/*/target/surefire-reports/TEST-*.xml "$repo"/*/target/failsafe-reports/TEST-*.xml; do
    [ -f "$report" ] || continue
    head=$(grep -m 1 -o '<testsuite [^>]*>' "$report") || continue
    attr() { sed -n "s/.* $1=\"\\([^\"]*\\)\".*/\\1/p" <<< "$head"; }
    name=$(attr name); time=$(attr time); tests=$(attr tests)
    bad=$(( $(attr failures) + $(attr errors) )); skipped=$(attr skipped)
    # a failsafe execution with a reportNameSuffix names the class "Class(suffix)"
    case "$report" in
      */failsafe-reports/*) kind=default
        if [[ $name == *"("*")" ]]; then kind=${name##*(}; kind=${kind%)}; name=${name%(*}; fi ;;
      *) kind=unit ;;
    esac
    printf '%s %s %s %s %s %s\n' "${time//,/}" "$tests" "$bad" "$skipped" "$kind" "$name"
  done | sort -k1,1 -g -r
)

mkdir -p "$repo/target"
{
  echo "## Time per phase"
  echo
  echo "| Phase | Time |"
  echo "|---|---|"
  total=0
  while read -r seconds name; do
    [ -n "$seconds" ] || continue
    echo "| $name | $(clock "$seconds") |"
    total=$((total + seconds))
  done < "$phases"
  echo "| **Total** | **$(clock "$total")** |"
  echo
  echo "## Test classes, slowest first"
  echo
  echo "| # | Class | Run | Tests | Time (s) |"
  echo "|---|---|---|---|---|"
  n=0
  while read -r time tests bad skipped kind name; do
    [ -n "$time" ] || continue
    n=$((n + 1))
    echo "| $n | ${name#org.sigti.} | $kind | $tests$([ "$bad" = 0 ] || echo ", $bad failed")$([ "$skipped" = 0 ] \
      || echo ", $skipped skipped") | $time |"
  done <<< "$rows"
  echo
  awk '{ s[$5] += $1; t[$5] += $2; c[$5]++; f += $3; k += $4; all += $1; n += $2 }
       END { for (x in s) printf "- %s: %d classes, %d tests, %.0f s\n", x, c[x], t[x], s[x];
             printf "- all: %d tests, %d failed, %d skipped, %.0f s in test classes\n", n, f, k, all }' \
    <<< "$rows" | sort
} > "$repo/target/test-timings.md"

# the console: the phases, the ten slowest classes, the totals
awk '/^## Test classes/ { classes = 1 } classes && /^\| [0-9]+ \|/ { if (++n > 10) next } { print }' \
  "$repo/target/test-timings.md"
echo
echo "(every class: target/test-timings.md)"
