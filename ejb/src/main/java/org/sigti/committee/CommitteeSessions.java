package org.sigti.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.committee.CommitteeViews.CommitteeRow;
import org.sigti.committee.CommitteeMember.Role;
import org.sigti.committee.CommitteeMember.Seat;
import org.sigti.committee.CommitteeViews.CommitteeView;
import org.sigti.committee.CommitteeViews.PersonOption;
import org.sigti.committee.CommitteeViews.SessionRow;
import org.sigti.committee.CommitteeViews.SessionView;
import org.sigti.committee.SessionDocument.Outcome;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;

/**
 * Committees and their sessions for the screens ({@code /committee/list.xhtml}, {@code /committee/committee.xhtml},
 * {@code /committee/session.xhtml}): the Secretaría técnica (a Responsable of the OGTIE) and the Jefe keep the
 * members and the sessions, members read them and sign their actas, the Auditor reads. The roles here are the outer gate; who may do
 * what on a given committee is {@link SessionDesk}'s (a refusal is a 403 and a security event). Each method is one
 * transaction.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUTORIDAD, Roles.DIRECTOR, Roles.COMITE,
        Roles.AUDITOR})
public class CommitteeSessions {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SessionDesk desk;

    public List<CommitteeRow> committees() {
        return desk.committees(me());
    }

    public CommitteeView committee(long id) {
        return desk.committee(me(), id);
    }

    public List<SessionRow> sessions(long committeeId, int first, int size) {
        return desk.sessions(me(), committeeId, first, size);
    }

    public long countSessions(long committeeId) {
        return desk.countSessions(me(), committeeId);
    }

    public SessionView session(long id) {
        return desk.view(me(), id);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long create(long committeeId, LocalDate heldOn, String convenedBy, Long caseId) {
        return desk.create(me(), committeeId, heldOn, convenedBy, caseId);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void record(long sessionId, String agenda, String agreements) {
        desk.record(me(), sessionId, agenda, agreements);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void attendance(long sessionId, Set<Long> present) {
        desk.attendance(me(), sessionId, present);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long addDocument(long sessionId, String name, String version, Long caseId, Outcome outcome, String note) {
        return desk.addDocument(me(), sessionId, name, version, caseId, outcome, note);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long generateActa(long sessionId) {
        return desk.generateActa(me(), sessionId);
    }

    /** People of the institution who may join the committee, by part of their name or user name (keepers). */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public List<PersonOption> candidates(long committeeId, String text) {
        return desk.candidates(me(), committeeId, text);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long addMember(long committeeId, String username, Role role, Seat seat) {
        return desk.addMember(me(), committeeId, username, role, seat);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void changeMember(long memberId, Role role, Seat seat) {
        desk.changeMember(me(), memberId, role, seat);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void removeMember(long memberId) {
        desk.removeMember(me(), memberId);
    }

    /** @return the acta's number when this signature completed it, else null */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUTORIDAD, Roles.DIRECTOR, Roles.COMITE})
    public String sign(long sessionId) {
        return desk.sign(me(), sessionId);
    }

    private Actor me() {
        return Callers.actor(context, em);
    }
}
