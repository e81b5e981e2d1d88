/**
 * Screens of the backups: /backup/schedules.xhtml (the schedules, their form and their runs, the download of a run's
 * Informe de ejecución de copias de respaldo), /backup/targets.xhtml (the PostgreSQL targets) and
 * /backup/copies.xhtml (a copy SIGTI makes itself, its progress, its verification). Calls the services of
 * {@code org.sigti.backup} only; never an EntityManager.
 */
package org.sigti.web.backup;
