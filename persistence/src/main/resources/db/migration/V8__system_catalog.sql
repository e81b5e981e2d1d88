-- The catalog of the institution's systems and platforms (procedures.md A1 "Systems in scope", S2 entities 6 and
-- 12): what preventive maintenance, backups, accounts and licenses refer to. Rows are the institution's own; the
-- run command's demo data adds the systems of the Defensoría's manual (DPG/ESIN-PRO-5) and common platforms.

CREATE TABLE it_system (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(30)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    criticality     VARCHAR(10)   NOT NULL,
    owner_unit_code VARCHAR(20),
    description     VARCHAR(1000),
    active          BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_it_system_code UNIQUE (code),
    CONSTRAINT ck_it_system_kind CHECK (kind IN ('SUBSTANTIVE', 'SUPPORT', 'WEBSITE', 'PLATFORM', 'INFRASTRUCTURE')),
    CONSTRAINT ck_it_system_criticality CHECK (criticality IN ('HIGH', 'MEDIUM', 'LOW'))
);
CREATE INDEX ix_it_system_active ON it_system (active, code);
