package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

import org.sigti.security.Roles;

/**
 * Who acts: user name, name, e-mail, realm roles and unit at the moment of acting. Built by the secured services
 * from the caller's identity, never from request parameters.
 */
public record Actor(String username, String fullName, String email, List<String> roles, String unitCode)
        implements Serializable {

    public Actor {
        requireNonNull(username);
        fullName = fullName == null || fullName.isBlank() ? username : fullName;
        roles = List.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isItStaff() {
        return roles.stream().anyMatch(Roles.IT_STAFF::contains);
    }

    public String rolesText() {
        return String.join(",", roles);
    }
}
