/**
 * The support-incident family: AGETIC's UGAT/AIT-PR01, PR02 and PR03 (procedures.md D1–D3), SEPREM-DI-008.1 (C9),
 * and MINDEF's S04.03.04.02 (E17) and S04.03.01.05 (E11). One EJB per procedure: its declaration, in the manual's
 * numbering, and its side effects. Its documents: SEPREM-DI-008.1's Boleta de entrega de servicio
 * ({@link org.sigti.procedure.support.ServiceSlip}); the family's "Solución" field is the solution the closing record
 * prints ({@link org.sigti.procedure.support.SupportSolution}).
 */
package org.sigti.procedure.support;
