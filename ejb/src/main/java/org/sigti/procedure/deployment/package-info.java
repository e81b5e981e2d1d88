/**
 * AGETIC's manual UIT/ASS-M01 (procedures.md B1, B2): UIT/ASS-PR01, putting a new system into production, and
 * UIT/ASS-PR02, updating a system in production, both run by the Unidad de Infraestructura Tecnológica's Área de
 * Servidores y Servicios. {@link org.sigti.procedure.deployment.Deployments} holds what both share (the checklist of
 * backups, port monitoring and server security policies, the Informe or Nota de conclusión and the Jefe's Nota
 * Interna); {@link org.sigti.procedure.deployment.DeploymentCredentials} is the only way to the credentials the
 * requester hands (kept by the vault module, {@code org.sigti.vault}), shown only to the Profesional the case is
 * assigned to.
 */
package org.sigti.procedure.deployment;
