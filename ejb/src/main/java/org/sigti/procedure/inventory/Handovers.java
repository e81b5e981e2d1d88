package org.sigti.procedure.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.HandoverFormData;
import org.sigti.document.HandoverFormPdf;
import org.sigti.document.ServiceSlipData;
import org.sigti.inventory.Equipment;
import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.CaseFacts.CompletedStep;

/**
 * What the inventory's forms of delivery share (the license form of SEPREM-DI-002.1, the actas of S04.03.04.01 and
 * S04.03.03.02): finding the equipment a step recorded, and printing the form from the steps that issued, delivered
 * and signed it.
 */
@ApplicationScoped
public class Handovers {

    /** The outcome of a signature step by which the user accepts. */
    static final String ACCEPTED = "conforme";

    @PersistenceContext
    EntityManager em;

    @Inject
    HandoverFormPdf pdf;

    /** The items of the equipment recorded in those fields (a SIGTI number or a patrimonial code each). */
    List<HandoverFormData.Item> equipment(CaseFacts c, String... fields) {
        List<HandoverFormData.Item> items = new ArrayList<>();
        for (String field : fields) {
            c.value(field).flatMap(this::equipment).ifPresent(e -> items.add(new HandoverFormData.Item(
                    e.getPatrimonialCode(), e.getKind() + " " + e.getBrand() + " " + e.getModel() + " · serie "
                            + e.getSerial())));
        }
        return items;
    }

    /** The equipment a step recorded: by SIGTI number, else by patrimonial code. */
    Optional<Equipment> equipment(String code) {
        String v = code.strip();
        if (v.chars().allMatch(Character::isDigit) && v.length() < 19) {
            Equipment e = em.find(Equipment.class, Long.parseLong(v));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return em.createNamedQuery("Equipment.findByCode", Equipment.class)
                .setParameter("code", Equipment.normalizedCode(v)).getResultStream().findFirst();
    }

    /**
     * The form as a PDF.
     *
     * @param issued    the step that issued the form (its author delivers, when no delivery step is done yet)
     * @param delivered the step that delivered, if done
     * @param signed    the user's acceptance in SIGTI, if given
     */
    byte[] render(CaseFacts c, String number, HandoverFormData.Wording wording, String holderName, String unitName,
            List<HandoverFormData.Item> items, Optional<CompletedStep> issued, Optional<CompletedStep> delivered,
            Optional<CompletedStep> signed) {
        Optional<CompletedStep> by = delivered.or(() -> issued);
        return pdf.render(new HandoverFormData(wording, c.institution(), number, c.number(), holderName, unitName,
                items, by.map(s -> c.fullName(s.by())).orElse(null), delivered.map(s -> c.date(s.at())).orElse(null),
                signed.map(s -> new ServiceSlipData.Confirmation(c.requesterName(), s.at())).orElse(null),
                c.printedAt(), c.zone()));
    }
}
