package org.sigti.publication;

import java.io.Serializable;
import java.time.Instant;

/** One line of the registro interno de publicaciones, as its screen shows it. */
public record PublicationRow(long id, long version, String systemCode, String systemName, String privateIp,
        String publicIp, String ports, String caseNumber, String ticketNumber, String publishedBy, Instant publishedAt,
        Instant endedAt, String endedBy, String endReason) implements Serializable {

    public boolean active() {
        return endedAt == null;
    }
}
