package org.sigti.web.security;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.sigti.people.IdentityClaims;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/** Reads the verified OIDC tokens WildFly keeps for the logged-in user. */
final class OidcTokens {

    private OidcTokens() {
    }

    static Optional<OidcSecurityContext> context(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc) {
            return Optional.ofNullable(oidc.getOidcSecurityContext());
        }
        return Optional.empty();
    }

    /** The person's name, e-mail and groups from the ID token (empty claims when there is none). */
    static IdentityClaims claims(Principal principal) {
        return context(principal).map(OidcSecurityContext::getIDToken).map(OidcTokens::claims)
                .orElseGet(() -> new IdentityClaims(null, null, List.of()));
    }

    private static IdentityClaims claims(IDToken token) {
        List<String> groups = token.hasClaim("groups") ? token.getStringListClaimValue("groups") : List.of();
        return new IdentityClaims(token.getName(), token.getEmail(), groups);
    }
}
