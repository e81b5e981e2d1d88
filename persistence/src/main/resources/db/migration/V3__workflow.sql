-- The workflow kernel: cases, the work items that wait in inboxes, the hash-chained audit trail of every
-- transition, the values steps record, attachments, the queues the manuals name and the case numbering.
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 13+.

-- The first placeholder table of the platform issue; cases replace it.
DROP TABLE service_request;

-- A queue the manuals name (UIT, UPAT, the help desk of the OGTIE...) and the unit whose staff serve it. An
-- institution binds each queue to one of its units (Keycloak groups under /Unidades).
CREATE TABLE work_queue (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    unit_code  VARCHAR(20)  NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE work_case (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_number          VARCHAR(30)   NOT NULL,
    procedure_code       VARCHAR(40)   NOT NULL,
    origin_procedure     VARCHAR(40)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000),
    request_type         VARCHAR(40),
    channel              VARCHAR(20)   NOT NULL,
    requester_username   VARCHAR(100)  NOT NULL,
    requester_name       VARCHAR(200)  NOT NULL,
    requester_unit_code  VARCHAR(20),
    contact_email        VARCHAR(254),
    contact_phone        VARCHAR(40),
    status               VARCHAR(20)   NOT NULL,
    impact               VARCHAR(10),
    urgency              VARCHAR(10),
    priority             VARCHAR(5),
    opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    outcome              VARCHAR(40),
    response_due         TIMESTAMP WITH TIME ZONE,
    resolution_due       TIMESTAMP WITH TIME ZONE,
    responded_at         TIMESTAMP WITH TIME ZONE,
    paused_since         TIMESTAMP WITH TIME ZONE,
    response_breached    BOOLEAN       NOT NULL,
    resolution_breached  BOOLEAN       NOT NULL,
    audit_count          INTEGER       NOT NULL,
    audit_head           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_work_case_number UNIQUE (case_number),
    CONSTRAINT ck_work_case_status CHECK (status IN ('OPEN', 'CLOSED'))
);
-- "Mis solicitudes": a requester's cases, newest first
CREATE INDEX ix_work_case_requester ON work_case (requester_username, opened_at, id);
-- breach sweeps look only at open cases with a clock
CREATE INDEX ix_work_case_open_due ON work_case (status, resolution_due);

-- One step of a case that waits for someone: the inbox row. Case number, title, priority and procedure are
-- copied from the case so that an inbox page reads this table alone, through one index.
CREATE TABLE work_item (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    procedure_code     VARCHAR(40)   NOT NULL,
    step_code          VARCHAR(20)   NOT NULL,
    role_name          VARCHAR(20)   NOT NULL,
    queue_code         VARCHAR(20),
    unit_code          VARCHAR(20),
    assignee_username  VARCHAR(100),
    status             VARCHAR(12)   NOT NULL,
    case_number        VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    search_text        VARCHAR(500)  NOT NULL,
    priority           VARCHAR(5),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    completed_by       VARCHAR(100),
    outcome            VARCHAR(40),
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_work_item_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_work_item_status CHECK (status IN ('OPEN', 'DONE', 'CANCELLED'))
);
-- a unit's queue for one role, oldest first; and what waits for one person
CREATE INDEX ix_work_item_queue ON work_item (status, unit_code, role_name, created_at, id);
CREATE INDEX ix_work_item_assignee ON work_item (status, assignee_username, created_at, id);
CREATE INDEX ix_work_item_role ON work_item (status, role_name, created_at, id);
CREATE INDEX ix_work_item_case ON work_item (case_id, status);

-- The audit trail: one row per transition, append-only, hash-chained per case (hash = SHA-256 of the previous
-- hash and this row's fields); the case keeps the count and the last hash, so a deleted row is detected too.
CREATE TABLE case_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    seq             INTEGER       NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_username  VARCHAR(100)  NOT NULL,
    actor_roles     VARCHAR(200)  NOT NULL,
    actor_unit      VARCHAR(20),
    action          VARCHAR(20)   NOT NULL,
    procedure_code  VARCHAR(40)   NOT NULL,
    from_step       VARCHAR(20),
    to_steps        VARCHAR(100),
    outcome         VARCHAR(40),
    comment_text    VARCHAR(4000),
    documents       VARCHAR(1000),
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT uk_case_event_seq UNIQUE (case_id, seq)
);

-- What a step recorded (time estimate, diagnosis, solution, classification...), by name.
CREATE TABLE case_field (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    name        VARCHAR(40)   NOT NULL,
    value_text  VARCHAR(4000) NOT NULL,
    step_code   VARCHAR(20)   NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_case_field_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT uk_case_field UNIQUE (case_id, name)
);

CREATE TABLE case_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       BYTEA         NOT NULL,
    step_code     VARCHAR(20),
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_case_attachment_case ON case_attachment (case_id);

-- Gap-free numbers per series and year (case numbers SOL-2026-000123).
CREATE TABLE number_counter (
    series       VARCHAR(20) NOT NULL,
    year_number  INTEGER     NOT NULL,
    last_number  BIGINT      NOT NULL,
    CONSTRAINT pk_number_counter PRIMARY KEY (series, year_number)
);

-- The queues of the support procedures and their default units; rebind with UPDATE work_queue.
INSERT INTO work_queue (code, name, unit_code, version) VALUES
    ('AIT', 'Área de Implementación Tecnológica (soporte al usuario)', 'AIT', 0),
    ('UIT', 'Unidad de Infraestructura Tecnológica', 'UIT', 0),
    ('UPAT', 'Unidad de Producción y Actualización Tecnológica', 'UPAT', 0),
    ('ACGII', 'Área Centro de Gestión de Incidentes Informáticos', 'ACGII', 0),
    ('ADT', 'Área de Diseño Tecnológico', 'ADT', 0),
    ('MESA', 'OGTIE - Mesa de ayuda', 'AIT', 0),
    ('SOPORTE', 'OGTIE - Soporte técnico', 'SOP', 0),
    ('INFRA', 'OGTIE - Equipo de infraestructura tecnológica', 'UIT', 0),
    ('INNOV', 'OGTIE - Equipo de innovación tecnológica', 'UPAT', 0),
    ('CIBER', 'OGTIE - Equipo de ciberseguridad', 'ACGII', 0),
    ('ESTAD', 'OGTIE - Equipo de estadística', 'ADT', 0),
    ('JEFATURA', 'Jefatura de la oficina de TI', 'DTI', 0),
    ('DI-ASIST', 'DI - Asistencia administrativa', 'AIT', 0),
    ('DI-SOPORTE', 'DI - Técnicos de soporte', 'SOP', 0);

-- Illegal moves (an undeclared transition, a step already done) are security events of their own kind.
ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind CHECK (kind IN ('ACCESS_DENIED', 'ILLEGAL_TRANSITION'));
