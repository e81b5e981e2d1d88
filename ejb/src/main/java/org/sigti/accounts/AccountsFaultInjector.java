package org.sigti.accounts;

/**
 * A seam for tests only: the ledger tells every bean of this type (there is none in production) which part of an
 * alta or a baja it just did, so an in-container test can fail the move right there and check that nothing of the
 * parts already done survives. Points: {@code accounts}, {@code seats}, {@code equipment}.
 */
@jakarta.ejb.Local
public interface AccountsFaultInjector {

    void reached(String operation, String point);
}
