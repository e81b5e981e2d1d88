-- Linked child cases (issue 15, item 2): a step that declares opensCase files a case of another procedure (the help
-- desk's ticket) linked to its own; a later step that declares awaitsCase waits until the linked case gets there.
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- One row per linked case: the parent case and the step whose completion filed it, the declared key ("PASE", "QA"),
-- the child case, and when it was opened and closed (closed_at is set when the child case ends).
CREATE TABLE case_link (
    id               BIGINT       NOT NULL PRIMARY KEY,
    parent_case_id   BIGINT       NOT NULL,
    parent_step      VARCHAR(20)  NOT NULL,
    link_key         VARCHAR(20)  NOT NULL,
    child_case_id    BIGINT       NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_case_link_child UNIQUE (child_case_id),
    CONSTRAINT fk_case_link_parent FOREIGN KEY (parent_case_id) REFERENCES work_case (id),
    CONSTRAINT fk_case_link_child FOREIGN KEY (child_case_id) REFERENCES work_case (id)
);
-- a parent's links by key, newest first (the waits follow the newest)
CREATE INDEX ix_case_link_parent ON case_link (parent_case_id, link_key, id);
