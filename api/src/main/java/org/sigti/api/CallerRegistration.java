package org.sigti.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.sigti.db.DatabaseMigration;
import org.sigti.people.IdentityClaims;
import org.sigti.people.LoginRegistration;
import org.sigti.security.Roles;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Gives an API caller the profile a person gets at the browser login ({@link LoginRegistration}): name, e-mail, unit
 * and institution from the verified access token's claims (the {@code groups} claim names the unit, e.g.
 * {@code /Instituciones/AGETIC/UGAT/AIT}), so that the services see the same unit and institution whether the
 * caller came through a screen or the API. A service account is a Keycloak user like any other: its client's group
 * mapper and its user's groups and realm roles make it, say, an Operador of AIT. Recorded at the caller's first
 * request, again when its claims or roles change, and at most every {@link #REFRESH} otherwise (not at every
 * request: that would write the profile row at every call). Runs after the role check: a caller without a SIGTI
 * role has no profile to record. While the database is down, answers 503.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class CallerRegistration implements ContainerRequestFilter {

    static final Duration REFRESH = Duration.ofMinutes(5);

    @EJB
    LoginRegistration registration;

    @EJB
    DatabaseMigration database;

    private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();

    /** What was recorded for a caller, and when. */
    record Recorded(IdentityClaims claims, List<String> roles, Instant at) {

        boolean current(IdentityClaims now, List<String> rolesNow, Instant instant) {
            return claims.equals(now) && roles.equals(rolesNow) && at.plus(REFRESH).isAfter(instant);
        }
    }

    @Override
    public void filter(ContainerRequestContext context) {
        SecurityContext security = context.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            return; // the public OpenAPI document
        }
        if (!database.isReady()) {
            context.abortWith(Problems.response(Problems.of(Problems.locale(context.getHeaderString("Accept-Language")), 503,
                    "unavailable", context.getUriInfo().getRequestUri().getPath())));
            return;
        }
        List<String> roles = Roles.ALL.stream().filter(security::isUserInRole).toList();
        if (roles.isEmpty()) {
            return;
        }
        String username = security.getUserPrincipal().getName();
        IdentityClaims claims = claims(security);
        Instant now = Instant.now();
        Recorded last = recorded.get(username);
        if (last == null || !last.current(claims, roles, now)) {
            registration.recordLogin(claims);
            recorded.put(username, new Recorded(claims, roles, now));
        }
    }

    private static IdentityClaims claims(SecurityContext security) {
        if (security.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            List<String> groups = token.hasClaim("groups") ? token.getStringListClaimValue("groups") : List.of();
            return new IdentityClaims(token.getName(), token.getEmail(), groups);
        }
        return new IdentityClaims(null, null, List.of());
    }
}
