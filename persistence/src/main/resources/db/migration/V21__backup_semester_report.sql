-- The semiannual Informe de copia de respaldo of S04.03.02.01 (steps 12-14) is a semester plan item like the
-- restore report: opened once per semester by the semiannual timer.
ALTER TABLE semester_plan_item DROP CONSTRAINT ck_semester_plan_item_kind;
ALTER TABLE semester_plan_item ADD CONSTRAINT ck_semester_plan_item_kind
    CHECK (kind IN ('PREVENTIVE', 'SECURITY', 'RESTORE_REPORT', 'BACKUP_REPORT'));
