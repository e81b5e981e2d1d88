package org.sigti.incidents;

/**
 * What became of an alert: the case it opened ({@code opened}) or updated, how often the alert has come, and whether
 * this is the answer given before to the same {@code Idempotency-Key} ({@code replayed}: nothing was recorded now).
 */
public record AlertReceipt(long caseId, String caseNumber, boolean opened, int occurrences, boolean replayed) {
}
