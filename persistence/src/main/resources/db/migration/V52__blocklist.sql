-- S04.04.00.02 (spam and phishing): the blocklist, one line per institution and blocked value (a sender account, a
-- domain, a public IP address, a URL), written by the case that blocked it first (steps 6, 9, 18). A value blocked
-- again by another case is counted on its line (times_reported_again, last_case_id), never written twice: the unique
-- key is what keeps it so. Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE blocklist_entry (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    institution_code     VARCHAR(20)   NOT NULL,
    kind                 VARCHAR(10)   NOT NULL,
    entry_value          VARCHAR(500)  NOT NULL,
    case_id              BIGINT        NOT NULL,
    blocked_by           VARCHAR(100)  NOT NULL,
    blocked_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    times_reported_again INTEGER       NOT NULL,
    last_case_id         BIGINT,
    last_reported_at     TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_blocklist_entry UNIQUE (institution_code, kind, entry_value),
    CONSTRAINT fk_blocklist_entry_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_blocklist_entry_last_case FOREIGN KEY (last_case_id) REFERENCES work_case (id),
    CONSTRAINT ck_blocklist_entry_kind CHECK (kind IN ('SENDER', 'DOMAIN', 'IP', 'URL')),
    CONSTRAINT ck_blocklist_entry_again CHECK (times_reported_again >= 0)
);
-- the register lists an institution's lines newest first
CREATE INDEX ix_blocklist_entry_blocked ON blocklist_entry (institution_code, blocked_at, id);
CREATE INDEX ix_blocklist_entry_case ON blocklist_entry (case_id);

-- the alert mails of S04.04.00.02 (steps 4 and 11) go from the alert address (alerta@...), not SIGTI's own: the
-- outbox keeps the sender a mail asks for (NULL: the mail session's configured From)
ALTER TABLE mail_outbox ADD COLUMN sender_address VARCHAR(254);
