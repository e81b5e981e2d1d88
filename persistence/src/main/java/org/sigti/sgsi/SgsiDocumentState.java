package org.sigti.sgsi;

/**
 * Where an SGSI document stands in its life cycle, as the Especialista evaluates it (S04.01.00.03 step 2:
 * "actualización, vigencia, obsolescencia"): shown in Spanish through the bundle's {@code SgsiDocumentState.*} keys.
 */
public enum SgsiDocumentState {
    /** Approved by the Jefe(a) and distributed (step 12), or registered as in force. */
    VIGENTE,
    /** Sent for review by its team (step 1) until the Jefe(a) approves it again. */
    EN_REVISION,
    /** No longer applies; kept with its versions. */
    OBSOLETO
}
