package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One step of a procedure as its manual numbers it ({@code 3.A.1}), with who does it, the short title and the hint
 * of what the manual asks, the record or document it produces, the values it records, and its ways out.
 *
 * @param observable whether whoever does the step may ask the requester for more information first (the case
 *                   then waits on the requester and comes back to this step)
 * @param join       whether the step waits for every parallel branch of its case to arrive
 * @param notifications the mails the step sends when it is completed
 * @param opensCase  the linked case SIGTI files when the step is completed (⇲), or null
 * @param awaitsCase the linked case the step waits on (nobody acts on it; SIGTI completes it), or null
 */
public record StepDefinition(String code, Text title, Text hint, Responsible responsible, String output,
        List<FieldDefinition> fields, List<Outcome> outcomes, boolean observable, boolean join,
        List<Notification> notifications, ChildCase opensCase, AwaitedCase awaitsCase)
        implements Serializable {

    public StepDefinition {
        requireNonNull(code);
        requireNonNull(title);
        requireNonNull(responsible);
        fields = List.copyOf(fields);
        outcomes = List.copyOf(outcomes);
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }

    /** The linked case this step files when completed. */
    public Optional<ChildCase> opens() {
        return Optional.ofNullable(opensCase);
    }

    /** The linked case this step waits on, if it is a waiting step. */
    public Optional<AwaitedCase> awaits() {
        return Optional.ofNullable(awaitsCase);
    }

    public Optional<Outcome> outcome(String key) {
        return outcomes.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
