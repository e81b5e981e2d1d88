package org.sigti.workflow.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.people.Institutions;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.Workflow;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * What the catalog screens read: the 40 procedures of {@link ProcedureCatalog} with whether each runs in SIGTI
 * and whether the caller may file a case in it ({@link Workflow#startable()}), and the declaration of a runnable
 * one for its step diagram. Read-only, for every role; the Auditor files nothing.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class CatalogQueries {

    @Inject
    Procedures procedures;

    @EJB
    Workflow workflow;

    @Resource
    SessionContext context;

    @Inject
    Institutions institutions;

    @EJB
    SecurityEvents securityEvents;

    /** The procedures of the caller's institution's manuals, in the order of procedures.md. */
    public List<CatalogItem> items() {
        Set<String> startable = startable();
        String mine = callerInstitution();
        return ProcedureCatalog.all().stream().filter(entry -> entry.institution().equals(mine))
                .map(entry -> item(entry, startable)).toList();
    }

    /**
     * One procedure, by its code as the manual writes it; or one of SIGTI's sub-procedures of a catalogued procedure
     * ({@code DPG/ESIN-PRO-5.a}), which is not one of the 40 but is shown under its parent.
     */
    public Optional<CatalogItem> item(String code) {
        Optional<CatalogEntry> entry = ProcedureCatalog.find(code);
        if (entry.isEmpty()) {
            entry = parentOf(code).flatMap(parent -> procedures.flow(code).map(flow -> new CatalogEntry(code,
                    parent.institution(), parent.manual(), flow.definition().name(), parent.section() + " (SIGTI)")));
        }
        if (entry.isPresent() && !entry.get().institution().equals(callerInstitution())) {
            securityEvents.accessDenied("CatalogQueries.item", "procedure", code, null,
                    "a procedure of " + entry.get().institution());
            throw new AccessDeniedException("procedure " + code + " belongs to another institution");
        }
        Set<String> startable = startable();
        return entry.map(e -> item(e, startable));
    }

    /** The caller's institution as the catalog names it ({@code MINDEF (Perú)}). */
    private String callerInstitution() {
        return institutions.find(institutions.ofUser(context.getCallerPrincipal().getName()))
                .map(org.sigti.unit.Institution::getCatalogName).orElse("");
    }

    /** SIGTI's sub-procedures of a catalogued procedure (their codes extend its code with a dot), by code. */
    public List<ProcedureDefinition> subProcedures(String code) {
        if (code == null || ProcedureCatalog.find(code).isEmpty()) {
            return List.of();
        }
        return procedures.all().stream().filter(def -> def.code().startsWith(code + ".")).toList();
    }

    /** The catalogued procedure a sub-procedure code extends. */
    static Optional<CatalogEntry> parentOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
            Optional<CatalogEntry> parent = ProcedureCatalog.find(code.substring(0, dot));
            if (parent.isPresent()) {
                return parent;
            }
        }
        return Optional.empty();
    }

    /** The declaration of a procedure SIGTI runs; empty for the others, for unknown codes and for another institution's. */
    public Optional<ProcedureDefinition> definition(String code) {
        String mine = callerInstitution();
        return code == null ? Optional.empty() : procedures.flow(code).map(ProcedureFlow::definition)
                .filter(def -> def.institution().equals(mine));
    }

    private CatalogItem item(CatalogEntry entry, Set<String> startable) {
        return new CatalogItem(entry, procedures.flow(entry.code()).isPresent(), startable.contains(entry.code()));
    }

    /** Workflow refuses callers who may file nothing (an Auditor only), so they are not asked. */
    private Set<String> startable() {
        boolean mayFile = Roles.ALL.stream().filter(role -> !Roles.AUDITOR.equals(role))
                .anyMatch(context::isCallerInRole);
        return mayFile ? Set.copyOf(workflow.startable()) : Set.of();
    }
}
