package org.sigti.procedure.deployment;

import static org.sigti.workflow.flow.Text.of;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition.Builder;
import org.sigti.workflow.flow.ProcedureDefinition.StepBuilder;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * What UIT/ASS-PR01 and PR02 declare and do alike (manual UIT/ASS-M01 gives both the same nine steps and people): the
 * Jefe de la UIT's routing (2), the Responsable's instruction (3), the Profesional's start with the observations
 * mailed to the requester, copy to the Jefe and the Responsable (4 → 5 ↺ 4), the Responsable's review of the
 * conclusion (7, with SIGTI's return ↺ 6) and the requester's receipt of the Nota Interna (9); and the hooks bound to
 * them. Each procedure declares its own texts and its step 6 and 8.
 */
public abstract class DeploymentProcedure extends DeclaredProcedure implements ProcedureFlow {

    static final String OBSERVED = "con_observaciones";
    static final String READY = "sin_observaciones";
    static final String APPROVE = "aprobar";
    static final String RETURN = "devolver";

    @Inject
    Deployments deployments;

    /** What the case puts into production, in the documents' words ("puesta en producción", "actualización..."). */
    abstract String work();

    /** The conclusion document of the case: PR01's Informe, PR02's Informe or Nota. */
    abstract OfficialDocumentKind conclusionKind(Transition t);

    /** Steps 2 and 3: the Jefe de la UIT routes the documents to the Responsable, who instructs a Profesional. */
    static <P extends DeploymentProcedure> Builder<P> routing(Builder<P> b, Text route, Text instruct) {
        return b.step("2", route).by(Roles.JEFE, Deployments.UIT).output("Progreso del documento (Flujo)").next("3")
                .step("3", instruct).by(Roles.RESPONSABLE, Deployments.UIT).output("Progreso del documento (Flujo)")
                .hint("Indique en «Asignar el siguiente paso a» el Profesional de Servidores y Servicios.",
                        "Name in «Assign the next step to» the Profesional de Servidores y Servicios.")
                .next("4");
    }

    /**
     * Step 4: the Profesional starts ({@code ready} → 6) or observes ({@code observed} → 5), which mails the
     * observations (the move's comment) to the requester with the Jefe de la UIT and the Responsable in copy. The
     * caller may bind more to the step before {@code then()}.
     */
    static <P extends DeploymentProcedure> StepBuilder<P> start(Builder<P> b, Text start, Text observed,
            Text ready) {
        return b.step("4", start).by(Roles.TECNICO, Deployments.UIT).output("Correo electrónico institucional")
                .hint("Con observaciones, escríbalas en el comentario: se envían por correo a la unidad solicitante"
                        + " con copia al Jefe de la UIT y al Responsable de Servidores y Servicios.",
                        "With observations, write them in the comment: they are mailed to the requesting unit with"
                        + " copy to the Jefe de la UIT and the Responsable de Servidores y Servicios.")
                .decide(OBSERVED, observed, "5").decide(READY, ready, "6")
                .mailsOn(OBSERVED, "observations", List.of(Recipient.requester()), List.of(Recipient.role(
                        Roles.JEFE, Deployments.UIT), Recipient.role(Roles.RESPONSABLE, Deployments.UIT)))
                .on(OBSERVED, DeploymentProcedure::requireObservations);
    }

    /**
     * Step 6's record: the checklist ({@link Deployments#CHECKLIST}), then {@code more} fields, then the conclusion;
     * completing it drafts the conclusion document ({@link #conclude}).
     */
    static <P extends DeploymentProcedure> StepBuilder<P> deployment(StepBuilder<P> step, FieldDefinition... more) {
        List<FieldDefinition> fields = new ArrayList<>(Deployments.CHECKLIST);
        fields.addAll(List.of(more));
        fields.add(Deployments.CONCLUSION);
        fields.forEach(step::field);
        return step.onComplete(DeploymentProcedure::conclude, fields.toArray(FieldDefinition[]::new));
    }

    /** Step 5: the requester completes or clarifies, back to the Profesional at 4. */
    static <P extends DeploymentProcedure> Builder<P> answer(Builder<P> b, Text answer) {
        return b.step("5", answer).byRequester().output("Correo electrónico institucional")
                .hint("Responda las observaciones; si faltan credenciales, entréguelas en la página del caso.",
                        "Answer the observations; if credentials are missing, hand them on the case page.")
                .field(Deployments.ANSWER).next("4");
    }

    /**
     * Step 7: the Responsable gives the conclusion the visto bueno and signs it (numbered) or returns it ↺ 6 (SIGTI's
     * addition: a review that could not return would have to approve what it found wrong).
     */
    static <P extends DeploymentProcedure> Builder<P> review(Builder<P> b, Text review, Text approve) {
        return b.step("7", review).by(Roles.RESPONSABLE, Deployments.UIT).output("Progreso del documento (Flujo)")
                .decide(APPROVE, approve, "8")
                .loop(RETURN, of("Devolver al Profesional con observaciones", "Return to the Profesional with"
                        + " observations"), "6")
                .on(APPROVE, DeploymentProcedure::approve)
                .on(RETURN, DeploymentProcedure::returnReport)
                .then();
    }

    /** Step 9: the requester receives the Nota Interna, which closes the flow. */
    static <P extends DeploymentProcedure> Builder<P> receipt(Builder<P> b) {
        return b.step("9", of("Recepcionar la nota interna de conclusión para el cierre del flujo",
                "Receive the Nota Interna of conclusion, which closes the flow")).byRequester()
                .output("Progreso del documento (Flujo)")
                .end("recibir", of("Nota Interna recibida: cerrar", "Nota Interna received: close"), "SOLVED")
                .then();
    }

    /** Step 4, with observations: they are the mail's text. */
    void requireObservations(Transition t) {
        deployments.requireObservations(t);
    }

    /** Step 6: the conclusion document, drafted (again after a return) and passed to the Responsable. */
    void conclude(Transition t) {
        deployments.conclude(t, conclusionKind(t), work());
    }

    /** Step 7, aprobar: the Responsable's visto bueno and signature number the conclusion. */
    void approve(Transition t) {
        deployments.approve(t, conclusionKind(t));
    }

    /** Step 7, devolver: the conclusion goes back to the Profesional with the reason. */
    void returnReport(Transition t) {
        deployments.returnToProfessional(t, conclusionKind(t));
    }

    /** Step 8: the Jefe's Nota Interna to the requesting unit. */
    void notifyConclusion(Transition t) {
        deployments.notifyConclusion(t, conclusionKind(t), work());
    }
}
