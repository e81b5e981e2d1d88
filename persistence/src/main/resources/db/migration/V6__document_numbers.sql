-- Document numbers: one counter per document type and year (R1-2026-000012, CIE-2026-000003, BOL-2026-000040).
-- DocumentNumbers locks the row (SELECT ... FOR UPDATE) and increments it in the caller's transaction, so numbers
-- are consecutive and gap-free; a missing row is inserted at 0 first. doc_type holds the DocumentType name
-- (SUPPORT_FORM, CLOSING_RECORD, SERVICE_SLIP); the column is doc_year because YEAR is a keyword of H2.

CREATE TABLE document_counter (
    doc_type    VARCHAR(20) NOT NULL,
    doc_year    INTEGER     NOT NULL,
    last_number BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_document_counter PRIMARY KEY (doc_type, doc_year),
    CONSTRAINT ck_document_counter_year CHECK (doc_year BETWEEN 1000 AND 9999),
    CONSTRAINT ck_document_counter_last CHECK (last_number >= 0)
);
