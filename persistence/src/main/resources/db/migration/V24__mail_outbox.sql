-- The mail outbox: every mail SIGTI owes (the requester's case mails, the backup escalations) is written here in the
-- transaction of the move that owes it, so a rolled-back move leaves no row and nothing is ever sent from it. A worker
-- sends the rows after the commit (org.sigti.mail.MailSender), claiming each with a conditional UPDATE so that two
-- workers or two servers sharing the database never send one row twice; a failure is retried with a growing delay
-- (30 s, 1, 2, 4, 8 min, then every 15 min) and after 12 attempts the row is FAILED until the Jefe retries it on
-- "Correos salientes". Portable SQL: the same script runs on H2 2.2 and PostgreSQL 13+.
--
-- Life cycle: PENDING (due at next_attempt_at) -> SENDING (claimed; attempts counts the attempts started) -> SENT,
-- or back to PENDING with last_error and a later next_attempt_at, or FAILED. A SENDING row whose worker died
-- (last_attempt_at too old) goes back to PENDING: delivery is at least once after a crash.

CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- what the mail is about: the case number (then also its X-SIGTI-Case header, with case_id) or the module
    -- ('backup') for a mail about no case
    source          VARCHAR(40)   NOT NULL,
    case_id         BIGINT,
    -- the template the text was rendered from (org/sigti/workflow/mail.properties, org/sigti/backup/mail.properties)
    template        VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    recipient_name  VARCHAR(200),
    subject         VARCHAR(500)  NOT NULL,
    -- long text as in V4 (kb_article.search_terms): a large VARCHAR, the same type on both databases
    body            VARCHAR(100000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error_kind VARCHAR(20),
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP WITH TIME ZONE,
    -- the Jefe's last "Enviar ahora" / "Reintentar" on the row: who and when
    retried_by      VARCHAR(100),
    retried_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_mail_outbox_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_mail_outbox_due CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL),
    CONSTRAINT ck_mail_outbox_error_kind CHECK (last_error_kind IN ('CONNECTION', 'TIMEOUT', 'AUTHENTICATION',
        'REJECTED', 'INTERRUPTED', 'OTHER'))
);
-- the worker's question, "the due pending mails, oldest first": the range status = 'PENDING' AND next_attempt_at
-- <= now, read in index order (also the stale SENDING rows by last_attempt_at are few: the status range only)
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at, id);
-- the Jefe's page: one status (or the unsent ones), newest first
CREATE INDEX ix_mail_outbox_status_created ON mail_outbox (status, created_at, id);
CREATE INDEX ix_mail_outbox_case ON mail_outbox (case_id);
