package org.sigti.procedure.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.unit.Institution;
import org.sigti.inventory.Equipment;
import org.sigti.inventory.ExpiryDue;
import org.sigti.inventory.LicensePool;
import org.sigti.inventory.RenewalInstitution;
import org.sigti.people.UserProfile;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseNotice;
import org.sigti.workflow.WorkCase;

/**
 * SEPREM-DI-005.1's entry for the expiry calendar: a license or a warranty about to expire ({@link ExpiryDue}) gets
 * its renewal case, opened at step "0" by SIGTI in the calendar's transaction, waiting in the assignee's inbox at
 * step 1; the assignee is mailed after the commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RenewalCases implements RenewalInstitution {

    /** The mail to the renewal's assignee ({@code org/sigti/workflow/mail.properties}). */
    static final String TEMPLATE = "expiry";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @Inject
    Event<CaseNotice> notices;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String code() {
        return engine.institutionOf(procedures.definition(SepremDi0051.CODE));
    }

    void open(@Observes ExpiryDue due) {
        String title;
        String description;
        Map<String, String> values = new LinkedHashMap<>();
        if (due.pool() != null) {
            LicensePool p = due.pool();
            title = "Renovación de licencia " + p.getCode() + " (" + p.getProduct() + "), vence el " + due.expiresOn();
            description = "La licencia o servicio " + p.getProduct() + " (" + p.getCode() + ", "
                    + p.getSeatsUsed() + " de " + p.getSeatsTotal() + " en uso"
                    + (p.getVendor() == null ? "" : ", proveedor " + p.getVendor()) + ") vence el " + due.expiresOn()
                    + ". Calendario de vencimientos de SIGTI.";
            values.put("licencia", p.getCode());
        } else {
            Equipment e = due.equipment();
            title = "Renovación de garantía del equipo " + e.getPatrimonialCode() + ", vence el " + due.expiresOn();
            description = "La garantía del equipo " + e.getPatrimonialCode() + " (" + e.getKind() + " "
                    + e.getBrand() + " " + e.getModel() + ", serie " + e.getSerial() + ") vence el " + due.expiresOn()
                    + ". Calendario de vencimientos de SIGTI.";
            values.put("equipo", e.getPatrimonialCode());
        }
        values.put("vencimiento", due.expiresOn().toString());
        WorkCase c = engine.startBySystem(SepremDi0051.CODE, title.length() <= 200 ? title : title.substring(0, 200),
                description, "vencimientos", due.assignee(), values);
        mail(c, due.assignee());
        due.opened(c);
    }

    private void mail(WorkCase c, String assignee) {
        if (assignee == null) {
            return;
        }
        UserProfile profile = em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                .setParameter("username", assignee).getResultStream().findFirst().orElse(null);
        String email = profile == null ? null : profile.getEmail();
        String name = profile == null ? assignee : profile.getFullName();
        notices.fire(new CaseNotice(TEMPLATE, email, name, c.getId(), c.getNumber(), c.getTitle(),
                SepremDi0051.CODE, "1", null, c.getDescription(),
                em.find(Institution.class, c.getInstitutionCode()).getName()));
    }
}
