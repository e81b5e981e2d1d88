/**
 * The procedures of the inventory: SEPREM-DI-005.1, the renewal of licenses and services, opened by the expiry
 * calendar ({@link org.sigti.inventory.ExpiryAlerts}) and closing by recording the new expiry.
 */
package org.sigti.procedure.inventory;
