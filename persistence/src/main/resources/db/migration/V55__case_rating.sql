-- Satisfaction at closing (issue 19, item 6): the requester's one rating of a closed case, 1 to 5 with an optional
-- comment. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- One row per rated case (the unique key makes "once" hold even for two posts at the same moment). closed_month is
-- the month the case closed, in the installation's time zone (YYYY-MM), and unit_code the unit that closed it, both
-- fixed when rated: the indicators group by them without computing dates in SQL.
CREATE TABLE case_rating (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    institution_code  VARCHAR(20)   NOT NULL,
    procedure_code    VARCHAR(40)   NOT NULL,
    unit_code         VARCHAR(20),
    closed_month      VARCHAR(7)    NOT NULL,
    score             INTEGER       NOT NULL,
    rating_comment    VARCHAR(1000),
    rated_by          VARCHAR(100)  NOT NULL,
    rated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_case_rating_case UNIQUE (case_id),
    CONSTRAINT fk_case_rating_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_case_rating_score CHECK (score BETWEEN 1 AND 5)
);
-- the indicators: an institution's ratings of a range of periods, grouped by period, unit and procedure
CREATE INDEX ix_case_rating_figures ON case_rating (institution_code, closed_month, unit_code, procedure_code, score);
