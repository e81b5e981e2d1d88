package org.sigti.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.InstitutionOwned;

/**
 * The caller's institution, and the one check every module makes on a record it was asked for by id: a record of
 * another institution is refused exactly like a record that does not exist for the caller, the refusal recorded as
 * a security event, so the web layer answers with the 403 page and names nothing of what exists elsewhere. Timers
 * have no caller: they work on each institution's records in that record's institution.
 */
@Stateless
@PermitAll // the check applies to every caller; the services it serves carry the roles
public class InstitutionScope {

    @Inject
    Institutions institutions;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    /** The institution of the person calling the service. */
    public String caller() {
        return institutions.ofUser(context.getCallerPrincipal().getName());
    }

    /**
     * The record when it belongs to the caller's institution.
     *
     * @param record     the record found by id, or null when there is none
     * @param action     what was attempted, e.g. {@code EquipmentRegistry.get}
     * @param objectType the kind of record, e.g. {@code equipment}
     * @param id         its id as asked for
     * @throws AccessDeniedException when it belongs to another institution (recorded first)
     */
    public <T extends InstitutionOwned> T owned(T record, String action, String objectType, Object id) {
        if (record != null && !record.getInstitutionCode().equals(caller())) {
            deny(action, objectType, id);
        }
        return record;
    }

    /** Whether the person calling is of {@code institution}, e.g. to offer only their own institution's plans. */
    public boolean isCaller(String institution) {
        return institution.equals(caller());
    }

    /**
     * Goes on only when the caller is of {@code institution}, the one whose manual keeps the record (a plan of
     * MINDEF's S04.03.04.03, the Defensoría's semester plans): anyone else is refused as for another institution's
     * record.
     *
     * @param institution the institution the record belongs to
     * @param action      what was attempted, e.g. {@code AnnualPlans.view}
     * @param objectType  the kind of record, e.g. {@code annual_plan}
     * @param id          the record as asked for, e.g. its year
     * @throws AccessDeniedException when the caller is of another institution (recorded first)
     */
    public void require(String institution, String action, String objectType, Object id) {
        if (!isCaller(institution)) {
            deny(action, objectType, id);
        }
    }

    /**
     * Records and refuses a request for another institution's record; always throws (callers write
     * {@code throw scope.deny(...)}).
     */
    public AccessDeniedException deny(String action, String objectType, Object id) {
        securityEvents.accessDenied(action, objectType, String.valueOf(id), null, "another institution's record");
        throw new AccessDeniedException(objectType + " " + id + " belongs to another institution");
    }
}
