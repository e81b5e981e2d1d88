# What the benchmarks share (bench/inbox-benchmark.sh, bench/inventory-benchmark.sh, bench/register-benchmark.sh),
# sourced from the repository's root: a throw-away PostgreSQL (.ci/postgres.sh), the Flyway migrations applied with
# psql, a data script's run, and the plan checks: each query the benchmark declares runs three times under EXPLAIN
# (ANALYZE, BUFFERS), and its third plan fails when it reads one of the benchmark's big tables with a Seq Scan, uses
# no index of a required family (when the benchmark names one), or reads more rows than its budget. A benchmark
# declares its queries with `query`, runs them with `run_round` (once, or again after changing the data), writes the
# report with `write_report` and ends with `finish`.
#
# The budget of a query is N + N/4 + 250, N being the rows it needs (an SQL expression the benchmark gives: its page's
# offset + rows, its count's cap, the rows its filter matches when the plan must read them all); the rows a plan read
# are those of its busiest scan node (bench/plan-rows.awk), which depend on the plan and the data, not on the
# machine's speed or load. Durations are measured and reported as figures, never checked.

# usage: the script's header comment, from its second line to `set -euo`, on stderr
usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
}

# bench_start SETTING...: a throw-away cluster, stopped and deleted on exit, with no durability (fsync, WAL) and no
# autovacuum racing the load, and these server settings ("shared_buffers=512MB"...): query-planning settings stay
# PostgreSQL's defaults. The plans of the run are gathered in $PLANS.
bench_start() {
  # shellcheck source=.ci/postgres.sh
  source .ci/postgres.sh
  start_postgres fsync=off synchronous_commit=off full_page_writes=off wal_level=minimal max_wal_senders=0 \
    autovacuum=off "$@"
  trap stop_postgres EXIT
  PLANS="$PG_DIR/plans.md"
  : > "$PLANS"
}

sql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sigti "$@"; }
value() { sql -At -c "$1"; }
now_ms() { date +%s%3N; }

# apply_migrations [VERSION]: the Flyway scripts in version order, up to VERSION when given; their names in MIGRATIONS
apply_migrations() {
  local target=${1:-} f v
  MIGRATIONS=()
  for f in $(ls persistence/src/main/resources/db/migration/V*__*.sql | sort -V); do
    v=$(basename "$f"); v=${v#V}; v=${v%%__*}
    if [ -z "$target" ] || [ "$(printf '%s\n%s\n' "$v" "$target" | sort -V | tail -n 1)" = "$target" ]; then
      sql -f "$f"
      MIGRATIONS+=("$(basename "$f")")
    fi
  done
  echo "Schema: ${MIGRATIONS[*]}"
}

# generate FILE [psql option...]: runs a data script (its variables as -v options); GEN_MS is its time and GEN_STEPS
# the time of each [step] it echoes (the sum of the step's statements, which the script times with \timing on)
generate() {
  local file=$1 start
  shift
  start=$(now_ms)
  sql "$@" -f "$file" > "$PG_DIR/generate.log"
  GEN_MS=$(( $(now_ms) - start ))
  GEN_STEPS=$(awk '/^\[.*\]$/ { step = substr($0, 2, length($0) - 2); steps[++n] = step }
    /^Time: / && step != "" { ms[step] += $2 }
    END { for (i = 1; i <= n; i++) printf "%s%s %.0f s", (i > 1 ? ", " : ""), steps[i], ms[steps[i]] / 1000 }' \
    "$PG_DIR/generate.log")
  echo "Generated in $((GEN_MS / 1000)) s ($GEN_STEPS)"
}

# query NAME NEEDS SQL: declares a query, its rows needed N (an SQL expression, evaluated in each round) and its SQL
NAMES=() NEEDS=() QUERIES=()
query() { NAMES+=("$1"); NEEDS+=("$2"); QUERIES+=("$3"); }

# Set by the benchmark before its first round:
#   SCANNED         the big tables (an array): a plan that reads one with a Seq Scan fails
#   REQUIRED_INDEX  when set, the prefix of the index names a plan must use one of (ix_work_)
SCANNED=() REQUIRED_INDEX=
FAILURES=0 PLANNING_MAX=0 TABLES=

# run_round TITLE: runs every query three times, prints its summary table and appends it to $TABLES, and its plans
# (the third run's, which the checks look at) to $PLANS
run_round() {
  local title=$1 scanned i run plan time first best nodes indexes rows check buffers needs budget read node
  scanned=$(IFS='|'; echo "${SCANNED[*]}")
  local table="| # | Query | Plan (top nodes) | Indexes | Rows | Rows read / budget | 1st run ms | best of 3 ms\
 | Buffers | Check |
|---|---|---|---|---|---|---|---|---|---|"
  printf '\n### %s\n\n' "$title" >> "$PLANS"
  for i in "${!QUERIES[@]}"; do
    needs=$(value "select (${NEEDS[$i]})::bigint")
    budget=$((needs + needs / 4 + 250))
    best=
    for run in 1 2 3; do
      plan=$(sql -At -c "explain (analyze, buffers) ${QUERIES[$i]}")
      time=$(sed -n 's/^Execution Time: \(.*\) ms$/\1/p' <<< "$plan")
      [ "$run" = 1 ] && first=$time
      best=$(awk -v a="$time" -v b="${best:-$time}" 'BEGIN { print (a + 0 < b + 0 ? a : b) }')
    done
    PLANNING_MAX=$(sed -n 's/^Planning Time: \(.*\) ms$/\1/p' <<< "$plan" \
      | awk -v m="$PLANNING_MAX" '{ if ($1 > m) m = $1 } END { print m }')
    nodes=$(sed -n 's/^ *\(->  \)\{0,1\}\(.*[^ ]\)  (cost=.*/\2/p' <<< "$plan" | sed 's/ [a-z][0-9]_0$//' \
      | head -n 6 | paste -sd'>' | sed 's/>/ → /g')
    indexes=$(grep -oE '(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) [a-z0-9_]+' \
      <<< "$plan" | awk '{print $NF}' | sort -u | paste -sd' ' || true)
    rows=$(head -n 1 <<< "$plan" | sed -n 's/.*(actual time=[^ ]* rows=\([0-9]*\) .*/\1/p')
    buffers=$(grep -m 1 -oE 'Buffers: .*' <<< "$plan" | sed 's/^Buffers: //' || true)
    IFS=$'\t' read -r read node < <(awk -f bench/plan-rows.awk <<< "$plan")
    check=
    if grep -qE "Seq Scan on ($scanned) " <<< "$plan"; then check+="; FAIL: Seq Scan"; fi
    if [ -n "$REQUIRED_INDEX" ] && ! grep -qE "(^| )$REQUIRED_INDEX" <<< "$indexes"; then
      check+="; FAIL: no ${REQUIRED_INDEX}* index"
    fi
    if [ "$read" -gt "$budget" ]; then check+="; FAIL: reads $read rows, budget $budget"; fi
    if [ -z "$check" ]; then check=OK; else check=${check#; }; FAILURES=$((FAILURES + 1)); fi
    table+=$'\n'"| $((i + 1)) | ${NAMES[$i]} | $nodes | ${indexes:-none} | $rows | $read / $budget | $first | $best"
    table+=" | $buffers | $check |"
    printf '#### %d. %s\n\n```sql\n%s\n```\n\nRows read: %s (%s); budget %s (needs %s: `%s`)\n\n```\n%s\n```\n\n' \
      "$((i + 1))" "${NAMES[$i]}" "${QUERIES[$i]}" "$read" "$node" "$budget" "$needs" \
      "$(tr -s '\n ' ' ' <<< "${NEEDS[$i]}" | sed 's/ $//')" "$plan" >> "$PLANS"
  done
  TABLES+=$'\n'"### $title"$'\n\n'"$table"$'\n'
  printf '\n%s\n\n%s\n' "$title" "$table"
}

# the benchmark's checks in words, e.g. "no Seq Scan on work_item or work_case, an ix_work_* index in every plan"
checks_in_words() {
  local tables
  tables=$(printf '%s\n' "${SCANNED[@]}" | paste -sd',' | sed 's/,\([^,]*\)$/ or \1/; s/,/, /g')
  echo "no Seq Scan on $tables${REQUIRED_INDEX:+, an ${REQUIRED_INDEX}* index in every plan}"
}

# write_report FILE TITLE COMMAND DATA...: the report: the run's facts (DATA: one line each, e.g. "Data: ..."), the
# summary tables and the plans
write_report() {
  local file=$1 title=$2 command=$3 line
  shift 3
  mkdir -p "$(dirname "$file")"
  {
    echo "# $title, $(date -u '+%F %H:%M') UTC"
    echo
    echo "Command: \`$command\`"
    echo
    echo "- Machine: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), $(nproc) CPUs,\
 $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;\
 shared_buffers $(value 'show shared_buffers'), other planner settings at their defaults; cluster locale C.UTF-8"
    echo "- Schema: ${MIGRATIONS[*]}"
    for line in "$@"; do echo "- $line"; done
    echo "- Generation: $((GEN_MS / 1000)) s ($GEN_STEPS)"
    echo "- Checks (on the plan of the third run): $(checks_in_words), and no more rows read than the query's\
 budget: N + N/4 + 250, N being the rows it needs (see each plan). Rows read: the busiest scan node's actual rows plus\
 rows removed by filters, times loops (bench/plan-rows.awk)"
    echo "- Times (figures, not checked): the Execution Time of EXPLAIN ANALYZE, first run and best of three (planning\
 took at most $PLANNING_MAX ms); the plans below are those of the third run"
    echo "- Result: $([ "$FAILURES" = 0 ] && echo "all checks passed" || echo "$FAILURES check(s) FAILED")"
    echo "$TABLES"
    echo "## Plans"
    cat "$PLANS"
  } > "$file"
  echo
  echo "Report: $file"
}

# finish WHAT: exits 1 when a check failed ("FAILED: 2 register quer(y/ies)..."), else says that all passed
finish() {
  if [ "$FAILURES" -gt 0 ]; then
    echo "FAILED: $FAILURES $1 quer(y/ies) failing a check ($(checks_in_words); rows read within budget)" >&2
    exit 1
  fi
  echo "All $1 plans pass: $(checks_in_words), and every plan reads within its rows budget."
}
