/**
 * The Plan de Gobierno Digital's data as a module (MINDEF S04.01.00.01, S04.01.00.02): {@link org.sigti.pgd.Plans}
 * records what each formulation step decides (inside the step's move), {@link org.sigti.pgd.Portfolios} keeps the
 * portfolio's versions, {@link org.sigti.pgd.PgdDocument} writes the final PGD from that data in the manual's
 * structure, and {@link org.sigti.pgd.PgdRegister} lets the screens read it. It uses the kernel (workflow, document,
 * security, people), never a procedure.
 */
package org.sigti.pgd;
