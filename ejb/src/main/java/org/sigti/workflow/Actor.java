package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

import org.sigti.people.Institutions;
import org.sigti.security.Roles;

/**
 * Who acts: user name, name, e-mail, realm roles, unit and institution at the moment of acting. Built by the secured
 * services from the caller's identity, never from request parameters. An actor acts only on its institution's cases.
 */
public record Actor(String username, String fullName, String email, List<String> roles, String unitCode,
        String institutionCode) implements Serializable {

    /** An actor of the installation's default institution (the clock, tests, single-institution installations). */
    public Actor(String username, String fullName, String email, List<String> roles, String unitCode) {
        this(username, fullName, email, roles, unitCode, Institutions.defaultInstitution());
    }

    public Actor {
        requireNonNull(username);
        institutionCode = institutionCode == null ? Institutions.defaultInstitution() : institutionCode;
        fullName = fullName == null || fullName.isBlank() ? username : fullName;
        roles = List.copyOf(roles);
    }

    /** The same actor acting for another institution: SIGTI itself, opening a case of that institution's manual. */
    public Actor in(String institution) {
        return new Actor(username, fullName, email, roles, unitCode, institution);
    }

    /** Whether the actor belongs to an institution. */
    public boolean of(String institution) {
        return institutionCode.equals(institution);
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
