/**
 * Semiannual plans: what each semester planned per system (preventive maintenance, security evaluation) and reports;
 * equipment maintenance (SEPREM-DI-006.1, S04.03.04.03) and the data-center visitor log (S04.03.01.03): the rows the
 * procedures' moves write. Depends on the inventory's equipment and on the workflow's cases, by id.
 */
package org.sigti.maintenance;
