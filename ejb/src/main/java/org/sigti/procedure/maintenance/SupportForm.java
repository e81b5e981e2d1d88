package org.sigti.procedure.maintenance;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sigti.document.SupportFormData;
import org.sigti.document.SupportFormPdf;
import org.sigti.document.SupportRequestType;
import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.CaseFacts.CompletedStep;
import org.sigti.workflow.document.DeclaredKind;
import org.sigti.workflow.flow.Text;

/**
 * The Defensoría del Pueblo's Formulario de soporte técnico (DGP/ESIN-R-1, Anexo 1 "Solicitud de soporte técnico"),
 * one of the two records of DPG/ESIN-PRO-5 (section 8, with R-6). It belongs to that manual alone, so SIGTI offers it
 * only on the cases of DPG/ESIN-PRO-5 and its sub-procedures, never on SEPREM's, AGETIC's or MINDEF's: the
 * requester's data and request, the work performed (by whom and when) and who authorized it. On the sub-procedures'
 * cases the work is step 1's observations and the authorization step 2's verification; on DPG/ESIN-PRO-5's own (its
 * c1 is this form), the work is the maintenance's changes put into production at c7 and the authorization the
 * Responsable de ESIN's remission at c2.
 */
@ApplicationScoped
public class SupportForm extends DeclaredKind {

    /** As declared by {@link Checklist}: step 1 executes, step 2 verifies ("conforme"). */
    static final String WORK_STEP = "1";
    static final String VERIFY_STEP = "2";
    static final String VERIFIED = "conforme";
    /** Step 1's observations and actions taken: the form's TRABAJO REALIZADO. */
    static final String WORK_PERFORMED = Checklist.observations().name();

    /** Where a procedure's case records the form's work and authorization; a null outcome is any way out. */
    private record Steps(String work, String authorization, String authorized, String performed) {
    }

    private static final Steps CHECKLIST = new Steps(WORK_STEP, VERIFY_STEP, VERIFIED, WORK_PERFORMED);
    private static final Map<String, Steps> STEPS = Map.of(DpgEsinPro5a.CODE, CHECKLIST, DpgEsinPro5Seg.CODE,
            CHECKLIST, DpgEsinPro5.CODE, new Steps(DpgEsinPro5.GO_LIVE, DpgEsinPro5.ROUTE, null,
                    DpgEsinPro5.CHANGES.name()));

    @Inject
    SupportFormPdf pdf;

    public SupportForm() {
        super("SUPPORT_FORM", "R1", new Text(SupportFormData.FORM_NAME, null), STEPS.keySet());
    }

    /** Every case of the procedure has its form, from the start (the form is printed before the work is done). */
    @Override
    public boolean availableOn(CaseFacts c) {
        return true;
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        Steps steps = STEPS.getOrDefault(c.procedureCode(), CHECKLIST);
        Optional<CompletedStep> work = c.completed().stream().filter(s -> procedures().contains(s.procedure())
                && s.step().equals(steps.work())).reduce((a, b) -> b);
        Optional<CompletedStep> verified = c.completed().stream().filter(s -> procedures().contains(s.procedure())
                && s.step().equals(steps.authorization())
                && (steps.authorized() == null || steps.authorized().equals(s.outcome()))).reduce((a, b) -> b);
        Optional<CaseFacts.RecordedField> performed = c.field(steps.performed());
        return pdf.render(new SupportFormData(c.letterhead(), null, number, c.number(), c.requesterName(),
                c.contactPhone(), c.contactEmail(), c.requesterUnitName(), c.date(c.openedAt()), requestType(c),
                c.description() == null ? c.title() : c.title() + "\n" + c.description(),
                performed.map(CaseFacts.RecordedField::value).orElse(null),
                work.map(s -> c.date(s.at())).orElse(null), work.map(s -> c.fullName(s.by())).orElse(null),
                verified.map(s -> c.fullName(s.by())).orElse(null), c.printedAt(), c.zone()));
    }

    private static SupportRequestType requestType(CaseFacts c) {
        return Arrays.stream(SupportRequestType.values()).filter(t -> t.name().equals(c.requestType())).findFirst()
                .orElse(null);
    }
}
