/**
 * How a procedure is declared once, in the words of its manual: {@link org.sigti.workflow.flow.ProcedureDefinition}
 * built with {@link org.sigti.workflow.flow.ProcedureDefinition#builder}. Steps keep the manual's numbering, name
 * who does them (role and queue, or the requester), the record they produce, and their ways out: the next step,
 * decisions, loop-backs (↺), jumps into another procedure (⇒), parallel branches (∥) and the end; and the mails the
 * manual names, declared on the step that sends them ({@link org.sigti.workflow.flow.Recipient}, with the procedure's
 * own {@link org.sigti.workflow.flow.MailTemplates}).
 */
package org.sigti.workflow.flow;
