package org.sigti.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The headers OWASP ASVS 5.0 (V3.4) asks of every response, set before anything is written, so pages, resources,
 * files and error pages all carry them:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser never runs an upload or a file as something else;</li>
 * <li>{@code Content-Security-Policy}, {@link ContentSecurityPolicy}: scripts from SIGTI's files only, no other site
 * frames SIGTI to click for its users ({@code frame-ancestors 'self'}, and {@code X-Frame-Options: SAMEORIGIN} for
 * older browsers). A Faces page's answer carries the same policy with its nonce, set by PrimeFaces' CSP mode while
 * the page renders: that header replaces this filter's rather than adding a second one (browsers would enforce
 * both, and the one without the nonce would block the page's scripts);</li>
 * <li>{@code Referrer-Policy: same-origin}: case numbers and ids in SIGTI's addresses never reach another site;</li>
 * <li>{@code Permissions-Policy}: no camera, microphone, location, payment or USB for any page;</li>
 * <li>{@code Strict-Transport-Security} when the request came over HTTPS (directly, or through a proxy WildFly trusts
 * with {@code proxy-address-forwarding}), so browsers keep using HTTPS.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    private ContentSecurityPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(CSP, policy.getPolicy());
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** An answer whose Content-Security-Policy, once added again (PrimeFaces' with the nonce), replaces the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
