/**
 * The workflow kernel: {@link org.sigti.workflow.CaseEngine} owns a case's state, its inbox rows, its audit
 * chain and its notifications; {@link org.sigti.workflow.Workflow} is the secured entry point screens call;
 * {@link org.sigti.workflow.ProcedureFlow} is what each procedure's EJB implements (its declaration and its side
 * effects).
 */
package org.sigti.workflow;
