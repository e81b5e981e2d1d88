/**
 * The procedure catalog screens: {@code /catalog.xhtml} (the 40 procedures of the manuals, filtered by institution
 * and text), {@code /procedure.xhtml?procedure=CODE} (one procedure; for those SIGTI runs, its step diagram and
 * table and the "Iniciar" link) and the diagram itself, {@code /procedures/diagram.svg?procedure=CODE}. Reads
 * through {@link org.sigti.workflow.catalog.CatalogQueries} only.
 *
 * <p>The parameter is {@code procedure}, as in {@code request.xhtml}, never {@code code}: {@code code} is the
 * OpenID Connect authorization-code parameter, and the OIDC mechanism takes a logged-out request carrying it for
 * the return from Keycloak ("No state cookie") instead of sending it to log in, so a bookmarked page would fail.
 */
package org.sigti.web.catalog;
