package org.sigti.procedure.inventory;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.HandoverFormData;
import org.sigti.workflow.document.CaseFacts;

/**
 * S04.03.04.01's Acta de entrega de dispositivos: the cryptographic card and the card reader recorded and delivered
 * at step 8, signed by the user in SIGTI at step 9.
 */
@ApplicationScoped
public class CertificateDeviceActa extends HandoverForm {

    /** As declared by {@link S04030401}: step 8 records and delivers the devices, step 9 is the user's signature. */
    static final String DELIVERY_STEP = "8";
    static final String SIGNATURE_STEP = "9";
    /** Step 8's fields: the card and the reader. */
    static final String CARD = "tarjeta_criptografica";
    static final String READER = "lector_tarjetas";

    public CertificateDeviceActa() {
        super("CERT_DEVICE_ACTA", "ADC", new HandoverFormData.Wording("Acta de entrega de dispositivos",
                "Procedimiento " + S04030401.CODE + " Entrega y recepción de dispositivos para el uso del certificado"
                        + " digital",
                "Dispositivos asignados", "Recibí los dispositivos descritos para el uso del certificado digital."),
                S04030401.CODE, DELIVERY_STEP);
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        return print(c, number, c.requesterName(), c.requesterUnitName(), equipment(c, CARD, READER),
                done(c, DELIVERY_STEP), accepted(c, SIGNATURE_STEP));
    }
}
