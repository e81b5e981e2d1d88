-- Cases from e-mail (issue 16): every mail SIGTI read from a configured mailbox, once, with what it did with it. The
-- unique (mailbox, message_id) is what drops a duplicate: a mail delivered twice, or read again after a crash
-- between the commit and the mailbox's \Seen flag, is written once and acted on once. Portable SQL: H2 2.2 and
-- PostgreSQL 15.
CREATE TABLE intake_message (
    id          BIGINT       NOT NULL PRIMARY KEY,
    mailbox     VARCHAR(40)  NOT NULL,
    -- the Message-ID header as sent, or "sha256:" and the hash of the raw mail when it has none
    message_id  VARCHAR(998) NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sender      VARCHAR(320),
    subject     VARCHAR(500),
    -- OPENED a case; ADDED to the case its subject names; IGNORED an auto-reply, a loop or a mail of SIGTI's own;
    -- REFUSED too large (the sender was told) or unreadable
    outcome     VARCHAR(10)  NOT NULL,
    case_id     BIGINT,
    detail      VARCHAR(500),
    CONSTRAINT uq_intake_message UNIQUE (mailbox, message_id),
    CONSTRAINT fk_intake_message_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_intake_message_outcome CHECK (outcome IN ('OPENED', 'ADDED', 'IGNORED', 'REFUSED'))
);
CREATE INDEX ix_intake_message_case ON intake_message (case_id);
