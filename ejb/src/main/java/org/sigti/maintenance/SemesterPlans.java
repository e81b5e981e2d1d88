package org.sigti.maintenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;

/**
 * The semiannual plans as people see them: the "% de sistemas con mantenimiento preventivo cumplido" per semester
 * (Jefe, Responsable, Auditor), and the Jefe's "generate the current semester's plan now", which opens only what the
 * timer has not (idempotent).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR})
public class SemesterPlans {

    @Inject
    SemesterPlanWriter writer;

    @Resource
    SessionContext context;

    /** The current semester in the institution's zone. */
    public Semester current() {
        return Semester.of(Instant.now(), SemesterPlanWriter.zone());
    }

    /** Opens what is missing of the current semester's plan; returns how many cases it opened. */
    @RolesAllowed(Roles.JEFE)
    public int generateCurrent() {
        return writer.generate(current(), context.getCallerPrincipal().getName());
    }

    /** The indicator of the current semester and the {@code previous} before it, latest first. */
    public List<Compliance> compliance(int previous) {
        List<Compliance> result = new ArrayList<>();
        Semester s = current();
        for (int i = 0; i <= Math.min(previous, 10); i++, s = s.previous()) {
            result.add(writer.compliance(s));
        }
        return result;
    }
}
