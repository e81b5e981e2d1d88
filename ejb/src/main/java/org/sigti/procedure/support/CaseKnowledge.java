package org.sigti.procedure.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.kb.KbException;
import org.sigti.kb.KbScope;
import org.sigti.kb.KnowledgeBase;
import org.sigti.security.Roles;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The knowledge-base side effect the support manuals ask for when a case is solved (PR01 step 6, PR02 step 6, PR03
 * step 4): when the operator gives an article title, the case's problem and its registered solution become a new
 * article linked to the case, in the same transaction as the move. "Do not add cases already registered": a title
 * the base already has refuses the move with the existing article's code; leaving the title empty records nothing.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
public class CaseKnowledge {

    @PersistenceContext
    EntityManager em;

    @EJB
    KnowledgeBase knowledgeBase;

    public void recordArticle(Transition t) {
        String title = t.value(SupportFields.KB_TITLE);
        if (title == null || title.isBlank()) {
            return;
        }
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String solution = em.createQuery("select f from CaseField f where f.caseId = :c and f.name = :n",
                CaseField.class).setParameter("c", t.caseId()).setParameter("n", SupportFields.SOLUTION.name()).getResultStream().findFirst()
                .map(CaseField::getValue).orElse(null);
        if (solution == null) {
            throw new WorkflowException("workflow.kb.noSolution");
        }
        String problem = c.getDescription() == null ? c.getTitle() : c.getTitle() + "\n\n" + c.getDescription();
        try {
            knowledgeBase.create(new org.sigti.kb.KbDraft(title, problem, solution, KbScope.INTERNAL,
                    t.actor().unitCode()), t.caseId());
        } catch (KbException e) {
            throw new WorkflowException(e.getMessageKey(), e.getArguments().toArray(String[]::new));
        }
    }
}
