package org.sigti.procedure.support;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sigti.document.ServiceSlipData;
import org.sigti.document.ServiceSlipPdf;
import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.CaseFacts.CompletedStep;
import org.sigti.workflow.document.DeclaredKind;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-008.1's Boleta de entrega de servicio: the service the technician delivered at step 8, and the user's
 * signature given in SIGTI at step 8.F (printed blank for a paper signature until then).
 */
@ApplicationScoped
public class ServiceSlip extends DeclaredKind {

    /** As declared by {@link SepremDi0081}: step 8 delivers the service, 8.F is the user's signature. */
    static final String DELIVERY_STEP = "8";
    static final String SIGNATURE_STEP = "8.F";
    static final String ACCEPTED = "conforme";

    @Inject
    ServiceSlipPdf pdf;

    public ServiceSlip() {
        super("SERVICE_SLIP", "BOL", new Text("Boleta de entrega de servicio", null), Set.of(SepremDi0081.CODE));
    }

    @Override
    public boolean availableOn(CaseFacts c) {
        return c.lastDone(SepremDi0081.CODE, DELIVERY_STEP).isPresent();
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        CompletedStep delivered = c.lastDone(SepremDi0081.CODE, DELIVERY_STEP).orElseThrow();
        ServiceSlipData.Confirmation signed = c.lastDone(SepremDi0081.CODE, SIGNATURE_STEP, ACCEPTED)
                .map(s -> new ServiceSlipData.Confirmation(c.requesterName(), s.at())).orElse(null);
        return pdf.render(new ServiceSlipData(c.letterhead(), number, c.number(), c.requesterName(),
                c.requesterUnitName(), c.value(SupportSolution.FIELD).orElse(c.title()), c.fullName(delivered.by()),
                c.date(delivered.at()), signed, c.printedAt(), c.zone()));
    }
}
