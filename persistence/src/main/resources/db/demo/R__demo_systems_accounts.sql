-- Demo account platforms (license seats come from the inventory's pools of the platform; a row per platform of R__demo_systems.sql that people get accounts on) and their
-- privileges; "uncommon" ones need the Secretario General's signed authorization (S04.03.01.01). Idempotent.

INSERT INTO account_platform (platform_code, version)
SELECT code, 0 FROM it_system WHERE code = 'AD'
    AND NOT EXISTS (SELECT 1 FROM account_platform WHERE platform_code = 'AD');
INSERT INTO account_platform (platform_code, version)
SELECT code, 0 FROM it_system WHERE code = 'ZIMBRA'
    AND NOT EXISTS (SELECT 1 FROM account_platform WHERE platform_code = 'ZIMBRA');
INSERT INTO account_platform (platform_code, version)
SELECT code, 0 FROM it_system WHERE code = 'VPN'
    AND NOT EXISTS (SELECT 1 FROM account_platform WHERE platform_code = 'VPN');
INSERT INTO account_platform (platform_code, version)
SELECT code, 0 FROM it_system WHERE code = 'STH'
    AND NOT EXISTS (SELECT 1 FROM account_platform WHERE platform_code = 'STH');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'USUARIO', 'Usuario de red', FALSE FROM it_system WHERE code = 'AD'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'AD' AND code = 'USUARIO');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'USB', 'Uso de dispositivos USB', TRUE FROM it_system WHERE code = 'AD'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'AD' AND code = 'USB');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'REDES_SOCIALES', 'Acceso a redes sociales', TRUE FROM it_system WHERE code = 'AD'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'AD' AND code = 'REDES_SOCIALES');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'PERIFERICOS', 'Uso de periféricos', TRUE FROM it_system WHERE code = 'AD'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'AD' AND code = 'PERIFERICOS');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'BUZON', 'Buzón de correo', FALSE FROM it_system WHERE code = 'ZIMBRA'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'ZIMBRA' AND code = 'BUZON');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'CORREO_MASIVO', 'Envío de correo masivo', TRUE FROM it_system WHERE code = 'ZIMBRA'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'ZIMBRA' AND code = 'CORREO_MASIVO');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'TELETRABAJO', 'Acceso remoto (trabajo remoto por VPN)', TRUE FROM it_system WHERE code = 'VPN'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'VPN' AND code = 'TELETRABAJO');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'CONSULTA', 'Consulta', FALSE FROM it_system WHERE code = 'STH'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'STH' AND code = 'CONSULTA');
INSERT INTO platform_privilege (platform_code, code, name, uncommon)
SELECT code, 'REGISTRO', 'Registro de personal', FALSE FROM it_system WHERE code = 'STH'
    AND NOT EXISTS (SELECT 1 FROM platform_privilege WHERE platform_code = 'STH' AND code = 'REGISTRO');
-- a platform's own name (V19) starts as its system's
UPDATE account_platform SET name = (SELECT s.name FROM it_system s WHERE s.code = account_platform.platform_code)
    WHERE name IS NULL;
