#!/usr/bin/env bash
# The crash test (issue 18): WildFly with SIGTI killed with SIGKILL at random moments while clients act on cases, 50
# times, each restart checked for half-moved cases and stray mails (tests/src/test/java/org/sigti/crash/CrashLoop.java).
#
#   tests/src/test/scripts/crash-test.sh [--kills N] [--clients N] [--seed N] [Maven options, e.g. -o]
#
# Builds what the test needs (SIGTI's EAR, the configured WildFly), starts a throw-away PostgreSQL (.ci/postgres.sh),
# runs the test in the tests module's surefire and stops the cluster, pass or fail. The report is
# tests/target/crash-test.md; the server's base directory and logs stay in tests/target/crash-test/. Ports: WildFly at
# offset 30000 (38080, 38443, 39990...), the test's SMTP server on 33025, PostgreSQL on a free port from 55432 up.
set -euo pipefail

tests=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
root=$(dirname "$tests")
# shellcheck source=../../../../.ci/postgres.sh
source "$root/.ci/postgres.sh"

maven=()
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) maven+=("-Dsigti.crash.kills=$2"); shift 2 ;;
    --clients) maven+=("-Dsigti.crash.clients=$2"); shift 2 ;;
    --seed) maven+=("-Dsigti.crash.seed=$2"); shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) maven+=("$1"); shift ;;
  esac
done

trap stop_postgres EXIT
# PostgreSQL is not what the test kills: its durability settings do not enter, and off they spare the disk
start_postgres fsync=off synchronous_commit=off full_page_writes=off
cd "$root"
# -am: the EAR and the server of this checkout, not whatever another build left in ~/.m2; -Dtest: the crash test
# only, no unit test of the other modules
mvn -B -ntp -pl tests -am package -Dtest=CrashLoop -Dsurefire.failIfNoSpecifiedTests=false "${maven[@]}"
