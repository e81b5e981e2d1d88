package org.sigti.workflow;

import java.util.List;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import org.sigti.security.Roles;

/**
 * The {@link Actor} of the current caller: roles from the token, name, e-mail and unit from their profile (read once
 * per request, {@link org.sigti.people.CallerProfiles}).
 */
public final class Callers {

    private Callers() {
    }

    public static Actor actor(SessionContext context, EntityManager em) {
        String username = context.getCallerPrincipal().getName();
        List<String> roles = Roles.ALL.stream().filter(context::isCallerInRole).toList();
        return org.sigti.people.CallerProfiles.of(em, username)
                .map(p -> new Actor(username, p.fullName(), p.email(), roles, p.unitCode(), p.institutionCode()))
                .orElseGet(() -> new Actor(username, username, null, roles, null));
    }
}
