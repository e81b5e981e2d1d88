-- Keycloak's failed logins, lockouts and admin actions, read from its admin API and kept as SIGTI security events
-- (issue 18): Keycloak keeps its events only for the realm's retention, and the Auditor reads them beside SIGTI's own.
-- Portable SQL: H2 2.2 and PostgreSQL 15.
ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind
    CHECK (kind IN ('ACCESS_DENIED', 'ILLEGAL_TRANSITION', 'BACKUP_WAIVED', 'SECRET_READ', 'MALFORMED_REQUEST',
                    'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'IDP_ADMIN_ACTION'));
-- an imported event names Keycloak's event as its object (object_type KEYCLOAK_EVENT, object_id its id): the import
-- looks its events up here before writing, so that none is written twice
CREATE INDEX ix_security_event_object ON security_event (object_type, object_id);
-- the Auditor's list of one kind, newest first
CREATE INDEX ix_security_event_kind ON security_event (kind, occurred_at DESC, id DESC);

-- How far SIGTI has read each of Keycloak's two event lists (login events, admin events): the time in epoch
-- milliseconds of the newest event imported. The import locks its row while it writes, so that two nodes (or the
-- timer and the Auditor's "Actualizar") take turns and never write one event twice.
CREATE TABLE keycloak_event_cursor (
    feed    VARCHAR(10) NOT NULL PRIMARY KEY,
    read_to BIGINT      NOT NULL,
    CONSTRAINT ck_keycloak_event_cursor_feed CHECK (feed IN ('LOGIN', 'ADMIN'))
);
-- both rows exist from the start: the import never races to create them; 0 reads all that Keycloak still keeps
INSERT INTO keycloak_event_cursor (feed, read_to) VALUES ('LOGIN', 0), ('ADMIN', 0);
