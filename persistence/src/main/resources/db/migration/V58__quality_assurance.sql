-- Quality assurance of MINDEF's software lifecycle (issue 15, item 3; S04.02.00.01 steps 18-25, S04.02.00.02 steps
-- 10-17): the QA record of a case, the Matriz de diseño de casos de prueba with its results per test cycle, and the
-- Informe de defectos. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- One QA record per case: its analyst (who alone edits), the test window of the QA calendar, the numbers the
-- procedure's manual gives the two formats (printed on their PDFs) and the current cycle.
CREATE TABLE qa_record (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    institution_code  VARCHAR(20)   NOT NULL,
    analyst           VARCHAR(100)  NOT NULL,
    interfaces_count  INTEGER,
    window_days       INTEGER,
    starts_on         DATE,
    due_on            DATE,
    matrix_format     VARCHAR(10),
    defects_format    VARCHAR(10),
    test_cycle        INTEGER       NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_qa_record_case UNIQUE (case_id),
    CONSTRAINT fk_qa_record_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_qa_record_cycle CHECK (test_cycle >= 1)
);

-- The rows of the matrix, numbered per record (CP-01, CP-02...).
CREATE TABLE qa_test_case (
    id                BIGINT         NOT NULL PRIMARY KEY,
    record_id         BIGINT         NOT NULL,
    seq               INTEGER        NOT NULL,
    functionality     VARCHAR(200)   NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    preconditions     VARCHAR(2000),
    test_steps        VARCHAR(2000)  NOT NULL,
    expected_result   VARCHAR(2000)  NOT NULL,
    priority          VARCHAR(10)    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_qa_test_case_seq UNIQUE (record_id, seq),
    CONSTRAINT fk_qa_test_case_record FOREIGN KEY (record_id) REFERENCES qa_record (id),
    CONSTRAINT ck_qa_test_case_priority CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW'))
);

-- The result of a test case in a cycle: one per case and cycle.
CREATE TABLE qa_test_run (
    id                BIGINT         NOT NULL PRIMARY KEY,
    test_case_id      BIGINT         NOT NULL,
    test_cycle        INTEGER        NOT NULL,
    obtained_result   VARCHAR(2000)  NOT NULL,
    verdict           VARCHAR(10)    NOT NULL,
    recorded_by       VARCHAR(100)   NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_qa_test_run UNIQUE (test_case_id, test_cycle),
    CONSTRAINT fk_qa_test_run_case FOREIGN KEY (test_case_id) REFERENCES qa_test_case (id),
    CONSTRAINT ck_qa_test_run_verdict CHECK (verdict IN ('PASS', 'FAIL'))
);

-- The defects of the Informe de defectos, numbered per record (DEF-01...), each found in a cycle.
CREATE TABLE qa_defect (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    record_id           BIGINT         NOT NULL,
    seq                 INTEGER        NOT NULL,
    test_cycle          INTEGER        NOT NULL,
    test_case_id        BIGINT,
    severity            VARCHAR(10)    NOT NULL,
    description         VARCHAR(2000)  NOT NULL,
    steps_to_reproduce  VARCHAR(2000)  NOT NULL,
    status              VARCHAR(10)    NOT NULL,
    reported_by         VARCHAR(100)   NOT NULL,
    reported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT uk_qa_defect_seq UNIQUE (record_id, seq),
    CONSTRAINT fk_qa_defect_record FOREIGN KEY (record_id) REFERENCES qa_record (id),
    CONSTRAINT fk_qa_defect_case FOREIGN KEY (test_case_id) REFERENCES qa_test_case (id),
    CONSTRAINT ck_qa_defect_severity CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_qa_defect_status CHECK (status IN ('OPEN', 'FIXED', 'VERIFIED'))
);
-- the "no defects" check and the report: a record's defects by status and cycle
CREATE INDEX ix_qa_defect_record ON qa_defect (record_id, status, test_cycle);
