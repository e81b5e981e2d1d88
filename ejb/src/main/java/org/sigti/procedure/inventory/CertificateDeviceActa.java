package org.sigti.procedure.inventory;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sigti.document.HandoverFormData;
import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.DeclaredKind;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.04.01's Acta de entrega de dispositivos: the cryptographic card and the card reader recorded and delivered
 * at step 8, signed by the user in SIGTI at step 9.
 */
@ApplicationScoped
public class CertificateDeviceActa extends DeclaredKind {

    /** As declared by {@link S04030401}: step 8 records and delivers the devices, step 9 is the user's signature. */
    static final String DELIVERY_STEP = "8";
    static final String SIGNATURE_STEP = "9";
    /** Step 8's fields: the card and the reader. */
    static final String CARD = "tarjeta_criptografica";
    static final String READER = "lector_tarjetas";

    private static final HandoverFormData.Wording WORDING = new HandoverFormData.Wording(
            "Acta de entrega de dispositivos",
            "Procedimiento " + S04030401.CODE + " Entrega y recepción de dispositivos para el uso del certificado"
                    + " digital",
            "Dispositivos asignados", "Recibí los dispositivos descritos para el uso del certificado digital.");

    @Inject
    Handovers handovers;

    public CertificateDeviceActa() {
        super("CERT_DEVICE_ACTA", "ADC", new Text(WORDING.title(), null), Set.of(S04030401.CODE));
    }

    @Override
    public boolean availableOn(CaseFacts c) {
        return c.lastDone(S04030401.CODE, DELIVERY_STEP).isPresent();
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        return handovers.render(c, number, WORDING, c.requesterName(), c.requesterUnitName(),
                handovers.equipment(c, CARD, READER), c.lastDone(S04030401.CODE, DELIVERY_STEP),
                c.lastDone(S04030401.CODE, DELIVERY_STEP),
                c.lastDone(S04030401.CODE, SIGNATURE_STEP, Handovers.ACCEPTED));
    }
}
