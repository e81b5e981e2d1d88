-- The feature modules' records belong to an institution (issue 13): the catalog of systems, equipment, license
-- pools, accounts and platforms, backup schedules and targets, maintenance plans and knowledge-base articles. Every
-- list, count, search and lookup filters by the caller's institution, so the list indexes lead with it (in the order
-- the lists already had after it). Rows tied to a case take the case's institution; a schedule or a plan takes the
-- institution of the procedure it runs (the rule of V26 for cases); the others take AGETIC, the default institution.
-- Codes and names an institution chooses are unique within it: a "code taken" answer must not reveal another
-- institution's inventory. The systems' codes stay unique in the installation (accounts and privileges refer to them).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- systems: their own institution; AGETIC for what existed
ALTER TABLE it_system ADD COLUMN institution_code VARCHAR(20);
UPDATE it_system SET institution_code = 'AGETIC';
ALTER TABLE it_system ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE it_system ADD CONSTRAINT fk_it_system_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
DROP INDEX ix_it_system_active;
CREATE INDEX ix_it_system_active ON it_system (institution_code, active, code);

-- equipment: the institution of the case that last moved it, else AGETIC
ALTER TABLE equipment ADD COLUMN institution_code VARCHAR(20);
UPDATE equipment SET institution_code = COALESCE(
    (SELECT c.institution_code FROM work_case c WHERE c.id = equipment.last_case_id), 'AGETIC');
ALTER TABLE equipment ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE equipment ADD CONSTRAINT fk_equipment_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
ALTER TABLE equipment DROP CONSTRAINT uk_equipment_code;
ALTER TABLE equipment DROP CONSTRAINT uk_equipment_serial;
-- the code key is also the list's "by code" order (EquipmentRegistry; bench/inventory-benchmark.sh)
ALTER TABLE equipment ADD CONSTRAINT uk_equipment_code UNIQUE (institution_code, patrimonial_code);
ALTER TABLE equipment ADD CONSTRAINT uk_equipment_serial UNIQUE (institution_code, kind, brand, serial);
DROP INDEX ix_equipment_serial;
DROP INDEX ix_equipment_custodian;
DROP INDEX ix_equipment_warranty;
DROP INDEX ix_equipment_state;
DROP INDEX ix_equipment_state_serial;
DROP INDEX ix_equipment_state_custodian;
DROP INDEX ix_equipment_state_warranty;
CREATE INDEX ix_equipment_serial ON equipment (institution_code, serial, patrimonial_code);
CREATE INDEX ix_equipment_custodian ON equipment (institution_code, custodian_username, patrimonial_code);
CREATE INDEX ix_equipment_warranty ON equipment (institution_code, warranty_until, patrimonial_code);
CREATE INDEX ix_equipment_state ON equipment (institution_code, state, patrimonial_code);
CREATE INDEX ix_equipment_state_serial ON equipment (institution_code, state, serial, patrimonial_code);
CREATE INDEX ix_equipment_state_custodian ON equipment (institution_code, state, custodian_username,
    patrimonial_code);
CREATE INDEX ix_equipment_state_warranty ON equipment (institution_code, state, warranty_until, patrimonial_code);

-- license pools: their platform's institution, else AGETIC
ALTER TABLE license_pool ADD COLUMN institution_code VARCHAR(20);
UPDATE license_pool SET institution_code = COALESCE(
    (SELECT s.institution_code FROM it_system s WHERE s.id = license_pool.system_id), 'AGETIC');
ALTER TABLE license_pool ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE license_pool ADD CONSTRAINT fk_license_pool_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
ALTER TABLE license_pool DROP CONSTRAINT uk_license_pool_code;
ALTER TABLE license_pool ADD CONSTRAINT uk_license_pool_code UNIQUE (institution_code, code);
DROP INDEX ix_license_pool_expiry;
DROP INDEX ix_license_pool_product;
CREATE INDEX ix_license_pool_expiry ON license_pool (institution_code, expires_on, code);
CREATE INDEX ix_license_pool_product ON license_pool (institution_code, product, code);

-- accounts: the institution of the case that granted them, else their platform's
ALTER TABLE account ADD COLUMN institution_code VARCHAR(20);
UPDATE account SET institution_code = COALESCE(
    (SELECT c.institution_code FROM work_case c WHERE c.id = account.grant_case_id),
    (SELECT s.institution_code FROM it_system s WHERE s.code = account.platform_code), 'AGETIC');
ALTER TABLE account ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE account ADD CONSTRAINT fk_account_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
DROP INDEX ix_account_status;
CREATE INDEX ix_account_status ON account (institution_code, status, platform_code, id);

-- platforms people get accounts on, and their change log: the platform's system's institution
ALTER TABLE account_platform ADD COLUMN institution_code VARCHAR(20);
UPDATE account_platform SET institution_code = COALESCE(
    (SELECT s.institution_code FROM it_system s WHERE s.code = account_platform.platform_code), 'AGETIC');
ALTER TABLE account_platform ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE account_platform ADD CONSTRAINT fk_account_platform_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
CREATE INDEX ix_account_platform_institution ON account_platform (institution_code, platform_code);

ALTER TABLE platform_change ADD COLUMN institution_code VARCHAR(20);
UPDATE platform_change SET institution_code = COALESCE(
    (SELECT s.institution_code FROM it_system s WHERE s.code = platform_change.platform_code), 'AGETIC');
ALTER TABLE platform_change ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE platform_change ADD CONSTRAINT fk_platform_change_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
DROP INDEX ix_platform_change_platform;
CREATE INDEX ix_platform_change_platform ON platform_change (institution_code, platform_code, id);

-- backup schedules: the institution of the procedure their runs open (as V26 placed cases)
ALTER TABLE backup_schedule ADD COLUMN institution_code VARCHAR(20);
UPDATE backup_schedule SET institution_code = CASE
    WHEN procedure_code LIKE 'S04%' THEN 'MINDEF'
    WHEN procedure_code LIKE 'SEPREM%' THEN 'SEPREM'
    WHEN procedure_code LIKE 'DPG%' THEN 'DP'
    ELSE 'AGETIC' END;
ALTER TABLE backup_schedule ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE backup_schedule ADD CONSTRAINT fk_backup_schedule_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
CREATE INDEX ix_backup_schedule_institution ON backup_schedule (institution_code, name, id);

-- backup targets: the institution of a schedule that copies them, else AGETIC
ALTER TABLE backup_target ADD COLUMN institution_code VARCHAR(20);
UPDATE backup_target SET institution_code = COALESCE(
    (SELECT MIN(s.institution_code) FROM backup_schedule s WHERE s.pg_target_id = backup_target.id), 'AGETIC');
ALTER TABLE backup_target ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE backup_target ADD CONSTRAINT fk_backup_target_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
ALTER TABLE backup_target DROP CONSTRAINT uk_backup_target_name;
ALTER TABLE backup_target ADD CONSTRAINT uk_backup_target_name UNIQUE (institution_code, name);

-- annual maintenance plans: the institution of their procedure
ALTER TABLE maintenance_plan ADD COLUMN institution_code VARCHAR(20);
UPDATE maintenance_plan SET institution_code = CASE
    WHEN procedure_code LIKE 'S04%' THEN 'MINDEF'
    WHEN procedure_code LIKE 'SEPREM%' THEN 'SEPREM'
    WHEN procedure_code LIKE 'DPG%' THEN 'DP'
    ELSE 'AGETIC' END;
ALTER TABLE maintenance_plan ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE maintenance_plan ADD CONSTRAINT fk_maintenance_plan_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
ALTER TABLE maintenance_plan DROP CONSTRAINT uk_maintenance_plan_year;
ALTER TABLE maintenance_plan ADD CONSTRAINT uk_maintenance_plan_year UNIQUE (institution_code, procedure_code,
    plan_year);

-- knowledge-base articles: their owner unit's institution, else AGETIC
ALTER TABLE kb_article ADD COLUMN institution_code VARCHAR(20);
UPDATE kb_article SET institution_code = COALESCE(
    (SELECT u.institution_code FROM org_unit u WHERE u.id = kb_article.owner_unit_id), 'AGETIC');
ALTER TABLE kb_article ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE kb_article ADD CONSTRAINT fk_kb_article_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
ALTER TABLE kb_article DROP CONSTRAINT uk_kb_article_title_key;
ALTER TABLE kb_article ADD CONSTRAINT uk_kb_article_title_key UNIQUE (institution_code, title_key);
DROP INDEX ix_kb_article_updated;
DROP INDEX ix_kb_article_scope_updated;
CREATE INDEX ix_kb_article_updated ON kb_article (institution_code, updated_at, id);
CREATE INDEX ix_kb_article_scope_updated ON kb_article (institution_code, scope, updated_at, id);
