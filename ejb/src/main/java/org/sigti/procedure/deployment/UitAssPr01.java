package org.sigti.procedure.deployment;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.ProcedureDefinition.Builder;
import org.sigti.workflow.flow.Text;

/**
 * UIT/ASS-PR01 (AGETIC, Bolivia; manual UIT/ASS-M01 v1, R.A. AGETIC/RA/0085/2022): Procedimiento para la puesta en
 * producción de sistemas en la AGETIC. procedures.md B1; the manual's table of activities wins.
 *
 * <p>The manual's roles in SIGTI: <b>Unidad/Área Solicitante</b> = whoever files the case (any AGETIC employee);
 * <b>Jefe de la UIT</b> = Jefe of the UIT; <b>Responsable de Servidores y Servicios</b> = Responsable of the UIT;
 * <b>Profesional de Servidores y Servicios</b> = Técnico of the UIT (the Área de Servidores y Servicios is part of the
 * UIT, which SIGTI's units do not split).
 *
 * <p>1: the requester sends the Nota asking for the deployment of a new system; the tokens, access keys and
 * credentials it must include are handed on the case page, where SIGTI keeps them encrypted and shows them only to
 * the Profesional assigned ({@link DeploymentCredentials}). 2: the Jefe de la UIT routes it to the Responsable. 3: the
 * Responsable reviews it and instructs (assigns) a Profesional. 4: the Profesional receives it and starts; with
 * observations, they are mailed to the requester with copy to the Jefe de la UIT and the Responsable (the manual's
 * "correo electrónico institucional") and the case goes to 5, where the requester completes the information and it
 * comes back to 4; without them (and only once the credentials were handed) to 6. 6: the Profesional deploys,
 * records the system of the catalog, its version and the checklist of backups, port monitoring and server security
 * policies, and writes the Informe de conclusión to the Jefe through the Responsable. 7: the Responsable reviews and
 * approves it (visto bueno and signature, which number it). 8: the Jefe approves it and writes, signs and sends the
 * Nota Interna of conclusion to the requesting unit. 9: the requester receives it, which closes the flow.
 *
 * <p>SIGTI's addition: step 7's "devolver" (↺ 6). The manual only says "revisa y aprueba"; a review that cannot send
 * the report back would have to approve what it found wrong, so the Responsable's observation returns the Informe to
 * its author, as the official documents' visto bueno does everywhere in SIGTI.
 *
 * <p>The go-live of a new system is not recorded in the change history ({@code org.sigti.changes}): like
 * SEPREM-DI-003.1's, its first release has no copy to take before it, and the history keeps only changes made after a
 * copy or a waiver. UIT/ASS-PR02's updates are recorded.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class UitAssPr01 extends DeploymentProcedure implements ProcedureFlow {

    public static final String CODE = "UIT/ASS-PR01";

    static final ProcedureDefinition FLOW = flow();

    private static ProcedureDefinition flow() {
        Builder<UitAssPr01> b = ProcedureDefinition.builder(UitAssPr01.class, CODE, "AGETIC (Bolivia)",
                Text.of("Procedimiento para la puesta en producción de sistemas en la AGETIC",
                        "Putting systems into production at AGETIC"))
                .offeredAs(53, of("Necesito poner en producción un sistema nuevo",
                        "I need a new system put into production"))
                .mailTemplates("org.sigti.procedure.deployment.mail")
                .step("1", of("Solicitar la puesta en producción de un nuevo sistema, con los tokens, llaves de acceso,"
                        + " credenciales y otros necesarios", "Request putting a new system into production, with"
                        + " the tokens, access keys, credentials and anything else needed")).byRequester()
                    .output("Remisión de Nota")
                    .hint("Describa el sistema y adjunte la Nota. Después de registrar, entregue en la página del caso"
                            + " los tokens, llaves de acceso y credenciales: se guardan cifrados y solo los ve el"
                            + " Profesional asignado.", "Describe the system and attach the Nota. Once filed, hand the"
                            + " tokens, access keys and credentials on the case page: they are kept encrypted and"
                            + " only the assigned Profesional sees them.")
                    .next("2");
        b = routing(b, of("Recepcionar y derivar la documentación para la puesta a producción al Responsable de"
                + " Servidores y Servicios", "Receive the deployment documents and route them to the Responsable de"
                + " Servidores y Servicios"), of("Revisar e instruir la puesta en producción al Profesional de"
                        + " Servidores y Servicios", "Review the request and instruct a Profesional de Servidores y"
                        + " Servicios to deploy it"));
        b = start(b, of("Recepcionar e iniciar la puesta a producción con la información de la Unidad/Área"
                + " solicitante; si hay observaciones, solicitar que se complete por correo institucional", "Receive"
                + " and start the deployment with the requester's information; with observations, ask the requester"
                + " by institutional e-mail to complete it"), of("Con observaciones: pedir que se complete la"
                        + " información", "With observations: ask to complete the information"),
                of("Sin observaciones: realizar la puesta en producción", "No observations: deploy"))
                .on(READY, UitAssPr01::requireCredentials).then();
        b = answer(b, of("Completar la información requerida para la puesta en producción, según las observaciones"
                + " del Profesional", "Complete the information the Profesional asked for"));
        b = deployment(b.step("6", of("Realizar el despliegue del sistema en producción, tomando en cuenta copias de seguridad,"
                + " monitoreo de puertos y políticas de seguridad en el servidor, y elaborar el informe técnico de"
                + " conclusión", "Deploy the system into production, minding backups, port monitoring and server"
                + " security policies, and write the conclusion report"))
                .by(Roles.TECNICO, Deployments.UIT).output("Informe de conclusión")
                .hint("SIGTI redacta el Informe de conclusión al Jefe de la UIT vía el Responsable de Servidores y"
                        + " Servicios con estos datos; las credenciales nunca se transcriben.", "SIGTI drafts the"
                        + " conclusion report to the Jefe de la UIT through the Responsable from these values;"
                        + " credentials are never copied into it."))
                .next("7");
        b = review(b, of("Revisar y aprobar el informe de conclusión", "Review and approve the conclusion report"),
                of("Aprobar y firmar el informe de conclusión", "Approve and sign the conclusion report"));
        b = b.step("8", of("Aprobar el informe de conclusión y elaborar la nota interna que notifica la conclusión de"
                + " la puesta en producción", "Approve the conclusion report and write the Nota Interna that notifies"
                + " the deployment's conclusion")).by(Roles.JEFE, Deployments.UIT).output("Nota Interna")
                .hint("Aprobar firma, numera y envía la Nota Interna a la unidad solicitante.", "Approving signs,"
                        + " numbers and sends the Nota Interna to the requesting unit.")
                .field(Deployments.NOTE)
                .decide(APPROVE, of("Aprobar y firmar la Nota Interna", "Approve and sign the Nota Interna"), "9")
                .on(APPROVE, UitAssPr01::notifyConclusion, Deployments.NOTE)
                .then();
        return receipt(b).build();
    }

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    @Override
    String work() {
        return "puesta en producción";
    }

    @Override
    OfficialDocumentKind conclusionKind(Transition t) {
        return OfficialDocumentKind.INFORME;
    }

    /** Step 4, no observations: the requester handed the credentials of the deployment. */
    void requireCredentials(Transition t) {
        deployments.requireCredentials(t);
    }
}
