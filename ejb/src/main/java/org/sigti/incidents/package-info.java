/**
 * Security incidents (S04.04.00.03's module): the bitácora / matriz de incidentes de seguridad informática that the
 * procedure's moves write ({@link org.sigti.incidents.SecurityIncidents}) and everyone of the IT office and the Auditor
 * read ({@link org.sigti.incidents.IncidentLog}), and the intake of security systems' alerts
 * ({@link org.sigti.incidents.SecurityAlerts}), which opens an incident through a {@link
 * org.sigti.incidents.SecurityAlertRaised} request or adds an occurrence to the open one of the same alert. Depends on
 * the kernel (workflow, security, people); never names a procedure.
 */
package org.sigti.incidents;
