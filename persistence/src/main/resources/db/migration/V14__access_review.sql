-- Semiannual access review (issue 6 item 7; procedures.md E8 steps 11-17 and S3 row 22, "2 veces al año"): each
-- semester SIGTI opens, once per unit and semester, a review case for the Responsable of every unit whose people hold
-- ACTIVE accounts. The Responsable confirms or revokes each account; every revocation opens an S04.03.01.02 removal
-- case for the person. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- When semesters begin (month-day list, e.g. '01-01,07-01'); one row, changed by the Jefe.
CREATE TABLE access_review_calendar (
    id               INT          NOT NULL PRIMARY KEY,
    semester_starts  VARCHAR(40)  NOT NULL,
    version          BIGINT       NOT NULL
);
INSERT INTO access_review_calendar (id, semester_starts, version) VALUES (1, '01-01,07-01', 0);

-- One review per (unit, semester): the UNIQUE constraint is what makes "exactly once" hold across timers, restarts
-- and the Jefe's "Generar revisión ahora".
CREATE TABLE access_review (
    id            BIGINT        NOT NULL PRIMARY KEY,
    unit_code     VARCHAR(20)   NOT NULL,
    semester      VARCHAR(7)    NOT NULL,
    case_id       BIGINT        NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_by  VARCHAR(100),
    completed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_access_review_unit_semester UNIQUE (unit_code, semester),
    CONSTRAINT fk_access_review_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_access_review_status CHECK (status IN ('OPEN', 'DONE'))
);
CREATE INDEX ix_access_review_case ON access_review (case_id);

-- The Responsable's decision on each account (editable while the review is open); a revocation names the removal
-- case it opened when the review was completed.
CREATE TABLE access_review_decision (
    id               BIGINT         NOT NULL PRIMARY KEY,
    review_id        BIGINT         NOT NULL,
    account_id       BIGINT         NOT NULL,
    person_username  VARCHAR(100)   NOT NULL,
    decision         VARCHAR(10)    NOT NULL,
    reason           VARCHAR(1000),
    decided_by       VARCHAR(100)   NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    removal_case_id  BIGINT,
    version          BIGINT         NOT NULL,
    CONSTRAINT uk_access_review_decision UNIQUE (review_id, account_id),
    CONSTRAINT fk_access_review_decision_review FOREIGN KEY (review_id) REFERENCES access_review (id),
    CONSTRAINT fk_access_review_decision_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_access_review_decision_case FOREIGN KEY (removal_case_id) REFERENCES work_case (id),
    CONSTRAINT ck_access_review_decision CHECK (decision IN ('CONFIRM', 'REVOKE')),
    CONSTRAINT ck_access_review_reason CHECK (decision = 'CONFIRM' OR reason IS NOT NULL)
);
CREATE INDEX ix_access_review_decision_person ON access_review_decision (review_id, person_username);
