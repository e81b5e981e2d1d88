/**
 * The records of the workflow kernel: a {@link org.sigti.workflow.WorkCase} runs one procedure of a manual, its
 * open {@link org.sigti.workflow.WorkItem}s wait in the inboxes of the role and unit the manual names, and every
 * transition leaves one hash-chained {@link org.sigti.workflow.CaseEvent}.
 */
package org.sigti.workflow;
