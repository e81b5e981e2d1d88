/**
 * MINDEF's statistics (process S04.05, Gestión de estadística): the attention of the units of organization's needs
 * for statistical information (S04.05.00.02, {@link org.sigti.procedure.statistics.S04050002}), with its hooks
 * ({@link org.sigti.procedure.statistics.StatisticalNeeds}) and mails. Procedures may use the kernel, the modules and
 * other procedures' document helpers; nothing outside {@code procedure} imports this package.
 */
package org.sigti.procedure.statistics;
