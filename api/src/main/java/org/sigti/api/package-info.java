/**
 * SIGTI's REST API, {@code /sigti/api/v1}: cases filed, read and listed by machines (a Keycloak service account) and
 * people (their access token) through the same services, roles and object checks as the screens. Its own WAR, so
 * that its OIDC client is bearer-only: a request without a valid token gets 401 and {@code WWW-Authenticate: Bearer}.
 * Errors are RFC 9457 problem details ({@link org.sigti.api.Problems}); every denial is a security event.
 * <p>
 * Layering: like {@code web}, it sits on the procedures, modules and kernel of {@code sigti-ejb} and never touches
 * an {@code EntityManager}.
 */
package org.sigti.api;
