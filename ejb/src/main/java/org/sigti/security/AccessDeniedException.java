package org.sigti.security;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see or do this. Thrown by services after the denial was recorded through
 * {@link SecurityEvents}; the transaction of the denied operation rolls back, and the web layer answers 403 with the
 * usual page, which names nothing of what exists.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
