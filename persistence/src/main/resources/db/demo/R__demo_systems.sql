-- Demo catalog of systems and platforms, each of the institution whose manual names it (issue 13): the systems of
-- DPG/ESIN-PRO-5 (abbreviation table of the Defensoría's manual, ZIMBRA its mail server) are DP's; Active Directory,
-- VPN and the mail read through OWA, on which S04.03.01.01/02 give and remove accounts, are MINDEF's. A system's code
-- is unique in the installation, so a platform several institutions have is seeded once per institution under its
-- own code: SEPREM's manuals name no platform, SEPREM-DI-001.1 gives accounts "on the institutional platforms" and
-- SEPREM-DI-002.1 assigns licenses, so SEPREM gets its domain, its mail and its licensed office suite. AGETIC's
-- manuals name none. Idempotent, ids below 1000.

INSERT INTO it_system (id, institution_code, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT v.id, v.institution_code, v.code, v.name, v.kind, v.criticality, v.owner_unit_code, NULL, TRUE, 0 FROM (VALUES
    (101, 'DP', 'STH', 'Sistema de Administración del Talento Humano', 'SUPPORT', 'HIGH', 'RRHH'),
    (102, 'DP', 'SSP', 'Sistema de Servicio al Pueblo', 'SUBSTANTIVE', 'HIGH', NULL),
    (103, 'DP', 'GAFIP', 'Gestión Administrativa y Financiera', 'SUPPORT', 'HIGH', 'DAF'),
    (104, 'DP', 'SISCO', 'Sistema de Gestión de Correspondencia', 'SUPPORT', 'MEDIUM', NULL),
    (105, 'DP', 'ZIMBRA', 'Servidor de Correo Electrónico Institucional', 'PLATFORM', 'HIGH', 'ESIN'),
    (106, 'DP', 'BIBLIOTECA', 'Sistema de gestión de Biblioteca y Archivo', 'SUPPORT', 'LOW', NULL),
    (107, 'DP', 'SIMAT', 'Sistema de Gestión de Conflictos Sociales', 'SUBSTANTIVE', 'MEDIUM', NULL),
    (108, 'DP', 'WEB', 'Página web institucional', 'WEBSITE', 'MEDIUM', NULL),
    (109, 'MINDEF', 'AD', 'Active Directory (directorio institucional)', 'PLATFORM', 'HIGH', 'INFRA'),
    (110, 'MINDEF', 'VPN', 'Red privada virtual (VPN)', 'PLATFORM', 'HIGH', 'CIBER'),
    (111, 'MINDEF', 'OWA', 'Correo electrónico institucional (Outlook Web Access)', 'PLATFORM', 'HIGH', 'INFRA'),
    (112, 'SEPREM', 'DOMINIO', 'Dominio institucional (usuarios de red)', 'PLATFORM', 'HIGH', 'DI-INFRA'),
    (113, 'SEPREM', 'CORREO-SEPREM', 'Correo electrónico institucional', 'PLATFORM', 'HIGH', 'DI-INFRA'),
    (114, 'SEPREM', 'OFIMATICA', 'Suite ofimática licenciada', 'PLATFORM', 'MEDIUM', 'DI-INFRA'))
    AS v (id, institution_code, code, name, kind, criticality, owner_unit_code)
WHERE NOT EXISTS (SELECT 1 FROM it_system s WHERE s.code = v.code);
-- a demo installation of before issue 13 got them all as AGETIC's (V29): each goes to the institution named above
UPDATE it_system SET institution_code = 'DP', owner_unit_code = CASE code WHEN 'ZIMBRA' THEN 'ESIN'
    ELSE owner_unit_code END WHERE id BETWEEN 101 AND 108 AND institution_code = 'AGETIC'
    AND code IN ('STH', 'SSP', 'GAFIP', 'SISCO', 'ZIMBRA', 'BIBLIOTECA', 'SIMAT', 'WEB');
UPDATE it_system SET institution_code = 'MINDEF', owner_unit_code = CASE code WHEN 'AD' THEN 'INFRA' ELSE 'CIBER' END
    WHERE id IN (109, 110) AND institution_code = 'AGETIC' AND code IN ('AD', 'VPN');
