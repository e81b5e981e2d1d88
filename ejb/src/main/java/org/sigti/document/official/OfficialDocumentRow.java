package org.sigti.document.official;

import java.time.Instant;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;

/** One line of the "Documentos" list. */
public record OfficialDocumentRow(long id, OfficialDocumentKind kind, String unitCode, String number, String subject,
        OfficialDocumentState state, String authorName, Instant createdAt) {
}
