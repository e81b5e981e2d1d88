/**
 * Screens of the inventory (/inventory/*): equipment, license pools, the catalog of systems, the CSV import, the
 * expiry settings and "Mis equipos". One backing bean per page; they call the services of
 * {@code org.sigti.inventory} and never touch the EntityManager.
 */
package org.sigti.web.inventory;
