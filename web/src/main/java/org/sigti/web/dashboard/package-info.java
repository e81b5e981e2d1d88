/**
 * The dashboard screen ({@code /dashboard/index.xhtml}; Jefe, Responsable, Auditor) and its chart images
 * ({@code /dashboard/chart}): the office's indicators of {@link org.sigti.dashboard.Dashboard} in the reader's
 * language, each table with its chart and its exports (XLSX, CSV through {@link org.sigti.web.export.TableExport}, PDF
 * with the chart). No business logic: the service says what the figures are and who may see them.
 */
package org.sigti.web.dashboard;
