/**
 * The entities of the Acta de capacitación (MINDEF S04.02.00.01 Formato N°17, S04.02.00.02 Formato N°12): a training
 * session of a case (date, place, topic, system, trainer) and its attendees (name, unit, DNI or e-mail, whether they
 * signed). Written by the module {@code org.sigti.training}.
 */
package org.sigti.training;
