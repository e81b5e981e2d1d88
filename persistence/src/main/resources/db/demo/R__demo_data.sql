-- Demo data for the run command (SIGTI_DEMO_DATA=true): the requesting units of the four institutions (their IT
-- units come with V26). Idempotent: rows are added only where missing, so a restart keeps what users changed. Ids
-- 201-299 are reserved for it (sigti_seq starts at 1000). Demo cases are filed through the workflow kernel itself
-- (org.sigti.workflow.DemoCases), so that their audit trail is a real one.

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 201, 'DP', 'RRHH', 'Dirección de Recursos Humanos', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'DP' AND code = 'RRHH');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 202, 'DP', 'DAF', 'Dirección Administrativa Financiera', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'DP' AND code = 'DAF');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 203, 'AGETIC', 'RRHH', 'Dirección de Recursos Humanos', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'AGETIC' AND code = 'RRHH');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 204, 'AGETIC', 'DAF', 'Dirección Administrativa Financiera', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'AGETIC' AND code = 'DAF');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 205, 'SEPREM', 'RRHH', 'Dirección de Recursos Humanos', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'SEPREM' AND code = 'RRHH');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 206, 'SEPREM', 'DAF', 'Dirección Administrativa Financiera', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'SEPREM' AND code = 'DAF');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 207, 'MINDEF', 'DIPEC', 'Dirección de Personal Civil', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'MINDEF' AND code = 'DIPEC');

INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 208, 'MINDEF', 'DGA', 'Dirección General de Administración', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE institution_code = 'MINDEF' AND code = 'DGA');
