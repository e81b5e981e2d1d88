/**
 * The procedures that take a change of a system of the catalog to production (issue 14): SEPREM-DI-007.1, the
 * update of the institutional website or web application. Their go-live step records the change in the system's
 * change history through {@link org.sigti.changes.SystemChanges}, which asks for the backup copy taken before it
 * (or the Responsable's audited waiver).
 */
package org.sigti.procedure.change;
