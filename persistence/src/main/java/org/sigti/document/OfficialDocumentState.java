package org.sigti.document;

/**
 * Where an official document is: DRAFT (borrador) → IN_REVIEW (en revisión: visto bueno asked of a named reviewer)
 * → OBSERVED (observado: back to the author, who asks again) or SIGNING (en firma: the signers sign in order) →
 * SIGNED (firmado: numbered at the last signature) → SENT (enviado).
 */
public enum OfficialDocumentState {
    DRAFT, IN_REVIEW, OBSERVED, SIGNING, SIGNED, SENT
}
