-- The register DGP/ESIN-R-6 read at a million rows (bench/register-benchmark.sh). MaintenanceRegister pages the
-- caller's institution newest request first (requested_at DESC, id DESC), under any combination of three filters:
-- system (equality), year of the request (a requested_at range) and maintenance type (equality); its count reads ids
-- and stops at 1001 (EquipmentRegistry.COUNT_CAP + 1). A page is an index scan that stops after its rows only when an
-- index holds the filter's equality columns right after institution_code and then requested_at DESC, id DESC: the
-- year is a range on requested_at, so it needs no index of its own. V36's ix_maintenance_record_date serves no
-- filter and the year alone; the three indexes below serve the others. Each ends with id, so the capped count is an
-- index-only scan as well. Portable SQL: H2 2.2 and PostgreSQL 15.

-- system, and system + year: V36's index had no id, so a page sorted again by id (an Incremental Sort) and the
-- capped count read the table; with id the index gives the page's whole order and holds the count's column
DROP INDEX ix_maintenance_record_system;
CREATE INDEX ix_maintenance_record_system
    ON maintenance_record (institution_code, system_id, requested_at DESC, id DESC);
-- type, and type + year: without it a type filter walks the date index and drops the other types, ten rows read for
-- each preventive one (the rarest type) and a deep page reads thousands
CREATE INDEX ix_maintenance_record_type
    ON maintenance_record (institution_code, maintenance_type, requested_at DESC, id DESC);
-- system + type, and all three: neither index above holds both equalities; through the system's index a page would
-- read the system's other types too (for the busiest system, ten times the rows of its preventive maintenance)
CREATE INDEX ix_maintenance_record_system_type
    ON maintenance_record (institution_code, system_id, maintenance_type, requested_at DESC, id DESC);
