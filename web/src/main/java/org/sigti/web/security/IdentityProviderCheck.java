package org.sigti.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * At start-up, asks the identity provider (Keycloak) for its OIDC configuration, in the background, and writes one
 * clear line to the log when it does not answer: nobody can log in until it does.
 */
@WebListener
public class IdentityProviderCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(IdentityProviderCheck.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String provider = System.getProperty("sigti.oidc.provider-url");
        if (provider == null) {
            LOG.severe("SIGTI: the server has no OIDC provider configured. Fix: apply wildfly-config/cli/oidc.cli.");
            return;
        }
        executor.submit(() -> check(provider));
    }

    private static void check(String provider) {
        String url = provider + "/.well-known/openid-configuration";
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                LOG.info(() -> "SIGTI: identity provider answers at " + provider);
            } else {
                LOG.severe(() -> "SIGTI: the identity provider at " + provider + " answers " + response.statusCode()
                        + " for its OIDC configuration: users cannot log in. Fix: check that the realm exists"
                        + " (SIGTI_OIDC_PROVIDER_URL must be https://HOST/realms/REALM).");
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.severe(() -> "SIGTI: the identity provider (Keycloak) is not reachable at " + provider + " ("
                    + e.getClass().getSimpleName() + "): users cannot log in until it answers. Fix: start Keycloak"
                    + " (the run command does) or set SIGTI_OIDC_PROVIDER_URL to its realm URL.");
        }
    }
}
