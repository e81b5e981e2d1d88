-- The platforms people get accounts on become administered from /accounts/platforms.xhtml (procedures.md C1, E7):
-- each keeps its own name, the license pool its accounts take a seat from (a pool of the platform's catalog system,
-- or none), the rule for naming accounts, and whether it still takes new accounts. A platform is the account side of a
-- catalog system: its code is the it_system code (V11), so accounts, privileges and seats keep referring to it.
-- Privileges may be retired (active) and are edited with optimistic locking (version). Every change of a platform or
-- of its privileges is a row of platform_change (the trail of the screen, never updated).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

ALTER TABLE account_platform ADD COLUMN name VARCHAR(200);
ALTER TABLE account_platform ADD COLUMN license_pool_id BIGINT;
ALTER TABLE account_platform ADD COLUMN account_rule VARCHAR(1000);
ALTER TABLE account_platform ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE account_platform ADD CONSTRAINT fk_account_platform_pool
    FOREIGN KEY (license_pool_id) REFERENCES license_pool (id);
UPDATE account_platform SET name = (SELECT s.name FROM it_system s WHERE s.code = account_platform.platform_code);

ALTER TABLE platform_privilege ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE platform_privilege ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE platform_change (
    id             BIGINT        NOT NULL PRIMARY KEY,
    platform_code  VARCHAR(30)   NOT NULL,
    privilege_code VARCHAR(40),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    detail         VARCHAR(2000),
    CONSTRAINT ck_platform_change_action CHECK (action IN ('CREATED', 'CHANGED', 'DEACTIVATED', 'ACTIVATED',
        'DELETED', 'PRIVILEGE_ADDED', 'PRIVILEGE_CHANGED', 'PRIVILEGE_DEACTIVATED', 'PRIVILEGE_ACTIVATED'))
);
CREATE INDEX ix_platform_change_platform ON platform_change (platform_code, id);
