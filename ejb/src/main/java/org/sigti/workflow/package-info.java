/**
 * The workflow kernel: {@link org.sigti.workflow.CaseEngine} owns a case's state, its inbox rows, its audit
 * chain and its notifications; {@link org.sigti.workflow.Workflow} is the secured entry point screens call;
 * {@link org.sigti.workflow.ProcedureFlow} is what each procedure's EJB implements (its declaration and its side
 * effects). The kernel names no procedure: a module asks for a case with a {@link org.sigti.workflow.CaseRequest}
 * event that the procedure observes, and the demo cases come from the procedures' observers of
 * {@link org.sigti.workflow.DemoData} ({@code org.sigti.ArchitectureTest} keeps it so).
 */
package org.sigti.workflow;
