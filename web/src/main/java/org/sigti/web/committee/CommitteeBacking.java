package org.sigti.web.committee;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.committee.CommitteeMember.Role;
import org.sigti.committee.CommitteeMember.Seat;
import org.sigti.committee.CommitteeSessions;
import org.sigti.committee.CommitteeViews.MemberLine;
import org.sigti.committee.CommitteeViews.PersonOption;
import org.sigti.committee.CommitteeViews.CommitteeView;
import org.sigti.committee.CommitteeViews.SessionRow;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /committee/committee.xhtml?id=}: a committee, its members and its sessions (paged in the database); its
 * Secretaría técnica and the Jefe open a new session, called by an oficio, and land on its page. They also keep the
 * members: seat a person of the institution found by name, change a member's role or seat, record that one left.
 */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeSessions committees;

    private Long id;
    private CommitteeView committee;
    private LazyDataModel<SessionRow> sessions;

    private final Map<Long, MemberEdit> edits = new HashMap<>();
    private String memberSearch;
    private List<PersonOption> candidates = List.of();
    private String newMember;
    private Role newRole;
    private Seat newSeat;

    private String heldOn;
    private String convenedBy;
    private String caseId;

    /** f:viewAction: the committee named by the URL; an unknown one is "not found", another's a 403. */
    public void load() throws IOException {
        try {
            committee = id == null ? null : committees.committee(id);
        } catch (WorkflowException unknown) {
            committee = null;
        }
        if (committee == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        edits.clear();
        for (MemberLine m : committee.members()) {
            edits.put(m.id(), new MemberEdit(m.role(), m.seat()));
        }
        long committeeId = id;
        sessions = new PagedList<>(() -> committees.countSessions(committeeId),
                (first, size) -> committees.sessions(committeeId, first, size), r -> String.valueOf(r.id()));
    }

    public String create() {
        long session;
        try {
            session = committees.create(id, Dates.parse(heldOn), convenedBy, Dates.caseId(caseId, "caseId"));
        } catch (WorkflowException e) {
            Messages.show(e, Dates::label);
            return null;
        }
        Messages.info("committee_committee.created");
        return "/committee/session.xhtml?faces-redirect=true&id=" + session;
    }

    /** The people whose name or user name contains what was typed, not members now (the page stays). */
    public void search() {
        try {
            candidates = committees.candidates(id, memberSearch);
        } catch (WorkflowException e) {
            candidates = List.of();
            Messages.show(e, Dates::label);
            return;
        }
        newMember = candidates.isEmpty() ? null : candidates.get(0).username();
        if (candidates.isEmpty()) {
            Messages.error("committee_committee.noCandidates");
        }
    }

    public String addMember() {
        try {
            committees.addMember(id, newMember, newRole, newSeat);
        } catch (WorkflowException e) {
            Messages.show(e, Dates::label);
            return null;
        }
        Messages.info("committee_committee.memberAdded");
        return self();
    }

    public String changeMember(long memberId) {
        MemberEdit edit = edits.get(memberId);
        try {
            committees.changeMember(memberId, edit == null ? null : edit.getRole(),
                    edit == null ? null : edit.getSeat());
        } catch (WorkflowException e) {
            Messages.show(e, Dates::label);
            return null;
        }
        Messages.info("committee_committee.memberChanged");
        return self();
    }

    public String removeMember(long memberId) {
        try {
            committees.removeMember(memberId);
        } catch (WorkflowException e) {
            Messages.show(e, Dates::label);
            return null;
        }
        Messages.info("committee_committee.memberRemoved");
        return self();
    }

    private String self() {
        return "/committee/committee.xhtml?faces-redirect=true&id=" + id;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Seat[] getSeats() {
        return Seat.values();
    }

    public Map<Long, MemberEdit> getEdits() {
        return edits;
    }

    public String getMemberSearch() {
        return memberSearch;
    }

    public void setMemberSearch(String memberSearch) {
        this.memberSearch = memberSearch;
    }

    public List<PersonOption> getCandidates() {
        return candidates;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public Seat getNewSeat() {
        return newSeat;
    }

    public void setNewSeat(Seat newSeat) {
        this.newSeat = newSeat;
    }

    /** A member's role and seat as the row's selects edit them. */
    public static final class MemberEdit implements Serializable {

        private static final long serialVersionUID = 1L;
        private Role role;
        private Seat seat;

        MemberEdit(Role role, Seat seat) {
            this.role = role;
            this.seat = seat;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public Seat getSeat() {
            return seat;
        }

        public void setSeat(Seat seat) {
            this.seat = seat;
        }
    }

    public CommitteeView getCommittee() {
        return committee;
    }

    public LazyDataModel<SessionRow> getSessions() {
        return sessions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public void setConvenedBy(String convenedBy) {
        this.convenedBy = convenedBy;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }
}
