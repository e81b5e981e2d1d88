-- A schedule of a PostgreSQL database may name the registered target SIGTI copies itself with pg_dump when the
-- schedule fires (S04.03.02.01 / SEPREM-DI-008.2): the run's case then finds its copy already registered.
ALTER TABLE backup_schedule ADD COLUMN pg_target_id BIGINT;
ALTER TABLE backup_schedule ADD CONSTRAINT fk_backup_schedule_pg_target FOREIGN KEY (pg_target_id)
    REFERENCES backup_target (id);
CREATE INDEX ix_backup_schedule_pg_target ON backup_schedule (pg_target_id);
