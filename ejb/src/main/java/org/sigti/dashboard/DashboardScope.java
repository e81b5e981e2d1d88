package org.sigti.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * What the caller may look at: their institution (SIGTI has no cross-institution role, so it is the only one), the
 * unit they are bound to (a Responsable: their own; null for the Jefe and the Auditor, who see every unit) and the
 * units they may choose among (code and name).
 */
public record DashboardScope(String institution, String fixedUnit, List<Unit> units) implements Serializable {

    /** A unit the filter offers. */
    public record Unit(String code, String name) implements Serializable {
    }

    public DashboardScope {
        units = List.copyOf(units);
    }
}
