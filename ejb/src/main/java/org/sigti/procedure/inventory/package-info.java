/**
 * The procedures of the inventory: SEPREM-DI-005.1, the renewal of licenses and services, opened by the expiry
 * calendar ({@link org.sigti.inventory.ExpiryAlerts}) and closing by recording the new expiry; SEPREM-DI-006.1, the
 * maintenance of computer equipment, corrective on request or preventive from the annual plan
 * ({@link org.sigti.maintenance.MaintenancePlan}), which moves the equipment in and out of maintenance; S04.03.04.03,
 * MINDEF's maintenance ticket per computer or printer, with the same equipment states. The forms of delivery the
 * user signs are its documents ({@link org.sigti.procedure.inventory.HandoverForm}): SEPREM-DI-002.1's license form,
 * S04.03.04.01's acta of the certificate devices and S04.03.03.02's acta of the phones. SEPREM-DI-004.1, the
 * Emisión de Dictamen Técnico on equipment of the inventory or a service, issues official documents from its steps
 * ({@link org.sigti.procedure.inventory.DictamenDocuments}: the Dictamen Técnico and the documento de traslado) and
 * leaves equipment recommended for baja FOR_DISPOSAL.
 */
package org.sigti.procedure.inventory;
