package org.sigti.workflow;

/**
 * The kernel opened an inbox item of a case for a role in a unit, fired inside the move's transaction: a synchronous
 * observer writes in it, and what it writes rolls back with the move. {@code unitCode} is null for an item no unit
 * serves (SIGTI's own waits); {@code roleName} is the role the item waits for ({@code Solicitante} for the
 * requester's own). The case is as the move left it so far.
 */
public record WorkItemOpened(WorkCase workCase, String unitCode, String roleName) {
}
