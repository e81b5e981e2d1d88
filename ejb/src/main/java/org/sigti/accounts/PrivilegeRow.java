package org.sigti.accounts;

import java.io.Serializable;

/** One privilege of a platform. */
public record PrivilegeRow(String platformCode, String code, long version, String name, boolean uncommon,
        boolean active) implements Serializable {
}
