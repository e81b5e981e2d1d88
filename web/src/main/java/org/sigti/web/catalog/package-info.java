/**
 * The procedure catalog screens: {@code /catalog.xhtml} (the 40 procedures of the manuals, filtered by institution
 * and text), {@code /procedure.xhtml?code=} (one procedure; for those SIGTI runs, its step diagram and table and the
 * "Iniciar" link) and the diagram itself, {@code /procedures/diagram.svg?code=}. Reads through
 * {@link org.sigti.workflow.catalog.CatalogQueries} only.
 */
package org.sigti.web.catalog;
