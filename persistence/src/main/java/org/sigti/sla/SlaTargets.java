package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Duration;

/**
 * The service-level targets of one priority, both in business time: the first response and the resolution.
 *
 * @param response   business time from registration to the first response; positive
 * @param resolution business time from registration to the resolution; not shorter than the response
 */
public record SlaTargets(Duration response, Duration resolution) implements Serializable {

    public SlaTargets {
        requireNonNull(response, "Response target is required.");
        requireNonNull(resolution, "Resolution target is required.");
        if (response.isNegative() || response.isZero() || resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("Targets must be positive: " + response + ", " + resolution + ".");
        }
        if (response.compareTo(resolution) > 0) {
            throw new IllegalArgumentException(
                    "The response target " + response + " is longer than the resolution target " + resolution + ".");
        }
    }

    public static SlaTargets ofMinutes(long responseMinutes, long resolutionMinutes) {
        return new SlaTargets(Duration.ofMinutes(responseMinutes), Duration.ofMinutes(resolutionMinutes));
    }
}
