package org.sigti.procedure.change;

import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.changes.GoLive;
import org.sigti.changes.SystemChanges;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * What the procedures that take a change to production share (SEPREM-DI-007.1, SEPREM-DI-003.2): the system of the
 * catalog a step names, the go-live that records the change in the system's history after the copy taken before it,
 * and the Responsable's waiver of that copy (the procedures' step {@code 6.D}). Every method runs inside the move's
 * transaction, so a refusal leaves the case and the history as they were.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeCases {

    /** The fields a procedure records its change in, at the steps where the work happens; no copy for a first release. */
    public record ChangeFields(FieldDefinition system, FieldDefinition summary, FieldDefinition version,
            FieldDefinition rollback, FieldDefinition copy) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    SystemChanges changes;

    /** The step naming the system: it must be in the institution's catalog. */
    public void checkSystem(Transition t, FieldDefinition system) {
        changes.systemId(t.value(system));
    }

    /** The approval: the change goes into the system's history, after its backup copy or under a waiver. */
    public void goLive(Transition t, ChangeFields f) {
        Map<String, String> v = values(t);
        changes.goLive(new GoLive(t.caseId(), v.get(f.system().name()), v.get(f.summary().name()),
                v.get(f.version().name()), v.get(f.rollback().name()), t.value(f.copy())));
    }

    /** A new system's go-live: its first release goes into its history, with no copy before it. */
    public void firstRelease(Transition t, ChangeFields f) {
        Map<String, String> v = values(t);
        changes.firstRelease(new GoLive(t.caseId(), v.get(f.system().name()), v.get(f.summary().name()),
                v.get(f.version().name()), v.get(f.rollback().name()), null));
    }

    /** The Responsable waives the copy for the case's system, with the reason. */
    public void waive(Transition t, FieldDefinition system, FieldDefinition reason) {
        changes.waive(t.caseId(), values(t).get(system.name()), t.value(reason));
    }

    /** The values recorded on the case, with those of the move under way over them. */
    public Map<String, String> values(Transition t) {
        Map<String, String> values = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c", CaseField.class).setParameter("c", t.caseId())
                .getResultList().forEach(f -> values.put(f.getName(), f.getValue()));
        values.putAll(t.fields());
        return values;
    }
}
