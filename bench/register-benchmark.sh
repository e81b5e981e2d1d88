#!/usr/bin/env bash
# The Defensoría's register DGP/ESIN-R-6 "Mantenimiento de Sistemas" at a million rows on PostgreSQL: a throw-away
# cluster (.ci/postgres.sh), the Flyway migrations applied with psql, 1,000,000 maintenance_record rows over eight
# years and the 340 systems they are about generated in SQL (bench/register-data.sql), then every query
# MaintenanceRegister issues run three times each with EXPLAIN (ANALYZE, BUFFERS): its page, first and deep (offset
# 980, the last page the capped count lets the screen reach), and its capped count, for each combination of its
# filters (none, system, year, type, and each pair and all three); the export's last page (RegisterBacking writes at
# most 50,000 rows, 500 a page); the systems to filter by. The SQL is what Hibernate generates for the register's
# JPQL (the same predicates in the same order, the inner join to it_system, the order by requested_at and id
# descending, offset/fetch paging; the count reads ids and fetches EquipmentRegistry.COUNT_CAP + 1 of them); a year
# is the range from its first midnight in La Paz to the next year's, as MaintenanceRegister binds it. The register's
# queries are the Defensoría's (DP): the data puts one row in ten in AGETIC, which no plan may read.
#
# The rows are not tied to cases: the benchmark drops fk_maintenance_record_case. The register's queries never read
# work_case (the row carries its case's number); the key checks writes, which the benchmark does not measure; and
# satisfying it would mean loading a second million-row table that no query of the register reads. Every other
# constraint and index of the migrations stays.
#
# Fails (exit 1) on the plans only, never on a duration: when a plan reads maintenance_record with a Seq Scan, or
# reads more rows than the query needs. Each query declares the rows it needs (N: its page's offset + rows, or its
# count's cap + 1); its budget is N + N/4 + 250, and the rows a plan read are those of its busiest scan node
# (bench/plan-rows.awk: actual rows plus rows removed by filters, times loops), which depend on the plan and the data,
# not on the machine. Durations (first run, best of three) are measured and reported as figures, not checked. Prints
# a summary table and writes it, with the full plans, to bench/results/register-<date>.md (register-<date>-target<V>.md
# with --target).
#
# Usage: bench/register-benchmark.sh [--records N] [--systems N] [--year YEAR] [--target VERSION]
#   --records  maintenance_record rows to generate (1000000)
#   --systems  the Defensoría's systems (300); AGETIC has 40 more
#   --year     the year the year filter asks for (2023)
#   --target   apply the migrations up to this version only, 36 or later (38: the plans before
#              V39__maintenance_record_filters)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib/plans.sh
source bench/lib/plans.sh

RECORDS=1000000
SYSTEMS=300
YEAR=2023
TARGET=
while [ $# -gt 0 ]; do
  case "$1" in
    --records) RECORDS=$2; shift 2 ;;
    --systems) SYSTEMS=$2; shift 2 ;;
    --year) YEAR=$2; shift 2 ;;
    --target) TARGET=$2; shift 2 ;;
    *) usage; exit 2 ;;
  esac
done

# a 512 MB buffer cache, and room for the load's WAL and index builds
bench_start max_wal_size=8GB checkpoint_timeout=30min maintenance_work_mem=512MB shared_buffers=512MB
apply_migrations "$TARGET"
sql -c "alter table maintenance_record drop constraint fk_maintenance_record_case"

echo "Generating $RECORDS register rows..."
generate bench/register-data.sql -v records="$RECORDS" -v systems="$SYSTEMS"
DATA_FACTS=$(value "select format('%s rows (%s of DP: %s preventive, %s corrective, %s evolutive; %s of AGETIC),'
    || ' %s systems of DP and %s of AGETIC, requests from %s to %s; maintenance_record %s + indexes %s',
  count(*), count(*) filter (where institution_code = 'DP'),
  count(*) filter (where institution_code = 'DP' and maintenance_type = 'PREVENTIVE'),
  count(*) filter (where institution_code = 'DP' and maintenance_type = 'CORRECTIVE'),
  count(*) filter (where institution_code = 'DP' and maintenance_type = 'EVOLUTIVE'),
  count(*) filter (where institution_code = 'AGETIC'),
  (select count(*) from it_system where institution_code = 'DP'),
  (select count(*) from it_system where institution_code = 'AGETIC'),
  min(requested_at)::date, max(requested_at)::date,
  pg_size_pretty(pg_table_size('maintenance_record')), pg_size_pretty(pg_indexes_size('maintenance_record')))
  from maintenance_record")
echo "$DATA_FACTS"

# --- the queries: the SQL Hibernate generates for MaintenanceRegister's JPQL ---
# Keep them in step with org.sigti.maintenance.MaintenanceRegister: a change of its JPQL (a filter, the order, the
# count) changes the shapes below the same way. Its filters are appended in this order: system, year, type.
ROW="select m1_0.id,m1_0.record_number,m1_0.requested_at,i1_0.id,i1_0.code,i1_0.name,m1_0.requester_unit,i1_0.kind,\
m1_0.feasible,m1_0.concluded_at,m1_0.in_production,m1_0.observations,m1_0.maintenance_type,m1_0.case_id,\
m1_0.case_number from maintenance_record m1_0 join it_system i1_0 on i1_0.id=m1_0.system_id \
where m1_0.institution_code='DP'"
ORDER="order by m1_0.requested_at desc,m1_0.id desc"
PAGE="offset 0 rows fetch first 20 rows only"
DEEP="offset 980 rows fetch first 20 rows only"
# the count: ids, EquipmentRegistry.COUNT_CAP (1000) + 1 of them at most
COUNT="select m1_0.id from maintenance_record m1_0 where m1_0.institution_code='DP'"
CAPPED="fetch first 1001 rows only"

# the busiest system (about 15 % of DP's rows), the year's La Paz midnights in UTC, the rarest type
SYSTEM_CODE=DP-SIS-001
SYSTEM_ID=$(value "select id from it_system where code = '$SYSTEM_CODE'")
midnight() { # year: its first midnight in La Paz (UTC-4), as an instant
  date -u -d "TZ=\"America/La_Paz\" $1-01-01 00:00" '+%F %T+00'
}
BY_SYSTEM="and m1_0.system_id=$SYSTEM_ID"
BY_YEAR="and m1_0.requested_at>='$(midnight "$YEAR")' and m1_0.requested_at<'$(midnight $((YEAR + 1)))'"
BY_TYPE="and m1_0.maintenance_type='PREVENTIVE'"

# The rows each query needs (N); its budget is N + N/4 + 250 rows read. Every filter has an index that gives the
# page's order (V36, V39), so a page needs its offset + rows and a count its cap + 1, whatever the filter matches.
MATCHES=()
filter() { # name, clause: its first page, its deep page, its capped count
  MATCHES+=("$1 $(value "select count(*) from maintenance_record m1_0 where m1_0.institution_code='DP' $2")")
  query "$1, page 1" 20 "$ROW $2 $ORDER $PAGE"
  query "$1, page 50 (offset 980)" 1000 "$ROW $2 $ORDER $DEEP"
  query "$1, count (capped)" 1001 "$COUNT $2 $CAPPED"
}
filter "No filter" ""
filter "System $SYSTEM_CODE" "$BY_SYSTEM"
filter "Year $YEAR" "$BY_YEAR"
filter "Type PREVENTIVE" "$BY_TYPE"
filter "System + year" "$BY_SYSTEM $BY_YEAR"
filter "System + type" "$BY_SYSTEM $BY_TYPE"
filter "Year + type" "$BY_YEAR $BY_TYPE"
filter "System + year + type" "$BY_SYSTEM $BY_YEAR $BY_TYPE"
query "Export, last page (offset 49500, 500 rows)" 50000 \
  "$ROW $ORDER offset 49500 rows fetch first 500 rows only"
query "Systems to filter by" "(select count(*) from it_system where institution_code = 'DP')" \
  "select i1_0.id,i1_0.code,i1_0.name from it_system i1_0 where i1_0.institution_code='DP' order by i1_0.code \
fetch first 500 rows only"

SCANNED=(maintenance_record)
run_round "Generated data"

write_report "bench/results/register-$(date -u +%F)${TARGET:+-target$TARGET}.md" "Register DGP/ESIN-R-6 benchmark" \
  "bench/register-benchmark.sh --records $RECORDS --systems $SYSTEMS --year $YEAR${TARGET:+ --target $TARGET}" \
  "Data: $DATA_FACTS" \
  "Rows of DP each filter matches: $(printf '%s, ' "${MATCHES[@]}" | sed 's/, $//'); the system is $SYSTEM_CODE\
 (id $SYSTEM_ID), the type PREVENTIVE" \
  "fk_maintenance_record_case dropped (no work_case rows: the register's queries never read them)"
finish register
