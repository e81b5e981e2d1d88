package org.sigti.committee;

import java.time.LocalDate;
import java.util.List;

import org.sigti.committee.CommitteeMember.Role;
import org.sigti.committee.CommitteeMember.Seat;
import org.sigti.committee.SessionDocument.Outcome;
import org.sigti.document.OfficialDocumentState;

/** What the committee screens and the procedures read: plain records, read in one transaction. */
public final class CommitteeViews {

    private CommitteeViews() {
    }

    /** A committee in the list, with whether the caller keeps its sessions. */
    public record CommitteeRow(long id, String code, String name, String secretariatUnit, String secretary,
            long sessions, boolean mayManage) {
    }

    /** A member of a committee. */
    public record MemberLine(long id, String username, String fullName, Role role, Seat seat) {
    }

    /** A committee with its members, in signing order, and those who left it, last to leave first. */
    public record CommitteeView(CommitteeRow committee, List<MemberLine> members, List<FormerMember> former) {
    }

    /** Someone who sat on the committee: since when (unknown for the seeded members) and until when. */
    public record FormerMember(String username, String fullName, Role role, Seat seat, LocalDate since,
            LocalDate until) {
    }

    /** A person of the institution who may join a committee, as the member form offers them. */
    public record PersonOption(String username, String fullName, String unitCode) {
    }

    /** A session in a committee's list. */
    public record SessionRow(long id, int number, LocalDate heldOn, String convenedBy, Long caseId,
            Long actaDocumentId) {
    }

    /** A member's attendance at a session: null {@code present} while it is not recorded. */
    public record AttendanceLine(MemberLine member, Boolean present, boolean signed) {
    }

    /** A document the session received, approved or modified. */
    public record DocumentLine(long id, String name, String version, Long caseId, Outcome outcome, String note) {
    }

    /**
     * A session as its page shows it: the committee, the record, attendance, documents, the acta (its official
     * document, state and number) and what the caller may do: keep the session (the Secretaría técnica and the Jefe,
     * while there is no acta) and sign the acta (a present member whose turn it is).
     */
    public record SessionView(long id, CommitteeRow committee, int number, LocalDate heldOn, String convenedBy,
            Long caseId, List<String> agenda, List<String> agreements, List<AttendanceLine> attendance,
            List<DocumentLine> documents, Long actaDocumentId, OfficialDocumentState actaState, String actaNumber,
            String nextSigner, boolean mayEdit, boolean maySign) {

        public String agendaText() {
            return String.join("\n", agenda);
        }

        public String agreementsText() {
            return String.join("\n", agreements);
        }

        /** Whether every present member has signed the acta. */
        public boolean actaComplete() {
            return actaNumber != null;
        }
    }

    /**
     * For procedures: a session that approved, modified or received a document, e.g. "Cronograma v2, aprobado en la
     * sesión 3 del CGD (2026-12-07)"; {@code actaNumber} is null until every present member has signed its acta.
     */
    public record Approval(long sessionId, String committeeCode, int sessionNumber, LocalDate heldOn,
            String documentName, String documentVersion, Long caseId, Outcome outcome, String actaNumber) {
    }

    /** For procedures: a session to reference from a case step. */
    public record SessionRef(long sessionId, String committeeCode, int number, LocalDate heldOn, Long caseId,
            Long actaDocumentId, String actaNumber) {
    }
}
