/**
 * Satisfaction at closing (issue 19, item 6): the requester of a closed case rates the service once, from the closing
 * mail's link or the case page ({@link org.sigti.satisfaction.Satisfaction}); the Jefe, the Responsables and the
 * Auditor read the figures of their institution by period, unit and procedure
 * ({@link org.sigti.satisfaction.SatisfactionFigures}). A feature module: depends on the kernel (cases, their trail,
 * the caller), never on a procedure.
 */
package org.sigti.satisfaction;
