package org.sigti.workflow.flow;

import java.io.Serializable;

import org.sigti.workflow.Transition;

/**
 * What a procedure does when one of its steps is completed: record a knowledge-base article, hand over a piece of
 * equipment, refuse the move by throwing a {@link org.sigti.workflow.WorkflowException}. Bound to the step in the
 * declaration, usually as a method reference of the procedure's EJB ({@code UgatAitPr01::recordArticle}); the kernel
 * calls it on the EJB, inside the move's transaction, after checking the move and before writing it.
 *
 * @param <P> the procedure's EJB class
 */
@FunctionalInterface
public interface StepHook<P> extends Serializable {

    void run(P procedure, Transition transition);
}
