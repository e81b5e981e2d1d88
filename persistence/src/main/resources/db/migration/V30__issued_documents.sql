-- The PDF of each document a case issued, sealed by SIGTI when issued: every copy is this file, byte for byte, so
-- the seal of the institution verifies on all of them. One per case and kind (the number is on the case too).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 13+.
CREATE TABLE issued_document (
    id          BIGINT       NOT NULL PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    kind_code   VARCHAR(60)  NOT NULL,
    number      VARCHAR(60)  NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    issued_by   VARCHAR(100) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_issued_document_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT uq_issued_document UNIQUE (case_id, kind_code)
);
