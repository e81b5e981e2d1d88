package org.sigti.procedure.datacenter;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.maintenance.DataCenterVisits;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.03 (MINDEF, Peru): control of access to the data center, the branch of a visit announced by its host
 * (steps 1 to 5 of the manual). The host files step 1; the Responsable de infraestructura authorizes it at step 2
 * (four eyes: never the host), which opens the visit's line in the bitácora; step 3 records the entry (visitor,
 * identity document, escort), step 5 the exit. No entry without the authorization, no exit before the entry: the
 * flow's order and {@link org.sigti.maintenance.DataCenterVisit} both hold it, and a refused move changes nothing.
 * The contractor branch (steps 6 to 16: SCTR, DIPEC review, SST induction) is not modelled. procedures.md E9.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE})
public class S04030103 implements ProcedureFlow {

    public static final String CODE = "S04.03.01.03";
    public static final String VISITOR = "visitante";
    public static final String DOCUMENT = "documento_identidad";
    public static final String ESCORT = "acompanante";
    static final String AUTHORIZE = "2";
    static final String ENTRY = "3";
    static final String EXIT = "5";
    private static final String INFRA = "INFRA";
    private static final String DIRECTION = "JEFATURA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(CODE, "MINDEF (Perú)",
            Text.of("Control de accesos al centro de datos de personal del MINDEF, proveedores y visitantes",
                    "Data-center access control for MINDEF staff, providers and visitors"))
            .step("1", of("Comunicar la visita al centro de datos", "Announce the visit to the data center"))
                .byRequester().output("Comunicación")
                .hint("Indique en el asunto quién visita y para qué; usted figura como anfitrión.",
                        "Say in the title who visits and why; you are recorded as the host.")
                .next(AUTHORIZE)
            .step(AUTHORIZE, of("Autorizar el ingreso del visitante y comunicarlo al coordinador de infraestructura",
                    "Authorize the visitor's entry and tell the infrastructure coordinator"))
                .by(Roles.RESPONSABLE, INFRA).output("Autorización")
                .hint("Cuatro ojos: el anfitrión de la visita no puede autorizarla.",
                        "Four eyes: the host of the visit may not authorize it.")
                .decide("autorizar", of("Autorizar el ingreso", "Authorize the entry"), ENTRY)
                .end("denegar", of("Denegar el ingreso", "Deny the entry"), "RETURNED").then()
            .step(ENTRY, of("Registrar el ingreso en la bitácora de registro de ingresos",
                    "Record the entry in the visitor log")).by(Roles.RESPONSABLE, INFRA).output("Ingreso en bitácora")
                .field(FieldDefinition.text(VISITOR, Text.of("Nombre del visitante", "Visitor's name"), true))
                .field(FieldDefinition.text(DOCUMENT, Text.of("Documento de identidad (DNI)", "Identity document"),
                        true))
                .field(FieldDefinition.text(ESCORT, Text.of("Acompañante", "Escort"), true))
                .next("4")
            .step("4", of("Acompañar y guiar al visitante en el centro de datos",
                    "Accompany and guide the visitor in the data center")).by(Roles.JEFE, DIRECTION).next(EXIT)
            .step(EXIT, of("Registrar la salida del visitante en la bitácora", "Record the visitor's exit in the log"))
                .by(Roles.RESPONSABLE, INFRA).output("Salida en bitácora")
                .end("registrar_salida", of("Registrar la salida y cerrar", "Record the exit and close"), "SOLVED")
                .then()
            .build();

    @Inject
    DataCenterVisits visits;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    @Override
    public void onTransition(Transition t) {
        if (!CODE.equals(t.procedureCode())) {
            return;
        }
        switch (t.fromStep()) {
            case AUTHORIZE -> {
                if ("autorizar".equals(t.outcome())) {
                    visits.authorize(t);
                }
            }
            case ENTRY -> visits.enter(t.caseId(), t.field(VISITOR), t.field(DOCUMENT), t.field(ESCORT));
            case EXIT -> visits.exit(t.caseId());
            default -> {
                // steps 1 and 4 record what the manual asks; the bitácora does not change
            }
        }
    }
}
