package org.sigti.document.official;

import java.util.List;

import org.sigti.document.OfficialDocumentKind;

/**
 * What the author writes in "Nuevo documento": the kind (its template), the issuing unit, the optional case, the
 * structured fields (addressees one per line, "Asunto", "Referencia"), the paragraphs (separated by an empty line),
 * the reviewer who gives the visto bueno, the signers in the order they sign and the recipients.
 */
public record OfficialDraft(OfficialDocumentKind kind, String unitCode, Long caseId, String addressees,
        String subject, String reference, String body, String reviewer, List<Signer> signers,
        List<Recipient> recipients) {

    public OfficialDraft {
        signers = signers == null ? List.of() : List.copyOf(signers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A signer: who, and the capacity they sign in ("como"), e.g. "Jefe de la OGTIE". */
    public record Signer(String username, String capacity) {
    }

    /** An internal unit (its code) or an external recipient (its name). */
    public record Recipient(String unitCode, String externalName) {

        public static Recipient unit(String code) {
            return new Recipient(code, null);
        }

        public static Recipient external(String name) {
            return new Recipient(null, name);
        }
    }
}
