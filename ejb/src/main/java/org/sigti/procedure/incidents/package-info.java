/**
 * S04.04.00.03 Gestión de incidentes de seguridad informática (MINDEF): its declaration, the hooks that write the
 * bitácora / matriz de incidentes de seguridad and the lessons learned in the knowledge base, and its entry point for
 * the security systems' alerts ({@link org.sigti.procedure.incidents.SecurityIncidentCases}).
 */
package org.sigti.procedure.incidents;
