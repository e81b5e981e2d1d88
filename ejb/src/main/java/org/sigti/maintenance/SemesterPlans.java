package org.sigti.maintenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * The semiannual plans as people see them: the "% de sistemas con mantenimiento preventivo cumplido" per semester
 * (Jefe, Responsable, Auditor), and the Jefe's "generate the current semester's plan now", which opens only what the
 * timer has not (idempotent). The plans are the Defensoría's (DPG/ESIN-PRO-5, {@link SemesterPlanInstitution}): the
 * people of another institution are refused every method, each refusal a security event.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR})
public class SemesterPlans {

    /** The kind of record a refusal names in the security events. */
    static final String OBJECT = "semester_plan";

    @Inject
    SemesterPlanWriter writer;

    @EJB
    InstitutionScope scope;

    @Resource
    SessionContext context;

    /** Whether the caller is of the institution that keeps the semester plans, e.g. to offer their page. */
    public boolean isCallers() {
        return scope.isCaller(writer.institution());
    }

    /** The current semester in the institution's zone. */
    public Semester current() {
        Semester current = currentSemester();
        require("current", current);
        return current;
    }

    /** Opens what is missing of the current semester's plan; returns how many cases it opened. */
    @RolesAllowed(Roles.JEFE)
    public int generateCurrent() {
        Semester current = currentSemester();
        require("generateCurrent", current);
        return writer.generate(current, context.getCallerPrincipal().getName());
    }

    /** The indicator of the current semester and the {@code previous} before it, latest first. */
    public List<Compliance> compliance(int previous) {
        Semester s = currentSemester();
        require("compliance", s);
        List<Compliance> result = new ArrayList<>();
        for (int i = 0; i <= Math.min(previous, 10); i++, s = s.previous()) {
            result.add(writer.compliance(s));
        }
        return result;
    }

    private static Semester currentSemester() {
        return Semester.of(Instant.now(), SemesterPlanWriter.zone());
    }

    /** Refuses (recorded) a caller of another institution than the plans'. */
    private void require(String method, Semester semester) {
        scope.require(writer.institution(), "SemesterPlans." + method, OBJECT, semester.code());
    }
}
