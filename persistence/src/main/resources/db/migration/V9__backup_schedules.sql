-- Backup schedules, the tasks their timers create and the copies registered (procedures.md A1, C10, C11, E12, E14,
-- S2 entity 18, S3). A schedule is the calendar of step 1 of SEPREM-DI-008.2/008.3 and of the Cronograma anual
-- (SGSI-FOR-026) of S04.03.02.01/S04.03.03.01: what is copied, how often, by whom, where to. Each firing of its
-- persistent EJB timer creates one backup_task, unique per schedule and planned time, which opens a case of the
-- schedule's procedure. Copies are registered by the task's case (by hand or by SIGTI's own pg_dump).

CREATE TABLE backup_schedule (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    target_kind         VARCHAR(20)   NOT NULL,
    target_name         VARCHAR(200)  NOT NULL,
    system_id           BIGINT,
    procedure_code      VARCHAR(40)   NOT NULL,
    frequency           VARCHAR(20)   NOT NULL,
    calendar_expression VARCHAR(200)  NOT NULL,
    time_zone           VARCHAR(60)   NOT NULL,
    unit_code           VARCHAR(20)   NOT NULL,
    responsible_tecnico VARCHAR(100)  NOT NULL,
    owner_username      VARCHAR(100)  NOT NULL,
    locations           VARCHAR(200)  NOT NULL,
    overdue_hours       INTEGER       NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_backup_schedule_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT ck_backup_schedule_target CHECK (target_kind IN ('DATABASE', 'SOURCE_CODE', 'FILES', 'SYSTEM',
        'INFRASTRUCTURE', 'NETWORK_DEVICE', 'PHONE_EXCHANGE')),
    CONSTRAINT ck_backup_schedule_frequency CHECK (frequency IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY',
        'SEMIANNUAL', 'ANNUAL', 'CUSTOM')),
    CONSTRAINT ck_backup_schedule_overdue CHECK (overdue_hours > 0)
);
CREATE INDEX ix_backup_schedule_enabled ON backup_schedule (enabled, id);

CREATE TABLE backup_task (
    id            BIGINT        NOT NULL PRIMARY KEY,
    schedule_id   BIGINT        NOT NULL,
    planned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    catch_up      BOOLEAN       NOT NULL,
    case_id       BIGINT,
    escalated_at  TIMESTAMP WITH TIME ZONE,
    completed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_backup_task_planned UNIQUE (schedule_id, planned_at),
    CONSTRAINT fk_backup_task_schedule FOREIGN KEY (schedule_id) REFERENCES backup_schedule (id),
    CONSTRAINT fk_backup_task_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_backup_task_status CHECK (status IN ('OPEN', 'DONE', 'FAILED', 'MISSED'))
);
CREATE INDEX ix_backup_task_planned ON backup_task (planned_at, id);
CREATE INDEX ix_backup_task_case ON backup_task (case_id);
CREATE INDEX ix_backup_task_open ON backup_task (status, planned_at);

CREATE TABLE backup_copy (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    task_id             BIGINT,
    file_name           VARCHAR(300)  NOT NULL,
    taken_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              VARCHAR(64)   NOT NULL,
    locations           VARCHAR(500)  NOT NULL,
    method              VARCHAR(20)   NOT NULL,
    registered_by       VARCHAR(100)  NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    verification        VARCHAR(20)   NOT NULL,
    verified_by         VARCHAR(100),
    verified_at         TIMESTAMP WITH TIME ZONE,
    verification_detail VARCHAR(2000),
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_backup_copy_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_backup_copy_task FOREIGN KEY (task_id) REFERENCES backup_task (id),
    CONSTRAINT ck_backup_copy_size CHECK (size_bytes >= 0),
    CONSTRAINT ck_backup_copy_method CHECK (method IN ('MANUAL', 'PG_DUMP')),
    CONSTRAINT ck_backup_copy_verification CHECK (verification IN ('PENDING', 'VERIFIED', 'FAILED'))
);
CREATE INDEX ix_backup_copy_case ON backup_copy (case_id);
CREATE INDEX ix_backup_copy_taken ON backup_copy (taken_at, id);

-- The queues of the backup procedures (SEPREM's Desarrollo and Infraestructura departments; OGTIE's INFRA team is
-- in V3), bound to the demo installation's infrastructure unit; rebind with UPDATE work_queue.
INSERT INTO work_queue (code, name, unit_code, version) VALUES
    ('DI-DESARROLLO', 'DI - Departamento de Desarrollo (copias de bases de datos)', 'UIT', 0);
-- DI-INFRA (Departamento de Infraestructura Tecnológica, for SEPREM-DI-008.3) comes with V10.
