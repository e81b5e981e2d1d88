package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who a step's mail goes to, as the manual names them: the requester, the person the case is about (the user name a
 * field recorded), everyone with a role in a unit ("la Dirección": the Jefe of the direction's queue), a distribution
 * list configured for the installation, or an address typed in a field. Resolved into addresses when the step is
 * completed ({@code org.sigti.workflow.CaseNotifications}).
 *
 * @param kind  which of the five
 * @param role  for {@link Kind#ROLE}: the realm role
 * @param queue for {@link Kind#ROLE}: a queue or unit code, as in {@code by(role, queue)}
 * @param field for {@link Kind#PERSON_IN} and {@link Kind#ADDRESS_IN}: the field declared in the procedure
 * @param list  for {@link Kind#LIST}: the list's name, configured as system property {@code sigti.mail.list.<name>}
 */
public record Recipient(Kind kind, String role, String queue, String field, String list) implements Serializable {

    /** The system property prefix of the distribution lists: {@code sigti.mail.list.<name>} = addresses, comma separated. */
    public static final String LIST_PROPERTY = "sigti.mail.list.";

    /** The kinds of recipient. */
    public enum Kind {
        REQUESTER, PERSON_IN, ROLE, LIST, ADDRESS_IN
    }

    public Recipient {
        requireNonNull(kind);
    }

    /** Whoever filed the case (its contact address). */
    public static Recipient requester() {
        return new Recipient(Kind.REQUESTER, null, null, null, null);
    }

    /** The person the case is about: the user name recorded in {@code field}, looked up among SIGTI's people. */
    public static Recipient personIn(String field) {
        return new Recipient(Kind.PERSON_IN, null, null, requireNonNull(field), null);
    }

    public static Recipient personIn(FieldDefinition field) {
        return personIn(field.name());
    }

    /** Everyone holding {@code role} in the unit that serves {@code queue} (a queue or unit code). */
    public static Recipient role(String role, String queue) {
        return new Recipient(Kind.ROLE, requireNonNull(role), requireNonNull(queue), null, null);
    }

    /** A distribution list: system property {@code sigti.mail.list.<name>}, addresses separated by commas. */
    public static Recipient list(String name) {
        return new Recipient(Kind.LIST, null, null, null, requireNonNull(name));
    }

    /** The address typed in {@code field}. */
    public static Recipient addressIn(String field) {
        return new Recipient(Kind.ADDRESS_IN, null, null, requireNonNull(field), null);
    }

    public static Recipient addressIn(FieldDefinition field) {
        return addressIn(field.name());
    }

    /** The field the recipient is read from, if any. */
    public Optional<String> readsField() {
        return Optional.ofNullable(field);
    }

    /** Who it is, in Spanish, for the case's trail ("no hay dirección de ..."). */
    public String describe() {
        return switch (kind) {
            case REQUESTER -> "el solicitante";
            case PERSON_IN -> "la persona de «" + field + "»";
            case ROLE -> "quien tenga el rol " + role + " en " + queue;
            case LIST -> "la lista de distribución «" + list + "» (" + LIST_PROPERTY + list + ")";
            case ADDRESS_IN -> "el campo «" + field + "»";
        };
    }
}
