package org.sigti.workflow.flow;

/** The shape of a way out of a step, as the specification's flow column marks it. */
public enum OutcomeKind {
    /** → n */
    NEXT,
    /** ◆ condition → n */
    DECISION,
    /** ↺ back to an earlier step */
    LOOP,
    /** ⇒ into another procedure */
    JUMP,
    /** END */
    END
}
