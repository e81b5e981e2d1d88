-- The annual plan and report of S04.03.04.03 (procedures.md E18 steps 1-3 and 14-15, S3 rows 26-27). Portable SQL:
-- the same script runs on H2 2.2 and PostgreSQL 15.

-- One row per procedure and year: the plan drawn up by the infrastructure coordinator (step 1, which opens the
-- year's preventive cases: maintenance_job rows with plan_year), taken note of by the Jefe (2), reviewed by the
-- Responsable de soporte técnico (3); the annual report (Informe técnico de mantenimiento, Formato N°01) written by
-- the latter with the year's figures frozen (14) and received by the coordinator, who updates the inventory (15).
-- Each step once, in this order; the CHECKs are the last line.
CREATE TABLE maintenance_plan (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    procedure_code       VARCHAR(40)  NOT NULL,
    plan_year            INTEGER      NOT NULL,
    drafted_by           VARCHAR(100) NOT NULL,
    drafted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by      VARCHAR(100),
    acknowledged_at      TIMESTAMP WITH TIME ZONE,
    reviewed_by          VARCHAR(100),
    reviewed_at          TIMESTAMP WITH TIME ZONE,
    reported_by          VARCHAR(100),
    reported_at          TIMESTAMP WITH TIME ZONE,
    preventive_planned   INTEGER,
    preventive_closed    INTEGER,
    corrective_opened    INTEGER,
    corrective_closed    INTEGER,
    equipment_served     INTEGER,
    pending              INTEGER,
    received_by          VARCHAR(100),
    received_at          TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_maintenance_plan_year UNIQUE (procedure_code, plan_year),
    CONSTRAINT ck_maintenance_plan_order CHECK ((acknowledged_at IS NULL OR drafted_at IS NOT NULL)
        AND (reviewed_at IS NULL OR acknowledged_at IS NOT NULL)
        AND (reported_at IS NULL OR reviewed_at IS NOT NULL)
        AND (received_at IS NULL OR reported_at IS NOT NULL)),
    CONSTRAINT ck_maintenance_plan_report CHECK ((reported_at IS NULL) = (pending IS NULL))
);

-- The scheduled month of a plan's preventive case (the cronograma); NULL for correctives and SEPREM-DI-006.1's plan.
ALTER TABLE maintenance_job ADD COLUMN plan_month INTEGER;
ALTER TABLE maintenance_job ADD CONSTRAINT ck_maintenance_job_month CHECK (plan_month IS NULL
    OR (plan_month BETWEEN 1 AND 12 AND plan_year IS NOT NULL));
