/**
 * The change history of the systems of the catalog (issue 14; the Defensoría's rule d) "Control de cambios") and
 * the backup before each maintenance: {@link org.sigti.changes.SystemChanges} is what a procedure's go-live step
 * calls, inside its move's transaction; it refuses to go on without a copy of the system taken since the case was
 * opened ({@link org.sigti.changes.PreChangeRule}) or a Responsable's audited waiver. {@link
 * org.sigti.changes.ChangeHistory} reads the history a page or a calendar range at a time, scoped to the caller's
 * institution. Depends on the inventory's catalog, the backup module's copies and the workflow's cases, by id; never
 * on a procedure (it gets every value it records as an argument) nor on jakarta.faces.
 */
package org.sigti.changes;
