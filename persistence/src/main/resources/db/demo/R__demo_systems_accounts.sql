-- Demo account platforms (license seats come from the inventory's pools of the platform; a row per platform of
-- R__demo_systems.sql that people get accounts on, of its system's institution) and their privileges; "uncommon" ones
-- need the Secretario General's signed authorization (S04.03.01.01). Idempotent.

INSERT INTO account_platform (platform_code, institution_code, version)
SELECT s.code, s.institution_code, 0 FROM it_system s
WHERE s.code IN ('AD', 'ZIMBRA', 'VPN', 'STH', 'OWA', 'DOMINIO', 'CORREO-SEPREM')
    AND NOT EXISTS (SELECT 1 FROM account_platform p WHERE p.platform_code = s.code);
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT v.platform_code, v.code, v.name, v.uncommon FROM (VALUES
    ('AD', 'USUARIO', 'Usuario de red', FALSE),
    ('AD', 'USB', 'Uso de dispositivos USB', TRUE),
    ('AD', 'REDES_SOCIALES', 'Acceso a redes sociales', TRUE),
    ('AD', 'PERIFERICOS', 'Uso de periféricos', TRUE),
    ('ZIMBRA', 'BUZON', 'Buzón de correo', FALSE),
    ('ZIMBRA', 'CORREO_MASIVO', 'Envío de correo masivo', TRUE),
    ('VPN', 'TELETRABAJO', 'Acceso remoto (trabajo remoto por VPN)', TRUE),
    ('STH', 'CONSULTA', 'Consulta', FALSE),
    ('STH', 'REGISTRO', 'Registro de personal', FALSE),
    ('OWA', 'BUZON', 'Buzón de correo', FALSE),
    ('OWA', 'CORREO_MASIVO', 'Envío de correo masivo', TRUE),
    ('DOMINIO', 'USUARIO', 'Usuario de red', FALSE),
    ('CORREO-SEPREM', 'BUZON', 'Buzón de correo', FALSE)) AS v (platform_code, code, name, uncommon)
WHERE EXISTS (SELECT 1 FROM it_system s WHERE s.code = v.platform_code)
    AND NOT EXISTS (SELECT 1 FROM platform_privilege p WHERE p.platform_code = v.platform_code AND p.code = v.code);
-- a demo installation of before issue 13 has them as AGETIC's (V29): the institution of their system
UPDATE account_platform SET institution_code = (SELECT s.institution_code FROM it_system s
    WHERE s.code = account_platform.platform_code)
    WHERE platform_code IN ('AD', 'ZIMBRA', 'VPN', 'STH') AND institution_code = 'AGETIC';
-- a platform's own name (V19) starts as its system's
UPDATE account_platform SET name = (SELECT s.name FROM it_system s WHERE s.code = account_platform.platform_code)
    WHERE name IS NULL;
