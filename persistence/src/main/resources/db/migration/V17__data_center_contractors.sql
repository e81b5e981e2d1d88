-- S04.03.01.03, the contractor branches (procedures.md E9 steps 6 to 16): the bitácora (Formato N°1) gets one line
-- per person of a visit (a contractor's ticket names several), the branch the visit came by, the contractor's
-- company and who supervised the work; DIPEC's answers to the contractor's file are kept one row per answer.
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- the case's lookups keep an index once the one-line-per-case key goes
CREATE INDEX ix_data_center_visit_case ON data_center_visit (case_id, id);
ALTER TABLE data_center_visit DROP CONSTRAINT uk_data_center_visit_case;
ALTER TABLE data_center_visit ADD COLUMN branch VARCHAR(20) DEFAULT 'SG_VISIT' NOT NULL;
ALTER TABLE data_center_visit ADD COLUMN company VARCHAR(200);
ALTER TABLE data_center_visit ADD COLUMN supervisor VARCHAR(400);
-- the DNI of a person inside the data center now (set at the entry, cleared at the exit): UNIQUE, so nobody is
-- inside twice at once (NULLs, the people outside, never collide on either database)
ALTER TABLE data_center_visit ADD COLUMN inside_document VARCHAR(40);
ALTER TABLE data_center_visit ADD CONSTRAINT uk_data_center_visit_inside UNIQUE (inside_document);
-- one line per person and case
ALTER TABLE data_center_visit ADD CONSTRAINT uk_data_center_visit_person UNIQUE (case_id, id_document);
ALTER TABLE data_center_visit ADD CONSTRAINT ck_data_center_visit_branch CHECK (branch IN ('SG_VISIT',
    'OGTIE_EQUIPMENT', 'UNIT_EQUIPMENT'));
ALTER TABLE data_center_visit ADD CONSTRAINT ck_data_center_visit_inside CHECK (inside_document IS NULL
    OR (entered_at IS NOT NULL AND exited_at IS NULL AND inside_document = id_document));

-- DIPEC's review of the contractor's file (step 10): each observation sent back to OGTIE, then the approval.
CREATE TABLE data_center_review (
    id            BIGINT         NOT NULL PRIMARY KEY,
    case_id       BIGINT         NOT NULL,
    verdict       VARCHAR(20)    NOT NULL,
    observations  VARCHAR(4000),
    recorded_by   VARCHAR(100)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_data_center_review_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_data_center_review_verdict CHECK (verdict IN ('OBSERVED', 'APPROVED')),
    CONSTRAINT ck_data_center_review_observed CHECK (verdict <> 'OBSERVED' OR observations IS NOT NULL)
);
CREATE INDEX ix_data_center_review_case ON data_center_review (case_id, recorded_at);
