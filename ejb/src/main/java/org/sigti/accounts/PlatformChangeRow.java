package org.sigti.accounts;

import java.io.Serializable;
import java.time.Instant;

/** One change of a platform or of its privileges, for the platform's trail. */
public record PlatformChangeRow(Instant at, String actor, String action, String privilegeCode, String detail)
        implements Serializable {
}
