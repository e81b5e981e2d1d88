/**
 * The quality assurance screens (issue 15, item 3): the Matriz de diseño de casos de prueba and the Informe de
 * defectos of a case ({@code /quality/matrix.xhtml?case=ID}), their PDFs, and the panel of the case page.
 */
package org.sigti.web.quality;
