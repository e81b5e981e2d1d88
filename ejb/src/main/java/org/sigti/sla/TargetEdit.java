package org.sigti.sla;

import java.io.Serializable;

/**
 * The Jefe's new targets for one priority, as typed: minutes of business time, possibly missing.
 *
 * @param priority          the priority
 * @param responseMinutes   minutes of business time until the first response
 * @param resolutionMinutes minutes of business time until the resolution
 */
public record TargetEdit(Priority priority, Integer responseMinutes, Integer resolutionMinutes)
        implements Serializable {
}
