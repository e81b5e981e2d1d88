package org.sigti.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the identity provider (Keycloak) answers, asked at start-up and again, at most every
 * {@value #RECHECK_SECONDS} s, when a login fails. When it stops answering the log gets one clear line saying what to
 * fix, and users get "SIGTI no está disponible" instead of a misleading "access denied".
 */
@ApplicationScoped
public class IdentityProviderStatus {

    static final int RECHECK_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(IdentityProviderStatus.class.getName());

    private final String provider = System.getProperty("sigti.oidc.provider-url");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private volatile Boolean reachable;
    private volatile Instant checkedAt = Instant.EPOCH;

    /** The last known answer, refreshed when older than {@value #RECHECK_SECONDS} s. */
    public boolean isReachable() {
        if (reachable == null || checkedAt.plusSeconds(RECHECK_SECONDS).isBefore(Instant.now())) {
            check();
        }
        return reachable;
    }

    /** Asks the provider for its OIDC configuration and logs when the answer changes. */
    public synchronized void check() {
        String problem = problem();
        boolean now = problem == null;
        if (reachable == null || reachable != now) {
            if (now) {
                LOG.info(() -> "SIGTI: identity provider answers at " + provider);
            } else {
                LOG.severe(problem);
            }
        }
        reachable = now;
        checkedAt = Instant.now();
    }

    private String problem() {
        if (provider == null) {
            return "SIGTI: the server has no OIDC provider configured. Fix: apply wildfly-config/cli/05-oidc.cli.";
        }
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(provider + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return null;
            }
            return "SIGTI: the identity provider at " + provider + " answers " + response.statusCode()
                    + " for its OIDC configuration: users cannot log in. Fix: check that the realm exists"
                    + " (SIGTI_OIDC_PROVIDER_URL must be http(s)://HOST/realms/REALM).";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "SIGTI: interrupted while asking the identity provider at " + provider;
        } catch (Exception e) {
            return "SIGTI: the identity provider (Keycloak) is not reachable at " + provider + " ("
                    + e.getClass().getSimpleName() + "): users cannot log in until it answers. Fix: start Keycloak"
                    + " (the run command does) or set SIGTI_OIDC_PROVIDER_URL to its realm URL.";
        }
    }
}
