-- Two inbox shapes whose cost grew with the open backlog (bench/inbox-benchmark.sh, 30,000 open items in one queue):
-- PostgreSQL read every open item of the scope to answer one page of 20. Portable SQL: the same script runs on H2 2.2
-- and PostgreSQL 13+ (plain b-tree indexes under the database's default collation, no operator classes).
--
-- The search box with a case number (SOL-2026-000123, or its beginning): Inbox turns it into the index range plus
-- LIKE of org.sigti.inventory.Prefix on case_number, which seeks this index under any collation, instead of a
-- LIKE '%...%' on search_text that read every open item of the scope. A page reads the open items of that number
-- (one or two). id follows case_number, so the office's inbox sorted by number is an ordered index scan too.
CREATE INDEX ix_work_item_number ON work_item (status, case_number, id);
-- "Todo mi unidad" sorted by priority (Inbox orders by priority, then id, either direction): a page is an ordered
-- index scan of the unit's open items that stops after its rows, instead of sorting all of them.
CREATE INDEX ix_work_item_unit_priority ON work_item (status, unit_code, priority, id);
