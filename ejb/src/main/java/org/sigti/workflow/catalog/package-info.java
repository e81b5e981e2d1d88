/**
 * The catalog of the 40 procedures of the five manuals (procedures.md), whether each runs in SIGTI and may be filed
 * by the caller ({@link org.sigti.workflow.catalog.CatalogQueries}), and the step diagram of a runnable procedure
 * drawn as SVG text ({@link org.sigti.workflow.catalog.FlowDiagram}). Depends on the flow declarations
 * ({@code org.sigti.workflow.flow}) and on {@link org.sigti.workflow.Procedures}; never on screens.
 */
package org.sigti.workflow.catalog;
