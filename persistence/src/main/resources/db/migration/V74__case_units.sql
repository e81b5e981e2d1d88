-- The units that worked on each case, with the case's figures (issue 17, item 6): the dashboard's per-unit figures and
-- its unit filter read this table alone instead of deriving a case's units from its inbox items and joining the case
-- (1.8-3.9 s at 1,000,000 cases; bench/dashboard-benchmark.sh). Portable SQL: the same script runs on H2 2.2 and
-- PostgreSQL 15.

-- One row per (case, unit): a unit whose staff had an inbox item of the case (the requester's own items aside), so a
-- case moved to another unit has a row for each. org.sigti.dashboard.CaseUnits adds the row when the kernel opens
-- such an item (WorkItemOpened) and copies the case's figures into its rows each time the kernel records a change of
-- the case on its trail (CaseRecorded), in the move's transaction. The institution and the opening instant never
-- change; the procedure (a jump to another), the priority, the status, the breaches and whether the resolution has a
-- due instant (a service level) follow the case.
CREATE TABLE case_unit (
    case_id             BIGINT       NOT NULL,
    unit_code           VARCHAR(20)  NOT NULL,
    institution_code    VARCHAR(20)  NOT NULL,
    opened_hour         TIMESTAMP WITH TIME ZONE NOT NULL,
    procedure_code      VARCHAR(40)  NOT NULL,
    priority            VARCHAR(5),
    status              VARCHAR(12)  NOT NULL,
    response_breached   BOOLEAN      NOT NULL,
    resolution_breached BOOLEAN      NOT NULL,
    resolution_planned  BOOLEAN      NOT NULL,
    CONSTRAINT pk_case_unit PRIMARY KEY (case_id, unit_code),
    -- a copy of the case's: it goes with the case, never keeps a case from being deleted
    CONSTRAINT fk_case_unit_case FOREIGN KEY (case_id) REFERENCES work_case (id) ON DELETE CASCADE
);

-- the pairs of the cases filed so far, from their staff's inbox items, with the cases' figures
INSERT INTO case_unit (case_id, unit_code, institution_code, opened_hour, procedure_code, priority, status,
    response_breached, resolution_breached, resolution_planned)
SELECT p.case_id, p.unit_code, c.institution_code, DATE_TRUNC('hour', c.opened_at), c.procedure_code, c.priority,
    c.status, c.response_breached, c.resolution_breached, CASE WHEN c.resolution_due IS NULL THEN FALSE ELSE TRUE END
FROM (SELECT DISTINCT i.case_id, i.unit_code FROM work_item i
      WHERE i.unit_code IS NOT NULL AND i.role_name <> 'Solicitante') p
JOIN work_case c ON c.id = p.case_id;

-- an institution's pairs of a period with everything the figures read: per unit from the index alone (an index-only
-- scan on PostgreSQL). The opening hour, not the instant: the pairs of one hour, unit and figures are one key, which
-- PostgreSQL's b-tree deduplication stores once with their row pointers, so the index is a third of the table's size
-- and its scan stays cheaper than reading the whole table even for an institution with most of the cases. A
-- dashboard period starts and ends at midnight in the installation's time zone, a whole hour (America/La_Paz,
-- America/Lima, America/Guatemala), so the hour selects exactly the cases opened in it.
CREATE INDEX ix_case_unit_period ON case_unit (institution_code, opened_hour, unit_code, status, response_breached,
    resolution_breached, resolution_planned);
-- one unit's pairs of a period (a Responsable's filter), per procedure, priority or unit from the index alone
CREATE INDEX ix_case_unit_unit ON case_unit (institution_code, unit_code, opened_hour, procedure_code, priority, status,
    response_breached, resolution_breached, resolution_planned);
