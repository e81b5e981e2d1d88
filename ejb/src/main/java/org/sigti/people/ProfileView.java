package org.sigti.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.sigti.security.Roles;

/** A person's profile as the screens show it. */
public record ProfileView(String username, String fullName, String email, String unitCode, String unitName,
        List<String> roles, Instant previousLoginAt, int loginCount) implements Serializable {

    static ProfileView of(UserProfile profile) {
        return new ProfileView(profile.getUsername(), profile.getFullName(), profile.getEmail(),
                profile.getUnit() == null ? null : profile.getUnit().getCode(),
                profile.getUnit() == null ? null : profile.getUnit().getName(),
                inHierarchyOrder(profile.getRoles()), profile.getPreviousLoginAt(), profile.getLoginCount());
    }

    /** Jefe, Responsable, Técnico, Operador, Solicitante, Auditor: the order people read roles in. */
    private static List<String> inHierarchyOrder(List<String> roles) {
        return roles.stream().sorted(Comparator.comparingInt(role -> {
            int index = Roles.ALL.indexOf(role);
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }
}
