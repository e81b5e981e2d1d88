-- Demo data for the run command (SIGTI_DEMO_DATA=true): a few units of an IT office modelled on AGETIC and
-- MINDEF, and requests of the demo users in several states. Idempotent: rows are added only where missing,
-- so a restart keeps what users changed. Ids below 1000 are reserved for it (sigti_seq starts at 1000).

INSERT INTO org_unit (id, code, name, kind, version)
SELECT 1, 'DTI', 'Dirección de Tecnologías de la Información', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'DTI');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 2, 'AIT', 'Área de Infraestructura Tecnológica - Mesa de ayuda', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'AIT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 3, 'UIT', 'Unidad de Infraestructura Tecnológica', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'UIT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 4, 'UPAT', 'Unidad de Proyectos y Arquitectura Tecnológica', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'UPAT');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 5, 'RRHH', 'Dirección de Recursos Humanos', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'RRHH');
INSERT INTO org_unit (id, code, name, kind, version)
SELECT 6, 'DAF', 'Dirección Administrativa Financiera', 'REQUESTING', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'DAF');

INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 1, 'SOL-2026-000001', 'La impresora del piso 3 no imprime',
       'La impresora HP del piso 3 muestra "atasco de papel" sin papel atascado.', 'REGISTERED', 'solicitante',
       5, 2, TIMESTAMP WITH TIME ZONE '2026-11-16 13:05:00+00', TIMESTAMP WITH TIME ZONE '2026-11-16 13:05:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000001');
INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 2, 'SOL-2026-000002', 'Sin acceso a la carpeta compartida de planillas',
       'Desde el lunes no puedo abrir \\archivos\planillas.', 'IN_PROGRESS', 'solicitante',
       5, 3, TIMESTAMP WITH TIME ZONE '2026-11-17 14:20:00+00', TIMESTAMP WITH TIME ZONE '2026-11-18 15:00:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000002');
INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 3, 'SOL-2026-000003', 'Instalar lector de firma digital',
       'Necesito el token de firma digital instalado en mi equipo nuevo.', 'OBSERVED', 'solicitante',
       5, 2, TIMESTAMP WITH TIME ZONE '2026-11-18 12:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-19 16:30:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000003');
INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 4, 'SOL-2026-000004', 'Correo institucional no sincroniza en el celular',
       'El correo dejó de llegar al teléfono después del cambio de contraseña.', 'RESOLVED', 'solicitante',
       5, 2, TIMESTAMP WITH TIME ZONE '2026-11-12 15:10:00+00', TIMESTAMP WITH TIME ZONE '2026-11-13 18:45:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000004');
INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 5, 'SOL-2026-000005', 'Cambio de equipo por lentitud',
       'El equipo tarda más de 10 minutos en iniciar.', 'CLOSED', 'solicitante',
       5, 2, TIMESTAMP WITH TIME ZONE '2026-11-03 13:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-06 20:00:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000005');
INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 6, 'SOL-2026-000006', 'Habilitar VPN para trabajo remoto',
       'Solicito acceso VPN para el personal de tesorería.', 'REGISTERED', 'daf.usuario',
       6, 3, TIMESTAMP WITH TIME ZONE '2026-11-19 13:40:00+00', TIMESTAMP WITH TIME ZONE '2026-11-19 13:40:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000006');
INSERT INTO service_request (id, request_number, title, description, status, requester_username,
                             requesting_unit_id, assigned_unit_id, created_at, updated_at, version)
SELECT 7, 'SOL-2026-000007', 'Error al generar reporte en el sistema contable',
       'El sistema contable devuelve error 500 al exportar el balance.', 'IN_PROGRESS', 'daf.usuario',
       6, 4, TIMESTAMP WITH TIME ZONE '2026-11-20 14:15:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 17:00:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE request_number = 'SOL-2026-000007');
