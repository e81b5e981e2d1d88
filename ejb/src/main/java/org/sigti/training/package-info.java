/**
 * The Acta de capacitación (MINDEF S04.02.00.01 step 42 Formato N°17, S04.02.00.02 step 35 Formato N°12): the training
 * session of a case and its attendance list, edited in SIGTI through the step that records it
 * ({@link org.sigti.training.Trainings}), and its PDF ({@link org.sigti.training.AttendanceRecordPdf}) kept with the
 * case. Depends on the kernel (workflow, document) and the inventory's catalog, never on a procedure nor on
 * jakarta.faces.
 */
package org.sigti.training;
