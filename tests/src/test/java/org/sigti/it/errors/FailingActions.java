package org.sigti.it.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sigti.workflow.ConcurrentActionException;

/**
 * Test-only actions of a test-only page ({@code /test-errors/fail.xhtml}, added to SIGTI's web module by
 * {@link ErrorPagesIT} alone): a defect SIGTI cannot be asked to commit on purpose, and a refusal of the kernel's own
 * kind, so that what the person sees after each is tested, by ajax and by a full post.
 */
@Named("failingActions")
@RequestScoped
public class FailingActions {

    /** What the server log must carry with the error's reference. */
    public static final String DEFECT = "ErrorPagesIT defect on purpose";

    public void defect() {
        throw new IllegalStateException(DEFECT);
    }

    public void refusal() {
        throw new ConcurrentActionException("SOL-2026-424242", "3");
    }
}
