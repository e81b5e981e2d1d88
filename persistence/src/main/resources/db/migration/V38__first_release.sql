-- A new system's first release (SEPREM-DI-003.1, "Desarrollo de sistemas nuevos", step 9): it enters the change
-- history with no copy before it, because there is nothing in production to copy yet; the history says so instead of
-- a copy or a waiver. Only a system without any earlier change may have one (SystemChanges checks it). Portable SQL:
-- H2 2.2 and PostgreSQL 15.
ALTER TABLE system_change ADD COLUMN first_release BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE system_change DROP CONSTRAINT ck_system_change_backup;
ALTER TABLE system_change ADD CONSTRAINT ck_system_change_backup
    CHECK (backup_copy_id IS NOT NULL OR waiver_id IS NOT NULL OR first_release);
