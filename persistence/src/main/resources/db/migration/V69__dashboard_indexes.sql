-- The dashboard's aggregates (issue 17, item 6): every figure is a GROUP BY in the database, served by these indexes
-- (bench/dashboard-benchmark.sh shows the plans at 1,000,000 cases). Portable SQL: H2 2.2 and PostgreSQL 15.

-- an institution's cases opened in a period, with everything the figures read: grouped per procedure or priority
-- from the index alone (an index-only scan on PostgreSQL)
CREATE INDEX ix_work_case_dashboard ON work_case (institution_code, opened_at, procedure_code, priority, status,
    response_breached, resolution_breached, resolution_due);
-- the units that worked on a case (its staff's inbox items): the per-unit figures and the unit filter
CREATE INDEX ix_work_item_case_unit ON work_item (case_id, unit_code, role_name);
-- the access reviews opened in a period
CREATE INDEX ix_access_review_opened ON access_review (opened_at, unit_code, semester, status);
