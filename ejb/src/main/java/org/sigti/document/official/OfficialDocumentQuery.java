package org.sigti.document.official;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;

/**
 * The filters of the "Documentos" list, each optional: kind, issuing unit, year, state, a signer (user name or part
 * of the name), "received": only documents sent to the caller's unit, and a case: the documents archived with it.
 */
public record OfficialDocumentQuery(OfficialDocumentKind kind, String unitCode, Integer year,
        OfficialDocumentState state, String signer, boolean received, Long caseId) {

    public static OfficialDocumentQuery all() {
        return new OfficialDocumentQuery(null, null, null, null, null, false, null);
    }
}
