/**
 * Satisfaction at closing: the requester's rating page ({@code /satisfaction/rate.xhtml}, the closing mail's link) and
 * the satisfaction indicators ({@code /satisfaction/indicators.xhtml}; Jefe, Responsable, Auditor).
 */
package org.sigti.web.satisfaction;
