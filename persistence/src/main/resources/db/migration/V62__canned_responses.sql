-- Canned responses (issue 19, item 5): texts an institution's IT office keeps ready for a step's comment or its
-- solution, for one of its procedures or for all of them (procedure_code NULL). Retired ones stay, unlisted, so what
-- a comment was built from is never rewritten. Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE canned_response (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    procedure_code   VARCHAR(40),
    title            VARCHAR(120)  NOT NULL,
    body             VARCHAR(3000) NOT NULL,
    active           BOOLEAN       NOT NULL,
    changed_by       VARCHAR(100)  NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
-- a step's picker reads an institution's active texts for its procedure and for all, by title
CREATE INDEX ix_canned_response_pick ON canned_response (institution_code, active, procedure_code, title);
