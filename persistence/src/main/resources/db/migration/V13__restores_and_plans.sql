-- Restores and semiannual plans (procedures.md E13, A1 "a) Mantenimiento Preventivo", S2 entity 19, S3 rows 1, 5
-- and 21). restore_link ties a restore request (S04.03.02.02) to the backup copy its Profesional restored (step 19),
-- one copy per case. semester_plan_item is what the semiannual timer planned: one preventive-maintenance case and one
-- security evaluation per active system, and one Informe de copia de restauración, each exactly once per semester
-- (the UNIQUE constraint makes a second firing or a restart create nothing).

CREATE TABLE restore_link (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    copy_id      BIGINT        NOT NULL,
    target_kind  VARCHAR(20)   NOT NULL,
    target_name  VARCHAR(200)  NOT NULL,
    up_to_date   DATE,
    overwrites   BOOLEAN       NOT NULL,
    restored_by  VARCHAR(100)  NOT NULL,
    restored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_restore_link_case UNIQUE (case_id),
    CONSTRAINT fk_restore_link_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_restore_link_copy FOREIGN KEY (copy_id) REFERENCES backup_copy (id),
    CONSTRAINT ck_restore_link_target CHECK (target_kind IN ('SISTEMA', 'BASE_DATOS', 'INFORMACION_PERSONAL'))
);
CREATE INDEX ix_restore_link_copy ON restore_link (copy_id);
CREATE INDEX ix_restore_link_restored ON restore_link (restored_at, id);

CREATE TABLE semester_plan_item (
    id          BIGINT        NOT NULL PRIMARY KEY,
    semester    VARCHAR(7)    NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    subject     VARCHAR(40)   NOT NULL,
    system_id   BIGINT,
    case_id     BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_semester_plan_item UNIQUE (semester, kind, subject),
    CONSTRAINT fk_semester_plan_item_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT fk_semester_plan_item_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_semester_plan_item_kind CHECK (kind IN ('PREVENTIVE', 'SECURITY', 'RESTORE_REPORT'))
);
CREATE INDEX ix_semester_plan_item_case ON semester_plan_item (case_id);
CREATE INDEX ix_semester_plan_item_created ON semester_plan_item (created_at, id);

-- The Defensoría's ESIN (DPG/ESIN-PRO-5) runs the preventive maintenance and the security evaluation; by default
-- its Técnico III and Responsable are the UIT's (rebind with UPDATE work_queue).
INSERT INTO work_queue (code, name, unit_code, version) VALUES
    ('ESIN', 'DP - Estadística y Sistemas de Información Integrados', 'UIT', 0);
