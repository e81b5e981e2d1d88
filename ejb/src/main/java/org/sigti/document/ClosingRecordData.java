package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What the Registro de cierre del caso shows: the case, how it was solved, and its whole history. Only the
 * letterhead and the document number are required; null fields print blank or as "—".
 *
 * @param letterhead     the institution's letterhead
 * @param documentNumber from {@code DocumentNumbers.next(series, year)}, e.g. CIE-2026-000003
 * @param caseNumber     the case's number
 * @param procedureCode  the manual's code of the procedure that handled it, e.g. UGAT/AIT-PR01
 * @param procedureName  the procedure's name
 * @param requesterName  the requester's full name
 * @param unitName       the requesting unit
 * @param openedAt       when the case was opened (UTC)
 * @param closedAt       when it was closed (UTC)
 * @param priorityLabel  the priority as shown to people, e.g. "Alta"
 * @param resolverUnits  the units that worked on it, in order, e.g. [Mesa de ayuda, UIT]; printed joined by "»"
 * @param solution       the solution text; any length, flows onto further pages
 * @param kbArticleCode  the knowledge-base article written or used, or null
 * @param history        the steps, oldest first; null elements are skipped
 * @param closedBy       who closed the case
 * @param generatedAt    when SIGTI produced the document
 * @param zone           the institution's time zone, for every time printed; null means UTC
 */
public record ClosingRecordData(Letterhead letterhead, String documentNumber, String caseNumber,
        String procedureCode, String procedureName, String requesterName, String unitName, Instant openedAt,
        Instant closedAt, String priorityLabel, List<String> resolverUnits, String solution, String kbArticleCode,
        List<HistoryLine> history, String closedBy, Instant generatedAt, ZoneId zone) {

    public ClosingRecordData {
        requireNonNull(letterhead, "Letterhead is required.");
        requireNonNull(documentNumber, "Document number is required.");
        resolverUnits = withoutNulls(resolverUnits);
        history = withoutNulls(history);
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * One step of the case's history.
     *
     * @param when       when it happened (UTC; printed in the record's zone)
     * @param who        the person's full name
     * @param role       the role they acted in, e.g. "Operador de Soporte Técnico"
     * @param stepNumber the manual's step number, e.g. "3" or "3.A.1"
     * @param stepName   the step's name
     * @param comment    what they wrote; any length
     */
    public record HistoryLine(Instant when, String who, String role, String stepNumber, String stepName,
            String comment) {
    }

    private static <T> List<T> withoutNulls(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
