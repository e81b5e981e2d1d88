/**
 * The database as a running resource: schema migration at start-up as the schema's owner, the audit trail made
 * append-only on PostgreSQL, readiness. Uses no entity; the web layer only asks it yes/no questions.
 */
package org.sigti.db;
