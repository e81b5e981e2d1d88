/**
 * MINDEF's software lifecycle (process S04.02, Gestión de innovación tecnológica): the decommissioning of a system
 * developed at MINDEF (S04.02.00.03, {@link org.sigti.procedure.lifecycle.S04020003}). Development and maintenance
 * (S04.02.00.01 and .02) will join it here.
 */
package org.sigti.procedure.lifecycle;
