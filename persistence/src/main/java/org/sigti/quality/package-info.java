/**
 * The quality assurance of a system under development or maintenance (MINDEF S04.02.00.01 steps 18–25, S04.02.00.02
 * steps 10–17): the QA record of a case (its analyst, test window and test cycle), the Matriz de diseño de casos de
 * prueba with the result of each case per cycle, and the Informe de defectos.
 */
package org.sigti.quality;
