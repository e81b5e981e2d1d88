package org.sigti.people;

import java.io.Serializable;
import java.util.List;

/** A person as the identity provider knows them: SIGTI's roles and units, whether the account is enabled. */
public record DirectoryUser(String username, String fullName, String email, boolean enabled, List<String> units,
        List<String> roles) implements Serializable {

    public DirectoryUser {
        units = List.copyOf(units);
        roles = List.copyOf(roles);
    }
}
