package org.sigti.inventory;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the license pools list. */
public record PoolRow(long id, long version, String code, String product, LicenseType type, int seatsTotal,
        int seatsUsed, LocalDate expiresOn, String vendor, String platform) implements Serializable {
}
