-- S04.03.01.04 Administración de eventos y log de sistemas (issue 16, procedures.md E10). Step 4 schedules one log
-- backup job per critical system and operating-system log (Seguridad, Aplicación, Sistema) on the backup schedules:
-- a new target kind LOG. The scripts on the servers register each copy through the REST API
-- (POST /api/v1/backup-copies): a new copy method SCRIPT, and the request's Idempotency-Key kept with the copy (a
-- retried POST registers nothing twice: one copy per registrar and key; NULLs, the copies of the screens, repeat).
-- Portable SQL: H2 2.2 and PostgreSQL 15.
ALTER TABLE backup_schedule DROP CONSTRAINT ck_backup_schedule_target;
ALTER TABLE backup_schedule ADD CONSTRAINT ck_backup_schedule_target CHECK (target_kind IN ('DATABASE',
    'SOURCE_CODE', 'FILES', 'SYSTEM', 'INFRASTRUCTURE', 'NETWORK_DEVICE', 'PHONE_EXCHANGE', 'LOG'));

ALTER TABLE backup_copy DROP CONSTRAINT ck_backup_copy_method;
ALTER TABLE backup_copy ADD CONSTRAINT ck_backup_copy_method CHECK (method IN ('MANUAL', 'PG_DUMP', 'SCRIPT'));
ALTER TABLE backup_copy ADD COLUMN request_key VARCHAR(255);
ALTER TABLE backup_copy ADD COLUMN request_fingerprint VARCHAR(64);
CREATE UNIQUE INDEX uq_backup_copy_request ON backup_copy (registered_by, request_key);
