#!/usr/bin/env bash
# The inventory lists at 100,000 pieces of equipment on PostgreSQL: a throw-away cluster (.ci/postgres.sh), the
# Flyway migrations applied with psql, 100,000 pieces of equipment with their custody records, 2,000 license pools
# and 20,000 seats generated in SQL (bench/inventory-data.sql), then every query the inventory services issue
# (EquipmentRegistry's list for each filter and sort, its capped counts, "Mis equipos", a custody history;
# LicensePools' list; InventoryCustody's seat and holdings lookups; ExpiryAlerts' sweep) run three times each with
# EXPLAIN (ANALYZE, BUFFERS). The SQL is what Hibernate generates for the services' JPQL (same predicates, order,
# paging); prefix filters are the index range plus LIKE of org.sigti.db.Prefix. Every list is one institution's (V29):
# the data puts a fifth of the rows in MINDEF, and the queries read AGETIC's, as an AGETIC user's screens do.
#
# Fails (exit 1) on the plans only, never on a duration: when a plan reads equipment, equipment_custody or
# license_seat with a Seq Scan, or reads more rows than the query needs. Each query declares the rows it needs (N:
# its page's offset + rows, its cap or fetch size, the rows of the filter it may have to read and sort); its budget is
# N + N/4 + 250, and the rows a plan read are those of its busiest scan node (bench/plan-rows.awk: actual rows plus
# rows removed by filters, times loops), which depend on the plan and the data, not on the machine. Durations (first
# run, best of three) are measured and reported as figures, not checked. Prints a summary table and writes it, with
# the full plans, to bench/results/inventory-<date>.md.
#
# Usage: bench/inventory-benchmark.sh [--equipment N] [--pools N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib/plans.sh
source bench/lib/plans.sh

EQUIPMENT=100000
POOLS=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --equipment) EQUIPMENT=$2; shift 2 ;;
    --pools) POOLS=$2; shift 2 ;;
    *) usage; exit 2 ;;
  esac
done

bench_start maintenance_work_mem=256MB shared_buffers=256MB
apply_migrations

echo "Generating $EQUIPMENT pieces of equipment and $POOLS pools..."
generate bench/inventory-data.sql -v equipment="$EQUIPMENT" -v pools="$POOLS"
DATA_FACTS=$(value "select format('%s pieces of equipment (%s assigned, %s in stock, %s in maintenance, %s retired),'
    || ' %s custody records, %s pools, %s seats; equipment %s + indexes %s',
  (select count(*) from equipment), (select count(*) from equipment where state = 'ASSIGNED'),
  (select count(*) from equipment where state = 'IN_STOCK'), (select count(*) from equipment where state = 'IN_MAINTENANCE'),
  (select count(*) from equipment where state = 'RETIRED'), (select count(*) from equipment_custody),
  (select count(*) from license_pool), (select count(*) from license_seat),
  pg_size_pretty(pg_table_size('equipment')), pg_size_pretty(pg_indexes_size('equipment')))")
echo "$DATA_FACTS"

# --- EquipmentRegistry: ROW, the filters (Prefix: range + like), the sorts with the code as tie-breaker ---
ROW="select e1_0.id,e1_0.version,e1_0.kind,e1_0.serial,e1_0.patrimonial_code,e1_0.brand,e1_0.model,e1_0.location,\
e1_0.custodian_username,e1_0.custodian_name,e1_0.custodian_unit_code,e1_0.state,e1_0.warranty_until,e1_0.acquired_on \
from equipment e1_0 where e1_0.institution_code='AGETIC'"
INST="e1_0.institution_code='AGETIC'"
OWN=$(value "select count(*) from equipment where institution_code = 'AGETIC'")
PAGE="offset 0 rows fetch first 20 rows only"
BY_CODE="order by e1_0.patrimonial_code"
prefix() { # column, low, high, like
  echo "and $1>='$2' and $1<'$3' and $1 like '$4' escape '!'"
}
CODE_F=$(prefix e1_0.patrimonial_code DTI-0123 DTI-0124 'DTI-0123%')
SERIAL_F=$(prefix e1_0.serial C4C 'C4D' 'C4C%')
CUST_F=$(prefix e1_0.custodian_username usr012 usr013 'usr012%')
TODAY=$(date -u +%F)
UNTIL=$(date -u -d '+30 days' +%F)

# The rows each query needs (N, an SQL expression); its budget is N + N/4 + 250 rows read:
#  - a page an index serves in its order: offset + page size; a capped count or a fetch size: the cap;
#  - a prefix filter sorted by another column, or a list that is read whole (holdings, seats, the sweeps): the rows
#    that match (matches CLAUSE), which the plan reads and sorts;
#  - a state filter ordered by code: the code-ordered scan keeps the state's share of the rows, so it reads about
#    page / share rows (filtered PAGE CLAUSE), or the state's index in order, fewer;
#  - a capped count of a state: a bitmap scan reads every row of the state before the cap applies: the state's rows.
matches() { # clause on AGETIC's equipment e1_0
  echo "(select count(*) from equipment e1_0 where $INST $1)"
}
filtered() { # page rows, clause on AGETIC's equipment e1_0
  echo "$1 * $OWN / greatest(1, $(matches "$2"))"
}

query "Equipment, by code, page 1" 20 "$ROW $BY_CODE $PAGE"
query "Equipment, by code, page 101 (offset 2000)" 2020 "$ROW $BY_CODE offset 2000 rows fetch first 20 rows only"
query "Equipment, by code desc, last page (offset $((OWN - 20)))" "$OWN" \
  "$ROW order by e1_0.patrimonial_code desc offset $((OWN - 20)) rows fetch first 20 rows only"
query "Equipment, by serial" 20 "$ROW order by e1_0.serial,e1_0.patrimonial_code $PAGE"
query "Equipment, by custodian" 20 "$ROW order by e1_0.custodian_username,e1_0.patrimonial_code $PAGE"
query "Equipment, by warranty desc" 20 "$ROW order by e1_0.warranty_until desc,e1_0.patrimonial_code desc $PAGE"
query "Equipment, code prefix DTI-0123" 20 "$ROW $CODE_F $BY_CODE $PAGE"
query "Equipment, serial prefix C4C" "$(matches "$SERIAL_F")" "$ROW $SERIAL_F $BY_CODE $PAGE"
query "Equipment, custodian prefix usr012" "$(matches "$CUST_F")" "$ROW $CUST_F $BY_CODE $PAGE"
query "Equipment, custodian prefix usr012 by warranty" "$(matches "$CUST_F")" \
  "$ROW $CUST_F order by e1_0.warranty_until,e1_0.patrimonial_code $PAGE"
query "Equipment, state IN_MAINTENANCE" "$(filtered 20 "and e1_0.state='IN_MAINTENANCE'")" \
  "$ROW and e1_0.state='IN_MAINTENANCE' $BY_CODE $PAGE"
query "Equipment, state RETIRED by serial" 20 \
  "$ROW and e1_0.state='RETIRED' order by e1_0.serial,e1_0.patrimonial_code $PAGE"
query "Equipment, state ASSIGNED by custodian" 20 \
  "$ROW and e1_0.state='ASSIGNED' order by e1_0.custodian_username,e1_0.patrimonial_code $PAGE"
query "Equipment, state IN_STOCK by warranty" 20 \
  "$ROW and e1_0.state='IN_STOCK' order by e1_0.warranty_until,e1_0.patrimonial_code $PAGE"
query "Equipment, state RETIRED + code prefix" "$(matches "$CODE_F")" \
  "$ROW and e1_0.state='RETIRED' $CODE_F $BY_CODE $PAGE"
query "Equipment, state ASSIGNED + custodian prefix" "$(matches "$CUST_F")" \
  "$ROW $CUST_F and e1_0.state='ASSIGNED' $BY_CODE $PAGE"
query "Equipment count (capped), no filter" 1001 \
  "select e1_0.patrimonial_code from equipment e1_0 where $INST fetch first 1001 rows only"
query "Equipment count (capped), state RETIRED" "$(matches "and e1_0.state='RETIRED'")" \
  "select e1_0.patrimonial_code from equipment e1_0 where $INST and e1_0.state='RETIRED' fetch first 1001 rows only"
query "Equipment count (capped), custodian prefix" "$(matches "$CUST_F")" \
  "select e1_0.patrimonial_code from equipment e1_0 where $INST $CUST_F fetch first 1001 rows only"
query "Mis equipos (usr0042)" 100 \
  "$ROW and e1_0.custodian_username='usr0042' $BY_CODE fetch first 100 rows only"
query "Custody history of one piece" 200 "select c1_0.id,c1_0.case_id,c1_0.changed_at,c1_0.changed_by,\
c1_0.equipment_id,c1_0.from_name,c1_0.from_username,c1_0.state,c1_0.to_name,c1_0.to_unit_code,c1_0.to_username \
from equipment_custody c1_0 where c1_0.equipment_id=42424 order by c1_0.changed_at desc,c1_0.id desc \
fetch first 200 rows only"
query "Holdings: equipment held (returnEquipmentToStock)" \
  "$(matches "and e1_0.custodian_username='usr0042' and e1_0.state='ASSIGNED'")" "select e1_0.id from equipment e1_0 \
where $INST and e1_0.custodian_username='usr0042' and e1_0.state='ASSIGNED' order by e1_0.patrimonial_code \
for no key update"
query "Holdings: active seats (holdings)" "(select count(*) from license_seat where active_holder = 'usr0042')" \
  "select l1_0.id,l1_0.pool_id,p1_0.code from license_seat l1_0 join license_pool p1_0 on p1_0.id=l1_0.pool_id \
where l1_0.active_holder='usr0042' and p1_0.institution_code='AGETIC' order by l1_0.assigned_at"
query "assignSeat: the platform, then its pools locked" "(select count(*) from license_pool
  where system_id = (select id from it_system where code = 'PLAT07'))" "select l1_0.id,l1_0.seats_total,\
l1_0.seats_used from license_pool l1_0 where l1_0.system_id=(select s1_0.id from it_system s1_0 where \
s1_0.institution_code='AGETIC' and s1_0.code='PLAT07') order by l1_0.id for no key update"
query "Pools, by code, page 1" 20 "select p1_0.id,p1_0.code,p1_0.product,p1_0.seats_total,p1_0.seats_used,\
p1_0.expires_on,s1_0.code from license_pool p1_0 left join it_system s1_0 on s1_0.id=p1_0.system_id \
where p1_0.institution_code='AGETIC' order by p1_0.code $PAGE"
query "Pools, by expiry" 20 "select p1_0.id,p1_0.code,p1_0.expires_on,s1_0.code from license_pool p1_0 left join \
it_system s1_0 on s1_0.id=p1_0.system_id where p1_0.institution_code='AGETIC' \
order by p1_0.expires_on,p1_0.code $PAGE"
query "Seats of one pool" 20 "select l1_0.id,l1_0.holder_username,l1_0.assigned_at from license_seat l1_0 where \
l1_0.pool_id=3000042 and l1_0.active_holder is not null order by l1_0.assigned_at,l1_0.id $PAGE"
query "Expiry sweep: warranties in the window" \
  "$(matches "and e1_0.warranty_until>='$TODAY' and e1_0.warranty_until<='$UNTIL'")" "select e1_0.id,\
e1_0.warranty_until from equipment e1_0 where $INST and e1_0.warranty_until>='$TODAY' \
and e1_0.warranty_until<='$UNTIL' and e1_0.state<>'RETIRED' order by e1_0.warranty_until,e1_0.id"
query "Expiry sweep: pools in the window" \
  "(select count(*) from license_pool where institution_code = 'AGETIC' and expires_on >= '$TODAY'
    and expires_on <= '$UNTIL')" "select l1_0.id,l1_0.expires_on from license_pool l1_0 \
where l1_0.institution_code='AGETIC' and l1_0.expires_on>='$TODAY' and l1_0.expires_on<='$UNTIL' \
order by l1_0.expires_on,l1_0.id"

SCANNED=(equipment equipment_custody license_seat)
run_round "Generated data"

write_report "bench/results/inventory-$(date -u +%F).md" "Inventory benchmark" \
  "bench/inventory-benchmark.sh --equipment $EQUIPMENT --pools $POOLS" "Data: $DATA_FACTS"
finish inventory
