-- Issue 18: the server (WildFly node name) that runs a pg_dump, so that at its next start it marks its own runs
-- that a crash left RUNNING as failed, and not those another node of a cluster is running now. Portable SQL.
ALTER TABLE pg_copy_run ADD COLUMN node_name VARCHAR(100);
