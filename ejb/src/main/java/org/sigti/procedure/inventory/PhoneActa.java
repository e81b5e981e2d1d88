package org.sigti.procedure.inventory;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.HandoverFormData;
import org.sigti.workflow.document.CaseFacts;

/**
 * S04.03.03.02's Acta de entrega de equipos telefónicos – OGTIE: the configured phone recorded at step 13, delivered
 * at 14 to the user named at step 6 (the requester when none), signed on paper.
 */
@ApplicationScoped
public class PhoneActa extends HandoverForm {

    /** As declared by {@link S04030302}: step 13 records the phone and issues the acta, step 14 delivers it. */
    static final String ACTA_STEP = "13";
    static final String DELIVERY_STEP = "14";
    /** Step 13's field: the phone; step 6's: the user who gets it, their name and unit. */
    static final String PHONE = "equipo_telefonico";
    static final String USER_NAME = "usuario_nombre";
    static final String USER_UNIT = "usuario_unidad";

    public PhoneActa() {
        super("PHONE_ACTA", "AET", new HandoverFormData.Wording("Acta de entrega de equipos telefónicos – OGTIE",
                "Procedimiento " + S04030302.CODE + " Atención de requerimientos de equipos telefónicos",
                "Equipos telefónicos entregados", "Recibí los equipos telefónicos descritos, configurados y activos."),
                S04030302.CODE, ACTA_STEP);
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        Optional<String> user = c.value(USER_NAME);
        String holder = user.orElse(c.requesterName());
        String unit = user.isPresent() ? c.value(USER_UNIT).map(c::unitName).orElse(null) : c.requesterUnitName();
        return print(c, number, holder, unit, equipment(c, PHONE), done(c, DELIVERY_STEP), Optional.empty());
    }
}
