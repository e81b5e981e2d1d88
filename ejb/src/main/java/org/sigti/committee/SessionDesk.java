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
import org.sigti.committee.CommitteeMember.Role;
import org.sigti.committee.CommitteeMember.Seat;
import org.sigti.committee.CommitteeViews.DocumentLine;
import org.sigti.committee.CommitteeViews.FormerMember;
import org.sigti.committee.CommitteeViews.MemberLine;
import org.sigti.committee.CommitteeViews.PersonOption;
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
import org.sigti.security.SettingsHistory;
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
    /** How many people a search for a new member offers. */
    public static final int MAX_CANDIDATES = 20;
    /** The history of settings' kind for a committee's membership. */
    public static final String SETTING = "COMMITTEE_MEMBER";
    private static final String OBJECT = "committee_session";
    private static final String MEMBER_INVALID = "committee.member.invalid";

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    DocumentDesk documents;

    @EJB
    SettingsHistory history;

    Clock clock = Clock.systemUTC();

    /** The committees of the actor's institution the actor may read, by code. */
    public List<CommitteeRow> committees(Actor actor) {
        return em.createQuery("select c from Committee c where c.institutionCode = :i order by c.code", Committee.class)
                .setParameter("i", actor.institutionCode()).getResultStream().filter(c -> mayRead(actor, c))
                .map(c -> row(actor, c)).toList();
    }

    public CommitteeView committee(Actor actor, long committeeId) {
        Committee c = readable(actor, committeeId, "committee");
        List<FormerMember> former = em.createQuery("select m from CommitteeMember m where m.committeeId = :c"
                + " and m.untilOn is not null order by m.untilOn desc, m.position", CommitteeMember.class)
                .setParameter("c", c.getId()).getResultStream().map(m -> new FormerMember(m.getUsername(),
                        m.getFullName(), m.getRole(), m.getSeat(), m.getSinceOn(), m.getUntilOn())).toList();
        return new CommitteeView(row(actor, c), members(c.getId()), former);
    }

    /**
     * People of the actor's institution known to SIGTI (they have logged in once) whose name or user name contains
     * {@code text}, who are not members now: at most {@link #MAX_CANDIDATES}, by name. Keepers only.
     */
    public List<PersonOption> candidates(Actor actor, long committeeId, String text) {
        Committee c = ofInstitution(actor, em.find(Committee.class, committeeId), "candidates");
        requireKeeper(actor, c, "candidates", String.valueOf(committeeId));
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        return em.createQuery("select new org.sigti.committee.CommitteeViews$PersonOption(p.username, p.fullName,"
                + " u.code) from UserProfile p join p.unit u where u.institutionCode = :i"
                + " and (lower(p.fullName) like :t escape '!' or lower(p.username) like :t escape '!')"
                + " and not exists (select m.id from CommitteeMember m where m.committeeId = :c"
                + " and m.username = p.username and m.untilOn is null) order by p.fullName, p.username",
                PersonOption.class).setParameter("i", c.getInstitutionCode()).setParameter("c", c.getId())
                .setParameter("t", "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .setMaxResults(MAX_CANDIDATES).getResultList();
    }

    /**
     * The keeper seats a person of the institution on the committee, last in the signing order; a former member
     * takes their old row again. A presidencia or Secretaría técnica seat already held (titular or alterno) is
     * refused. Written in the history of settings. @return the member's id
     */
    public long addMember(Actor actor, long committeeId, String username, Role role, Seat seat) {
        Committee c = em.find(Committee.class, committeeId, LockModeType.PESSIMISTIC_WRITE);
        requireKeeper(actor, ofInstitution(actor, c, "addMember"), "addMember", String.valueOf(committeeId));
        Map<String, String> problems = new LinkedHashMap<>();
        String fullName = username == null || username.isBlank() ? null : em.createQuery("select p.fullName"
                + " from UserProfile p join p.unit u where p.username = :u and u.institutionCode = :i", String.class)
                .setParameter("u", username.strip()).setParameter("i", c.getInstitutionCode()).getResultStream()
                .findFirst().orElse(null);
        if (fullName == null) {
            problems.put("member", username == null || username.isBlank() ? "committee.required"
                    : "committee.member.unknownPerson");
        }
        requireSeat(role, seat, problems);
        if (!problems.isEmpty()) {
            throw new WorkflowException(MEMBER_INVALID, problems);
        }
        List<CommitteeMember> rows = em.createQuery("select m from CommitteeMember m where m.committeeId = :c",
                CommitteeMember.class).setParameter("c", c.getId()).getResultList();
        CommitteeMember existing = rows.stream().filter(m -> m.getUsername().equals(username.strip())).findFirst()
                .orElse(null);
        if (existing != null && existing.isCurrent()) {
            throw new WorkflowException(MEMBER_INVALID, Map.of("member", "committee.member.already"));
        }
        refuseTaken(rows, null, role, seat);
        int last = rows.stream().filter(CommitteeMember::isCurrent).mapToInt(CommitteeMember::getPosition).max()
                .orElse(0);
        LocalDate today = LocalDate.now(clock);
        CommitteeMember m;
        if (existing == null) {
            m = new CommitteeMember(c.getId(), username.strip(), fullName, role, seat, last + 1, today);
            em.persist(m);
        } else {
            m = existing;
            m.rejoin(fullName, role, seat, last + 1, today);
        }
        em.flush();
        String key = memberKey(c, m);
        history.changed(SETTING, key, "active", Boolean.FALSE, Boolean.TRUE);
        history.changed(SETTING, key, "role", null, roleWord(role));
        history.changed(SETTING, key, "seat", null, seatWord(seat));
        return m.getId();
    }

    /** The keeper changes a current member's role or seat, with the same rule as {@link #addMember}. */
    public void changeMember(Actor actor, long memberId, Role role, Seat seat) {
        CommitteeMember m = currentMember(actor, memberId, "changeMember");
        Map<String, String> problems = new LinkedHashMap<>();
        requireSeat(role, seat, problems);
        if (!problems.isEmpty()) {
            throw new WorkflowException(MEMBER_INVALID, problems);
        }
        Committee c = em.find(Committee.class, m.getCommitteeId());
        refuseTaken(em.createQuery("select m from CommitteeMember m where m.committeeId = :c", CommitteeMember.class)
                .setParameter("c", c.getId()).getResultList(), m, role, seat);
        String key = memberKey(c, m);
        history.changed(SETTING, key, "role", roleWord(m.getRole()), roleWord(role));
        history.changed(SETTING, key, "seat", seatWord(m.getSeat()), seatWord(seat));
        m.change(role, seat);
    }

    /**
     * The keeper records that a member left the committee today. The committee's own Secretaría técnica does not
     * leave here, nor does a member who still has an acta to sign; a left member's attendance in sessions still
     * open is dropped.
     */
    public void removeMember(Actor actor, long memberId) {
        CommitteeMember m = currentMember(actor, memberId, "removeMember");
        Committee c = em.find(Committee.class, m.getCommitteeId());
        if (m.getUsername().equals(c.getSecretaryUsername())) {
            throw new WorkflowException("committee.member.isSecretary");
        }
        long pending = em.createQuery("select count(s) from CommitteeSession s, SessionAttendance a,"
                + " OfficialDocument d join d.signers g where s.committeeId = :c and a.sessionId = s.id"
                + " and a.memberId = :m and a.present = true and d.id = s.actaDocumentId and g.username = :u"
                + " and g.signedAt is null", Long.class).setParameter("c", c.getId())
                .setParameter("m", m.getId()).setParameter("u", m.getUsername()).getSingleResult();
        if (pending > 0) {
            throw new WorkflowException("committee.member.pendingSignature");
        }
        em.createQuery("delete from SessionAttendance a where a.memberId = :m and a.sessionId in (select s.id from"
                + " CommitteeSession s where s.committeeId = :c and s.actaDocumentId is null)")
                .setParameter("m", m.getId()).setParameter("c", c.getId()).executeUpdate();
        m.leave(LocalDate.now(clock));
        history.changed(SETTING, memberKey(c, m), "active", Boolean.TRUE, Boolean.FALSE);
    }

    private CommitteeMember currentMember(Actor actor, long memberId, String action) {
        CommitteeMember m = em.find(CommitteeMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException("committee.member.notFound");
        }
        Committee c = em.find(Committee.class, m.getCommitteeId(), LockModeType.PESSIMISTIC_WRITE);
        requireKeeper(actor, ofInstitution(actor, c, action), action, String.valueOf(memberId));
        if (!m.isCurrent()) {
            throw new NotFoundException("committee.member.notFound");
        }
        return m;
    }

    private static void requireSeat(Role role, Seat seat, Map<String, String> problems) {
        if (role == null) {
            problems.put("role", "committee.required");
        }
        if (seat == null) {
            problems.put("seat", "committee.required");
        }
    }

    /** One presidencia and one Secretaría técnica per seat kind: whoever else holds it must leave or change first. */
    private static void refuseTaken(List<CommitteeMember> rows, CommitteeMember self, Role role, Seat seat) {
        if (role != Role.MIEMBRO && rows.stream().anyMatch(o -> o != self && o.isCurrent() && o.getRole() == role
                && o.getSeat() == seat)) {
            throw new WorkflowException(MEMBER_INVALID, Map.of("role", "committee.member.roleTaken"));
        }
    }

    private static String memberKey(Committee c, CommitteeMember m) {
        return c.getCode() + " · " + m.getFullName() + " (" + m.getUsername() + ")";
    }

    /** The history of settings shows these in the bundle's words (its keys {@code CommitteeRole.*}). */
    private static String roleWord(Role role) {
        return "CommitteeRole." + role.name();
    }

    private static String seatWord(Seat seat) {
        return "CommitteeSeat." + seat.name();
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
        List<MemberLine> roster = s.isOpen() ? members(c.getId()) : attended(s.getId());
        List<AttendanceLine> attendance = roster.stream().map(m -> new AttendanceLine(m,
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
        return em.createQuery("select m from CommitteeMember m where m.committeeId = :c and m.untilOn is null"
                + " order by m.position", CommitteeMember.class).setParameter("c", committeeId).getResultStream()
                .map(SessionDesk::line).toList();
    }

    /** Who was marked at a session, members then or now, in signing order: the roster of a session with its acta. */
    private List<MemberLine> attended(long sessionId) {
        return em.createQuery("select m from CommitteeMember m where m.id in (select a.memberId from"
                + " SessionAttendance a where a.sessionId = :s) order by m.position", CommitteeMember.class)
                .setParameter("s", sessionId).getResultStream().map(SessionDesk::line).toList();
    }

    private static MemberLine line(CommitteeMember m) {
        return new MemberLine(m.getId(), m.getUsername(), m.getFullName(), m.getRole(), m.getSeat());
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
                + " CommitteeMember m where m.committeeId = :c and m.username = :u and m.untilOn is null", Long.class)
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
