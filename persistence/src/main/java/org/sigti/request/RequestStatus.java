package org.sigti.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in its life cycle. Labels live in the bundle as {@code RequestStatus.<NAME>}. */
public enum RequestStatus {
    /** Filed by the requester, not yet taken by the IT office. */
    REGISTERED,
    /** Someone of the IT office works on it. */
    IN_PROGRESS,
    /** Returned to the requester with observations; the clock waits for the answer. */
    OBSERVED,
    /** The IT office says it is solved; the requester confirms or rejects. */
    RESOLVED,
    /** Finished. */
    CLOSED;

    /** The states in which a request waits for the IT office. */
    public static final Set<RequestStatus> AWAITING_IT = EnumSet.of(REGISTERED, IN_PROGRESS);

    /** The states in which a request waits for its requester. */
    public static final Set<RequestStatus> AWAITING_REQUESTER = EnumSet.of(OBSERVED, RESOLVED);
}
