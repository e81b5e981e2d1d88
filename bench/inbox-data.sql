-- Benchmark data for the inbox: :cases work_case rows over two years, and their work_item rows.
-- Run by bench/inbox-benchmark.sh with psql (variables cases, requesters, open), on a schema made by the Flyway
-- scripts.
--
-- Shape (deterministic: setseed):
--   * three institutions, as the procedures' codes say (V26): AGETIC (UGAT/AIT-PR01..03, ~55 % of the cases),
--     MINDEF (S04.03.01.05 and S04.03.04.02, ~30 %) and SEPREM (SEPREM-DI-008.1, ~15 %); a case's steps are in its
--     institution's IT units (AGETIC: AIT, UIT, UPAT, ACGII, ADT, UGAT; MINDEF: MESA, SOPORTE, INFRA, CIBER, OGTIE;
--     SEPREM: DI-SOPORTE, DI-INFRA, DI-DESARROLLO, DI) and carry its institution_code, as CaseEngine writes them.
--   * requesters belong to one of eight requesting units.
--   * :requesters requesters usr0000..; a few are busy (usr0000 has ~0.2 % of all cases), most have a few hundred.
--   * a fraction :open of the cases is open (0.20 by default, issue 20's production shape; the first benchmarks had
--     0.03): 55 % of the last 30 days' cases (:open of them when higher) and, making up the rest, old
--     cases spread over the two years that still wait; closed cases have 3 to 8 DONE items; an open case has 0 to 4
--     DONE items and one OPEN item (two for ~20 %). Items are spread over the IT units (AIT the
--     busiest) and the roles Operador, Tecnico, Responsable, Jefe; ~10 % wait for the requester (Solicitante,
--     assigned to them); about half of the other open items are assigned to a member of the unit (ait.tecnico01...).
--   * a DONE step keeps its assignee when it had one (most Operador and Tecnico steps, few Responsable and Jefe
--     steps); completed_by is always set.
--   * case_event (the audit trail) is not generated: no inbox query reads it.
-- The secondary indexes of work_case and work_item are dropped before the load and rebuilt from their own
-- definitions after it (faster than maintaining them row by row); the plans are those of the migrations' indexes
-- (bench/lib/secondary-indexes.sql).

\set ON_ERROR_STOP 1
\ir lib/secondary-indexes.sql
-- each step's time, under its [name], for the script's summary
\timing on
select setseed(0.2026);
-- no foreign-key triggers while loading: every case_id below refers to a case loaded first
set session_replication_role = replica;

begin;
-- TRUNCATE gives the tables new files: with wal_level=minimal their rows are not written to the WAL. CASCADE: the
-- tables that refer to cases (backup runs and copies, maintenance jobs...) are empty in the benchmark's database
truncate work_item, case_event, case_field, case_attachment, work_case cascade;

select pg_temp.drop_secondary_indexes(array['work_case', 'work_item']);

create temp table bench_title (n int primary key, title text) on commit drop;
insert into bench_title values
    (0, 'Sin conexión a internet en la oficina'), (1, 'Impresora no imprime'),
    (2, 'Solicitud de cuenta de correo institucional'), (3, 'Restablecer contraseña del dominio'),
    (4, 'Instalación de software ofimático'), (5, 'Equipo lento al iniciar sesión'),
    (6, 'Acceso a carpeta compartida'), (7, 'Falla del sistema de trámite documentario'),
    (8, 'Pantalla azul en la estación de trabajo'), (9, 'Solicitud de licencia de antivirus'),
    (10, 'Configuración de VPN para teletrabajo'), (11, 'Cambio de equipo por renovación'),
    (12, 'Alerta de virus en el correo'), (13, 'Servidor de archivos no responde'),
    (14, 'Actualización del sistema de planillas'), (15, 'Copia de respaldo de la base de datos'),
    (16, 'Acceso al centro de datos para mantenimiento'), (17, 'Publicación en el portal web'),
    (18, 'Teléfono IP sin tono'), (19, 'Proyector de la sala de reuniones'),
    (20, 'Baja de cuenta por cese de personal'), (21, 'Incidente de seguridad: phishing'),
    (22, 'Solicitud de reporte estadístico'), (23, 'Error al firmar digitalmente un documento');

\echo [work_case]
-- the cases, oldest first (ids grow with time, as sigti_seq does)
insert into work_case (id, institution_code, case_number, procedure_code, origin_procedure, title, description, request_type,
        channel, requester_username, requester_name, requester_unit_code, contact_email, contact_phone, status,
        impact, urgency, priority, opened_at, updated_at, closed_at, outcome, response_due, resolution_due,
        responded_at, paused_since, response_breached, resolution_breached, audit_count, audit_head, version)
select g.i,
       case when g.proc like 'S04%' then 'MINDEF' when g.proc like 'SEPREM%' then 'SEPREM' else 'AGETIC' end,
       'SOL-' || g.yr || '-' || lpad((g.i - min(g.i) over (partition by g.yr) + 1)::text, 6, '0'),
       g.proc, g.proc, g.title, g.title || '. Detalle registrado por el solicitante para la atención del caso.',
       null, (array['PORTAL', 'CORREO', 'TELEFONO'])[1 + (g.i % 3)],
       g.requester, 'Usuario ' || g.requester,
       (array['RRHH', 'LOG', 'ADM', 'PRES', 'AJUR', 'CONT', 'TES', 'SGEN'])[1 + (g.req % 8)],
       g.requester || '@example.gob', null,
       case when g.open then 'OPEN' else 'CLOSED' end,
       g.impact, g.urgency,
       'P' || (array_position(array['ALTA', 'MEDIA', 'BAJA'], g.impact)
               + array_position(array['ALTA', 'MEDIA', 'BAJA'], g.urgency) - 1),
       g.opened_at,
       case when g.open then g.opened_at + interval '2 hours' else g.closed_at end,
       case when g.open then null else g.closed_at end,
       case when g.open then null else 'RESUELTO' end,
       g.opened_at + interval '4 hours', g.opened_at + interval '72 hours', g.opened_at + interval '1 hour', null,
       false, g.closed_at > g.opened_at + interval '72 hours', 5, md5(g.i::text) || md5(g.i::text || '.'), 0
from (
    select s.i,
           extract(year from s.opened_at at time zone 'UTC')::int as yr,
           s.opened_at,
           s.opened_at + (1 + 120 * random()) * interval '1 hour' as closed_at,
           s.req,
           'usr' || lpad(s.req::text, 4, '0') as requester,
           (select t.title from bench_title t where t.n = s.t) || ' ' || (1 + s.i % 400) as title,
           case when s.rp < 0.40 then 'UGAT/AIT-PR01' when s.rp < 0.55 then 'S04.03.01.05'
                when s.rp < 0.70 then 'S04.03.04.02' when s.rp < 0.85 then 'SEPREM-DI-008.1'
                when s.rp < 0.93 then 'UGAT/AIT-PR02' else 'UGAT/AIT-PR03' end as proc,
           case when s.ri < 0.15 then 'ALTA' when s.ri < 0.55 then 'MEDIA' else 'BAJA' end as impact,
           case when s.ru < 0.20 then 'ALTA' when s.ru < 0.60 then 'MEDIA' else 'BAJA' end as urgency,
           -- 30 of the 730 days are recent: open with probability max(0.55, :open), the older ones with what
           -- makes up :open overall
           s.ro < case when s.opened_at > date_trunc('day', now()) - interval '30 days' then greatest(0.55, :open)
                       else greatest(0, :open - greatest(0.55, :open) * 30 / 730.0) / (1 - 30 / 730.0) end
               as open
    from (
        select i,
               date_trunc('day', now()) - (:cases - i) * (interval '730 days' / :cases) as opened_at,
               floor(:requesters * power(random(), 1.2))::int as req,
               floor(24 * random())::int as t,
               random() as rp, random() as ri, random() as ru, random() as ro
        from generate_series(1, :cases) i
        offset 0
    ) s
    offset 0
) g;

\echo [work_item]
-- the steps of each case: 3 to 8 DONE for a closed case; 0 to 4 DONE then one OPEN (two for ~20 %) for an open one
insert into work_item (id, institution_code, case_id, procedure_code, step_code, role_name, queue_code, unit_code, assignee_username,
        status, case_number, title, search_text, priority, created_at, completed_at, completed_by, outcome, version)
select x.id, x.institution_code, x.case_id, x.procedure_code, x.k::text, x.role, x.unit, x.unit,
       case when x.role = 'Solicitante' then x.performer
            when x.open then case when x.ra < 0.5 then x.performer end
            -- a done step keeps the assignee it had: most Operador and Tecnico steps, few Responsable and Jefe ones
            when x.ra >= case when x.role in ('Operador', 'Tecnico') then 0.15 else 0.7 end then x.performer end,
       case when x.open then 'OPEN' else 'DONE' end, x.case_number, x.title, x.search_text, x.priority, x.created_at,
       case when not x.open then x.created_at + interval '30 minutes' end,
       case when not x.open then x.performer end,
       case when not x.open then 'OK' end,
       case when x.open then 0 else 1 end
from (
    select c.id * 10 + k as id, c.institution_code, c.id as case_id, c.procedure_code, k, k > n.done as open, c.case_number, c.title,
           c.priority, translate(lower(c.case_number || ' ' || c.title), 'áéíóúüñ', 'aeiouun') as search_text,
           c.opened_at + (k - 1) * interval '3 hours' as created_at,
           case when r.rs < 0.1 then 'Solicitante' else r.role end as role,
           case when r.rs < 0.1 then null else r.unit end as unit,
           case when r.rs < 0.1 then c.requester_username
                else lower(r.unit) || '.' || lower(r.role)
                    || lpad((1 + floor(r.rn * case r.role when 'Tecnico' then 10 when 'Operador' then 4
                                                          when 'Responsable' then 2 else 1 end))::text, 2, '0')
           end as performer,
           r.ra
    from work_case c
    cross join lateral (
        select case when c.status = 'OPEN' then (c.id % 5)::int else 3 + (c.id % 6)::int end as done,
               case when c.status = 'CLOSED' then 0 when c.id / 7 % 5 = 0 then 2 else 1 end as open
    ) n
    cross join lateral generate_series(1, n.done + n.open) k
    cross join lateral (
        select case c.institution_code
                   when 'MINDEF' then case when u < 0.45 then 'MESA' when u < 0.75 then 'SOPORTE'
                                           when u < 0.85 then 'INFRA' when u < 0.90 then 'CIBER' else 'OGTIE' end
                   when 'SEPREM' then case when u < 0.50 then 'DI-SOPORTE' when u < 0.75 then 'DI-INFRA'
                                           when u < 0.90 then 'DI-DESARROLLO' else 'DI' end
                   else case when u < 0.50 then 'AIT' when u < 0.70 then 'UIT' when u < 0.80 then 'UPAT'
                             when u < 0.90 then 'ACGII' when u < 0.95 then 'ADT' else 'UGAT' end
               end as unit,
               case when o < 0.35 then 'Operador' when o < 0.70 then 'Tecnico' when o < 0.90 then 'Responsable'
                    else 'Jefe' end as role,
               rs, ra, rn
        from (select random() as u, random() as o, random() as rs, random() as ra, random() as rn, k as kk
              offset 0) v
    ) r
    offset 0
) x;

\echo [indexes]
-- the secondary indexes, as the migrations define them
select pg_temp.rebuild_secondary_indexes();
commit;

reset session_replication_role;
\echo [vacuum analyze]
vacuum analyze work_case;
vacuum analyze work_item;
