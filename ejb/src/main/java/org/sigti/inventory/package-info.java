/**
 * Inventory services: equipment and its custody, license pools and their seats, the catalog of systems and
 * platforms, the CSV import, and the expiry alerts that open SEPREM-DI-005.1. Depends on the persistence entities of
 * {@code org.sigti.inventory} and on the workflow kernel for cases; never on jakarta.faces.
 */
package org.sigti.inventory;
