/**
 * The documents the procedures produce, as PDF: the Formulario de soporte técnico (DGP/ESIN-R-1), the Registro de
 * cierre del caso and the Boleta de entrega de servicio (SEPREM-DI-008.1), and their numbers, gap-free per kind and
 * year. Which documents a case has, and when, is declared by the kinds of {@code org.sigti.workflow.document}. Callers pass plain data records ({@link org.sigti.document.SupportFormData} ...) and get the PDF bytes; the
 * generators read no database and know nothing of screens or servlets. May use persistence (the counters) and
 * PDFBox; never imports jakarta.faces or jakarta.servlet.
 */
package org.sigti.document;
