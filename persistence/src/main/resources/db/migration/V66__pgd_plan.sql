-- The Plan de Gobierno Digital of MINDEF (issue 17, item 2; S04.01.00.01 Formulación del PGD, manual 6.1.1): the plan
-- with its period (at least three years), the work schedule, the risk matrix per stage, the strategic approach and
-- objectives, the status of the current portfolio reported by each OGTIE coordinator, the CGD's approvals in session,
-- and the portfolio of projects, versioned (version 1 at formulation; each yearly update copies it into the next
-- version and the old one stays readable). Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- One plan per formulation case.
CREATE TABLE pgd_plan (
    id                BIGINT         NOT NULL PRIMARY KEY,
    case_id           BIGINT         NOT NULL,
    institution_code  VARCHAR(20)    NOT NULL,
    start_year        INTEGER        NOT NULL,
    end_year          INTEGER        NOT NULL,
    pesem             VARCHAR(4000),
    pei_objectives    VARCHAR(4000),
    policies          VARCHAR(4000),
    situation         VARCHAR(4000),
    objectives        VARCHAR(4000),
    introduction      VARCHAR(4000),
    rm_number         VARCHAR(100),
    published_at      VARCHAR(300),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_pgd_plan_case UNIQUE (case_id),
    CONSTRAINT fk_pgd_plan_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_pgd_plan_period CHECK (end_year - start_year >= 2)
);
CREATE INDEX ix_pgd_plan_institution ON pgd_plan (institution_code, start_year);

-- The portfolio's versions: number 1 at formulation, the next one copied from the last.
CREATE TABLE pgd_portfolio (
    id                BIGINT         NOT NULL PRIMARY KEY,
    plan_id           BIGINT         NOT NULL,
    version_number    INTEGER        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_session  VARCHAR(100),
    approved_agreement VARCHAR(2000),
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_pgd_portfolio_number UNIQUE (plan_id, version_number),
    CONSTRAINT fk_pgd_portfolio_plan FOREIGN KEY (plan_id) REFERENCES pgd_plan (id)
);

-- The projects of a portfolio version, with their ficha de proyecto and, from step 16, their priority.
CREATE TABLE pgd_project (
    id                BIGINT         NOT NULL PRIMARY KEY,
    portfolio_id      BIGINT         NOT NULL,
    code              VARCHAR(40)    NOT NULL,
    name              VARCHAR(300)   NOT NULL,
    team              VARCHAR(40)    NOT NULL,
    objective         VARCHAR(2000),
    pei_objective     VARCHAR(300),
    budget            NUMERIC(16, 2),
    duration_months   INTEGER,
    indicators        VARCHAR(2000),
    carried_over      BOOLEAN        NOT NULL,
    priority          INTEGER,
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_pgd_project_code UNIQUE (portfolio_id, code),
    CONSTRAINT fk_pgd_project_portfolio FOREIGN KEY (portfolio_id) REFERENCES pgd_portfolio (id)
);

-- The work schedule: phases and activities with their start and duration (step 2).
CREATE TABLE pgd_activity (
    id                BIGINT         NOT NULL PRIMARY KEY,
    plan_id           BIGINT         NOT NULL,
    seq               INTEGER        NOT NULL,
    phase             VARCHAR(200)   NOT NULL,
    name              VARCHAR(300)   NOT NULL,
    starts_on         DATE           NOT NULL,
    duration_days     INTEGER        NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_pgd_activity_plan FOREIGN KEY (plan_id) REFERENCES pgd_plan (id)
);
CREATE INDEX ix_pgd_activity_plan ON pgd_activity (plan_id, seq);

-- The risk matrix: a risk per stage of the formulation with its treatment action (step 5).
CREATE TABLE pgd_risk (
    id                BIGINT         NOT NULL PRIMARY KEY,
    plan_id           BIGINT         NOT NULL,
    seq               INTEGER        NOT NULL,
    stage             VARCHAR(200)   NOT NULL,
    description       VARCHAR(1000)  NOT NULL,
    treatment         VARCHAR(1000)  NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_pgd_risk_plan FOREIGN KEY (plan_id) REFERENCES pgd_plan (id)
);
CREATE INDEX ix_pgd_risk_plan ON pgd_risk (plan_id, seq);

-- The current portfolio's status as each coordinator reports it (step 9), and the Jefe(a)'s decision (step 11).
CREATE TABLE pgd_status (
    id                BIGINT         NOT NULL PRIMARY KEY,
    plan_id           BIGINT         NOT NULL,
    team              VARCHAR(40)    NOT NULL,
    project           VARCHAR(300)   NOT NULL,
    status            VARCHAR(1000)  NOT NULL,
    decision          VARCHAR(20),
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_pgd_status_plan FOREIGN KEY (plan_id) REFERENCES pgd_plan (id),
    CONSTRAINT ck_pgd_status_decision CHECK (decision IS NULL OR decision IN ('CONTINUA', 'REEMPLAZADO',
        'DESESTIMADO'))
);
CREATE INDEX ix_pgd_status_plan ON pgd_status (plan_id, team);

-- What the CGD approved in session (steps 4, 17, 20): the session's number and the agreement, by the member in person.
CREATE TABLE pgd_approval (
    id                BIGINT         NOT NULL PRIMARY KEY,
    plan_id           BIGINT         NOT NULL,
    subject           VARCHAR(200)   NOT NULL,
    session_number    VARCHAR(100)   NOT NULL,
    agreement         VARCHAR(2000)  NOT NULL,
    member_username   VARCHAR(100)   NOT NULL,
    approved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_pgd_approval_plan FOREIGN KEY (plan_id) REFERENCES pgd_plan (id)
);
CREATE INDEX ix_pgd_approval_plan ON pgd_approval (plan_id, approved_at);

-- The units that issue or receive the PGD's documents outside the OGTIE: the Comité de Gobierno Digital (its actas),
-- the Secretaría General (the oficio to the PCM) and the Despacho Ministerial (the Resolución Ministerial).
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 661, 'MINDEF', 'CGD', 'Comité de Gobierno Digital', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = 'MINDEF' AND u.code = 'CGD');
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 662, 'MINDEF', 'SG', 'Secretaría General', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = 'MINDEF' AND u.code = 'SG');
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 663, 'MINDEF', 'DM', 'Despacho Ministerial', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = 'MINDEF' AND u.code = 'DM');

-- The Especialista de gobierno digital of the OGTIE (told at step 1, drafts the informe de sustento and the proyecto de
-- RM at step 21): a performer, so a Técnico (§S1), in a queue of their own as the SGSI specialist's (V48).
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 664, 'MINDEF', 'GD', 'Especialista de gobierno digital', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = 'MINDEF' AND u.code = 'GD');

INSERT INTO work_queue (institution_code, code, name, unit_code, version)
VALUES ('MINDEF', 'GD', 'OGTIE - Especialista de gobierno digital', 'GD', 0);
