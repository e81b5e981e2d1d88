package org.sigti.procedure.accounts;

import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.accounts.AccountOrder;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/** What the account procedures share: the order a case recorded so far, and the four-eyes rule. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountCases {

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    /** The values recorded on the case, with those of the move under way over them. */
    public Map<String, String> values(Transition t) {
        Map<String, String> values = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c", CaseField.class).setParameter("c", t.caseId())
                .getResultList().forEach(f -> values.put(f.getName(), f.getValue()));
        values.putAll(t.fields());
        return values;
    }

    public AccountOrder order(Transition t, boolean needsPlatforms) {
        return AccountOrder.parse(values(t), needsPlatforms);
    }

    public String value(Transition t, String name) {
        return values(t).get(name);
    }

    /**
     * Four eyes (ASVS 2.3.5, ISO 27001 A.5.3): nobody approves a grant or a baja of their own accounts, nor one
     * they requested. The refusal is recorded as a security event (its own transaction) and the move rolls back.
     */
    public void requireOtherApprover(Transition t, AccountOrder order) {
        String actor = t.actor().username();
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String reason = null;
        String key = null;
        if (actor.equalsIgnoreCase(order.username())) {
            reason = "approver is the person concerned";
            key = "accounts.fourEyes.self";
        } else if (c != null && actor.equalsIgnoreCase(c.getRequesterUsername())) {
            reason = "approver requested the case";
            key = "accounts.fourEyes.requester";
        }
        if (key != null) {
            securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor, t.actor().roles(), t.actor().unitCode(),
                    "Workflow.act " + t.outcome() + " (four eyes)", "case", String.valueOf(t.caseId()),
                    t.caseNumber() + " step " + t.fromStep() + ": " + reason + " (" + order.username() + ")");
            throw new WorkflowException(key, t.caseNumber(), order.username());
        }
    }

    /** Whether the case holds at least one attached file (the signed authorization's scan). */
    public boolean hasAttachment(long caseId) {
        return em.createQuery("select count(a) from CaseAttachment a where a.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult() > 0;
    }
}
