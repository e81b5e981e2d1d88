-- Issue 15, items 5 and 6 (MINDEF S04.02.00.01 steps 39, 42, 43; S04.02.00.02 steps 32, 35, 36). Portable SQL: H2 2.2
-- and PostgreSQL 15.
--
-- The Ciberseguridad team's registro interno de publicaciones: a system of the catalog published on the Internet,
-- its private IP (destination), its public IP (source, when there is one), its ports (one row per port or range),
-- the case and ticket, who and when; withdrawn, it stays with the date, who and why. published_address has one row
-- per public IP ever published: a registration write-locks it before checking that no other system has the same
-- public IP and an overlapping port.
CREATE TABLE publication (
    id               BIGINT       NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)  NOT NULL,
    system_id        BIGINT       NOT NULL,
    private_ip       VARCHAR(45)  NOT NULL,
    public_ip        VARCHAR(45),
    ports            VARCHAR(200) NOT NULL,
    case_id          BIGINT,
    case_number      VARCHAR(40),
    ticket_number    VARCHAR(40),
    published_by     VARCHAR(100) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    ended_by         VARCHAR(100),
    end_reason       VARCHAR(500),
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_publication_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_publication_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT fk_publication_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_publication_ended CHECK ((ended_at IS NULL AND ended_by IS NULL)
        OR (ended_at IS NOT NULL AND ended_by IS NOT NULL AND end_reason IS NOT NULL))
);
CREATE INDEX ix_publication_list ON publication (institution_code, published_at);
CREATE INDEX ix_publication_public_ip ON publication (public_ip);

CREATE TABLE publication_port (
    id             BIGINT  NOT NULL PRIMARY KEY,
    publication_id BIGINT  NOT NULL,
    port_from      INTEGER NOT NULL,
    port_to        INTEGER NOT NULL,
    CONSTRAINT fk_publication_port FOREIGN KEY (publication_id) REFERENCES publication (id),
    CONSTRAINT ck_publication_port_range CHECK (port_from >= 1 AND port_to <= 65535 AND port_from <= port_to)
);
CREATE INDEX ix_publication_port ON publication_port (publication_id);

CREATE TABLE published_address (
    public_ip VARCHAR(45) NOT NULL PRIMARY KEY
);

-- The Acta de capacitación (Formato N°17 / N°12): one training session per case and its attendance list.
CREATE TABLE training_record (
    id               BIGINT       NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)  NOT NULL,
    case_id          BIGINT       NOT NULL,
    session_date     DATE         NOT NULL,
    place            VARCHAR(200) NOT NULL,
    topic            VARCHAR(200) NOT NULL,
    system_id        BIGINT,
    trainer          VARCHAR(200) NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_training_record_case UNIQUE (case_id),
    CONSTRAINT fk_training_record_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_training_record_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_training_record_system FOREIGN KEY (system_id) REFERENCES it_system (id)
);

CREATE TABLE training_attendee (
    id        BIGINT       NOT NULL PRIMARY KEY,
    record_id BIGINT       NOT NULL,
    line_no      INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    unit_name    VARCHAR(200) NOT NULL,
    dni_or_email VARCHAR(254) NOT NULL,
    has_signed   BOOLEAN      NOT NULL,
    CONSTRAINT fk_training_attendee_record FOREIGN KEY (record_id) REFERENCES training_record (id)
);
CREATE INDEX ix_training_attendee ON training_attendee (record_id, line_no);

-- The inventory of information systems: the catalog's systems gain their current version and environment, and
-- it_system_release keeps every entry (a system added, a version or environment changed) with its case, who, when.
ALTER TABLE it_system ADD COLUMN current_version VARCHAR(60);
ALTER TABLE it_system ADD COLUMN environment VARCHAR(20);
ALTER TABLE it_system ADD CONSTRAINT ck_it_system_environment
    CHECK (environment IS NULL OR environment IN ('PRODUCTION', 'QUALITY', 'DEVELOPMENT'));

CREATE TABLE it_system_release (
    id             BIGINT       NOT NULL PRIMARY KEY,
    system_id      BIGINT       NOT NULL,
    system_version VARCHAR(60)  NOT NULL,
    environment    VARCHAR(20)  NOT NULL,
    first_entry    BOOLEAN      NOT NULL,
    case_id        BIGINT,
    case_number    VARCHAR(40),
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_it_system_release_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT fk_it_system_release_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_it_system_release_env CHECK (environment IN ('PRODUCTION', 'QUALITY', 'DEVELOPMENT'))
);
CREATE INDEX ix_it_system_release ON it_system_release (system_id, recorded_at);
