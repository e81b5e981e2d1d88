-- Demo catalog of systems and platforms: the systems of DPG/ESIN-PRO-5 (abbreviation table of the manual) and the
-- platforms the other manuals name for accounts (Active Directory, mail, VPN). Idempotent, ids below 1000.

INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 101, 'STH', 'Sistema de Administración del Talento Humano', 'SUPPORT', 'HIGH', 'RRHH', NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'STH');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 102, 'SSP', 'Sistema de Servicio al Pueblo', 'SUBSTANTIVE', 'HIGH', NULL, NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'SSP');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 103, 'GAFIP', 'Gestión Administrativa y Financiera', 'SUPPORT', 'HIGH', 'DAF', NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'GAFIP');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 104, 'SISCO', 'Sistema de Gestión de Correspondencia', 'SUPPORT', 'MEDIUM', NULL, NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'SISCO');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 105, 'ZIMBRA', 'Servidor de Correo Electrónico Institucional', 'PLATFORM', 'HIGH', 'UIT', NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'ZIMBRA');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 106, 'BIBLIOTECA', 'Sistema de gestión de Biblioteca y Archivo', 'SUPPORT', 'LOW', NULL, NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'BIBLIOTECA');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 107, 'SIMAT', 'Sistema de Gestión de Conflictos Sociales', 'SUBSTANTIVE', 'MEDIUM', NULL, NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'SIMAT');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 108, 'WEB', 'Página web institucional', 'WEBSITE', 'MEDIUM', NULL, NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'WEB');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 109, 'AD', 'Active Directory (directorio institucional)', 'PLATFORM', 'HIGH', 'UIT', NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'AD');
INSERT INTO it_system (id, code, name, kind, criticality, owner_unit_code, description, active, version)
SELECT 110, 'VPN', 'Red privada virtual (VPN)', 'PLATFORM', 'HIGH', 'UIT', NULL, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM it_system WHERE code = 'VPN');
