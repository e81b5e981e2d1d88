-- Data for bench/register-benchmark.sh: :records rows of the register DGP/ESIN-R-6 "Mantenimiento de Sistemas"
-- (maintenance_record) over eight years, 2019 to 2026, and the systems they are about. Run with psql (variables
-- records, systems) on a schema made by the Flyway scripts, whose fk_maintenance_record_case the benchmark has
-- dropped (no work_case rows: see its header).
--
-- Shape (deterministic: setseed):
--   * :systems systems of the Defensoría (DP) and 40 of AGETIC, in it_system; nine rows in ten are DP's, the tenth
--     AGETIC's (a register of the same shape that the register's queries, DP's, must never read).
--   * requests spread evenly over 2019-01-01 .. 2026-11-30, on office hours of La Paz (UTC-4); ids grow with time, as
--     sigti_seq does, the rows being written a little after the request.
--   * a few systems get most requests, as a core system does: the k busiest of the :systems DP systems get
--     (k/:systems)^(1/3) of DP's rows (the busiest, DP-SIS-001, ~15 %; the ten busiest ~32 %; the quietest ~0.1 %).
--   * types: corrective 55 %, evolutive 35 %, preventive 10 % (the semester's plan opens fewer than failures do).
--   * ~90 % feasible; all but the last month's requests concluded, 1 to 60 days later, in production when feasible.
-- The secondary indexes of maintenance_record are dropped before the load and rebuilt from their own definitions
-- after it (faster than maintaining them row by row): the plans are those of the migrations' indexes
-- (bench/lib/secondary-indexes.sql).

\set ON_ERROR_STOP 1
\ir lib/secondary-indexes.sql
-- each step's time, under its [name], for the script's summary
\timing on
select setseed(0.2026);
-- no foreign-key triggers while loading: every system_id and institution_code below refers to a row loaded first
set session_replication_role = replica;

begin;
-- TRUNCATE gives the table a new file: with wal_level=minimal its rows are not written to the WAL
truncate maintenance_record;

select pg_temp.drop_secondary_indexes(array['maintenance_record']);

\echo [it_system]
insert into it_system (id, institution_code, code, name, kind, criticality, owner_unit_code, description, active,
        version)
select 5000000 + g,
       case when g <= :systems then 'DP' else 'AGETIC' end,
       case when g <= :systems then 'DP-SIS-' || lpad(g::text, 3, '0')
            else 'AG-SIS-' || lpad((g - :systems)::text, 3, '0') end,
       (array['Sistema de Atención de Casos', 'Sistema de Seguimiento Defensorial', 'Portal de Transparencia',
              'Sistema de Correspondencia', 'Sistema de Planillas', 'Sistema de Activos Fijos',
              'Sitio web institucional',
              'Plataforma de Denuncias', 'Sistema de Almacenes', 'Sistema de Información Estadística'])[1 + g % 10]
           || ' ' || g,
       (array['SUBSTANTIVE', 'SUBSTANTIVE', 'SUBSTANTIVE', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'WEBSITE',
              'PLATFORM', 'INFRASTRUCTURE'])[1 + g % 10],
       (array['HIGH', 'MEDIUM', 'MEDIUM', 'LOW'])[1 + g % 4],
       case when g <= :systems then 'ESIN' else 'UIT' end,
       null, g % 20 <> 0, 0
from generate_series(1, :systems + 40) g;

\echo [maintenance_record]
insert into maintenance_record (id, institution_code, record_number, case_id, case_number, requested_at, system_id,
        requester_unit, maintenance_type, feasible, concluded_at, in_production, observations, version)
select x.g,
       x.institution_code,
       'R6-' || x.yr || '-' || lpad(x.g::text, 7, '0'),
       6000000 + x.g,
       'DPG-' || x.yr || '-' || lpad(x.g::text, 7, '0'),
       x.requested_at,
       x.system_id,
       (array['Adjuntoría para la Vigencia y Ejercicio de Derechos Humanos', 'Dirección de Asuntos Administrativos',
              'Dirección General de Planificación', 'Unidad de Comunicación', 'Unidad de Recursos Humanos',
              'Unidad de Asesoría Jurídica', 'Delegación Defensorial Departamental de La Paz',
              'Delegación Defensorial Departamental de Santa Cruz',
              'Delegación Defensorial Departamental de Cochabamba',
              'Unidad de Auditoría Interna'])[1 + floor(10 * x.ru)::int],
       x.maintenance_type,
       x.feasible,
       x.concluded_at,
       x.feasible and x.concluded_at is not null,
       case when x.concluded_at is null then null
            when not x.feasible then 'No viable: se envió la justificación a la unidad solicitante.'
            when x.g % 7 = 0 then 'Pase a producción con observaciones menores, corregidas en la semana.'
            else 'Pase a producción sin observaciones.' end,
       1
from (
    select s.g, s.institution_code, s.requested_at, s.ru,
           extract(year from s.requested_at at time zone 'America/La_Paz')::int as yr,
           case when s.institution_code = 'DP' then 5000000 + 1 + floor(:systems * power(s.rs, 3))::int
                else 5000000 + :systems + 1 + floor(40 * s.rs)::int end as system_id,
           case when s.rt < 0.10 then 'PREVENTIVE' when s.rt < 0.65 then 'CORRECTIVE' else 'EVOLUTIVE' end
               as maintenance_type,
           s.rf < 0.9 as feasible,
           case when s.requested_at < timestamptz '2026-11-01 00:00:00-04'
                then s.requested_at + (1 + 59 * s.rc) * interval '1 day' end as concluded_at
    from (
        select g,
               case when g % 10 = 0 then 'AGETIC' else 'DP' end as institution_code,
               -- the day, evenly over the eight years; the hour, 08:00 to 18:00 in La Paz
               timestamptz '2019-01-01 08:00:00-04'
                   + floor((g - 1)::float8 * 2891 / :records) * interval '1 day'
                   + random() * interval '10 hours' as requested_at,
               random() as rs, random() as rt, random() as rf, random() as rc, random() as ru
        from generate_series(1, :records) g
        offset 0
    ) s
    offset 0
) x;

\echo [indexes]
-- the secondary indexes, as the migrations define them
select pg_temp.rebuild_secondary_indexes();
commit;

reset session_replication_role;
\echo [vacuum analyze]
-- vacuum sets the visibility map: the capped counts are index-only scans, as on a live database after autovacuum
vacuum analyze maintenance_record;
vacuum analyze it_system;
