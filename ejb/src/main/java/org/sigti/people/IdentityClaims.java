package org.sigti.people;

import java.io.Serializable;
import java.util.List;

/**
 * What the identity provider's verified ID token says of the person logging in. The username is not part of it:
 * services take it from the caller principal, never from the client.
 *
 * @param fullName the {@code name} claim
 * @param email    the {@code email} claim
 * @param groups   the {@code groups} claim: organizational units (and other groups) of the person
 */
public record IdentityClaims(String fullName, String email, List<String> groups) implements Serializable {

    public IdentityClaims {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
