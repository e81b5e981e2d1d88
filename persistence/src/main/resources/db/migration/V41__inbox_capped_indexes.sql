-- The inbox at issue 20's shape: 1,000,000 cases, 20 % open, 200,000 open items in one Operador queue
-- (bench/inbox-benchmark.sh). Three plans read far more than their limit needs at that shape. Portable SQL: the same
-- script runs on H2 2.2 and PostgreSQL 15 (plain b-tree indexes, no INCLUDE, no partial indexes).

-- "Mi bandeja"'s capped count: Inbox counts the caller's two disjoint sets apart, each stopping at the cap: their
-- queue unassigned, and what is assigned to them (ix_work_item_assignee). One query over their OR made PostgreSQL OR
-- two bitmaps of the whole queue before LIMIT 1001 applied (202,480 items read, 130 ms alone, 530 ms under load).
-- With assignee_username after role_name the unassigned part of a queue is one index range that the count leaves
-- after 1001 entries; the page's bitmap reads that range too, not the queue's assigned items. Inbox alone reads
-- this index and always names the assignee, so the column replaces the old index rather than adding one.
DROP INDEX ix_work_item_queue;
CREATE INDEX ix_work_item_queue ON work_item (status, unit_code, role_name, assignee_username, created_at, id);

-- "Toda la oficina": the pages stay an ordered scan of the institution's open items (status, institution_code,
-- created_at, id, as in V35). role_name after them lets PostgreSQL check the office's own condition (not the
-- requester's steps) on the index entries alone: the capped count is an Index Only Scan of about 1001 entries, where
-- with 200,000 items in one queue it chose a Seq Scan of the table.
DROP INDEX ix_work_item_office;
CREATE INDEX ix_work_item_office ON work_item (status, institution_code, created_at, id, role_name);

-- "Toda la oficina" sorted by priority (either direction, then id): an ordered scan that stops after its page, as
-- ix_work_item_unit_priority (V23) does for the unit, where PostgreSQL sorted every open item of the institution
-- after a Seq Scan of the table.
CREATE INDEX ix_work_item_office_priority ON work_item (status, institution_code, priority, id);
