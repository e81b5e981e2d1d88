-- S04.05.00.01 (the statistical yearbook), steps 9-12: the Cronograma de envío a yearbook case writes becomes official
-- when the Secretario(a) General approves it at step 12. Each due line remembers the case whose schedule holds it and
-- who approved it, when; lines put on the board by hand have neither. Portable SQL (H2 2.2 and PostgreSQL 15).
ALTER TABLE stat_due ADD COLUMN schedule_case_id BIGINT;
ALTER TABLE stat_due ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE stat_due ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_stat_due_case ON stat_due (schedule_case_id);
