package org.sigti.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.sigti.security.KeycloakAdminApi;
import org.sigti.security.Roles;

/**
 * Reads users, their groups and their roles from Keycloak's admin API with SIGTI's own client (the realm gives its
 * service account only view/query rights on users and groups). SIGTI keeps no copy of the directory and no passwords.
 */
@ApplicationScoped
public class KeycloakDirectoryClient {

    @Inject
    KeycloakAdminApi keycloak;

    public long count() {
        return Long.parseLong(keycloak.text("/users/count").strip());
    }

    /** A page of users in Keycloak's order (by username). */
    public List<DirectoryUser> page(int first, int max) {
        List<DirectoryUser> users = new ArrayList<>();
        for (JsonValue value : keycloak.array("/users?briefRepresentation=true&first=" + first + "&max=" + max)) {
            JsonObject user = value.asJsonObject();
            String id = KeycloakAdminApi.encode(user.getString("id"));
            String name = (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
            List<String> units = keycloak.array("/users/" + id + "/groups?briefRepresentation=true").stream()
                    .map(g -> Institutions.parse(g.asJsonObject().getString("path")))
                    .flatMap(java.util.Optional::stream).map(p -> p.institution() + " · " + p.unit()).sorted()
                    .toList();
            List<String> roles = keycloak.array("/users/" + id + "/role-mappings/realm/composite").stream()
                    .map(r -> r.asJsonObject().getString("name")).filter(Roles.ALL::contains)
                    .sorted(Comparator.comparingInt(Roles.ALL::indexOf)).toList();
            users.add(new DirectoryUser(user.getString("username"), name, user.getString("email", null),
                    user.getBoolean("enabled", false), units, roles));
        }
        return users;
    }
}
