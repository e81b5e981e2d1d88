package org.sigti.security;

import java.time.Instant;

/** A changed field of a setting, as the history screen lists it. */
public record SettingRow(long id, Instant changedAt, String changedBy, String objectType, String objectKey,
        String field, String oldValue, String newValue) {
}
