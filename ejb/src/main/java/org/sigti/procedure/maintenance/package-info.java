/**
 * SIGTI sub-procedures of DPG/ESIN-PRO-5 that the semiannual plan opens (preventive maintenance, security evaluation),
 * and the Defensoría's Formulario de soporte técnico DGP/ESIN-R-1, offered on their cases only
 * ({@link org.sigti.procedure.maintenance.SupportForm}).
 */
package org.sigti.procedure.maintenance;
