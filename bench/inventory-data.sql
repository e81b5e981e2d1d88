-- Data for bench/inventory-benchmark.sh: :equipment pieces of equipment with one custody record each, :pools
-- license pools over 40 platforms, and their seats. Deterministic (no random()): reruns plan the same. One piece and
-- one pool in five belong to MINDEF, the others to AGETIC: the benchmark lists AGETIC's, as an AGETIC user sees them.
\timing on
\echo [systems]
insert into it_system (id, institution_code, code, name, kind, criticality, owner_unit_code, active, version)
select 1000000 + g, 'AGETIC', 'PLAT' || lpad(g::text, 2, '0'), 'Plataforma ' || g, 'PLATFORM', 'MEDIUM', 'UIT', true, 0
from generate_series(1, 40) g;

\echo [equipment]
-- 70 % assigned to 5,000 people, 20 % in stock, 7 % in maintenance, 3 % retired; warranties over five years
insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, location, custodian_username, custodian_name,
                       custodian_unit_code, state, warranty_until, acquired_on, last_case_id, created_at, updated_at,
                       version)
select g,
       case when g % 5 = 0 then 'MINDEF' else 'AGETIC' end,
       (array['COMPUTER','LAPTOP','PRINTER','PHONE','NETWORK_DEVICE','CERT_TOKEN','OTHER'])[1 + g % 7],
       upper(substr(md5(g::text), 1, 12)),
       'DTI-' || lpad(g::text, 6, '0'),
       (array['HP','DELL','LENOVO','EPSON','CISCO','YEALINK'])[1 + g % 6],
       'Modelo ' || (g % 50),
       'Piso ' || (g % 12),
       case when g % 100 < 77 and g % 100 >= 7 then 'usr' || lpad((g % 5000)::text, 4, '0') end,
       case when g % 100 < 77 and g % 100 >= 7 then 'Usuario ' || (g % 5000) end,
       case when g % 100 < 77 and g % 100 >= 7 then (array['RRHH','DAF','AIT','UIT'])[1 + g % 4] end,
       case when g % 100 < 3 then 'RETIRED' when g % 100 < 7 then 'IN_STOCK' when g % 100 < 77 then 'ASSIGNED'
            when g % 100 < 84 then 'IN_MAINTENANCE' else 'IN_STOCK' end,
       date '2024-01-01' + (g::bigint * 7919 % 1826)::int,
       date '2021-01-01' + (g::bigint * 104729 % 1460)::int,
       null, now(), now(), 0
from generate_series(1, :equipment) g;
-- maintenance keeps the custodian of an assigned piece: a share of IN_MAINTENANCE rows has one
update equipment set custodian_username = 'usr' || lpad((id % 5000)::text, 4, '0'), custodian_name = 'Usuario x'
where state = 'IN_MAINTENANCE' and id % 2 = 0;

\echo [custody]
insert into equipment_custody (id, equipment_id, to_username, to_name, to_unit_code, state, changed_at, changed_by)
select 2000000 + id, id, custodian_username, custodian_name, custodian_unit_code, state, now(), 'importacion'
from equipment;

\echo [pools]
insert into license_pool (id, institution_code, code, product, license_type, seats_total, seats_used, expires_on, vendor, system_id,
                          created_at, updated_at, version)
select 3000000 + g, case when g % 5 = 0 then 'MINDEF' else 'AGETIC' end, 'LIC-' || lpad(g::text, 5, '0'), 'Producto ' || (g % 300),
       (array['PER_USER','PER_DEVICE','SUBSCRIPTION','SERVICE'])[1 + g % 4],
       20, 10, date '2025-06-01' + (g * 31 % 1095), 'Proveedor ' || (g % 40), 1000000 + 1 + g % 40, now(), now(), 0
from generate_series(1, :pools) g;

\echo [seats]
insert into license_seat (id, pool_id, holder_username, active_holder, assigned_at, assigned_by, version)
select 4000000 + g * 10 + s, 3000000 + g, 'usr' || lpad(((g * 10 + s) % 5000)::text, 4, '0'),
       'usr' || lpad(((g * 10 + s) % 5000)::text, 4, '0'), now(), 'jefe', 0
from generate_series(1, :pools) g, generate_series(0, 9) s;

\echo [analyze]
vacuum analyze;
