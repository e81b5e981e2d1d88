package org.sigti.satisfaction;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a case page or the rating page shows of a case's satisfaction: its rating if given ({@code score} 0 when not),
 * and whether the caller may rate it now (the requester of a closed, unrated case).
 */
public record Rating(long caseId, String caseNumber, boolean closed, boolean mayRate, int score, String comment,
        String ratedBy, Instant ratedAt) implements Serializable {

    public boolean rated() {
        return score > 0;
    }
}
