/**
 * Backups SIGTI makes itself: PostgreSQL targets ({@link org.sigti.backup.BackupTargets}), pg_dump copies with their
 * progress and their verification by restore ({@link org.sigti.backup.PgCopies}). Depends on the workflow kernel
 * only to open the incident case of a failed verification; never imports jakarta.faces.
 */
package org.sigti.backup;
