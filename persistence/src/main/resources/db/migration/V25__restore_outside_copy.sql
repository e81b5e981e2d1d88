-- S04.03.02.02 step 19 (procedures.md E13): a restore may come from a copy made outside SIGTI (a file share's or a
-- person's copy, which SIGTI does not take itself): restore_link then holds where that copy is, which copy it is and
-- its date instead of the number of a SIGTI copy. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 13+.
--
-- copy_origin: SIGTI (copy_id names a backup_copy) or EXTERNA (copy_id is NULL and the three outside_* columns say
-- which copy); the CHECK is the last line. Links written before this script are SIGTI's.
ALTER TABLE restore_link ALTER COLUMN copy_id DROP NOT NULL;
ALTER TABLE restore_link ADD COLUMN copy_origin VARCHAR(10) DEFAULT 'SIGTI' NOT NULL;
ALTER TABLE restore_link ADD COLUMN outside_location VARCHAR(300);
ALTER TABLE restore_link ADD COLUMN outside_copy VARCHAR(200);
ALTER TABLE restore_link ADD COLUMN outside_taken_on DATE;
ALTER TABLE restore_link ADD CONSTRAINT ck_restore_link_origin CHECK (
    (copy_origin = 'SIGTI' AND copy_id IS NOT NULL AND outside_location IS NULL AND outside_copy IS NULL
        AND outside_taken_on IS NULL)
    OR (copy_origin = 'EXTERNA' AND copy_id IS NULL AND outside_location IS NOT NULL AND outside_copy IS NOT NULL
        AND outside_taken_on IS NOT NULL));
