package org.sigti.canned;

import java.time.Instant;

/** A canned response as the screens list it; {@code procedureCode} null: for every procedure of the institution. */
public record CannedRow(long id, String procedureCode, String title, String body, String changedBy,
        Instant changedAt, long version) {
}
