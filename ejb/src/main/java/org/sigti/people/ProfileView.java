package org.sigti.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A person's profile as the screens show it. */
public record ProfileView(String username, String fullName, String email, String unitCode, String unitName,
        List<String> roles, Instant previousLoginAt, int loginCount) implements Serializable {

    static ProfileView of(UserProfile profile) {
        return new ProfileView(profile.getUsername(), profile.getFullName(), profile.getEmail(),
                profile.getUnit() == null ? null : profile.getUnit().getCode(),
                profile.getUnit() == null ? null : profile.getUnit().getName(),
                List.copyOf(profile.getRoles()), profile.getPreviousLoginAt(), profile.getLoginCount());
    }
}
