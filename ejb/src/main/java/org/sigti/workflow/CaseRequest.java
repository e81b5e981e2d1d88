package org.sigti.workflow;

/**
 * What a module fires when something happened that the manual answers with a case ("a license is about to expire",
 * "a copy failed its verification"): the event says what happened in the module's own terms, and the procedure that
 * handles it observes it (plain {@code @Observes}, so in the firing transaction), opens its case through
 * {@link CaseEngine#startBySystem} and hands the case
 * back with {@link #opened}. The module then links the case to its own rows with {@link #openedCase()}. The module
 * never names the procedure; exactly one procedure answers each request.
 */
public abstract class CaseRequest {

    private WorkCase opened;

    /** The observing procedure's answer: the case it opened. */
    public final void opened(WorkCase c) {
        if (opened != null) {
            throw new IllegalStateException(getClass().getSimpleName() + " answered twice: " + opened.getNumber()
                    + " and " + c.getNumber());
        }
        opened = c;
    }

    /** The case the procedure opened; fails when no procedure of this deployment handles the request. */
    public final WorkCase openedCase() {
        if (opened == null) {
            throw new IllegalStateException("no procedure opened a case for " + getClass().getSimpleName());
        }
        return opened;
    }
}
