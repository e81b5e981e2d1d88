-- Official documents (issue 13, deliverable 3): notas, oficios, memorándums, informes, actas... drafted in SIGTI,
-- given a visto bueno, signed in order and numbered at the last signature per institution, issuing unit, kind and
-- year in the institution's number_format, then sent to internal units or external recipients. Portable SQL: the
-- same script runs on H2 2.2 and PostgreSQL 13+. Every action leaves a row in official_document_event.

CREATE TABLE official_document (
    id                BIGINT        NOT NULL PRIMARY KEY,
    institution_code  VARCHAR(20)   NOT NULL,
    unit_code         VARCHAR(20)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    state             VARCHAR(12)   NOT NULL,
    -- the case the document is archived with, if any
    case_id           BIGINT,
    author_username   VARCHAR(100)  NOT NULL,
    author_name       VARCHAR(200)  NOT NULL,
    reviewer_username VARCHAR(100),
    addressees        VARCHAR(2000) NOT NULL,
    subject           VARCHAR(300)  NOT NULL,
    doc_reference     VARCHAR(300),
    -- long text as in V24 (mail_outbox.body): a large VARCHAR, the same type on both databases
    body              VARCHAR(100000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    doc_number        VARCHAR(120),
    doc_year          INTEGER       NOT NULL,
    sequence_number   BIGINT,
    signed_at         TIMESTAMP WITH TIME ZONE,
    sent_at           TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_official_document_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_official_document_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_official_document_state CHECK (state IN ('DRAFT', 'IN_REVIEW', 'OBSERVED', 'SIGNING', 'SIGNED',
        'SENT')),
    CONSTRAINT ck_official_document_number CHECK (state NOT IN ('SIGNED', 'SENT') OR doc_number IS NOT NULL),
    -- one number per institution, unit, kind, year and sequence: a second one would be a counter fault
    CONSTRAINT uk_official_document_number UNIQUE (institution_code, unit_code, kind, doc_year, sequence_number)
);
-- the "Documentos" list: an institution's documents, newest first, filtered by kind, unit, year or state
CREATE INDEX ix_official_document_list ON official_document (institution_code, created_at, id);
CREATE INDEX ix_official_document_year ON official_document (institution_code, doc_year, created_at);
CREATE INDEX ix_official_document_case ON official_document (case_id);

CREATE TABLE official_document_signer (
    document_id BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    username    VARCHAR(100) NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    -- "como": the capacity the signer signs in, e.g. Jefe de la OGTIE
    capacity    VARCHAR(200) NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_official_document_signer PRIMARY KEY (document_id, position),
    CONSTRAINT fk_official_document_signer FOREIGN KEY (document_id) REFERENCES official_document (id)
);
CREATE INDEX ix_official_document_signer_user ON official_document_signer (username, document_id);

CREATE TABLE official_document_recipient (
    document_id     BIGINT       NOT NULL,
    position        INTEGER      NOT NULL,
    -- an internal unit of the institution, or NULL for an external recipient known by name
    unit_code       VARCHAR(20),
    name            VARCHAR(200) NOT NULL,
    -- the external registry's number, e.g. a SISTRADOC expediente
    external_number VARCHAR(60),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_official_document_recipient PRIMARY KEY (document_id, position),
    CONSTRAINT fk_official_document_recipient FOREIGN KEY (document_id) REFERENCES official_document (id)
);
CREATE INDEX ix_official_document_recipient_unit ON official_document_recipient (unit_code, document_id);

CREATE TABLE official_document_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    document_id BIGINT       NOT NULL,
    acted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username    VARCHAR(100) NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500),
    CONSTRAINT fk_official_document_event FOREIGN KEY (document_id) REFERENCES official_document (id)
);
CREATE INDEX ix_official_document_event ON official_document_event (document_id, acted_at);

-- One counter per institution, issuing unit, kind and year; OfficialNumbers locks the row (SELECT ... FOR UPDATE)
-- and increments it in the signing transaction, as DocumentNumbers does with document_counter (V6).
CREATE TABLE official_counter (
    institution_code VARCHAR(20) NOT NULL,
    unit_code        VARCHAR(20) NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    doc_year         INTEGER     NOT NULL,
    last_number      BIGINT      NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_official_counter PRIMARY KEY (institution_code, unit_code, kind, doc_year),
    CONSTRAINT fk_official_counter_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT ck_official_counter_year CHECK (doc_year BETWEEN 1000 AND 9999),
    CONSTRAINT ck_official_counter_last CHECK (last_number >= 0)
);
