/**
 * Screens of the backups: /backup/schedules.xhtml (the schedules, their form and their runs) and the download of a
 * run's Informe de ejecución de copias de respaldo. Calls the services of {@code org.sigti.backup} only.
 */
package org.sigti.web.backup;
