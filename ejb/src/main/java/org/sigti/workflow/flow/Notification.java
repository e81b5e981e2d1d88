package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * A mail a step sends when it is completed: the template (a pair {@code <template>.subject} /
 * {@code <template>.body} of the procedure's {@link MailTemplates}) and its recipients, on any way out or only on
 * {@code outcome}.
 *
 * @param outcome the way out that sends it, or null for any
 */
public record Notification(String template, String outcome, List<Recipient> to) implements Serializable {

    public Notification {
        requireNonNull(template);
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("mail " + template + " has no recipient");
        }
    }

    /** Whether taking {@code way} out of the step sends it. */
    public boolean sentOn(String way) {
        return outcome == null || outcome.equals(way);
    }
}
