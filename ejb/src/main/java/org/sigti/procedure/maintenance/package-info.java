/** SIGTI sub-procedures of DPG/ESIN-PRO-5 that the semiannual plan opens (preventive maintenance, security evaluation). */
package org.sigti.procedure.maintenance;
