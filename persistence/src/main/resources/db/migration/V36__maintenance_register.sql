-- The Defensoría's register DGP/ESIN-R-6 "Mantenimiento de Sistemas" (DPG/ESIN-PRO-5, section 8 and Anexo 2): one
-- row per maintenance request, with the manual's nine columns (NRO, fecha de solicitud, sistema, área/unidad
-- solicitante, tipo de sistema, análisis de factibilidad SI/NO, conclusión fecha y hora, observaciones) and SIGTI's
-- tenth, the maintenance type of section 7 (PREVENTIVE, CORRECTIVE, EVOLUTIVE), which the indicators count. A row
-- is written when the feasibility analysis is done (or when a preventive maintenance is verified), in the case's
-- move, and concluded by the go-live or the justification; number is the register's own, e.g. R6-2026-000001.
-- Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE maintenance_record (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    record_number    VARCHAR(30)   NOT NULL,
    case_id          BIGINT        NOT NULL,
    case_number      VARCHAR(30)   NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    system_id        BIGINT        NOT NULL,
    requester_unit   VARCHAR(200),
    maintenance_type VARCHAR(20)   NOT NULL,
    feasible         BOOLEAN       NOT NULL,
    concluded_at     TIMESTAMP WITH TIME ZONE,
    in_production    BOOLEAN       NOT NULL,
    observations     VARCHAR(4000),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_maintenance_record_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_maintenance_record_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_maintenance_record_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT uk_maintenance_record_case UNIQUE (case_id),
    CONSTRAINT uk_maintenance_record_number UNIQUE (institution_code, record_number),
    CONSTRAINT ck_maintenance_record_type CHECK (maintenance_type IN ('PREVENTIVE', 'CORRECTIVE', 'EVOLUTIVE'))
);
-- the register's page, newest request first, per institution (and per system)
CREATE INDEX ix_maintenance_record_date ON maintenance_record (institution_code, requested_at DESC, id DESC);
CREATE INDEX ix_maintenance_record_system ON maintenance_record (institution_code, system_id, requested_at DESC);
