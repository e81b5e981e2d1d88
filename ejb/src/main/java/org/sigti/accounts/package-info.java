/**
 * Accounts services: the read side for screens ({@link org.sigti.accounts.Accounts}) and the ledger the account
 * procedures write through inside the move's transaction ({@link org.sigti.accounts.AccountLedger}), which also
 * takes license seats and equipment through the inventory's custody API. Never imports jakarta.faces.
 */
package org.sigti.accounts;
