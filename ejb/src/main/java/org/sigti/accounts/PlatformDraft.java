package org.sigti.accounts;

import java.io.Serializable;

/**
 * What the platform form sends: the code (a catalog system's), the name, the code of the license pool its accounts
 * take a seat from (empty: none) and the rule for naming accounts.
 */
public record PlatformDraft(String code, String name, String licensePool, String accountRule) implements Serializable {
}
