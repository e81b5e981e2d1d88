package org.sigti.workflow;

import java.util.List;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import org.sigti.people.UserProfile;
import org.sigti.security.Roles;

/** The {@link Actor} of the current caller: roles from the token, name, e-mail and unit from their profile. */
public final class Callers {

    private Callers() {
    }

    public static Actor actor(SessionContext context, EntityManager em) {
        String username = context.getCallerPrincipal().getName();
        List<String> roles = Roles.ALL.stream().filter(context::isCallerInRole).toList();
        UserProfile profile = em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (profile == null) {
            return new Actor(username, username, null, roles, null);
        }
        return new Actor(username, profile.getFullName(), profile.getEmail(), roles,
                profile.getUnit() == null ? null : profile.getUnit().getCode(),
                profile.getUnit() == null ? null : profile.getUnit().getInstitutionCode());
    }
}
