-- Security events: every denied attempt (and later other security-relevant facts), append-only.
-- The application only inserts; in production the database role of SIGTI should have no UPDATE or DELETE on it.

CREATE TABLE security_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username       VARCHAR(100)  NOT NULL,
    roles          VARCHAR(200)  NOT NULL,
    unit_code      VARCHAR(20),
    kind           VARCHAR(20)   NOT NULL,
    action         VARCHAR(300)  NOT NULL,
    object_type    VARCHAR(60),
    object_id      VARCHAR(100),
    source_address VARCHAR(64),
    detail         VARCHAR(1000),
    CONSTRAINT ck_security_event_kind CHECK (kind IN ('ACCESS_DENIED'))
);
-- the auditor's list, newest first, and one person's events
CREATE INDEX ix_security_event_time ON security_event (occurred_at DESC, id DESC);
CREATE INDEX ix_security_event_user ON security_event (username, occurred_at DESC);
