#!/usr/bin/env bash
# The dashboard at a million cases on PostgreSQL: a throw-away cluster (.ci/postgres.sh), the Flyway migrations applied
# with psql, 1,000,000 cases over two years and their work items generated as for the inbox (bench/inbox-data.sql:
# AGETIC ~55 %, MINDEF ~30 %, SEPREM ~15 %), MINDEF's backup runs and copies and every unit's access reviews
# (bench/dashboard-data.sql), then every aggregate query of org.sigti.dashboard.DashboardQueries run three times each
# with EXPLAIN (ANALYZE, BUFFERS): cases per procedure, priority and unit for the busiest institution over a year and
# over both years, for every unit and for one unit; the backup semester's two queries (BackupSemesterFigures); the
# access reviews of a year.
#
# Fails (exit 1) on the plans only, never on a duration: when a plan reads work_case or work_item with a Seq Scan, or
# reads more rows than the query needs. An aggregate needs every row of its period: the cases opened in it (and, per
# unit, their work items); its budget is N + N/4 + 250, the rows a plan read being those of its busiest scan node
# (bench/plan-rows.awk). Durations (first run, best of three) are measured and reported as figures against the
# dashboard's budget of one second per query, not checked. Prints a summary table and writes it, with the full plans,
# to bench/results/dashboard-<date>.md.
#
# Usage: bench/dashboard-benchmark.sh [--cases N]
#   --cases  cases to generate (1000000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib/plans.sh
source bench/lib/plans.sh

CASES=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) CASES=$2; shift 2 ;;
    *) usage; exit 2 ;;
  esac
done

bench_start max_wal_size=8GB checkpoint_timeout=30min maintenance_work_mem=512MB shared_buffers=512MB
apply_migrations

echo "Generating $CASES cases..."
generate bench/inbox-data.sql -v cases="$CASES" -v requesters=2000 -v open=0.2
CASE_MS=$GEN_MS CASE_STEPS=$GEN_STEPS
generate bench/dashboard-data.sql
GEN_MS=$((CASE_MS + GEN_MS)) GEN_STEPS="$CASE_STEPS, $GEN_STEPS"
DATA_FACTS=$(value "select format('%s cases (%s AGETIC, %s MINDEF), %s work items; %s backup runs, %s copies,'
    || ' %s access reviews; work_case %s + indexes %s, work_item %s + indexes %s',
  (select count(*) from work_case), (select count(*) from work_case where institution_code = 'AGETIC'),
  (select count(*) from work_case where institution_code = 'MINDEF'), (select count(*) from work_item),
  (select count(*) from backup_task), (select count(*) from backup_copy), (select count(*) from access_review),
  pg_size_pretty(pg_table_size('work_case')), pg_size_pretty(pg_indexes_size('work_case')),
  pg_size_pretty(pg_table_size('work_item')), pg_size_pretty(pg_indexes_size('work_item')))")
echo "$DATA_FACTS"

# --- the queries: the SQL DashboardQueries sends (its native SQL, the parameters as literals). Keep them in step with
# org.sigti.dashboard.DashboardQueries: a change of its SQL changes the shapes below the same way.
CLOSED="c.status = 'CLOSED'"
WITHIN="$CLOSED and c.resolution_due is not null and c.response_breached = false and c.resolution_breached = false"
OUT="(c.response_breached = true or c.resolution_breached = true)"
FIGURES="count(*), sum(case when $CLOSED then 1 else 0 end), sum(case when $WITHIN then 1 else 0 end),\
 sum(case when $OUT then 1 else 0 end)"
YEAR_END=$(value "select date_trunc('day', max(opened_at)) + interval '1 day' from work_case")
YEAR_START=$(value "select timestamptz '$YEAR_END' - interval '1 year'")
ALL_START=$(value "select date_trunc('day', min(opened_at)) from work_case")
period() { # institution, from
  echo "c.institution_code = '$1' and c.opened_at >= '$2' and c.opened_at < '$YEAR_END'"
}
of_unit() { # unit
  echo "and exists (select 1 from work_item i where i.case_id = c.id and i.unit_code = '$1'\
 and i.role_name <> 'Solicitante')"
}
by() { # column, institution, from, [unit]
  echo "select c.$1, $FIGURES from work_case c where $(period "$2" "$3") ${4:+$(of_unit "$4")}\
 group by c.$1 order by c.$1 fetch first 500 rows only"
}
by_unit() { # institution, from, [unit]
  echo "select c.unit_code, $FIGURES from (select distinct i.unit_code, w.id, w.status, w.resolution_due,\
 w.response_breached, w.resolution_breached from work_case w join work_item i on i.case_id = w.id\
 where w.institution_code = '$1' and w.opened_at >= '$2' and w.opened_at < '$YEAR_END'\
 and i.unit_code is not null and i.role_name <> 'Solicitante' ${3:+and i.unit_code = '$3'}) c\
 group by c.unit_code order by c.unit_code fetch first 500 rows only"
}
cases() { # institution, from
  echo "(select count(*) from work_case where institution_code = '$1' and opened_at >= '$2'\
 and opened_at < '$YEAR_END')"
}
items() { # institution, from
  echo "(select count(*) from work_item i join work_case w on w.id = i.case_id where w.institution_code = '$1'\
 and w.opened_at >= '$2' and w.opened_at < '$YEAR_END')"
}

query "AGETIC per procedure, last year" "$(cases AGETIC "$YEAR_START")" "$(by procedure_code AGETIC "$YEAR_START")"
query "AGETIC per priority, last year" "$(cases AGETIC "$YEAR_START")" "$(by priority AGETIC "$YEAR_START")"
query "AGETIC per unit, last year" "$(items AGETIC "$YEAR_START")" "$(by_unit AGETIC "$YEAR_START")"
query "AGETIC per procedure, both years" "$(cases AGETIC "$ALL_START")" "$(by procedure_code AGETIC "$ALL_START")"
query "AGETIC per unit, both years" "$(items AGETIC "$ALL_START")" "$(by_unit AGETIC "$ALL_START")"
query "MINDEF per procedure, last year" "$(cases MINDEF "$YEAR_START")" "$(by procedure_code MINDEF "$YEAR_START")"
query "MINDEF per unit, last year" "$(items MINDEF "$YEAR_START")" "$(by_unit MINDEF "$YEAR_START")"
# a Responsable: their unit's cases (AIT, AGETIC's busiest unit)
query "AGETIC, unit AIT, per procedure, last year" "$(items AGETIC "$YEAR_START")" \
  "$(by procedure_code AGETIC "$YEAR_START" AIT)"
query "AGETIC, unit AIT, per priority, last year" "$(items AGETIC "$YEAR_START")" \
  "$(by priority AGETIC "$YEAR_START" AIT)"
query "AGETIC, unit AIT, per unit, last year" "$(items AGETIC "$YEAR_START")" "$(by_unit AGETIC "$YEAR_START" AIT)"
# BackupSemesterFigures.rows, a semester of MINDEF's
SEM_START=$(value "select timestamptz '$YEAR_END' - interval '6 months'")
query "MINDEF backup runs of a semester" \
  "(select count(*) from backup_task where planned_at >= '$SEM_START' and planned_at < '$YEAR_END')" \
  "select s.id, s.name, s.procedure_code, s.unit_code, count(t.id), sum(case when t.status = 'DONE' then 1 else 0 end),\
 sum(case when t.status = 'OPEN' then 1 else 0 end), sum(case when t.status = 'FAILED' then 1 else 0 end),\
 sum(case when t.status = 'MISSED' then 1 else 0 end) from backup_schedule s join backup_task t on t.schedule_id = s.id\
 where s.institution_code = 'MINDEF' and t.planned_at >= '$SEM_START' and t.planned_at < '$YEAR_END'\
 group by s.id, s.name, s.procedure_code, s.unit_code order by s.name, s.id"
# (a left join to every run: the runs are read whole, a few thousand a year per schedule)
query "MINDEF backup copies of a semester" \
  "(select count(*) from backup_task) + (select count(*) from backup_copy where taken_at >= '$SEM_START'\
 and taken_at < '$YEAR_END')" \
  "select t.schedule_id, count(c.id), sum(case when c.verification = 'VERIFIED' then 1 else 0 end),\
 sum(case when c.verification = 'FAILED' then 1 else 0 end), sum(c.size_bytes) from backup_copy c\
 join work_case w on w.id = c.case_id left join backup_task t on t.id = c.task_id where w.institution_code = 'MINDEF'\
 and c.taken_at >= '$SEM_START' and c.taken_at < '$YEAR_END' group by t.schedule_id"
query "AGETIC access reviews, last year" "(select count(*) from access_review)" \
  "select r.semester, count(*), sum(case when r.status = 'DONE' then 1 else 0 end) from access_review r\
 join work_case c on c.id = r.case_id where c.institution_code = 'AGETIC' and r.opened_at >= '$YEAR_START'\
 and r.opened_at < '$YEAR_END' group by r.semester order by r.semester desc fetch first 500 rows only"

SCANNED=(work_case work_item)
run_round "Generated data"

write_report "bench/results/dashboard-$(date -u +%F).md" "Dashboard benchmark" \
  "bench/dashboard-benchmark.sh --cases $CASES" "Data: $DATA_FACTS" \
  "Period: the last year $YEAR_START to $YEAR_END; both years from $ALL_START"
finish dashboard
