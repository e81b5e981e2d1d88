package org.sigti.db;

/**
 * Fired once per start of SIGTI, when the database is usable (its schema up to date): what modules do to clean up
 * after a crash of this server (e.g. the pg_dump runs it left RUNNING) observes it. Observers run in the start-up's
 * thread, without a caller identity; each runs in a transaction of its own and a failure of one is logged, not
 * propagated.
 */
public record DatabaseReady() {
}
