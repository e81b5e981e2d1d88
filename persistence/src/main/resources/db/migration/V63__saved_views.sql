-- Saved views of the inbox (issue 19, item 3): a person keeps the inbox's filters (scope, text, procedure, priority,
-- order) under a name; a Responsable or the Jefe(a) may share one with their unit (shared_unit_code). One name per
-- owner: saving again under a name replaces its filters. Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE saved_view (
    id               BIGINT       NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)  NOT NULL,
    owner_username   VARCHAR(100) NOT NULL,
    shared_unit_code VARCHAR(20),
    view_name        VARCHAR(80)  NOT NULL,
    scope            VARCHAR(10)  NOT NULL,
    search_text      VARCHAR(100),
    procedure_code   VARCHAR(40),
    priority         VARCHAR(5),
    sort_by          VARCHAR(10)  NOT NULL,
    descending       BOOLEAN      NOT NULL,
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_saved_view_name UNIQUE (owner_username, view_name),
    CONSTRAINT ck_saved_view_scope CHECK (scope IN ('MINE', 'UNIT', 'OFFICE')),
    CONSTRAINT ck_saved_view_sort CHECK (sort_by IN ('AGE', 'PRIORITY', 'NUMBER'))
);
-- the home page lists the views shared with the caller's unit
CREATE INDEX ix_saved_view_shared ON saved_view (institution_code, shared_unit_code, view_name);
