-- Long actions run in the background (issue 19, item 11): the audit trail's check today. One row per run: who started
-- it and for which institution, what it is, how far it got (done of total), and how it ended, with its result for the
-- page that shows it. Leaving the page does not stop the run; the page finds it again.
-- Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE background_task (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    started_by       VARCHAR(100)  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    done_count       BIGINT        NOT NULL,
    total_count      BIGINT        NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    result           VARCHAR(200000),
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_background_task_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'))
);
-- a page reads the newest run of its kind of the person, or of the institution
CREATE INDEX ix_background_task_kind ON background_task (institution_code, kind, started_by, id);
