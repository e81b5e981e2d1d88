/** Inventory: the catalog of systems and platforms, equipment and licenses. */
package org.sigti.inventory;
