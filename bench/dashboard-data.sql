-- Benchmark data for the dashboard, beyond the cases and inbox items of bench/inbox-data.sql (run first): MINDEF's
-- backup schedules with two years of daily runs and a copy per run done, and the semesters' access reviews of every
-- unit. Run by bench/dashboard-benchmark.sh with psql on a schema made by the Flyway scripts. Deterministic.

\set ON_ERROR_STOP 1
\timing on
select setseed(0.1217);
set session_replication_role = replica;

begin;
truncate backup_copy, backup_task, backup_schedule, access_review cascade;

\echo [backup]
-- 20 schedules of MINDEF, a run a day over the two years the cases span: 90 % done, 5 % missed, 3 % failed
insert into backup_schedule (id, name, target_kind, target_name, procedure_code, frequency, calendar_expression,
        time_zone, unit_code, responsible_tecnico, owner_username, locations, overdue_hours, enabled, created_at,
        updated_at, version, institution_code)
select 900000000 + s, 'Respaldo ' || s, 'DATABASE', 'bd' || s, 'S04.03.02.01', 'DAILY', '0 2 * * *',
       'America/Lima', 'INFRA', 'tecnico.infra', 'responsable.infra', 'NAS', 24, true,
       now() - interval '2 years', now() - interval '2 years', 0, 'MINDEF'
from generate_series(1, 20) s;

insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, version)
select 900000000 + s * 1000 + d, 900000000 + s, date_trunc('day', now()) - d * interval '1 day' + interval '2 hours',
       date_trunc('day', now()) - d * interval '1 day',
       case when r < 0.90 then 'DONE' when r < 0.95 then 'MISSED' when r < 0.98 then 'FAILED' else 'OPEN' end,
       false, 0
from generate_series(1, 20) s cross join generate_series(0, 729) d cross join lateral (select random() r offset 0) x;

-- a copy per run done, registered on a MINDEF case, verified but for one in fifty
insert into backup_copy (id, case_id, task_id, file_name, taken_at, size_bytes, sha256, locations, method,
        registered_by, registered_at, verification, version)
select t.id, (select min(id) from work_case where institution_code = 'MINDEF'), t.id, 'copia-' || t.id || '.dump',
       t.planned_at + interval '1 hour', 1000000, md5(t.id::text) || md5(t.id::text), 'NAS', 'PG_DUMP',
       'tecnico.infra', t.planned_at + interval '1 hour',
       case when t.id % 50 = 0 then 'FAILED' else 'VERIFIED' end, 0
from backup_task t where t.status = 'DONE';

\echo [access reviews]
-- every unit's review of the last four semesters, on one of its institution's cases; the current one half done
insert into access_review (id, unit_code, semester, case_id, status, opened_at, completed_by, completed_at, version)
select 910000000 + row_number() over (), u.unit, to_char(o.opened, 'YYYY') || '-' || o.half,
       (select min(id) from work_case where institution_code = u.institution),
       case when o.k > 0 or u.n % 2 = 0 then 'DONE' else 'OPEN' end, o.opened,
       null, null, 0
from (select unit, institution, row_number() over () n from (values ('MESA', 'MINDEF'), ('SOPORTE', 'MINDEF'),
        ('INFRA', 'MINDEF'), ('CIBER', 'MINDEF'), ('OGTIE', 'MINDEF'), ('AIT', 'AGETIC'), ('UIT', 'AGETIC'),
        ('UPAT', 'AGETIC'), ('ACGII', 'AGETIC'), ('ADT', 'AGETIC'), ('UGAT', 'AGETIC'), ('DI', 'SEPREM')) v(unit,
        institution)) u
cross join lateral (select k, date_trunc('month', now()) - k * interval '6 months' as opened,
        case when extract(month from now() - k * interval '6 months') <= 6 then 1 else 2 end as half
    from generate_series(0, 3) k) o;
commit;

reset session_replication_role;
\echo [vacuum analyze]
vacuum analyze backup_schedule;
vacuum analyze backup_task;
vacuum analyze backup_copy;
vacuum analyze access_review;
