package org.sigti.incidents;

/**
 * What became of an alert: the case it opened ({@code opened}) or updated, and how often the alert has come.
 */
public record AlertReceipt(long caseId, String caseNumber, boolean opened, int occurrences) {
}
