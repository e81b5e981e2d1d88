/**
 * Entities of committees and their sessions (issue 17, item 1): the {@link org.sigti.committee.Committee} (the
 * Comité de Gobierno Digital with its Secretaría técnica, the Comité de Coordinación Estadística del Sector Defensa),
 * its {@link org.sigti.committee.CommitteeMember members}, each {@link org.sigti.committee.CommitteeSession session}
 * with its {@link org.sigti.committee.SessionAttendance attendance} and the {@link
 * org.sigti.committee.SessionDocument documents} it received, approved or modified. The rules are in the module
 * {@code org.sigti.committee} of the ejb module.
 */
package org.sigti.committee;
