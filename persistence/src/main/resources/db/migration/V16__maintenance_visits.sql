-- Equipment maintenance and the data-center visitor log (procedures.md C7 SEPREM-DI-006.1, E9 S04.03.01.03,
-- S3 rows 8, 26, 27). Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- One maintenance case on one piece of equipment: CORRECTIVE (filed by a requester) or PREVENTIVE (opened by the
-- annual plan, plan_year set). The unique key makes the plan open exactly one preventive case per equipment and year
-- however often it runs (NULL plan years, the correctives, never collide). started_at/finished_at bound the time the
-- equipment spent IN_MAINTENANCE.
CREATE TABLE maintenance_job (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    equipment_id  BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    plan_year     INTEGER,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_maintenance_job_case UNIQUE (case_id),
    CONSTRAINT uk_maintenance_job_plan UNIQUE (equipment_id, plan_year),
    CONSTRAINT fk_maintenance_job_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_maintenance_job_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT ck_maintenance_job_kind CHECK (kind IN ('CORRECTIVE', 'PREVENTIVE')),
    CONSTRAINT ck_maintenance_job_plan CHECK ((kind = 'PREVENTIVE') = (plan_year IS NOT NULL)),
    CONSTRAINT ck_maintenance_job_times CHECK (finished_at IS NULL OR (started_at IS NOT NULL
        AND finished_at >= started_at))
);
CREATE INDEX ix_maintenance_job_equipment ON maintenance_job (equipment_id, id);

-- The Bitácora de control de accesos físico al centro de datos (Formato N°1 of S04.03.01.03): one row per visit,
-- written by the case's moves. Authorization comes before entry, entry before exit; the CHECKs are the last line.
CREATE TABLE data_center_visit (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    host_username  VARCHAR(100)  NOT NULL,
    purpose        VARCHAR(200)  NOT NULL,
    authorized_by  VARCHAR(100)  NOT NULL,
    authorized_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    visitor_name   VARCHAR(200),
    id_document    VARCHAR(40),
    escort         VARCHAR(200),
    entered_at     TIMESTAMP WITH TIME ZONE,
    exited_at      TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_data_center_visit_case UNIQUE (case_id),
    CONSTRAINT fk_data_center_visit_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_data_center_visit_entry CHECK (entered_at IS NULL OR (entered_at >= authorized_at
        AND visitor_name IS NOT NULL AND id_document IS NOT NULL AND escort IS NOT NULL)),
    CONSTRAINT ck_data_center_visit_exit CHECK (exited_at IS NULL OR (entered_at IS NOT NULL
        AND exited_at >= entered_at))
);
-- the bitácora lists newest authorization first
CREATE INDEX ix_data_center_visit_authorized ON data_center_visit (authorized_at, id);
