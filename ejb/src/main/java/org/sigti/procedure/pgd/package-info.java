/**
 * MINDEF's digital-government planning procedures (manual S04, process S04.01 Gestión de gobierno y transformación
 * digital): S04.01.00.01 Formulación del Plan de Gobierno Digital, its official documents and mails. The plan's data
 * live in the {@code org.sigti.pgd} module.
 */
package org.sigti.procedure.pgd;
