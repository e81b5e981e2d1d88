package org.sigti.kb;

import java.util.List;

/** The draft cannot be saved as it is; {@link #getViolations()} says what to fix, field by field. */
public class KbInvalidDraftException extends KbException {

    private static final long serialVersionUID = 1L;

    private final List<KbViolation> violations;

    public KbInvalidDraftException(List<KbViolation> violations) {
        super("Invalid knowledge-base article: " + violations, "kb.error.invalid");
        this.violations = List.copyOf(violations);
    }

    public List<KbViolation> getViolations() {
        return violations;
    }
}
