-- The change history of the systems of the catalog (issue 14, DP's rule d) "Control de cambios"): every change that
-- reaches production through a procedure is a row of system_change: what changed, its version (a tag or commit of
-- the system's repository), who approved it and when, the case it came from, the rollback plan, and the backup copy
-- taken before it (backup_copy) or the Responsable's waiver of that copy (change_backup_waiver). Rows are only
-- inserted. A waiver is also a security event of kind BACKUP_WAIVED. Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE change_backup_waiver (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    case_id          BIGINT        NOT NULL,
    system_id        BIGINT        NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    waived_by        VARCHAR(100)  NOT NULL,
    waived_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_change_waiver_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_change_waiver_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_change_waiver_system FOREIGN KEY (system_id) REFERENCES it_system (id)
);
-- the waiver of a case for a system, newest first
CREATE INDEX ix_change_waiver_case ON change_backup_waiver (case_id, system_id, waived_at DESC);

CREATE TABLE system_change (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    system_id        BIGINT        NOT NULL,
    case_id          BIGINT        NOT NULL,
    case_number      VARCHAR(30)   NOT NULL,
    procedure_code   VARCHAR(40)   NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    version_ref      VARCHAR(200)  NOT NULL,
    rollback_plan    VARCHAR(4000) NOT NULL,
    approved_by      VARCHAR(100)  NOT NULL,
    approved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    backup_copy_id   BIGINT,
    waiver_id        BIGINT,
    CONSTRAINT fk_system_change_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_system_change_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT fk_system_change_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_system_change_copy FOREIGN KEY (backup_copy_id) REFERENCES backup_copy (id),
    CONSTRAINT fk_system_change_waiver FOREIGN KEY (waiver_id) REFERENCES change_backup_waiver (id),
    -- the copy taken before the change, or the waiver: never neither
    CONSTRAINT ck_system_change_backup CHECK (backup_copy_id IS NOT NULL OR waiver_id IS NOT NULL)
);
-- "Cambios": the institution's go-lives in a range (calendar) or of a year (list), and one system's
CREATE INDEX ix_system_change_time ON system_change (institution_code, approved_at DESC, id DESC);
CREATE INDEX ix_system_change_system ON system_change (system_id, approved_at DESC);

ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind
    CHECK (kind IN ('ACCESS_DENIED', 'ILLEGAL_TRANSITION', 'BACKUP_WAIVED'));
