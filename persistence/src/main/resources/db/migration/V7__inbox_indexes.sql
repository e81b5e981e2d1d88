-- Inbox indexes sized for a million cases (bench/inbox-benchmark.sh measures them on PostgreSQL).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 13+.
--
-- The unit's and the office's inboxes filter on status and unit (or on status alone) and show the oldest first.
-- ix_work_item_queue puts role_name before created_at, so for those scopes PostgreSQL read every open item of the
-- unit or the office and sorted them for each page: the cost grew with the open backlog. With created_at right
-- after the equality columns, a page is an ordered index scan that stops after its rows. PostgreSQL also walks
-- ix_work_item_office, oldest first, for the first page of "Mi bandeja" when the caller's rows are frequent.

-- "Todo mi unidad": a unit's open items, oldest first
CREATE INDEX ix_work_item_unit ON work_item (status, unit_code, created_at, id);
-- "Toda la oficina": every open item, oldest first
CREATE INDEX ix_work_item_office ON work_item (status, created_at, id);
-- No query reads open items of one role across units: the office inbox used this index only for its status column,
-- which ix_work_item_office now serves with the right order.
DROP INDEX ix_work_item_role;
