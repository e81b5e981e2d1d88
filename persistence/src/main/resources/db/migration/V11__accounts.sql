-- Accounts, accesses and privileges of people on the institution's platforms (procedures.md C1, E7, E8, S2 entity
-- 21). A platform is a row of it_system (AD, ZIMBRA, VPN, STH...); account_platform marks those people get
-- accounts on. Privileges are named per platform; the
-- "privilegios no comunes" (E7: social networks, USB, peripherals, remote work VPN) need the Secretario General's
-- signed authorization. Whether an account on a platform takes a license seat is the inventory's answer (the platform
-- has a license pool, V10). Every change of an account is a row of account_event (history, never updated).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

CREATE TABLE account_platform (
    platform_code VARCHAR(30)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_account_platform_system FOREIGN KEY (platform_code) REFERENCES it_system (code)
);

CREATE TABLE platform_privilege (
    platform_code VARCHAR(30)  NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    uncommon      BOOLEAN      NOT NULL,
    CONSTRAINT pk_platform_privilege PRIMARY KEY (platform_code, code),
    CONSTRAINT fk_platform_privilege_system FOREIGN KEY (platform_code) REFERENCES it_system (code)
);

-- live_name is the account name while the account is not CLOSED (NULL once closed), so a closed name may be given
-- again and two open accounts never share a name on one platform.
CREATE TABLE account (
    id                BIGINT        NOT NULL PRIMARY KEY,
    platform_code     VARCHAR(30)   NOT NULL,
    account_name      VARCHAR(100)  NOT NULL,
    live_name         VARCHAR(100),
    person_username   VARCHAR(100)  NOT NULL,
    person_name       VARCHAR(200)  NOT NULL,
    person_unit_code  VARCHAR(20),
    status            VARCHAR(10)   NOT NULL,
    granted_by        VARCHAR(100)  NOT NULL,
    granted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    grant_case_id     BIGINT,
    closed_by         VARCHAR(100),
    closed_at         TIMESTAMP WITH TIME ZONE,
    close_case_id     BIGINT,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_account_live_name UNIQUE (platform_code, live_name),
    CONSTRAINT fk_account_platform FOREIGN KEY (platform_code) REFERENCES it_system (code),
    CONSTRAINT fk_account_grant_case FOREIGN KEY (grant_case_id) REFERENCES work_case (id),
    CONSTRAINT fk_account_close_case FOREIGN KEY (close_case_id) REFERENCES work_case (id),
    CONSTRAINT ck_account_status CHECK (status IN ('ACTIVE', 'DISABLED', 'CLOSED')),
    CONSTRAINT ck_account_live CHECK ((status = 'CLOSED' AND live_name IS NULL)
        OR (status <> 'CLOSED' AND live_name = account_name))
);
CREATE INDEX ix_account_person ON account (person_username, status);
CREATE INDEX ix_account_status ON account (status, platform_code, id);

CREATE TABLE account_privilege (
    account_id     BIGINT       NOT NULL,
    privilege_code VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_account_privilege PRIMARY KEY (account_id, privilege_code),
    CONSTRAINT fk_account_privilege_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE account_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    case_id     BIGINT,
    detail      VARCHAR(1000),
    CONSTRAINT fk_account_event_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_account_event_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_account_event_action CHECK (action IN ('GRANTED', 'PRIVILEGES', 'DISABLED', 'CLOSED'))
);
CREATE INDEX ix_account_event_account ON account_event (account_id, id);

-- SEPREM-DI-001.1's Jefe and Técnicos de Infraestructura work in queue DI-INFRA (added by V10).
