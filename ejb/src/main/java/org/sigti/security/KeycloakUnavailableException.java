package org.sigti.security;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak's admin API did not give what SIGTI asked: it does not answer, or it refused (the client's secret, or a
 * role the realm did not give SIGTI's service account). Nothing was changed.
 */
@ApplicationException(rollback = true)
public class KeycloakUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status the HTTP status Keycloak answered, or 0 when it did not answer
     */
    public KeycloakUnavailableException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status Keycloak answered (401: SIGTI's client was refused; 403: a role is missing), 0 if none. */
    public int status() {
        return status;
    }
}
