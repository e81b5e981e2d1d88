-- Demo data for the run command (SIGTI_DEMO_DATA=true): the units of an IT office modelled on AGETIC and
-- MINDEF. Idempotent: rows are added only where missing, so a restart keeps what users changed. Ids below 1000
-- are reserved for it (sigti_seq starts at 1000). Demo cases are filed through the workflow kernel itself
-- (org.sigti.workflow.DemoCases), so that their audit trail is a real one.

INSERT INTO org_unit (id, code, name, kind, version)
SELECT 1, 'DTI', 'Dirección de Tecnologías de la Información', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'DTI');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 2, 'AIT', 'Área de Implementación Tecnológica - Soporte al usuario', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'AIT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 3, 'UIT', 'Unidad de Infraestructura Tecnológica', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'UIT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 4, 'UPAT', 'Unidad de Producción y Actualización Tecnológica', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'UPAT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 5, 'RRHH', 'Dirección de Recursos Humanos', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'RRHH');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 6, 'DAF', 'Dirección Administrativa Financiera', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'DAF');

INSERT INTO org_unit (id, code, name, kind, version)
SELECT 7, 'ACGII', 'Área Centro de Gestión de Incidentes Informáticos', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'ACGII');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 8, 'ADT', 'Área de Diseño Tecnológico', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'ADT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 9, 'SOP', 'Soporte Técnico - Técnicos de campo', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'SOP');
