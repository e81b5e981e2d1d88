package org.sigti.workflow;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;

/**
 * Bulk work on "Mi bandeja": take, assign or reassign several steps at once. Each step goes through {@link Workflow}
 * exactly as when done alone from the case page (the same kernel checks, trail row and audit of a refusal), each in
 * its own transaction: a refused step changes nothing and undoes none of the others. The answer says, step by step,
 * what was done and, for a refusal, the message key and arguments the user reads.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE})
// no transaction here: each call of Workflow below starts and ends its own, so that one refusal rolls back one step
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkWork {

    /** At most one inbox page at a time. */
    public static final int MAX_ITEMS = Inbox.MAX_PAGE_SIZE;

    /** A step as the inbox showed it: its id and the version the page saw. */
    public record Item(long itemId, long version) implements Serializable {
    }

    /** What became of one step: done, or refused with the message key and arguments the user reads. */
    public record Outcome(long itemId, boolean done, String messageKey, List<String> arguments)
            implements Serializable {

        static Outcome done(long itemId) {
            return new Outcome(itemId, true, null, List.of());
        }

        static Outcome refused(long itemId, String messageKey, List<String> arguments) {
            return new Outcome(itemId, false, messageKey, arguments);
        }
    }

    @EJB
    Workflow workflow;

    /** The caller takes each step, as {@link Workflow#take}. */
    public List<Outcome> take(List<Item> items) {
        return each(items, item -> workflow.take(item.itemId(), item.version()));
    }

    /** Assigns or reassigns each step to one person, as {@link Workflow#assign}. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public List<Outcome> assign(List<Item> items, String username) {
        return each(items, item -> workflow.assign(item.itemId(), item.version(), username));
    }

    private static List<Outcome> each(List<Item> items, java.util.function.Function<Item, CaseRef> move) {
        if (items.isEmpty()) {
            throw new WorkflowException("workflow.bulk.none");
        }
        if (items.size() > MAX_ITEMS) {
            throw new WorkflowException("workflow.bulk.tooMany", String.valueOf(MAX_ITEMS));
        }
        return items.stream().distinct().map(item -> {
            try {
                move.apply(item);
                return Outcome.done(item.itemId());
            } catch (AccessDeniedException e) {
                // recorded as a security event by the kernel, with who asked
                return Outcome.refused(item.itemId(), "workflow.bulk.denied", List.of());
            } catch (WorkflowException e) {
                return Outcome.refused(item.itemId(), e.messageKey(), e.arguments());
            }
        }).toList();
    }
}
