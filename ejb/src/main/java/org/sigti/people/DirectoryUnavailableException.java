package org.sigti.people;

import jakarta.ejb.ApplicationException;

/** The identity provider's directory did not answer; nothing was changed. */
@ApplicationException(rollback = true)
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message) {
        super(message);
    }
}
