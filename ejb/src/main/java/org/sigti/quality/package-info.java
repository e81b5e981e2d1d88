/**
 * Quality assurance of MINDEF's software lifecycle (issue 15, item 3): the QA calendar (the test window from the
 * number of interfaces, on the institution's business calendar), the Matriz de diseño de casos de prueba and the
 * Informe de defectos, edited in SIGTI, and their PDFs. A feature module: the procedures S04.02.00.01 (steps 18–25)
 * and S04.02.00.02 (steps 10–17) call {@link org.sigti.quality.QualityAssurance} from their step hooks; the screens
 * call {@link org.sigti.quality.QualityRegister}. Depends on the kernel (cases, business calendar, documents,
 * security) and the entities, never on a procedure.
 */
package org.sigti.quality;
