-- The register of the SGSI documents and records of MINDEF's OGTIE teams (S04.01.00.03, procedures.md E3): each
-- document with its code (SGSI-FOR-026, unique per institution), title, the version in force, its state and the team
-- that owns it; every file version ever uploaded is kept; the entries a case of the procedure reviews and the
-- observations the Especialista returned to the owner are kept beside the case.
CREATE TABLE sgsi_document (
    id                BIGINT        NOT NULL PRIMARY KEY,
    institution_code  VARCHAR(20)   NOT NULL,
    code              VARCHAR(30)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    version_label     VARCHAR(20)   NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    team_code         VARCHAR(20)   NOT NULL,
    memorandum        VARCHAR(120),
    registered_by     VARCHAR(100)  NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_sgsi_document_code UNIQUE (institution_code, code),
    CONSTRAINT ck_sgsi_document_state CHECK (state IN ('VIGENTE', 'EN_REVISION', 'OBSOLETO'))
);
-- the register's filters: by team and state, listed by code
CREATE INDEX ix_sgsi_document_team ON sgsi_document (institution_code, team_code, state, code);

CREATE TABLE sgsi_document_version (
    id                BIGINT        NOT NULL PRIMARY KEY,
    document_id       BIGINT        NOT NULL,
    version_label     VARCHAR(20)   NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    content_type      VARCHAR(100)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    content           BYTEA         NOT NULL,
    case_id           BIGINT,
    uploaded_by       VARCHAR(100)  NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    memorandum        VARCHAR(120),
    approved_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_sgsi_document_version UNIQUE (document_id, version_label),
    CONSTRAINT fk_sgsi_version_document FOREIGN KEY (document_id) REFERENCES sgsi_document (id),
    CONSTRAINT fk_sgsi_version_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_sgsi_version_document ON sgsi_document_version (document_id, uploaded_at);

-- the register entries a case of S04.01.00.03 sends for review (step 1), one row each
CREATE TABLE sgsi_review_item (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    document_id       BIGINT        NOT NULL,
    CONSTRAINT uk_sgsi_review_item UNIQUE (case_id, document_id),
    CONSTRAINT fk_sgsi_review_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_sgsi_review_document FOREIGN KEY (document_id) REFERENCES sgsi_document (id)
);

-- what the Especialista observed (steps 2 and 5) and agreed (step 3), never changed afterwards
CREATE TABLE sgsi_review_note (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    step_code         VARCHAR(20)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    note_text         VARCHAR(4000) NOT NULL,
    written_by        VARCHAR(100)  NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_sgsi_note_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_sgsi_note_case ON sgsi_review_note (case_id, id);
