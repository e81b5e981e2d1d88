package org.sigti.procedure.deployment;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.procedure.change.ChangeCases;
import org.sigti.procedure.change.SepremDi0071;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.ProcedureDefinition.Builder;
import org.sigti.workflow.flow.Text;

/**
 * UIT/ASS-PR02 (AGETIC, Bolivia; manual UIT/ASS-M01 v1, R.A. AGETIC/RA/0085/2022): Procedimiento para la
 * actualización de sistemas en producción de la AGETIC. procedures.md B2; the manual's table wins. The same people and
 * nine steps as {@link UitAssPr01}: the requester's Nota asking for the update (1), the Jefe de la UIT's routing (2),
 * the Responsable de Servidores y Servicios' instruction (3), the Profesional's start with the observations mailed to
 * the requester, copy to the Jefe and the Responsable (4 → 5 ↺ 4, "aclara la actualización"), the update with its
 * checklist of backups, port monitoring and server security policies and an Informe <em>or</em> a Nota de conclusión
 * chosen by the update's complexity (6), the Responsable's approval (7, or SIGTI's return ↺ 6, see
 * {@link UitAssPr01}), the Jefe's approval with the Nota Interna (8) and the requester's receipt (9). Credentials, when
 * the update needs them, are handed and read as in PR01 ({@link DeploymentCredentials}); they are not required.
 *
 * <p>The Jefe's approval (8) records the update in the system's change history ({@link ChangeCases#goLive}): refused
 * unless a backup copy of the system was taken since the case was opened (the manual's "tomando en cuenta copias de
 * seguridad") or the Responsable waived it. SIGTI's step {@code 8.D} is that waiver, as SEPREM-DI-003.2's {@code
 * 6.D}: the approver does not waive the copy its approval needs; the Responsable de Servidores y Servicios does, with
 * the reason (a waiver row and a security event), and the case returns to 8.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class UitAssPr02 extends DeploymentProcedure implements ProcedureFlow {

    public static final String CODE = "UIT/ASS-PR02";
    static final String ASK_WAIVER = "sin_copia";
    static final String WAIVER = "8.D";

    /** Where the update is recorded, for its go-live. */
    static final ChangeCases.ChangeFields CHANGE = new ChangeCases.ChangeFields(Deployments.SYSTEM,
            Deployments.CONCLUSION, Deployments.VERSION, SepremDi0071.ROLLBACK, SepremDi0071.COPY);

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        Builder<UitAssPr02> b = ProcedureDefinition.builder(UitAssPr02.class, CODE, "AGETIC (Bolivia)",
                Text.of("Procedimiento para la actualización de sistemas en producción de la AGETIC",
                        "Updating systems in production at AGETIC"))
                .offeredAs(54, of("Necesito actualizar un sistema que está en producción",
                        "I need a system in production updated"))
                .mailTemplates("org.sigti.procedure.deployment.mail")
                .step("1", of("Solicitar la actualización de un sistema que está en producción",
                        "Request the update of a system in production")).byRequester()
                    .output("Remisión de Nota")
                    .hint("Indique el sistema y la actualización, y adjunte la Nota. Si la actualización necesita"
                            + " credenciales, entréguelas en la página del caso: se guardan cifradas.", "Name the"
                            + " system and the update, and attach the Nota. If the update needs credentials, hand"
                            + " them on the case page: they are kept encrypted.")
                    .next("2");
        b = routing(b, of("Recepcionar y derivar la documentación para la actualización del sistema en producción al"
                + " Responsable de Servidores y Servicios", "Receive the update's documents and route them to the"
                + " Responsable de Servidores y Servicios"), of("Revisar e instruir la actualización en producción al"
                        + " Profesional de Servidores y Servicios", "Review the request and instruct a Profesional"
                        + " de Servidores y Servicios to update"));
        b = start(b, of("Recepcionar e iniciar la actualización en producción; si hay observaciones, solicitar que se"
                + " aclare por correo institucional", "Receive and start the update; with observations, ask the"
                + " requester by institutional e-mail to clarify it"), of("Con observaciones: pedir que se aclare la"
                        + " actualización", "With observations: ask to clarify the update"),
                of("Sin observaciones: realizar la actualización", "No observations: update")).then();
        b = answer(b, of("Aclarar la actualización en producción según las observaciones de la UIT",
                "Clarify the update as the UIT observed"));
        b = deployment(b.step("6", of("Realizar la actualización del sistema en producción, tomando en cuenta copias de"
                + " seguridad, monitoreo de puertos y políticas de seguridad en el servidor, y elaborar el informe o"
                + " la nota de conclusión según la complejidad", "Update the system in production, minding backups,"
                + " port monitoring and server security policies, and write the conclusion report or note by"
                + " complexity"))
                .by(Roles.TECNICO, Deployments.UIT).output("Informe de conclusión")
                .hint("SIGTI redacta el Informe o la Nota de conclusión al Jefe de la UIT vía el Responsable con"
                        + " estos datos; las credenciales nunca se transcriben.", "SIGTI drafts the conclusion report"
                        + " or note to the Jefe de la UIT through the Responsable; credentials are never copied."),
                SepremDi0071.ROLLBACK, Deployments.DOCUMENT)
                .next("7");
        b = review(b, of("Revisar y aprobar el informe o nota de conclusión",
                "Review and approve the conclusion report or note"), of("Aprobar y firmar el informe o nota de"
                        + " conclusión", "Approve and sign the conclusion report or note"));
        b = b.step("8", of("Aprobar el informe o nota de conclusión y elaborar la nota interna que notifica la"
                + " conclusión de la actualización", "Approve the conclusion report or note and write the Nota"
                + " Interna that notifies the update's conclusion")).by(Roles.JEFE, Deployments.UIT)
                .output("Nota Interna")
                .hint("Aprobar registra la actualización en el historial del sistema (Cambios), que exige una copia"
                        + " de respaldo del sistema tomada desde que se abrió el caso o la dispensa del Responsable,"
                        + " y firma, numera y envía la Nota Interna.", "Approving records the update in the"
                        + " system's history (Changes), which needs a backup copy taken since the case was opened or"
                        + " the Responsable's waiver, and signs, numbers and sends the Nota Interna.")
                .field(SepremDi0071.COPY).field(Deployments.NOTE)
                .decide(APPROVE, of("Aprobar y firmar la Nota Interna", "Approve and sign the Nota Interna"), "9")
                .loop(ASK_WAIVER, of("Sin copia previa: pedir la dispensa al Responsable de Servidores y Servicios",
                        "No prior copy: ask the Responsable de Servidores y Servicios for a waiver"), WAIVER)
                .on(APPROVE, UitAssPr02::goLive, SepremDi0071.COPY, Deployments.NOTE)
                .then()
            .step(WAIVER, of("Dispensar la copia de respaldo previa a la actualización, con su motivo",
                    "Waive the backup copy before the update, with the reason"))
                .by(Roles.RESPONSABLE, Deployments.UIT).output("Dispensa registrada")
                .hint("La dispensa queda registrada con su motivo como evento de seguridad.",
                        "The waiver is kept with its reason as a security event.")
                .field(SepremDi0071.WAIVER_REASON)
                .onComplete(UitAssPr02::waive, SepremDi0071.WAIVER_REASON)
                .next("8");
        return receipt(b).build();
    }

    @Inject
    ChangeCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    @Override
    String work() {
        return "actualización en producción";
    }

    /** The Informe or the Nota the Profesional chose at step 6, by the update's complexity. */
    @Override
    OfficialDocumentKind conclusionKind(Transition t) {
        return deployments.chosenKind(t);
    }

    /** Step 8, aprobar: the update goes into the system's history (after its copy or a waiver); the Nota Interna. */
    void goLive(Transition t) {
        cases.goLive(t, CHANGE);
        notifyConclusion(t);
    }

    /** Step 8.D: the Responsable de Servidores y Servicios waives the copy for this case's system. */
    void waive(Transition t) {
        cases.waive(t, Deployments.SYSTEM, SepremDi0071.WAIVER_REASON);
    }
}
