/** Semiannual plans: what each semester planned per system (preventive maintenance, security evaluation) and reports. */
package org.sigti.maintenance;
