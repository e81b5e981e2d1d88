#!/usr/bin/env bash
# The inbox at a million cases on PostgreSQL: a throw-away cluster (.ci/postgres.sh), the Flyway migrations applied
# with psql, 1,000,000 cases (20 % open) and their work items generated in SQL (bench/inbox-data.sql), then every
# query shape of Inbox (MINE, UNIT, OFFICE scopes in each order, search text and case number, deep page, capped
# counts) and of CaseQueries.myCases run three times each with EXPLAIN (ANALYZE, BUFFERS), in two rounds: on the
# generated data, and again after AIT's Operador queue, which ait.operador01 reads, has grown to --backlog open items
# (200,000: issue 20's production shape, where a capped count read the whole queue).
#
# Fails (exit 1) on the plans only, never on a duration: when a plan reads work_item or work_case with a Seq Scan,
# uses none of the ix_work_* indexes, or reads more rows than the query needs. Each query declares the rows it
# needs (N: its page's offset + rows, its count's cap, or the rows of the scope it may have to read); its budget is
# N + N/4 + 250, and the rows a plan read are those of its busiest scan node (bench/plan-rows.awk: actual rows plus
# rows removed by filters, times loops). Rows read depend on the plan and the data, not on the machine's speed or
# load. Durations (first run, best of three) are measured and reported as figures, not checked. Prints a summary
# table and writes it, with the full plans, to bench/results/inbox-<date>.md (inbox-<date>-target<V>.md with
# --target).
#
# Usage: bench/inbox-benchmark.sh [--cases N] [--open PERCENT] [--requesters N] [--backlog N] [--target VERSION]
#   --cases       cases to generate (1000000)
#   --open        percentage of the cases that are open (20; the benchmarks before issue 20 had 3)
#   --requesters  distinct requesters (2000)
#   --backlog     open items of AIT's Operador queue in the second round (200000); 0 skips the second round
#   --target      apply the migrations up to this version only (e.g. 3: the plans before V7__inbox_indexes)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib/plans.sh
source bench/lib/plans.sh

CASES=1000000
OPEN=20
REQUESTERS=2000
BACKLOG=200000
TARGET=
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) CASES=$2; shift 2 ;;
    --open) OPEN=$2; shift 2 ;;
    --requesters) REQUESTERS=$2; shift 2 ;;
    --backlog) BACKLOG=$2; shift 2 ;;
    --target) TARGET=$2; shift 2 ;;
    *) usage; exit 2 ;;
  esac
done

# a 512 MB buffer cache, and room for the load's WAL and index builds
bench_start max_wal_size=8GB checkpoint_timeout=30min maintenance_work_mem=512MB shared_buffers=512MB
apply_migrations "$TARGET"

echo "Generating $CASES cases..."
generate bench/inbox-data.sql -v cases="$CASES" -v requesters="$REQUESTERS" \
  -v open="$(awk -v p="$OPEN" 'BEGIN { print p / 100 }')"
DATA_FACTS=$(value "select format('%s cases (%s open), %s work items (%s open, %s in AIT''s Operador queue),'
    || ' %s requesters;'
    || ' work_item %s + indexes %s, work_case %s + indexes %s',
  (select count(*) from work_case), (select count(*) from work_case where status = 'OPEN'),
  (select count(*) from work_item), (select count(*) from work_item where status = 'OPEN'),
  (select count(*) from work_item where status = 'OPEN' and unit_code = 'AIT' and role_name = 'Operador'),
  (select count(distinct requester_username) from work_case),
  pg_size_pretty(pg_table_size('work_item')), pg_size_pretty(pg_indexes_size('work_item')),
  pg_size_pretty(pg_table_size('work_case')), pg_size_pretty(pg_indexes_size('work_case')))")
echo "$DATA_FACTS"

# --- the queries: the SQL Hibernate generates for Inbox's and CaseQueries' JPQL (same predicates, order, paging) ---
# Keep them in step with org.sigti.workflow.Inbox: a change of its JPQL (a filter, an order, the search box) changes
# the shapes below the same way.
ROW="select w1_0.id,w1_0.version,w1_0.case_id,w1_0.case_number,w1_0.title,w1_0.procedure_code,w1_0.step_code,\
w1_0.role_name,w1_0.unit_code,w1_0.assignee_username,w1_0.priority,w1_0.created_at from work_item w1_0 where"
# Every inbox is one institution's (Inbox: w.institutionCode = the caller's); AGETIC's unless a query says otherwise.
# "Mi bandeja" is two disjoint sets: the caller's queue unassigned, and what is assigned to them. A page reads their
# union; Inbox.count counts each set apart (the second only when the first stays under the cap).
mine() { # unit, roles (SQL list), user, institution (AGETIC), set (queue or assigned; their union when absent)
  local scope="w1_0.status='OPEN' and w1_0.institution_code='${4:-AGETIC}'"
  local queue="w1_0.unit_code='$1' and w1_0.role_name in ($2) and w1_0.assignee_username is null"
  local assigned="w1_0.assignee_username='$3'"
  case ${5:-} in
    queue) echo "$scope and $queue" ;;
    assigned) echo "$scope and $assigned" ;;
    *) echo "$scope and (($queue) or ($assigned))" ;;
  esac
}
UNIT="w1_0.status='OPEN' and w1_0.institution_code='AGETIC' and w1_0.unit_code='AIT' and w1_0.role_name<>'Solicitante'"
office() { # institution
  echo "w1_0.status='OPEN' and w1_0.institution_code='$1' and w1_0.role_name<>'Solicitante'"
}
OFFICE=$(office AGETIC)
PAGE="offset 0 rows fetch first 20 rows only"
AGE="order by w1_0.created_at,w1_0.id"
# A search text that looks like a case number (SOL-2026-000123, or its beginning) is the index range plus LIKE of
# org.sigti.db.Prefix on case_number (Inbox.CASE_NUMBER): the upper bound is the prefix with its last digit
# incremented ('9' becomes 'A'); any other text is a LIKE '%...%' on search_text (number and title).
number_filter() { # case number
  local n=$1 last=${1: -1} high
  if [ "$last" = 9 ]; then high="${n%?}A"; else high="${n%?}$((last + 1))"; fi
  echo "and w1_0.case_number>='$n' and w1_0.case_number<'$high' and w1_0.case_number like '$n%' escape '!'"
}
OFFICE_NUMBER=$(value "select case_number from work_item where status = 'OPEN' and institution_code = 'AGETIC'
  and role_name <> 'Solicitante' order by id desc limit 1")
MINE_NUMBER=$(value "select case_number from work_item where status = 'OPEN' and institution_code = 'AGETIC'
  and unit_code = 'AIT'
  and role_name = 'Operador' and assignee_username is null order by id desc limit 1")
DIGITS=${OFFICE_NUMBER##*-}
CASE_ROW="select w1_0.id,w1_0.case_number,w1_0.title,w1_0.procedure_code,w1_0.status,w1_0.opened_at,\
w1_0.updated_at,w1_0.closed_at from work_case w1_0 where w1_0.requester_username='usr0000'"

# The rows each query needs (N, an SQL expression evaluated in each round); its budget is N + N/4 + 250 rows read.
#  - a page whose order an index serves: offset + page size; a capped count: its cap (Inbox.COUNT_CAP + 1), in every
#    scope: a count stops at its cap, however long the queue (issue 20: 200,000 open items in one queue).
#  - MINE's pages: the caller's queue (unit and role) OR what is assigned to them, which no one index orders; their
#    plans read either both sets then sort, or the office's open items oldest first keeping the caller's: N is every
#    open item of the institution. The check then only asserts that no closed history is read.
#  - an order no index of the scope serves (MINE by priority or number, the unit by number, the office by
#    priority): the open items of the scope, read then sorted.
#  - a title text or digits (LIKE '%...%', no index can seek it) and filters no index orders (procedure and
#    priority): the open items of the scope, read in order until the page is full (OFFICE: every open item of the
#    institution).
#  - a case number: the index range holds only the open items of that number (one or two): a page.
#  - countMyCases counts every case of the requester: their cases.
open_items() { # institution
  echo "(select count(*) from work_item where status = 'OPEN' and institution_code = '$1')"
}
OPEN_ITEMS=$(open_items AGETIC)
UNIT_ITEMS="(select count(*) from work_item where status = 'OPEN' and unit_code = 'AIT')"
CAP=1001
MY_CASES="(select count(*) from work_case where requester_username = 'usr0000')"

query "MINE Operador of AIT (ait.operador01), page 1" "$OPEN_ITEMS" \
  "$ROW $(mine AIT "'Operador'" ait.operador01) $AGE $PAGE"
query "MINE Operador of AIT, page 101 (offset 2000)" "$OPEN_ITEMS" \
  "$ROW $(mine AIT "'Operador'" ait.operador01) $AGE offset 2000 rows fetch first 20 rows only"
query "MINE Operador of AIT, by priority" "$OPEN_ITEMS" \
  "$ROW $(mine AIT "'Operador'" ait.operador01) order by w1_0.priority,w1_0.id $PAGE"
query "MINE Operador of AIT, by case number" "$OPEN_ITEMS" \
  "$ROW $(mine AIT "'Operador'" ait.operador01) order by w1_0.case_number,w1_0.id $PAGE"
# each set at its worst: the first empty, so the second is asked for the whole cap
query "MINE Operador of AIT, count (capped): queue unassigned" $CAP "select w1_0.id from work_item w1_0 where\
 $(mine AIT "'Operador'" ait.operador01 AGETIC queue) fetch first 1001 rows only"
query "MINE Operador of AIT, count (capped): assigned to the caller" $CAP "select w1_0.id from work_item w1_0 where\
 $(mine AIT "'Operador'" ait.operador01 AGETIC assigned) fetch first 1001 rows only"
query "MINE Operador of AIT, text 'conexion'" "$OPEN_ITEMS" \
  "$ROW $(mine AIT "'Operador'" ait.operador01) and w1_0.search_text like '%conexion%' $AGE $PAGE"
query "MINE Operador of AIT, case number" 20 \
  "$ROW $(mine AIT "'Operador'" ait.operador01) $(number_filter "$MINE_NUMBER") $AGE $PAGE"
query "MINE Tecnico of AIT with assignments (ait.tecnico01)" "$OPEN_ITEMS" \
  "$ROW $(mine AIT "'Tecnico'" ait.tecnico01) $AGE $PAGE"
query "MINE Jefe of SEPREM's DI (small queue)" "$(open_items SEPREM)" \
  "$ROW $(mine DI "'Jefe'" di.jefe01 SEPREM) $AGE $PAGE"
query "MINE requester (usr0000: assigned only)" 20 \
  "$ROW w1_0.status='OPEN' and w1_0.institution_code='AGETIC' and w1_0.assignee_username='usr0000' $AGE $PAGE"
query "UNIT AIT, page 1" 20 "$ROW $UNIT $AGE $PAGE"
query "UNIT AIT, by priority" 20 "$ROW $UNIT order by w1_0.priority,w1_0.id $PAGE"
query "UNIT AIT, by case number" "$UNIT_ITEMS" "$ROW $UNIT order by w1_0.case_number,w1_0.id $PAGE"
query "UNIT AIT, count (capped)" $CAP "select w1_0.id from work_item w1_0 where $UNIT fetch first 1001 rows only"
query "OFFICE, page 1" 20 "$ROW $OFFICE $AGE $PAGE"
query "OFFICE, page 101 (offset 2000)" 2020 "$ROW $OFFICE $AGE offset 2000 rows fetch first 20 rows only"
query "OFFICE of MINDEF, page 101 (offset 2000)" 2020 \
  "$ROW $(office MINDEF) $AGE offset 2000 rows fetch first 20 rows only"
query "OFFICE of SEPREM, page 1" 20 "$ROW $(office SEPREM) $AGE $PAGE"
query "OFFICE, text 'impresora'" "$OPEN_ITEMS" "$ROW $OFFICE and w1_0.search_text like '%impresora%' $AGE $PAGE"
query "OFFICE, case number (one match)" 20 "$ROW $OFFICE $(number_filter "$OFFICE_NUMBER") $AGE $PAGE"
query "OFFICE, digits of a number (text '$DIGITS')" "$OPEN_ITEMS" \
  "$ROW $OFFICE and w1_0.search_text like '%$DIGITS%' $AGE $PAGE"
query "OFFICE, by case number" 20 "$ROW $OFFICE order by w1_0.case_number,w1_0.id $PAGE"
query "OFFICE, by priority" "$OPEN_ITEMS" "$ROW $OFFICE order by w1_0.priority,w1_0.id $PAGE"
query "OFFICE, procedure and priority, newest first" "$OPEN_ITEMS" "$ROW $OFFICE\
 and w1_0.procedure_code='S04.03.01.05' and w1_0.priority='P2' order by w1_0.created_at desc,w1_0.id desc $PAGE"
query "OFFICE, count (capped)" $CAP "select w1_0.id from work_item w1_0 where $OFFICE fetch first 1001 rows only"
query "myCases busiest requester (usr0000), page 1" 20 \
  "$CASE_ROW order by w1_0.opened_at desc,w1_0.id desc $PAGE"
query "myCases usr0000, page 51 (offset 1000)" 1020 \
  "$CASE_ROW order by w1_0.opened_at desc,w1_0.id desc offset 1000 rows fetch first 20 rows only"
query "countMyCases usr0000" "$MY_CASES" \
  "select count(w1_0.id) from work_case w1_0 where w1_0.requester_username='usr0000'"

SCANNED=(work_item work_case)
REQUIRED_INDEX=ix_work_
run_round "Generated data"

if [ "$BACKLOG" -gt 0 ]; then
  echo
  echo "Growing AIT's Operador queue to $BACKLOG open items..."
  sql -v backlog="$BACKLOG" <<'SQL'
-- a backlog: AGETIC's DONE items from the whole two years reopened in AIT's Operador queue, half of them unassigned
-- and the other half assigned to its four Operadores (one in eleven of the ~2.6 million done items: room for the
-- 200,000 of issue 20)
update work_item set status = 'OPEN', unit_code = 'AIT', queue_code = 'AIT', role_name = 'Operador',
       completed_at = null, completed_by = null, outcome = null, version = version + 1,
       assignee_username = case when id % 2 = 0 then null else 'ait.operador0' || (1 + id / 2 % 4) end
where id in (select id from work_item where status = 'DONE' and institution_code = 'AGETIC' and id % 11 = 0
             limit greatest(0, :backlog - (select count(*) from work_item
                                          where status = 'OPEN' and unit_code = 'AIT' and role_name = 'Operador')));
vacuum analyze work_item;
SQL
  BACKLOG_FACTS=$(value "select format('%s open items, %s of them in AIT (%s in its Operador queue)',
    count(*), count(*) filter (where unit_code = 'AIT'),
    count(*) filter (where unit_code = 'AIT' and role_name = 'Operador')) from work_item where status = 'OPEN'")
  echo "$BACKLOG_FACTS"
  run_round "Backlog: $BACKLOG_FACTS"
fi

write_report "bench/results/inbox-$(date -u +%F)${TARGET:+-target$TARGET}.md" "Inbox benchmark" \
  "bench/inbox-benchmark.sh --cases $CASES --open $OPEN --requesters $REQUESTERS --backlog $BACKLOG\
${TARGET:+ --target $TARGET}" \
  "Data: $DATA_FACTS"
finish inbox
