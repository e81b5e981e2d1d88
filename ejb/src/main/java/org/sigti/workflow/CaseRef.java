package org.sigti.workflow;

import java.io.Serializable;

/** A case's id and number, as a move returns it. */
public record CaseRef(long id, String number) implements Serializable {

    static CaseRef of(WorkCase c) {
        return new CaseRef(c.getId(), c.getNumber());
    }
}
