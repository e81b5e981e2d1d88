package org.sigti.document.official;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.sigti.document.OfficialDocumentEvent;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;

/**
 * An official document as its page shows it, with the actions the caller may take on it now ({@link #may}). Read
 * in one transaction: nothing in it loads lazily afterwards.
 */
public record OfficialDocumentView(long id, String institutionName, String institutionAddress, ZoneId zone,
        OfficialDocumentKind kind, String unitCode, Long caseId, OfficialDocumentState state, String number,
        String authorName, String reviewer, String addressees, String subject, String reference,
        List<String> paragraphs, Instant createdAt, Instant signedAt, Instant sentAt, List<SignerLine> signers,
        List<RecipientLine> recipients, List<TrailLine> trail, String nextSigner, Set<Action> may) {

    /** What a caller may do on the page. */
    public enum Action {
        EDIT, ASK_REVIEW, APPROVE, OBSERVE, SIGN, SEND, EXTERNAL_NUMBER
    }

    public record SignerLine(String username, String name, String capacity, Instant signedAt) {
    }

    public record RecipientLine(int index, boolean internal, String unitCode, String name, String externalNumber,
            Instant sentAt) {
    }

    public record TrailLine(Instant at, String username, String name, OfficialDocumentEvent.Action action,
            String detail) {
    }

    public boolean can(String action) {
        return may.contains(Action.valueOf(action));
    }

    /** The date the document carries: its signature's, or its draft's until signed. */
    public Instant date() {
        return signedAt == null ? createdAt : signedAt;
    }
}
