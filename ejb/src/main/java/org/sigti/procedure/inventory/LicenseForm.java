package org.sigti.procedure.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.HandoverFormData;
import org.sigti.inventory.LicenseSeat;
import org.sigti.workflow.document.CaseFacts;

/**
 * SEPREM-DI-002.1's Formulario de control y aceptación del licenciamiento o servicio: issued at step 4, delivered at
 * 5 and signed by the user in SIGTI at 5.F. It lists the seats of the license pools the case took, or the platform
 * asked for while none is taken.
 */
@ApplicationScoped
public class LicenseForm extends HandoverForm {

    /** As declared by {@link SepremDi0021}: the form is issued at 4, delivered at 5, signed at 5.F. */
    static final String ISSUE_STEP = "4";
    static final String DELIVERY_STEP = "5";
    static final String SIGNATURE_STEP = "5.F";
    /** Step 1's field: the platform whose license is asked for. */
    static final String PLATFORM = "plataforma";

    public LicenseForm() {
        super("LICENSE_FORM", "FCL", new HandoverFormData.Wording(
                "Formulario de control y aceptación del licenciamiento o servicio",
                "Procedimiento " + SepremDi0021.CODE + " Administración y Asignación de Licenciamiento",
                "Licenciamiento o servicio asignado",
                "Recibí la licencia o servicio descrito y acepto las condiciones de su uso."),
                SepremDi0021.CODE, ISSUE_STEP);
    }

    @Override
    public byte[] render(CaseFacts c, String number) {
        Optional<String> platform = c.value(PLATFORM).map(p -> p.strip().toUpperCase(Locale.ROOT));
        List<LicenseSeat> seats = em.createQuery("select s from LicenseSeat s join fetch s.pool where s.caseId = :c"
                + " order by s.id", LicenseSeat.class).setParameter("c", c.id()).getResultList();
        List<HandoverFormData.Item> items = new ArrayList<>();
        for (LicenseSeat seat : seats) {
            items.add(new HandoverFormData.Item(seat.getPool().getCode(), seat.getPool().getProduct()
                    + platform.map(p -> " (plataforma " + p + ")").orElse("")));
        }
        if (seats.isEmpty()) {
            platform.ifPresent(p -> items.add(new HandoverFormData.Item(p, "Licencia de la plataforma (por entregar)")));
        }
        return print(c, number, c.requesterName(), c.requesterUnitName(), items, done(c, DELIVERY_STEP),
                accepted(c, SIGNATURE_STEP));
    }
}
