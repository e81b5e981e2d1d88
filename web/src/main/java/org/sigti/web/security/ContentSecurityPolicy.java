package org.sigti.web.security;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * SIGTI's Content-Security-Policy (issue 18, OWASP ASVS 5.0 V3.4.3), one policy for every answer:
 * <ul>
 * <li>{@code script-src 'self'}: scripts come from SIGTI's own files only, never from an inline script, an inline
 * event handler, a {@code javascript:} address or {@code eval}. On a Faces page PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml, which reads this bean as {@code primefaces.CSP_POLICY}) appends
 * {@code 'nonce-…'}, a fresh random value per page, and puts it on the scripts it writes itself (widgets, and the
 * {@code PrimeFaces.csp.register} calls it turns a component's {@code on…} attributes into), which is why
 * {@code script-src} must come last. No {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}: no screen needs them.</li>
 * <li>{@code style-src 'self' 'unsafe-inline'}: a concession. PrimeFaces writes {@code style} attributes on its
 * components (widths, positions of dialogs and menus) and the error pages carry their own small style sheet; a style
 * cannot run script, so allowing them costs little.</li>
 * <li>{@code img-src 'self' data:}: PrimeFaces' style sheet draws a few images as {@code data:} addresses;
 * {@code font-src 'self' data:}: the calendar of {@code p:schedule} (FullCalendar) brings its icon font as one. Neither
 * an image nor a font can run script.</li>
 * <li>{@code form-action 'self'} and the identity provider's origin: a form posted after the session ended is
 * redirected to Keycloak's login, and "Cerrar sesión" to its logout; browsers check a form's redirects too.</li>
 * <li>{@code frame-ancestors 'self'}, {@code object-src 'none'}, {@code base-uri 'self'}, {@code connect-src 'self'},
 * and {@code default-src 'self'} for everything else (frames, media, workers).</li>
 * </ul>
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    private final String policy = of(System.getProperty("sigti.oidc.provider-url"));

    /** The policy, {@code script-src} last, to which a Faces page's nonce is appended. */
    public String getPolicy() {
        return policy;
    }

    /** The policy for an identity provider at this address (its realm URL); null or blank when there is none. */
    static String of(String providerUrl) {
        return "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "connect-src 'self'; form-action 'self'" + origin(providerUrl) + "; frame-ancestors 'self'; "
                + "object-src 'none'; base-uri 'self'; script-src 'self'";
    }

    /** " scheme://host[:port]" of the address, or "" when there is no usable one. */
    private static String origin(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "";
        }
        return " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
