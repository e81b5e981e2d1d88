package org.sigti.blocklist;

import java.time.Instant;

import org.sigti.blocklist.BlockedEntry.Kind;

/** A line of the blocklist as the register shows it: the case numbers, never ids. */
public record BlockRow(long id, Kind kind, String value, String caseNumber, String blockedBy, Instant blockedAt,
        int timesReportedAgain, String lastCaseNumber, Instant lastReportedAt) {
}
