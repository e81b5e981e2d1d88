/**
 * The SGSI procedure: S04.01.00.03, Gestión de la seguridad de la información (MINDEF), with the register of the SGSI
 * documents and records ({@link org.sigti.sgsi.SgsiRegister}) its moves write through
 * {@link org.sigti.sgsi.SgsiReviews}, and the Memorándum interno by which the Jefe(a) approves and distributes them.
 */
package org.sigti.procedure.sgsi;
