-- Requests no screen can produce are security events (issue 18): a page opened with an id or a filter that is not one
-- (case.xhtml?id=abc answers 404) and a form posted with a view state SIGTI does not know (expired or forged).
-- Portable SQL: H2 2.2 and PostgreSQL 15.
ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind
    CHECK (kind IN ('ACCESS_DENIED', 'ILLEGAL_TRANSITION', 'BACKUP_WAIVED', 'SECRET_READ', 'MALFORMED_REQUEST'));
