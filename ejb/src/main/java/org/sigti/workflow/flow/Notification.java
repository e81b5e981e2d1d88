package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * A mail a step sends when it is completed: the template (a pair {@code <template>.subject} /
 * {@code <template>.body} of the procedure's {@link MailTemplates}) and its recipients, on any way out or only on
 * {@code outcome}; each recipient of {@code to} gets one mail, with the people of {@code cc} in copy (its Cc header).
 *
 * @param outcome the way out that sends it, or null for any
 * @param cc      who gets it in copy (none: empty)
 */
public record Notification(String template, String outcome, List<Recipient> to, List<Recipient> cc)
        implements Serializable {

    public Notification(String template, String outcome, List<Recipient> to) {
        this(template, outcome, to, List.of());
    }

    public Notification {
        requireNonNull(template);
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("mail " + template + " has no recipient");
        }
    }

    /** Whether taking {@code way} out of the step sends it. */
    public boolean sentOn(String way) {
        return outcome == null || outcome.equals(way);
    }
}
