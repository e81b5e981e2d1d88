package org.sigti.procedure.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.HandoverFormData;
import org.sigti.document.HandoverFormPdf;
import org.sigti.document.ServiceSlipData;
import org.sigti.inventory.Equipment;
import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.CaseFacts.CompletedStep;
import org.sigti.workflow.document.DeclaredKind;
import org.sigti.workflow.flow.Text;

/**
 * What the inventory's forms of delivery share (the license form of SEPREM-DI-002.1, the actas of S04.03.04.01 and
 * S04.03.03.02): each belongs to one procedure and exists once the step that issues it is done; it finds the
 * equipment a step recorded, and prints the form from the steps that issued, delivered and signed it.
 */
public abstract class HandoverForm extends DeclaredKind {

    /** The outcome of a signature step by which the user accepts. */
    static final String ACCEPTED = "conforme";

    private final HandoverFormData.Wording wording;
    private final String procedure;
    private final String issueStep;

    @PersistenceContext
    EntityManager em;

    @Inject
    HandoverFormPdf pdf;

    /**
     * @param wording   the form's texts; its title is the document's name
     * @param procedure the procedure that issues it
     * @param issueStep the step of that procedure that issues it
     */
    protected HandoverForm(String code, String prefix, HandoverFormData.Wording wording, String procedure,
            String issueStep) {
        super(code, prefix, new Text(wording.title(), null), Set.of(procedure));
        this.wording = wording;
        this.procedure = procedure;
        this.issueStep = issueStep;
    }

    @Override
    public boolean availableOn(CaseFacts c) {
        return issued(c).isPresent();
    }

    /** The last completion of the step that issues the form. */
    Optional<CompletedStep> issued(CaseFacts c) {
        return c.lastDone(procedure, issueStep);
    }

    /** The last completion of a step of the procedure. */
    Optional<CompletedStep> done(CaseFacts c, String step) {
        return c.lastDone(procedure, step);
    }

    /** The user's acceptance at a signature step of the procedure. */
    Optional<CompletedStep> accepted(CaseFacts c, String step) {
        return c.lastDone(procedure, step, ACCEPTED);
    }

    /** The items of the equipment recorded in those fields (a SIGTI number or a patrimonial code each). */
    List<HandoverFormData.Item> equipment(CaseFacts c, String... fields) {
        List<HandoverFormData.Item> items = new ArrayList<>();
        String institution = em.find(org.sigti.workflow.WorkCase.class, c.id()).getInstitutionCode();
        for (String field : fields) {
            c.value(field).flatMap(v -> equipment(institution, v)).ifPresent(e -> items.add(new HandoverFormData.Item(
                    e.getPatrimonialCode(), e.getKind() + " " + e.getBrand() + " " + e.getModel() + " · serie "
                            + e.getSerial())));
        }
        return items;
    }

    /** The equipment of the case's institution a step recorded: by SIGTI number, else by patrimonial code. */
    Optional<Equipment> equipment(String institution, String code) {
        String v = code.strip();
        if (v.chars().allMatch(Character::isDigit) && v.length() < 19) {
            Equipment e = em.find(Equipment.class, Long.parseLong(v));
            if (e != null && e.getInstitutionCode().equals(institution)) {
                return Optional.of(e);
            }
        }
        return em.createNamedQuery("Equipment.findByCode", Equipment.class).setParameter("institution", institution)
                .setParameter("code", Equipment.normalizedCode(v)).getResultStream().findFirst();
    }

    /**
     * The form as a PDF.
     *
     * @param delivered the step that delivered, if done (its author delivers; before it, the issuing step's author)
     * @param signed    the user's acceptance in SIGTI, if given
     */
    byte[] print(CaseFacts c, String number, String holderName, String unitName, List<HandoverFormData.Item> items,
            Optional<CompletedStep> delivered, Optional<CompletedStep> signed) {
        Optional<CompletedStep> by = delivered.or(() -> issued(c));
        return pdf.render(new HandoverFormData(wording, c.letterhead(), number, c.number(), holderName, unitName,
                items, by.map(s -> c.fullName(s.by())).orElse(null), delivered.map(s -> c.date(s.at())).orElse(null),
                signed.map(s -> new ServiceSlipData.Confirmation(c.requesterName(), s.at())).orElse(null),
                c.printedAt(), c.zone()));
    }
}
