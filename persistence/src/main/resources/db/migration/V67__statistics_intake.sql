-- Data intake of the Sector Defensa's statistics (issue 17, item 4; S04.05.00.01 steps 8, 9-12, 13 and 15), replacing
-- SIESDEF for SIGTI's purposes: the statistics team's table templates (columns, types, code lists, total rule), the
-- Sector's entities with their representatives (titular and alterno), the submission schedule per entity, table and
-- period, and the statistics store: every upload (accepted or refused, with its rejected rows) and the cells of the
-- accepted ones, versioned per period. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- A code list of the templates (grados, departamentos...): its codes are what a CODE column accepts.
CREATE TABLE stat_code_list (
    id                BIGINT        NOT NULL PRIMARY KEY,
    institution_code  VARCHAR(20)   NOT NULL,
    code              VARCHAR(30)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_stat_code_list UNIQUE (institution_code, code)
);

CREATE TABLE stat_code (
    id         BIGINT        NOT NULL PRIMARY KEY,
    list_id    BIGINT        NOT NULL,
    code       VARCHAR(30)   NOT NULL,
    label      VARCHAR(200)  NOT NULL,
    CONSTRAINT uk_stat_code UNIQUE (list_id, code),
    CONSTRAINT fk_stat_code_list FOREIGN KEY (list_id) REFERENCES stat_code_list (id)
);

-- A statistical table as the statistics team defines it; its columns in file order.
CREATE TABLE stat_template (
    id                BIGINT        NOT NULL PRIMARY KEY,
    institution_code  VARCHAR(20)   NOT NULL,
    code              VARCHAR(30)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    total_rule        VARCHAR(20)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_stat_template UNIQUE (institution_code, code),
    CONSTRAINT ck_stat_template_total CHECK (total_rule IN ('NONE', 'TOTAL_COLUMN', 'TOTAL_ROW', 'BOTH'))
);

CREATE TABLE stat_column (
    id            BIGINT        NOT NULL PRIMARY KEY,
    template_id   BIGINT        NOT NULL,
    seq           INTEGER       NOT NULL,
    name          VARCHAR(60)   NOT NULL,
    column_type   VARCHAR(10)   NOT NULL,
    code_list_id  BIGINT,
    required      BOOLEAN       NOT NULL,
    CONSTRAINT uk_stat_column UNIQUE (template_id, seq),
    CONSTRAINT fk_stat_column_template FOREIGN KEY (template_id) REFERENCES stat_template (id),
    CONSTRAINT fk_stat_column_list FOREIGN KEY (code_list_id) REFERENCES stat_code_list (id),
    CONSTRAINT ck_stat_column_type CHECK (column_type IN ('TEXT', 'INTEGER', 'DECIMAL', 'CODE'))
);

-- An entity of the Sector Defensa (órgano ejecutor, organismo público, empresa) and its statistical representatives
-- (step 8's directory): SIGTI users with the external role Representante, plus the addresses reminders go to.
CREATE TABLE stat_entity (
    id                BIGINT        NOT NULL PRIMARY KEY,
    institution_code  VARCHAR(20)   NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    titular_user      VARCHAR(100),
    titular_email     VARCHAR(200),
    alterno_user      VARCHAR(100),
    alterno_email     VARCHAR(200),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_stat_entity UNIQUE (institution_code, code)
);
CREATE INDEX ix_stat_entity_titular ON stat_entity (titular_user);
CREATE INDEX ix_stat_entity_alterno ON stat_entity (alterno_user);

-- The Cronograma de envío (steps 9-12): a table an entity owes for a period, by a date. The follow-up board reads its
-- state from here: the accepted version, the last upload's outcome, the reminders sent.
CREATE TABLE stat_due (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    entity_id           BIGINT        NOT NULL,
    template_id         BIGINT        NOT NULL,
    period              VARCHAR(20)   NOT NULL,
    due_on              DATE          NOT NULL,
    accepted_version    INTEGER,
    last_outcome        VARCHAR(10),
    last_upload_at      TIMESTAMP WITH TIME ZONE,
    attempts            INTEGER       NOT NULL,
    reminded_before_on  DATE,
    reminded_after_on   DATE,
    scheduled_by        VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_stat_due UNIQUE (entity_id, template_id, period),
    CONSTRAINT fk_stat_due_entity FOREIGN KEY (entity_id) REFERENCES stat_entity (id),
    CONSTRAINT fk_stat_due_template FOREIGN KEY (template_id) REFERENCES stat_template (id),
    CONSTRAINT ck_stat_due_outcome CHECK (last_outcome IS NULL OR last_outcome IN ('ACCEPTED', 'REJECTED'))
);
-- the board: by due date, filtered by state; the reminder sweep: the dues not accepted around today
CREATE INDEX ix_stat_due_board ON stat_due (due_on, accepted_version, last_outcome);

-- One upload of a due: accepted (a new version of the period's data) or refused (its rejected rows, no data).
CREATE TABLE stat_submission (
    id             BIGINT        NOT NULL PRIMARY KEY,
    due_id         BIGINT        NOT NULL,
    attempt        INTEGER       NOT NULL,
    data_version   INTEGER,
    outcome        VARCHAR(10)   NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    row_count      INTEGER       NOT NULL,
    rejected_rows  INTEGER       NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_stat_submission UNIQUE (due_id, attempt),
    CONSTRAINT fk_stat_submission_due FOREIGN KEY (due_id) REFERENCES stat_due (id),
    CONSTRAINT ck_stat_submission_outcome CHECK (outcome IN ('ACCEPTED', 'REJECTED'))
);

-- The rejected rows of a refused upload: row of the file (0: the file or its header), column, reason (bundle key and
-- its arguments separated by U+001F).
CREATE TABLE stat_rejection (
    id             BIGINT         NOT NULL PRIMARY KEY,
    submission_id  BIGINT         NOT NULL,
    seq            INTEGER        NOT NULL,
    row_no         INTEGER        NOT NULL,
    column_name    VARCHAR(60),
    reason_key     VARCHAR(80)    NOT NULL,
    arguments      VARCHAR(1000),
    CONSTRAINT uk_stat_rejection UNIQUE (submission_id, seq),
    CONSTRAINT fk_stat_rejection_submission FOREIGN KEY (submission_id) REFERENCES stat_submission (id)
);

-- The statistics store: the cells of an accepted upload, as text and, for numeric columns, as a number.
CREATE TABLE stat_cell (
    id             BIGINT          NOT NULL PRIMARY KEY,
    submission_id  BIGINT          NOT NULL,
    row_no         INTEGER         NOT NULL,
    column_seq     INTEGER         NOT NULL,
    text_value     VARCHAR(500),
    number_value   NUMERIC(20, 4),
    CONSTRAINT uk_stat_cell UNIQUE (submission_id, row_no, column_seq),
    CONSTRAINT fk_stat_cell_submission FOREIGN KEY (submission_id) REFERENCES stat_submission (id)
);

-- Seed: the code list of the military personnel's categories, a first template, and four entities of the Sector
-- (representante.fap is the Fuerza Aérea's titular; the others await the directory of step 8).
INSERT INTO stat_code_list (id, institution_code, code, name, version)
VALUES (1, 'MINDEF', 'CATEGORIA', 'Categoría del personal militar', 0);
INSERT INTO stat_code (id, list_id, code, label) VALUES (1, 1, 'OFI', 'Oficiales');
INSERT INTO stat_code (id, list_id, code, label) VALUES (2, 1, 'TCO', 'Técnicos y suboficiales');
INSERT INTO stat_code (id, list_id, code, label) VALUES (3, 1, 'TRO', 'Tropa');

INSERT INTO stat_template (id, institution_code, code, name, total_rule, created_by, created_at, version)
VALUES (1, 'MINDEF', 'PER-01', 'Personal militar en actividad por categoría y sexo', 'BOTH', 'responsable.estad',
        TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00:00', 0);
INSERT INTO stat_column (id, template_id, seq, name, column_type, code_list_id, required)
VALUES (1, 1, 1, 'categoria', 'CODE', 1, TRUE);
INSERT INTO stat_column (id, template_id, seq, name, column_type, code_list_id, required)
VALUES (2, 1, 2, 'observacion', 'TEXT', NULL, FALSE);
INSERT INTO stat_column (id, template_id, seq, name, column_type, code_list_id, required)
VALUES (3, 1, 3, 'hombres', 'INTEGER', NULL, TRUE);
INSERT INTO stat_column (id, template_id, seq, name, column_type, code_list_id, required)
VALUES (4, 1, 4, 'mujeres', 'INTEGER', NULL, TRUE);
INSERT INTO stat_column (id, template_id, seq, name, column_type, code_list_id, required)
VALUES (5, 1, 5, 'total', 'INTEGER', NULL, TRUE);

INSERT INTO stat_entity (id, institution_code, code, name, titular_user, titular_email, alterno_user, alterno_email,
                         version)
VALUES (1, 'MINDEF', 'EP', 'Ejército del Perú', NULL, NULL, NULL, NULL, 0);
INSERT INTO stat_entity (id, institution_code, code, name, titular_user, titular_email, alterno_user, alterno_email,
                         version)
VALUES (2, 'MINDEF', 'MGP', 'Marina de Guerra del Perú', NULL, NULL, NULL, NULL, 0);
INSERT INTO stat_entity (id, institution_code, code, name, titular_user, titular_email, alterno_user, alterno_email,
                         version)
VALUES (3, 'MINDEF', 'FAP', 'Fuerza Aérea del Perú', 'representante.fap', 'representante.fap@sigti.example',
        'alterno.fap', 'alterno.fap@sigti.example', 0);
INSERT INTO stat_entity (id, institution_code, code, name, titular_user, titular_email, alterno_user, alterno_email,
                         version)
VALUES (4, 'MINDEF', 'CCFFAA', 'Comando Conjunto de las Fuerzas Armadas', NULL, NULL, NULL, NULL, 0);
