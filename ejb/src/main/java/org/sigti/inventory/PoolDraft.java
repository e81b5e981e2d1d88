package org.sigti.inventory;

import java.io.Serializable;
import java.time.LocalDate;

/** What a person types to create or change a license pool (also one valid CSV row); platform is a catalog code. */
public record PoolDraft(String code, String product, LicenseType type, Integer seatsTotal, LocalDate expiresOn,
        String vendor, String platform) implements Serializable {
}
