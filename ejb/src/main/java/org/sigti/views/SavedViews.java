package org.sigti.views;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;
import org.sigti.workflow.Inbox;
import org.sigti.workflow.InboxQuery;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.WorkflowException;

/**
 * The inbox's saved views (issue 19, item 3). Whoever works an inbox saves its filters under a name (saving again
 * under a name replaces them) and deletes their own views. A Responsable or the Jefe(a) may share a view with their
 * unit; everyone of the unit then finds it beside their own. A view is listed with how many steps it matches now,
 * counted by {@link Inbox#count} (capped, through the inbox's indexes, and in the reader's own scope: a shared "whole
 * unit" view counts what the reader may see). Another person's view that is not shared with the caller's unit, or of
 * another institution, is refused and recorded, as is sharing without the right. A name left blank or too long is a
 * {@link WorkflowException} the screen shows, and changes nothing.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class SavedViews {

    /** The home page lists at most this many views (own first, then shared, by name). */
    public static final int MAX_LISTED = 30;
    static final String OBJECT = "saved_view";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    InstitutionScope scope;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    Inbox inbox;

    /** The caller's views and those shared with their unit, each with its count now. */
    public List<SavedViewRow> listed() {
        Actor me = Callers.actor(context, em);
        List<SavedView> views = em.createQuery("select v from SavedView v where v.institutionCode = :institution"
                + " and (v.ownerUsername = :me or v.sharedUnitCode = :unit)"
                + " order by case when v.ownerUsername = :me then 0 else 1 end, v.name, v.id", SavedView.class)
                .setParameter("institution", me.institutionCode()).setParameter("me", me.username())
                .setParameter("unit", me.unitCode() == null ? "" : me.unitCode()).setMaxResults(MAX_LISTED)
                .getResultList();
        return views.stream().map(v -> {
            InboxQuery q = query(v);
            int count = inbox.count(q);
            return new SavedViewRow(v.getId(), v.getName(), v.getOwnerUsername().equals(me.username()),
                    v.getOwnerUsername(), v.getSharedUnitCode(), q,
                    count > Inbox.COUNT_CAP ? Inbox.COUNT_CAP + "+" : String.valueOf(count));
        }).toList();
    }

    /** The filters of a view the caller may read (their own, or shared with their unit). */
    public InboxQuery filters(long id) {
        Actor me = Callers.actor(context, em);
        SavedView v = scope.owned(em.find(SavedView.class, id), "SavedViews.filters", OBJECT, id);
        if (v == null) {
            throw new NotFoundException("views.unknown", String.valueOf(id));
        }
        boolean readable = v.getOwnerUsername().equals(me.username())
                || v.getSharedUnitCode() != null && v.getSharedUnitCode().equals(me.unitCode());
        if (!readable) {
            throw denied("SavedViews.filters", id, "neither the owner's nor shared with the caller's unit");
        }
        return query(v);
    }

    /** Whether the caller may share a view with their unit (the form offers the choice only then). */
    public boolean mayShare() {
        return context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.RESPONSABLE);
    }

    /**
     * Keeps {@code filters} under {@code name} for the caller, shared with their unit when {@code share}; a view of
     * theirs with that name takes the new filters. Returns its id.
     */
    public long save(String name, InboxQuery filters, boolean share) {
        Actor me = Callers.actor(context, em);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new WorkflowException("views.invalid", Map.of("name", "views.name.required"));
        }
        if (n.length() > SavedView.NAME_MAXLENGTH) {
            throw new WorkflowException("views.invalid", Map.of("name", "views.name.tooLong"));
        }
        if (share && (!mayShare() || me.unitCode() == null)) {
            throw denied("SavedViews.save", n, "only a Responsable or the Jefe shares a view with their unit");
        }
        SavedView v = em.createQuery("select v from SavedView v where v.ownerUsername = :me and v.name = :name",
                SavedView.class).setParameter("me", me.username()).setParameter("name", n).getResultStream()
                .findFirst().orElse(null);
        boolean created = v == null;
        if (created) {
            v = new SavedView(me.institutionCode(), me.username(), n);
        }
        InboxQuery.Scope s = filters.scope() == null ? InboxQuery.Scope.MINE : filters.scope();
        InboxQuery.Sort sort = filters.sort() == null ? InboxQuery.Sort.AGE : filters.sort();
        v.refilter(s.name(), blankToNull(filters.text()), blankToNull(filters.procedureCode()),
                blankToNull(filters.priority()), sort.name(), filters.descending(), share ? me.unitCode() : null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (created) {
            em.persist(v); // whole: the insert carries the state the entity has when it is persisted
        }
        em.flush();
        return v.getId();
    }

    /** Deletes one of the caller's own views. */
    public void delete(long id) {
        Actor me = Callers.actor(context, em);
        SavedView v = scope.owned(em.find(SavedView.class, id), "SavedViews.delete", OBJECT, id);
        if (v == null) {
            throw new NotFoundException("views.unknown", String.valueOf(id));
        }
        if (!v.getOwnerUsername().equals(me.username())) {
            throw denied("SavedViews.delete", id, "not the owner of the view");
        }
        em.remove(v);
    }

    private AccessDeniedException denied(String action, Object id, String detail) {
        securityEvents.accessDenied(action, OBJECT, String.valueOf(id), null, detail);
        return new AccessDeniedException("saved view " + id + ": " + detail);
    }

    private static InboxQuery query(SavedView v) {
        InboxQuery.Scope s = Arrays.stream(InboxQuery.Scope.values()).filter(x -> x.name().equals(v.getScope()))
                .findFirst().orElse(InboxQuery.Scope.MINE);
        InboxQuery.Sort sort = Arrays.stream(InboxQuery.Sort.values()).filter(x -> x.name().equals(v.getSort()))
                .findFirst().orElse(InboxQuery.Sort.AGE);
        return new InboxQuery(s, v.getText(), v.getProcedureCode(), v.getPriority(), sort, v.isDescending());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
