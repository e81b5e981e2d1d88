package org.sigti.accounts;

import java.io.Serializable;
import java.time.Instant;

/** One change of an account, for its history. */
public record AccountEventRow(long id, Instant at, String platformCode, String accountName, String action,
        String actor, String caseNumber, String detail) implements Serializable {
}
