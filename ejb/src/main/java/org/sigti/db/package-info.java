/**
 * The database as a running resource: schema migration at start-up, readiness. Uses no entity; the web layer only
 * asks it yes/no questions.
 */
package org.sigti.db;
