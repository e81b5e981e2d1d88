/**
 * The change history of the systems of the catalog (issue 14): each change that reached production, with the backup
 * copy taken before it or the Responsable's waiver of that copy. Depends on the inventory's systems, the backup
 * copies and the workflow's cases, by id.
 */
package org.sigti.changes;
