package org.sigti.incidents;

import java.time.Instant;

import org.sigti.incidents.SecurityIncident.Origin;

/**
 * One line of the bitácora / matriz de incidentes de seguridad: the case, its title and state, where the incident
 * came from (and the alert's source, severity and occurrences), its classification and priority, and the time of each
 * phase (null: not reached).
 */
public record IncidentRow(long id, String caseNumber, String title, org.sigti.workflow.CaseStatus caseStatus, Origin origin,
        String alertSource, String severity, int occurrences, Instant reportedAt, Instant ticketAt,
        Instant detectedAt, Instant analysedAt, String classification, String priority, Instant containedAt,
        Instant eradicatedAt, Instant recoveredAt, Instant escalatedAt, String vendor, Instant postIncidentAt,
        String lessons, Long kbArticleId, Instant closedAt) {

    /** The knowledge-base article of the lessons learned ({@code KB-000123}), or empty. */
    public String kbArticle() {
        return kbArticleId == null ? "" : org.sigti.kb.KbArticle.codeOf(kbArticleId);
    }
}
