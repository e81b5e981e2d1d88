/**
 * Official documents (issue 13, deliverable 3), a kernel capability every procedure may use: notas, oficios,
 * memorándums, informes, actas... drafted in SIGTI, given a visto bueno by a named reviewer, signed by their signers
 * in order, numbered at the last signature per institution, issuing unit, kind and year in the institution's own
 * format, sent to internal units or external recipients, and rendered as PDF. {@link
 * org.sigti.document.official.OfficialDocuments} is the secured entry point for screens; {@link
 * org.sigti.document.official.DocumentDesk} does the work for a given {@link org.sigti.workflow.Actor}. Everything is
 * scoped to the caller's institution. Uses the kernel (workflow's Actor, security) and the entities; knows no
 * procedure.
 */
package org.sigti.document.official;
