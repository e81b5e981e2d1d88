/**
 * Documents as plug-ins: the kernel's contract for the documents a case can issue. A procedure declares each
 * document it issues as a {@link org.sigti.workflow.document.DocumentKind} bean beside its declaration (its code,
 * numbering prefix, names, the procedures it belongs to, when a case has it and how it prints); the kernel finds the
 * kinds ({@link org.sigti.workflow.document.DocumentKinds}), lists a case's, numbers and records an issue and
 * serves the copies ({@link org.sigti.workflow.CaseDocuments}). A kind sees a case only through the read-only
 * {@link org.sigti.workflow.document.CaseFacts}. Kernel: knows no procedure, field or step; may use
 * {@code org.sigti.document} (numbering, renderers) and persistence.
 */
package org.sigti.workflow.document;
