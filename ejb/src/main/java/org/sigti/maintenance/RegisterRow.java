package org.sigti.maintenance;

import java.io.Serializable;
import java.time.Instant;

import org.sigti.inventory.SystemKind;

/**
 * A row of the register DGP/ESIN-R-6 "Mantenimiento de Sistemas" as its screen and its export show it: the manual's
 * nine columns (NRO, fecha de solicitud, sistema, área/unidad solicitante, tipo de sistema, análisis de factibilidad,
 * conclusión fecha and hora, observaciones), the maintenance type, and the case it comes from.
 */
public record RegisterRow(long id, String number, Instant requestedAt, long systemId, String systemCode,
        String systemName, String requesterUnit, SystemKind systemKind, boolean feasible, Instant concludedAt,
        boolean inProduction, String observations, SystemMaintenanceType type, long caseId, String caseNumber)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
