package org.sigti.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sigti.accounts.AccountOrder;
import org.sigti.procedure.accounts.S04030101;
import org.sigti.procedure.accounts.SepremDi0011;
import org.sigti.procedure.backup.S04030201;
import org.sigti.procedure.backup.SepremDi0082;
import org.sigti.procedure.backup.SepremDi0083;
import org.sigti.procedure.inventory.SepremDi0051;
import org.sigti.procedure.inventory.SepremDi0061;
import org.sigti.procedure.support.S04030105;
import org.sigti.procedure.support.SepremDi0081;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.Notification;
import org.sigti.workflow.flow.Recipient;

/**
 * The mails the manuals name, pinned: which step sends which template to whom (the Dirección of the SEPREM manual is
 * its Director de Informática, the Jefe of JEFATURA). Building each definition also checks its templates exist in
 * Spanish and English with every field they name declared.
 */
class ProcedureMailsTest {

    private static final Recipient DIRECCION = Recipient.role(Roles.JEFE, "JEFATURA");

    private static Map<String, Notification> mails(ProcedureFlow flow) {
        Map<String, Notification> mails = new TreeMap<>();
        flow.definition().steps().forEach(s -> s.notifications().forEach(n -> mails.put(s.code(), n)));
        return mails;
    }

    private static Notification mail(String template, Recipient... to) {
        return new Notification(template, null, List.of(to));
    }

    @Test
    void seprem_altas_y_bajas_tells_the_departing_user_at_6_and_the_direccion_at_8() {
        assertEquals(Map.of("6", mail("bajaNotice", Recipient.personIn("persona_usuario")),
                "8", mail("altaBajaReport", DIRECCION)), mails(new SepremDi0011()));
    }

    @Test
    void seprem_renewal_maintenance_and_support_report_to_the_direccion_at_7() {
        assertEquals(Map.of("7", mail("renewalDone", DIRECCION)), mails(new SepremDi0051()));
        assertEquals(Map.of("7", mail("maintenanceDone", DIRECCION)), mails(new SepremDi0061()));
        assertEquals(Map.of("7", mail("supportReport", DIRECCION)), mails(new SepremDi0081()));
    }

    @Test
    void seprem_backups_report_to_the_direccion_at_8() {
        assertEquals(Map.of("8", mail("backupReport", DIRECCION)), mails(new SepremDi0082()));
        assertEquals(Map.of("8", mail("backupReport", DIRECCION)), mails(new SepremDi0083()));
    }

    @Test
    void mindef_mails_go_to_the_help_desk_operator_and_the_infrastructure_coordinator() {
        assertEquals(Map.of("16", mail("vpnCredentials", Recipient.role(Roles.OPERADOR, "MESA"))),
                mails(new S04030101()));
        assertEquals(Map.of("12", mail("incidentReport", Recipient.role(Roles.RESPONSABLE, "INFRA"),
                Recipient.list("incidentes"))), mails(new S04030105()));
        assertEquals(Map.of("11", mail("backupStatus", Recipient.role(Roles.RESPONSABLE, "INFRA"))),
                mails(new S04030201()));
    }
}
