package org.sigti.workflow;

/**
 * The kernel wrote a record on a case's trail, after changing the case (its step, procedure, priority, status,
 * breaches...): every change of a case is recorded so, in the transaction that makes it. Fired there, synchronously,
 * with the case as changed, for observers that keep copies of its state.
 */
public record CaseRecorded(WorkCase workCase) {
}
