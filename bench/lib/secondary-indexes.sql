-- A big table loads faster without its secondary indexes: the data scripts (bench/*-data.sql, with \ir) drop them
-- before the load and rebuild them after it from their own definitions, so the plans are those of the migrations'
-- indexes. Both calls belong to the load's transaction: the definitions wait in a temporary table dropped at commit.
-- Indexes that back a constraint (primary keys, unique keys) stay.

-- drop_secondary_indexes(tables): drops the secondary indexes of these tables, keeping their definitions
create function pg_temp.drop_secondary_indexes(tables text[]) returns void language plpgsql as $$
declare ix record;
begin
    create temp table bench_index on commit drop as
        select indexname, indexdef from pg_indexes
        where schemaname = 'public' and tablename = any (tables)
          and indexname not in (select conname from pg_constraint);
    for ix in select indexname from bench_index loop
        execute 'drop index ' || quote_ident(ix.indexname);
    end loop;
end $$;

-- rebuild_secondary_indexes(): creates again what drop_secondary_indexes dropped
create function pg_temp.rebuild_secondary_indexes() returns void language plpgsql as $$
declare ix record;
begin
    for ix in select indexdef from bench_index loop
        execute ix.indexdef;
    end loop;
end $$;
