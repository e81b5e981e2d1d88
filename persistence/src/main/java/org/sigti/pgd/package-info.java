/**
 * The Plan de Gobierno Digital (MINDEF S04.01.00.01 and its yearly follow-up S04.01.00.02): the plan and its period,
 * its work schedule, risk matrix, strategic approach and objectives, the status of the current portfolio reported by
 * the OGTIE's coordinators with the Jefe(a)'s decision per project, the CGD's approvals in session, and the portfolio
 * of projects, versioned (each version a separate set of project sheets; an old version stays readable).
 */
package org.sigti.pgd;
