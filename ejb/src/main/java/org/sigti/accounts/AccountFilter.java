package org.sigti.accounts;

import java.io.Serializable;
import java.util.Locale;

/** What an accounts list is filtered by; blank means any. Values are checked, never put into the query text. */
public record AccountFilter(String platformCode, String status, String person) implements Serializable {

    public AccountFilter {
        platformCode = blankToNull(platformCode) == null ? null : platformCode.strip().toUpperCase(Locale.ROOT);
        status = blankToNull(status) == null ? null : status.strip().toUpperCase(Locale.ROOT);
        person = blankToNull(person) == null ? null : person.strip().toLowerCase(Locale.ROOT);
        if (status != null) {
            AccountStatus.valueOf(status); // IllegalArgumentException for anything else
        }
        if (person != null && person.length() > 100 || platformCode != null && platformCode.length() > 30) {
            throw new IllegalArgumentException("filter too long");
        }
    }

    public static AccountFilter none() {
        return new AccountFilter(null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
