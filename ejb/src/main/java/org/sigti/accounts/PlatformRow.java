package org.sigti.accounts;

import java.io.Serializable;

/**
 * One platform as the screens show it: its catalog system's name, the license pool's code (null: no seat needed),
 * the open accounts and the active privileges (how many of them uncommon).
 */
public record PlatformRow(String code, long version, String name, String systemName, String licensePool,
        String accountRule, boolean active, Long openAccounts, Long privileges, Long uncommonPrivileges)
        implements Serializable {
}
