/**
 * The bitácora / matriz de incidentes de seguridad informática (S04.04.00.03): one row per incident with the times of
 * its phases, its classification, priority and source, and the occurrences of the security alert that opened it. The
 * rows the procedure's moves and the alert intake write. Depends on the workflow's cases, by id.
 */
package org.sigti.incidents;
