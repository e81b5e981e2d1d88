-- Every inbox is one institution's (V26: work_item.institution_code, Inbox filters on it). Portable SQL: the same
-- script runs on H2 2.2 and PostgreSQL 13+.
--
-- A unit belongs to one institution, so the unit's and the caller's queues keep their indexes. The office's inbox
-- ("Toda la oficina") and its case-number searches and order do not name a unit: with the institution after
-- status, a page is again an ordered index scan of that institution's open items that stops after its rows,
-- instead of reading the other institutions' items and filtering them out (bench/inbox-benchmark.sh measures it).
DROP INDEX ix_work_item_office;
CREATE INDEX ix_work_item_office ON work_item (status, institution_code, created_at, id);
DROP INDEX ix_work_item_number;
CREATE INDEX ix_work_item_number ON work_item (status, institution_code, case_number, id);
