/**
 * The Plan de Gobierno Digital's screens: the plan of a formulation case ({@code /pgd/plan.xhtml?case=ID}, with
 * {@code &version=N} for an older portfolio version), its final document as a PDF ({@code /files/pgd}), and the panel
 * of the case page that leads there.
 */
package org.sigti.web.pgd;
