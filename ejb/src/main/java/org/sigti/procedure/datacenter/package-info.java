/**
 * The data-center procedure: S04.03.01.03, access control with the visitor log (Bitácora de control de accesos
 * físico al centro de datos), written by {@link org.sigti.maintenance.DataCenterVisits}.
 */
package org.sigti.procedure.datacenter;
