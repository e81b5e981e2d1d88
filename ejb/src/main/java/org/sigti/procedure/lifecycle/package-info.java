/**
 * MINDEF's software lifecycle (process S04.02, Gestión de innovación tecnológica): the development, implementation and
 * go-live of a new system (S04.02.00.01, {@link org.sigti.procedure.lifecycle.S04020001}) and the decommissioning of
 * a system developed at MINDEF (S04.02.00.03, {@link org.sigti.procedure.lifecycle.S04020003}). Maintenance
 * (S04.02.00.02) will join them here.
 */
package org.sigti.procedure.lifecycle;
