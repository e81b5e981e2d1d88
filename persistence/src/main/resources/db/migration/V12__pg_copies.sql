-- Copies SIGTI makes itself of PostgreSQL databases (GitHub issue 5 item 4; procedures.md C10 steps 3 and 7, E12
-- steps 3-5, S2 entity 18): the databases it may copy (backup_target), each run of pg_dump with its progress
-- (pg_copy_run), and the row counts of the key tables read in the dump's own snapshot (pg_copy_count), which the
-- verification compares with a restore into a scratch database. The copy itself is a backup_copy (V9, method
-- PG_DUMP). No password is stored: a target names an environment variable of the server or a pgpass file.

CREATE TABLE backup_target (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(60)   NOT NULL,
    own_database     BOOLEAN       NOT NULL,
    host             VARCHAR(200),
    port             INTEGER,
    database_name    VARCHAR(63),
    user_name        VARCHAR(63),
    password_source  VARCHAR(10)   NOT NULL,
    password_ref     VARCHAR(500),
    scratch_database VARCHAR(63),
    key_tables       VARCHAR(2000),
    locations        VARCHAR(200)  NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_backup_target_name UNIQUE (name),
    CONSTRAINT ck_backup_target_password CHECK (password_source IN ('NONE', 'ENV', 'PGPASS')),
    CONSTRAINT ck_backup_target_port CHECK (port IS NULL OR (port > 0 AND port < 65536)),
    CONSTRAINT ck_backup_target_coordinates CHECK (own_database = TRUE OR (host IS NOT NULL AND port IS NOT NULL
        AND database_name IS NOT NULL AND user_name IS NOT NULL))
);

CREATE TABLE pg_copy_run (
    id               BIGINT        NOT NULL PRIMARY KEY,
    target_id        BIGINT        NOT NULL,
    case_id          BIGINT        NOT NULL,
    task_id          BIGINT,
    status           VARCHAR(10)   NOT NULL,
    started_by       VARCHAR(100)  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    bytes_written    BIGINT        NOT NULL,
    expected_bytes   BIGINT,
    file_name        VARCHAR(300),
    message          VARCHAR(2000),
    copy_id          BIGINT,
    incident_case_id BIGINT,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_pg_copy_run_target FOREIGN KEY (target_id) REFERENCES backup_target (id),
    CONSTRAINT fk_pg_copy_run_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_pg_copy_run_task FOREIGN KEY (task_id) REFERENCES backup_task (id),
    CONSTRAINT fk_pg_copy_run_copy FOREIGN KEY (copy_id) REFERENCES backup_copy (id),
    CONSTRAINT fk_pg_copy_run_incident FOREIGN KEY (incident_case_id) REFERENCES work_case (id),
    CONSTRAINT ck_pg_copy_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_pg_copy_run_bytes CHECK (bytes_written >= 0)
);
CREATE INDEX ix_pg_copy_run_target ON pg_copy_run (target_id, id);
CREATE INDEX ix_pg_copy_run_started ON pg_copy_run (started_at, id);
CREATE INDEX ix_pg_copy_run_copy ON pg_copy_run (copy_id);
CREATE INDEX ix_pg_copy_run_case ON pg_copy_run (case_id);

CREATE TABLE pg_copy_count (
    run_id     BIGINT        NOT NULL,
    table_name VARCHAR(300)  NOT NULL,
    row_count  BIGINT        NOT NULL,
    CONSTRAINT pk_pg_copy_count PRIMARY KEY (run_id, table_name),
    CONSTRAINT fk_pg_copy_count_run FOREIGN KEY (run_id) REFERENCES pg_copy_run (id)
);
