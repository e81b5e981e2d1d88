/**
 * The procedures of the inventory: SEPREM-DI-005.1, the renewal of licenses and services, opened by the expiry
 * calendar ({@link org.sigti.inventory.ExpiryAlerts}) and closing by recording the new expiry; SEPREM-DI-006.1, the
 * maintenance of computer equipment, corrective on request or preventive from the annual plan
 * ({@link org.sigti.maintenance.MaintenancePlan}), which moves the equipment in and out of maintenance; S04.03.04.03,
 * MINDEF's maintenance ticket per computer or printer, with the same equipment states. The forms of delivery the
 * user signs are its documents ({@link org.sigti.procedure.inventory.HandoverForm}): SEPREM-DI-002.1's license form,
 * S04.03.04.01's acta of the certificate devices and S04.03.03.02's acta of the phones.
 */
package org.sigti.procedure.inventory;
