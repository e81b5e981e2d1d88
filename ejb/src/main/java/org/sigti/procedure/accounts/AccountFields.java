package org.sigti.procedure.accounts;

import java.util.List;

import org.sigti.accounts.AccountOrder;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/** The values the account procedures record, named alike in all three. */
final class AccountFields {

    static final String KIND = "tipo";
    static final String ALTA = "ALTA";
    static final String BAJA = "BAJA";
    static final String COPY_LOCATION = "copia_ubicacion";
    static final String COPY_HANDED_TO = "copia_entregada_a";
    static final String PST_LOCATION = "pst_ubicacion";
    static final String AUTHORIZATION = "autorizacion_sg";
    /** Where the three procedures record the account order the accounts module reads. */
    static final AccountOrder.Fields ORDER = new AccountOrder.Fields("persona_usuario", "persona_nombre",
            "persona_unidad", "plataformas", "privilegios", "equipo_entrega");

    private AccountFields() {
    }

    /** The person concerned, the platforms and the privileges (an alta or a creation). */
    static <P> ProcedureDefinition.StepBuilder<P> order(ProcedureDefinition.StepBuilder<P> step, boolean equipment) {
        return fields(step, equipment, true);
    }

    /** The person concerned only, with the platforms optional (a baja closes whatever the person holds). */
    static <P> ProcedureDefinition.StepBuilder<P> person(ProcedureDefinition.StepBuilder<P> step) {
        return fields(step, false, false);
    }

    private static <P> ProcedureDefinition.StepBuilder<P> fields(ProcedureDefinition.StepBuilder<P> step, boolean equipment,
            boolean platforms) {
        step.field(FieldDefinition.text(ORDER.username(), Text.of("Usuario de red de la persona",
                "Person's network user name"), true))
            .field(FieldDefinition.text(ORDER.name(), Text.of("Nombre completo de la persona",
                "Person's full name"), true))
            .field(FieldDefinition.text(ORDER.unit(), Text.of("Unidad de la persona (código)",
                "Person's unit (code)"), false))
            ;
        if (!platforms) {
            return step;
        }
        step.field(FieldDefinition.text(ORDER.platforms(), Text.of("Plataformas (códigos separados por comas:"
                + " AD, ZIMBRA, VPN...)", "Platforms (codes separated by commas: AD, ZIMBRA, VPN...)"), false))
            .field(FieldDefinition.text(ORDER.privileges(), Text.of("Privilegios (PLATAFORMA:PRIVILEGIO,"
                + " p. ej. AD:USB)", "Privileges (PLATFORM:PRIVILEGE, e.g. AD:USB)"), false));
        if (equipment) {
            step.field(FieldDefinition.text(ORDER.equipment(), Text.of("Equipo a entregar (número de"
                    + " inventario SIGTI, opcional)", "Equipment to hand over (SIGTI inventory number, optional)"),
                    false));
        }
        return step;
    }

    static FieldDefinition kind() {
        return FieldDefinition.choice(KIND, Text.of("Tipo de solicitud", "Request type"), true, List.of(
                new Option(ALTA, Text.of("Alta (inicio de la relación laboral)", "Alta (joining)")),
                new Option(BAJA, Text.of("Baja (fin de la relación laboral)", "Baja (leaving)"))));
    }

    static FieldDefinition copyLocation() {
        return FieldDefinition.text(COPY_LOCATION, Text.of("Ubicación de la copia de respaldo de la información del"
                + " usuario", "Location of the backup of the user's information"), true);
    }

    static FieldDefinition copyHandedTo() {
        return FieldDefinition.text(COPY_HANDED_TO, Text.of("Copia entregada a (jefe de la unidad; vacío si queda"
                + " en resguardo)", "Copy handed to (head of unit; empty if kept in safe storage)"), false);
    }

    static FieldDefinition pstLocation() {
        return FieldDefinition.text(PST_LOCATION, Text.of("Ubicación del PST del buzón en el almacenamiento",
                "Location of the mailbox PST in storage"), true);
    }

    static FieldDefinition authorization() {
        return FieldDefinition.text(AUTHORIZATION, Text.of("Autorización firmada del Secretario General (número"
                + " de documento; adjunte el escaneo al caso)", "Secretario General's signed authorization (document"
                + " number; attach the scan to the case)"), true);
    }
}
