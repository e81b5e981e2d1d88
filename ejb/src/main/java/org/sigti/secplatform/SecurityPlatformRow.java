package org.sigti.secplatform;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One platform of the register as the screen shows it: its description, administrators (full names), where the
 * full-administration user is kept, the last backup done, its profiles and its users with their profile.
 */
public record SecurityPlatformRow(long id, String code, String name, SecurityPlatformKind kind, String location,
        String primaryAdmin, String secondaryAdmin, String credentialCustody, Instant lastBackupAt,
        List<Profile> profiles, List<User> users) implements Serializable {

    /** An administration profile: its name and functions. */
    public record Profile(String name, String functions) implements Serializable {
    }

    /** A user on the platform: login, holder, profile, whether full administration. */
    public record User(String login, String holder, String profile, boolean fullAdmin) implements Serializable {
    }
}
