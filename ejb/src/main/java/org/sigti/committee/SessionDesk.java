package org.sigti.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.committee.CommitteeViews.AttendanceLine;
import org.sigti.committee.CommitteeViews.CommitteeRow;
import org.sigti.committee.CommitteeViews.CommitteeView;
import org.sigti.committee.CommitteeViews.DocumentLine;
import org.sigti.committee.CommitteeViews.MemberLine;
import org.sigti.committee.CommitteeViews.SessionRow;
import org.sigti.committee.CommitteeViews.SessionView;
import org.sigti.committee.SessionDocument.Outcome;
import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialSignature;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.WorkflowException;

/**
 * Does the work of {@link CommitteeSessions} for a given {@link Actor}, inside the caller's transaction. Who: the
 * committee's Secretaría técnica (its {@code secretary}) and the institution's Jefe keep its sessions; its members
 * read them and sign their actas; the Auditor reads. Anyone else, or another institution's caller, is refused with a
 * security event (403). The acta is an official document ({@link DocumentDesk}): drafted by the keeper, who gives
 * it the visto bueno at once (it records what the session agreed), then signed in the committee's order by exactly
 * the members marked present; an absent member who tries to sign is refused and the refusal recorded. The acta is
 * complete, and numbered, when the last present member signs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionDesk {

    public static final int MAX_PAGE = 100;
    private static final String OBJECT = "committee_session";

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    DocumentDesk documents;

    Clock clock = Clock.systemUTC();

    /** The committees of the actor's institution the actor may read, by code. */
    public List<CommitteeRow> committees(Actor actor) {
        return em.createQuery("select c from Committee c where c.institutionCode = :i order by c.code", Committee.class)
                .setParameter("i", actor.institutionCode()).getResultStream().filter(c -> mayRead(actor, c))
                .map(c -> row(actor, c)).toList();
    }

    public CommitteeView committee(Actor actor, long committeeId) {
        Committee c = readable(actor, committeeId, "committee");
        return new CommitteeView(row(actor, c), members(c.getId()));
    }

    /** A page of the committee's sessions, newest first. */
    public List<SessionRow> sessions(Actor actor, long committeeId, int first, int size) {
        Committee c = readable(actor, committeeId, "sessions");
        return em.createQuery("select new org.sigti.committee.CommitteeViews$SessionRow(s.id, s.number, s.heldOn,"
                + " s.convenedBy, s.caseId, s.actaDocumentId) from CommitteeSession s where s.committeeId = :c"
                + " order by s.number desc", SessionRow.class).setParameter("c", c.getId())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    public long countSessions(Actor actor, long committeeId) {
        Committee c = readable(actor, committeeId, "countSessions");
        return em.createQuery("select count(s) from CommitteeSession s where s.committeeId = :c", Long.class)
                .setParameter("c", c.getId()).getSingleResult();
    }

    /** The keeper opens a session, called by an oficio; its number is the committee's next. @return its id */
    public long create(Actor actor, long committeeId, LocalDate heldOn, String convenedBy, Long caseId) {
        Committee c = em.find(Committee.class, committeeId, LockModeType.PESSIMISTIC_WRITE);
        requireKeeper(actor, ofInstitution(actor, c, "create"), "create", String.valueOf(committeeId));
        Map<String, String> problems = new LinkedHashMap<>();
        if (heldOn == null) {
            problems.put("heldOn", "committee.required");
        }
        String oficio = text(convenedBy, CommitteeSession.CONVENED_BY_MAXLENGTH, "convenedBy", true, problems);
        checkCase(actor, caseId, "caseId", problems);
        refuseIf(problems);
        int number = em.createQuery("select coalesce(max(s.number), 0) from CommitteeSession s"
                + " where s.committeeId = :c", Integer.class).setParameter("c", c.getId()).getSingleResult() + 1;
        CommitteeSession s = new CommitteeSession(c, number, heldOn, oficio, caseId, actor.username(),
                clock.instant());
        em.persist(s);
        em.flush();
        return s.getId();
    }

    /** The keeper records the agenda and the agreements, one item per line. */
    public void record(Actor actor, long sessionId, String agenda, String agreements) {
        CommitteeSession s = editable(actor, sessionId, "record");
        Map<String, String> problems = new LinkedHashMap<>();
        String a = text(agenda, CommitteeSession.TEXT_MAXLENGTH, "agenda", true, problems);
        String g = text(agreements, CommitteeSession.TEXT_MAXLENGTH, "agreements", false, problems);
        refuseIf(problems);
        s.record(a, g);
    }

    /** The keeper marks who attended: the members in {@code present}, every other member absent. */
    public void attendance(Actor actor, long sessionId, Set<Long> present) {
        CommitteeSession s = editable(actor, sessionId, "attendance");
        List<MemberLine> members = members(s.getCommitteeId());
        Set<Long> ids = members.stream().map(MemberLine::id).collect(Collectors.toSet());
        if (!ids.containsAll(present)) {
            throw new WorkflowException("committee.invalid", Map.of("attendance", "committee.unknownMember"));
        }
        Map<Long, SessionAttendance> rows = attendanceRows(s.getId());
        for (MemberLine m : members) {
            SessionAttendance row = rows.get(m.id());
            if (row == null) {
                em.persist(new SessionAttendance(s.getId(), m.id(), present.contains(m.id())));
            } else {
                row.mark(present.contains(m.id()));
            }
        }
    }

    /** The keeper records a document the session received, approved, modified or took note of. @return its id */
    public long addDocument(Actor actor, long sessionId, String name, String version, Long caseId, Outcome outcome,
            String note) {
        CommitteeSession s = editable(actor, sessionId, "addDocument");
        Map<String, String> problems = new LinkedHashMap<>();
        String n = text(name, SessionDocument.NAME_MAXLENGTH, "documentName", true, problems);
        String v = text(version, SessionDocument.VERSION_MAXLENGTH, "documentVersion", false, problems);
        String o = text(note, SessionDocument.NOTE_MAXLENGTH, "note", false, problems);
        if (outcome == null) {
            problems.put("outcome", "committee.required");
        }
        checkCase(actor, caseId, "documentCase", problems);
        refuseIf(problems);
        SessionDocument d = new SessionDocument(s.getId(), n, v, caseId, outcome, o);
        em.persist(d);
        em.flush();
        return d.getId();
    }

    /**
     * The keeper drafts the acta from the session's record: an official document (ACTA) of the Secretaría técnica's
     * unit, with the visto bueno at once, whose signers are the present members in the committee's order. The
     * session is closed to changes. Needs the agenda and everyone's attendance, with someone present.
     *
     * @return the acta's official document id
     */
    public long generateActa(Actor actor, long sessionId) {
        CommitteeSession s = editable(actor, sessionId, "generateActa");
        Committee c = em.find(Committee.class, s.getCommitteeId());
        SessionView v = view(actor, s, c);
        if (v.agenda().isEmpty() || v.attendance().stream().anyMatch(a -> a.present() == null)
                || v.attendance().stream().noneMatch(a -> Boolean.TRUE.equals(a.present()))) {
            throw new WorkflowException("committee.acta.incomplete");
        }
        List<OfficialDraft.Signer> signers = v.attendance().stream().filter(a -> Boolean.TRUE.equals(a.present()))
                .map(a -> new OfficialDraft.Signer(a.member().username(), ActaText.capacity(a.member(), c.getCode())))
                .toList();
        String addressees = v.attendance().stream().map(a -> a.member().fullName()).collect(Collectors.joining("\n"));
        String body = ActaText.body(c.getName(), s.getNumber(), s.getHeldOn().toString(), s.getConvenedBy(),
                v.agenda(), v.attendance(), v.agreements(), v.documents());
        long acta = documents.draft(actor, new OfficialDraft(OfficialDocumentKind.ACTA, c.getSecretariatUnit(),
                s.getCaseId(), addressees, ActaText.subject(c.getName(), s.getNumber()), s.getConvenedBy(), body,
                actor.username(), signers, List.of(OfficialDraft.Recipient.unit(c.getSecretariatUnit()))));
        documents.askReview(actor, acta);
        documents.approve(actor, acta);
        s.actaDrafted(acta);
        return acta;
    }

    /**
     * A present member signs the session's acta, in the committee's order. A non-member or an absent member is
     * refused (403, recorded); signing before one's turn is a message.
     *
     * @return the acta's number when this signature completed it, else null
     */
    public String sign(Actor actor, long sessionId) {
        CommitteeSession s = session(actor, sessionId, "sign", true);
        Optional<MemberLine> member = members(s.getCommitteeId()).stream()
                .filter(m -> m.username().equals(actor.username())).findFirst();
        if (member.isEmpty()) {
            throw denied(actor, "sign", s, "not a member of the committee");
        }
        SessionAttendance row = attendanceRows(s.getId()).get(member.get().id());
        if (row == null || !row.isPresent()) {
            throw denied(actor, "sign", s, "absent from the session: may not sign its acta");
        }
        if (s.getActaDocumentId() == null) {
            throw new WorkflowException("committee.acta.none");
        }
        return documents.sign(actor, s.getActaDocumentId());
    }

    public SessionView view(Actor actor, long sessionId) {
        CommitteeSession s = session(actor, sessionId, "view", false);
        return view(actor, s, em.find(Committee.class, s.getCommitteeId()));
    }

    private SessionView view(Actor actor, CommitteeSession s, Committee c) {
        Map<Long, SessionAttendance> rows = attendanceRows(s.getId());
        OfficialDocument acta = s.getActaDocumentId() == null ? null
                : em.find(OfficialDocument.class, s.getActaDocumentId());
        Set<String> signed = acta == null ? Set.of() : acta.getSigners().stream().filter(OfficialSignature::isSigned)
                .map(OfficialSignature::getUsername).collect(Collectors.toSet());
        List<AttendanceLine> attendance = members(c.getId()).stream().map(m -> new AttendanceLine(m,
                rows.containsKey(m.id()) ? rows.get(m.id()).isPresent() : null, signed.contains(m.username())))
                .toList();
        List<DocumentLine> docs = em.createQuery("select d from SessionDocument d where d.sessionId = :s"
                + " order by d.id", SessionDocument.class).setParameter("s", s.getId()).getResultStream()
                .map(d -> new DocumentLine(d.getId(), d.getName(), d.getDocumentVersion(), d.getCaseId(),
                        d.getOutcome(), d.getNote())).toList();
        Optional<OfficialSignature> next = acta == null ? Optional.empty() : acta.nextSigner();
        boolean present = attendance.stream().anyMatch(a -> a.member().username().equals(actor.username())
                && Boolean.TRUE.equals(a.present()));
        boolean maySign = present && next.filter(n -> n.getUsername().equals(actor.username())).isPresent();
        return new SessionView(s.getId(), row(actor, c), s.getNumber(), s.getHeldOn(), s.getConvenedBy(),
                s.getCaseId(), lines(s.getAgenda()), lines(s.getAgreements()), attendance, docs,
                s.getActaDocumentId(), acta == null ? null : acta.getState(), acta == null ? null : acta.getNumber(),
                next.map(OfficialSignature::getFullName).orElse(null), isKeeper(actor, c) && s.isOpen(), maySign);
    }

    private CommitteeRow row(Actor actor, Committee c) {
        long sessions = em.createQuery("select count(s) from CommitteeSession s where s.committeeId = :c", Long.class)
                .setParameter("c", c.getId()).getSingleResult();
        return new CommitteeRow(c.getId(), c.getCode(), c.getName(), c.getSecretariatUnit(),
                c.getSecretaryUsername(), sessions, isKeeper(actor, c));
    }

    List<MemberLine> members(long committeeId) {
        return em.createQuery("select m from CommitteeMember m where m.committeeId = :c order by m.position",
                CommitteeMember.class).setParameter("c", committeeId).getResultStream()
                .map(m -> new MemberLine(m.getId(), m.getUsername(), m.getFullName(), m.getRole(), m.getSeat()))
                .toList();
    }

    private Map<Long, SessionAttendance> attendanceRows(long sessionId) {
        return em.createQuery("select a from SessionAttendance a where a.sessionId = :s", SessionAttendance.class)
                .setParameter("s", sessionId).getResultStream()
                .collect(Collectors.toMap(SessionAttendance::getMemberId, Function.identity()));
    }

    private CommitteeSession editable(Actor actor, long sessionId, String action) {
        CommitteeSession s = session(actor, sessionId, action, true);
        requireKeeper(actor, em.find(Committee.class, s.getCommitteeId()), action, String.valueOf(sessionId));
        if (!s.isOpen()) {
            throw new WorkflowException("committee.session.closed");
        }
        return s;
    }

    private CommitteeSession session(Actor actor, long sessionId, String action, boolean lock) {
        CommitteeSession s = lock ? em.find(CommitteeSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CommitteeSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException("committee.session.notFound");
        }
        Committee c = em.find(Committee.class, s.getCommitteeId());
        if (!actor.of(c.getInstitutionCode()) || !mayRead(actor, c)) {
            throw denied(actor, action, OBJECT, String.valueOf(sessionId), "takes no part in the committee");
        }
        return s;
    }

    private Committee readable(Actor actor, long committeeId, String action) {
        Committee c = ofInstitution(actor, em.find(Committee.class, committeeId), action);
        if (!mayRead(actor, c)) {
            throw denied(actor, action, "committee", String.valueOf(committeeId), "takes no part in the committee");
        }
        return c;
    }

    private Committee ofInstitution(Actor actor, Committee c, String action) {
        if (c == null) {
            throw new NotFoundException("committee.notFound");
        }
        if (!actor.of(c.getInstitutionCode())) {
            throw denied(actor, action, "committee", String.valueOf(c.getId()), "committee of another institution");
        }
        return c;
    }

    private void requireKeeper(Actor actor, Committee c, String action, String objectId) {
        if (!isKeeper(actor, c)) {
            throw denied(actor, action, OBJECT, objectId, "not the committee's Secretaría técnica nor the Jefe");
        }
    }

    /** The Secretaría técnica (the committee's secretary) and the institution's Jefe keep the sessions. */
    private static boolean isKeeper(Actor actor, Committee c) {
        return actor.of(c.getInstitutionCode())
                && (actor.has(Roles.JEFE) || actor.username().equals(c.getSecretaryUsername()));
    }

    /** Keepers, members and the Auditor read a committee. */
    private boolean mayRead(Actor actor, Committee c) {
        return isKeeper(actor, c) || actor.has(Roles.AUDITOR) || em.createQuery("select count(m) from"
                + " CommitteeMember m where m.committeeId = :c and m.username = :u", Long.class)
                .setParameter("c", c.getId()).setParameter("u", actor.username()).getSingleResult() > 0;
    }

    private void checkCase(Actor actor, Long caseId, String field, Map<String, String> problems) {
        if (caseId != null && em.createQuery("select count(c) from WorkCase c where c.id = :id"
                + " and c.institutionCode = :institution", Long.class).setParameter("id", caseId)
                .setParameter("institution", actor.institutionCode()).getSingleResult() == 0) {
            problems.put(field, "committee.unknownCase");
        }
    }

    private static String text(String value, int max, String field, boolean required, Map<String, String> problems) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            problems.put(field, "committee.required");
        } else if (v != null && v.length() > max) {
            problems.put(field, "committee.tooLong");
        }
        return v;
    }

    private static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new WorkflowException("committee.invalid", problems);
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    private AccessDeniedException denied(Actor actor, String action, CommitteeSession s, String detail) {
        return denied(actor, action, OBJECT, String.valueOf(s.getId()), detail);
    }

    private AccessDeniedException denied(Actor actor, String action, String object, String id, String detail) {
        securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor.username(), actor.roles(), actor.unitCode(),
                "CommitteeSessions." + action, object, id, detail);
        return new AccessDeniedException(actor.username() + " may not " + action + " " + object + " " + id);
    }
}
