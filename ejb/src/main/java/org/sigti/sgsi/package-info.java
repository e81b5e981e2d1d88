/**
 * The register of the SGSI documents and records (S04.01.00.03, procedures.md E3): {@link org.sigti.sgsi.SgsiRegister}
 * lists it a page at a time and lets the teams register documents and upload versions from the screen;
 * {@link org.sigti.sgsi.SgsiReviews} writes what the procedure's moves change, inside the move's transaction. MINDEF's
 * register only: anyone of another institution is refused and recorded. Uses the kernel (workflow's upload checks,
 * security events, institution scope); never a procedure.
 */
package org.sigti.sgsi;
