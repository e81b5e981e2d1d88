package org.sigti.api;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
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

    private static final Logger LOG = Logger.getLogger(CallerRegistration.class.getName());

    @EJB
    LoginRegistration registration;

    @EJB
    DatabaseMigration database;

    private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

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
            Locale locale = Problems.locale(context.getHeaderString("Accept-Language"));
            context.abortWith(Problems.response(Problems.of(locale, 503, "unavailable",
                    context.getUriInfo().getRequestUri().getPath())));
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
        if (last != null && last.current(claims, roles, now)) {
            return;
        }
        // one recording per caller at a time on this node: a client's parallel first requests would otherwise all
        // write the same profile row, and all but one fail on its version
        synchronized (locks.computeIfAbsent(username, u -> new Object())) {
            Recorded again = recorded.get(username);
            if (again == null || !again.current(claims, roles, now)) {
                record(claims);
                recorded.put(username, new Recorded(claims, roles, now));
            }
        }
    }

    /**
     * Records the profile; when another node (or a browser login) recorded it at the same moment, theirs stands: the
     * request goes on with it.
     */
    private void record(IdentityClaims claims) {
        try {
            registration.recordLogin(claims);
        } catch (EJBException e) {
            if (!concurrentWrite(e)) {
                throw e;
            }
            LOG.fine(() -> "SIGTI: the profile was recorded by a concurrent request: " + e);
        }
    }

    /** A version conflict or a duplicate key (SQLState 23505) anywhere in the causes. */
    static boolean concurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof EntityExistsException
                    || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
