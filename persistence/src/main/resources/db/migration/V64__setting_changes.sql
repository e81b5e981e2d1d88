-- The history of settings (issue 19, item 12): who changed which field of which setting (a service-level target, the
-- working hours, a holiday, the time zone, a backup schedule or target, a system, an equipment record), when, from
-- what to what. Written in the transaction of the change itself; read by the Jefe(a) and the Auditor.
-- Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE setting_change (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(100)  NOT NULL,
    object_type      VARCHAR(30)   NOT NULL,
    object_key       VARCHAR(200)  NOT NULL,
    field_name       VARCHAR(60)   NOT NULL,
    old_value        VARCHAR(500),
    new_value        VARCHAR(500)
);
-- the history screen lists an institution's changes newest first, optionally of one kind of setting
CREATE INDEX ix_setting_change_when ON setting_change (institution_code, changed_at, id);
CREATE INDEX ix_setting_change_type ON setting_change (institution_code, object_type, changed_at, id);
