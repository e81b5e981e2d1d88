-- The yearly follow-up of the Plan de Gobierno Digital (issue 17, item 3; S04.01.00.02 Seguimiento de la
-- implementación del PGD, manual 6.1.2): one follow-up per plan and year (opened by the clock or filed by the
-- Jefe(a)), the progress each OGTIE coordinator reports per project of the portfolio version followed, the
-- Informe de seguimiento's content and number, the CGD's taking note in session and, when the portfolio is
-- modified, the version it produced. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

CREATE TABLE pgd_followup (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    plan_id             BIGINT         NOT NULL,
    case_id             BIGINT         NOT NULL,
    follow_year         INTEGER        NOT NULL,
    portfolio_id        BIGINT         NOT NULL,
    new_portfolio_id    BIGINT,
    recommendations     VARCHAR(4000),
    difficulties        VARCHAR(4000),
    achievements        VARCHAR(4000),
    commitments         VARCHAR(4000),
    report_document_id  BIGINT,
    report_number       VARCHAR(200),
    noted_session       VARCHAR(100),
    noted_agreement     VARCHAR(2000),
    portfolio_modified  BOOLEAN,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT uk_pgd_followup_case UNIQUE (case_id),
    CONSTRAINT uk_pgd_followup_year UNIQUE (plan_id, follow_year),
    CONSTRAINT fk_pgd_followup_plan FOREIGN KEY (plan_id) REFERENCES pgd_plan (id),
    CONSTRAINT fk_pgd_followup_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_pgd_followup_portfolio FOREIGN KEY (portfolio_id) REFERENCES pgd_portfolio (id),
    CONSTRAINT fk_pgd_followup_new_portfolio FOREIGN KEY (new_portfolio_id) REFERENCES pgd_portfolio (id)
);

-- A coordinator's progress report on one project of the version followed (step 2).
CREATE TABLE pgd_progress (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    followup_id         BIGINT         NOT NULL,
    team                VARCHAR(40)    NOT NULL,
    project_code        VARCHAR(40)    NOT NULL,
    project_name        VARCHAR(300)   NOT NULL,
    percent_done        INTEGER        NOT NULL,
    achievements        VARCHAR(2000)  NOT NULL,
    difficulties        VARCHAR(2000)  NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT uk_pgd_progress_project UNIQUE (followup_id, project_code),
    CONSTRAINT fk_pgd_progress_followup FOREIGN KEY (followup_id) REFERENCES pgd_followup (id),
    CONSTRAINT ck_pgd_progress_percent CHECK (percent_done BETWEEN 0 AND 100)
);
