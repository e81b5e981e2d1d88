/**
 * Committees and their sessions (issue 17, item 1), a module: procedures may call it, it calls the kernel (the
 * official documents of {@code org.sigti.document.official}, security events) and knows no procedure.
 *
 * <p>A committee (MINDEF's Comité de Gobierno Digital, whose Secretaría técnica is the OGTIE's, and the Comité de
 * Coordinación Estadística del Sector Defensa; seeded by migration V65) has members, SIGTI people with their role
 * (presidente, secretario técnico, miembro) and seat (titular, alterno). A session has its number in the committee,
 * date, the oficio that called it (reference text or official document number), its agenda and agreements, the
 * attendance of every member, and the documents it received, approved, modified or took note of, each with its name,
 * version and optionally the case it belongs to ("Cronograma v2 aprobado en la sesión 3"). The acta is an official
 * document (kind ACTA) drafted from that record and signed, in the committee's order, by exactly the members present;
 * an absent member is refused (403 and a security event); the last signature numbers it, and the acta is complete.
 *
 * <p>Screens use {@link org.sigti.committee.CommitteeSessions}; {@link org.sigti.committee.SessionDesk} does the work
 * for an {@link org.sigti.workflow.Actor}.
 *
 * <p>The API for procedures is {@link org.sigti.committee.Committees} (read-only, scoped to an institution):
 * <ul>
 * <li>{@code sessionsApproving(institution, caseId)} and {@code sessionsApproving(institution, documentName)}: the
 * sessions that acted on a case's documents or on a document by name, each an
 * {@link org.sigti.committee.CommitteeViews.Approval} (committee code, session number and date, document name and
 * version, outcome, and the acta's number once every present member signed it), oldest first; e.g. a PGD step
 * checks that the cronograma was approved before it continues.</li>
 * <li>A step references a session by storing its id (or committee code and number) in a case field, and reads it back
 * with {@code session(institution, sessionId)} or {@code session(institution, "CGD", 3)}, an
 * {@link org.sigti.committee.CommitteeViews.SessionRef}; a session opened for a case (its "Caso" field) is found by
 * {@code sessionsOfCase(institution, caseId)}.</li>
 * </ul>
 */
package org.sigti.committee;
