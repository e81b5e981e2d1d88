-- Each change a Jefe makes on "Institución" (letterhead, logo, number format) is a row of institution_change: who,
-- when, what it became. Rows are only inserted, never updated (issue 13; the trail's protection is issue 18's).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.
CREATE TABLE institution_change (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    action           VARCHAR(30)   NOT NULL,
    detail           VARCHAR(2000),
    CONSTRAINT fk_institution_change_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT ck_institution_change_action CHECK (action IN ('LETTERHEAD', 'LOGO_REPLACED', 'LOGO_REMOVED'))
);
CREATE INDEX ix_institution_change_recent ON institution_change (institution_code, occurred_at DESC, id DESC);
