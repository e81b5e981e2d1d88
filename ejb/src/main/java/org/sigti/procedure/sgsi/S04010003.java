package org.sigti.procedure.sgsi;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.sgsi.SgsiReviewNote;
import org.sigti.sgsi.SgsiReviews;
import org.sigti.sgsi.SgsiTeams;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.01.00.03 (MINDEF, Perú): Gestión de la seguridad de la información, the review of each OGTIE team's SGSI
 * documents and records, kept in SIGTI's register ({@code /sgsi/register.xhtml}). procedures.md E3; the manual wins.
 * <ul>
 * <li>"0" and "I" are SIGTI's. The manual has two entries that both reach the OGTIE: a team coordinator sends the
 * team's documentation to the Especialista de Seguridad de la Información (1, "Inicio"), and any person working at
 * MINDEF, OGTIE included, reports an unexpected event in the systems, applications or services "to the OGTIE staff"
 * (6). A case has one start, so anyone files (0: a coordinator, or any employee such as {@code solicitante.mindef})
 * and the Especialista (role Responsable, queue SGSI) routes it at I to the OGTIE team concerned: its documentation
 * for review (→ 1) or the unexpected event (→ 6). Steps 1, 4, 7, 11 and 13 belong to the Responsable of the team
 * chosen at I.</li>
 * <li>1 the coordinator names the register entries sent (they become "en revisión"); 2 the Especialista's
 * observations and 3 the agreed improvements are kept with the case; 4 the coordinator applies them: one line per
 * new version ("SGSI-FOR-026 2.0"), its file the newest one attached to the case whose name begins with the code,
 * checked as every upload is, written in the register in the move's transaction; 5 the Especialista verifies: ↺ back
 * to 4 with observations (each round kept), an unexpected event (→ 6), or accepted (→ 10).</li>
 * <li>6–9, the unexpected event: 6 the case's requester identifies and reports it (the employee who filed it, or on a
 * review case, the coordinator who filed it, also staff of MINDEF); 7 the coordinator validates its origin and
 * corrects the documentation; 8 the Especialista reports to the Jefe(a); 9 the Jefe(a) takes note (END, as the
 * manual). A review case that took this branch at 5 ends without the Jefe(a)'s approval: its entries are in force
 * again with the version they had (SIGTI's: the manual's flow ends there and says nothing of the entries), and
 * the versions uploaded at 4 stay in the register, not in force, for the team's next review.</li>
 * <li>10 the Especialista tells the coordinator the changes are accepted; 11 the coordinator asks the Jefe(a)'s
 * approval; 12 the Jefe(a) approves and distributes by Memorándum interno (an official document of the OGTIE,
 * numbered in MINDEF's format and signed in the move, to every team and the Especialista), and the register's
 * entries become vigente with their newest version, stamped with the memorándum's number; 13 the coordinator keeps
 * custody (END).</li>
 * </ul>
 * A refused move (an unknown code, another team's document, a version label already used, no file for a code) changes
 * nothing.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04010003 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.01.00.03";
    public static final String TEAM = "equipo";
    public static final String DOCUMENTS = "documentos";
    public static final String OBSERVATIONS = "observaciones";
    public static final String AGREEMENTS = "acuerdos";
    public static final String VERSIONS = "nuevas_versiones";
    public static final String VERIFICATION = "observaciones_verificacion";
    public static final String EVENT = "evento";
    public static final String CORRECTIONS = "correcciones";
    public static final String EVENT_REPORT = "informe_evento";
    static final String ROUTE = "I";
    static final String VERIFY = "5";
    static final String APPROVE = "12";
    private static final String CHIEF = "JEFATURA";
    private static final String[] TEAMS = SgsiTeams.TEAMS.toArray(String[]::new);

    static final FieldDefinition TEAM_FIELD = FieldDefinition.choice(TEAM, Text.of("Equipo de la OGTIE",
            "OGTIE team"), true, List.of(new Option("INFRA", Text.of("Infraestructura tecnológica",
                    "Technology infrastructure")), new Option("INNOV", Text.of("Innovación tecnológica",
                    "Technology innovation")), new Option("CIBER", Text.of("Ciberseguridad", "Cybersecurity")),
                    new Option("ESTAD", Text.of("Estadística", "Statistics"))));
    static final FieldDefinition DOCUMENTS_FIELD = FieldDefinition.longText(DOCUMENTS, Text.of("Códigos de los"
            + " documentos y registros del SGSI remitidos (del registro, separados por comas)", "Codes of the SGSI"
            + " documents and records sent (from the register, comma-separated)"), true);
    static final FieldDefinition OBSERVATIONS_FIELD = FieldDefinition.longText(OBSERVATIONS, Text.of("Observaciones"
            + " (actualización, vigencia, obsolescencia)", "Observations (update, validity, obsolescence)"), false);
    static final FieldDefinition AGREEMENTS_FIELD = FieldDefinition.longText(AGREEMENTS, Text.of("Acuerdos de mejora",
            "Agreed improvements"), true);
    static final FieldDefinition VERSIONS_FIELD = FieldDefinition.longText(VERSIONS, Text.of("Nuevas versiones: una"
            + " línea por documento, código y versión (p. ej. SGSI-FOR-026 2.0)", "New versions: one line per"
            + " document, code and version (e.g. SGSI-FOR-026 2.0)"), true);
    static final FieldDefinition VERIFICATION_FIELD = FieldDefinition.longText(VERIFICATION, Text.of("Observaciones"
            + " de la verificación (obligatorias para devolver)", "Verification observations (required to return)"),
            false);
    static final FieldDefinition EVENT_FIELD = FieldDefinition.longText(EVENT, Text.of("Evento inesperado: sistema,"
            + " aplicación o servicio afectado y lo observado", "Unexpected event: system, application or service"
            + " affected and what was seen"), true);
    static final FieldDefinition CORRECTIONS_FIELD = FieldDefinition.longText(CORRECTIONS, Text.of("Origen validado"
            + " del evento y documentación corregida", "Validated origin of the event and documentation corrected"),
            true);
    static final FieldDefinition EVENT_REPORT_FIELD = FieldDefinition.longText(EVENT_REPORT, Text.of("Resultado del"
            + " evento y acciones realizadas", "Outcome of the event and actions taken"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04010003.class, CODE, "MINDEF (Perú)",
            Text.of("Gestión de la seguridad de la información", "Information security management"))
            .step("0", of("Remitir a la OGTIE la documentación del SGSI de un equipo o comunicar un evento inesperado",
                    "Send the OGTIE a team's SGSI documentation or report an unexpected event")).byRequester()
                .hint("Coordinador(a) de equipo: indique en el asunto qué documentación remite. Cualquier trabajador(a):"
                        + " describa el evento inesperado en sistemas, aplicaciones o servicios.", "Team coordinator:"
                        + " say in the title what documentation you send. Any employee: describe the unexpected event"
                        + " in systems, applications or services.")
                .next(ROUTE)
            .step(ROUTE, of("Inicio: derivar al equipo de la OGTIE la revisión de su documentación (→ 1) o el evento"
                    + " inesperado comunicado (→ 6)", "Start: route to the OGTIE team the review of its documentation"
                    + " (→ 1) or the unexpected event reported (→ 6)")).by(Roles.RESPONSABLE, SgsiTeams.SPECIALIST)
                .field(TEAM_FIELD)
                .decide("revision", of("Revisión de la documentación del equipo", "Review of the team's"
                        + " documentation"), "1")
                .decide("evento", of("Evento inesperado", "Unexpected event"), "6").then()
            .step("1", of("Remitir la documentación y registros del SGSI al Especialista de Seguridad de la"
                    + " información", "Send the SGSI documentation and records to the information security"
                    + " specialist")).byChosen(Roles.RESPONSABLE, TEAM, TEAMS)
                .output("Documentación y registros del SGSI")
                .hint("Indique los códigos del registro del SGSI de su equipo: pasan a «En revisión».",
                        "Give the codes from your team's SGSI register: they become \"under review\".")
                .field(DOCUMENTS_FIELD).next("2")
            .step("2", of("Revisar y evaluar la documentación y registros del SGSI (actualización, vigencia,"
                    + " obsolescencia)", "Review and evaluate the SGSI documentation and records"))
                .by(Roles.RESPONSABLE, SgsiTeams.SPECIALIST).output("Observaciones")
                .field(OBSERVATIONS_FIELD).next("3")
            .step("3", of("Coordinar y planificar mejoras con los equipos y adoptar los acuerdos",
                    "Coordinate and plan improvements with the teams and agree on them"))
                .by(Roles.RESPONSABLE, SgsiTeams.SPECIALIST).output("Acuerdos de mejora")
                .field(AGREEMENTS_FIELD).next("4")
            .step("4", of("Ejecutar los acuerdos: aplicar los cambios en la documentación del SGSI y reportarlos",
                    "Carry out the agreements: apply the changes to the SGSI documentation and report them"))
                .byChosen(Roles.RESPONSABLE, TEAM, TEAMS).output("Documentación actualizada")
                .hint("Adjunte al caso el archivo de cada documento actualizado (su nombre empieza con el código) y"
                        + " escriba una línea por documento: código y versión nueva.", "Attach to the case the file"
                        + " of each updated document (its name begins with the code) and write one line per"
                        + " document: code and new version.")
                .field(VERSIONS_FIELD).next(VERIFY)
            .step(VERIFY, of("Verificar resultados: aceptar los cambios o devolverlos con observaciones; atender los"
                    + " eventos inesperados", "Verify the results: accept the changes or return them with"
                    + " observations; handle unexpected events")).by(Roles.RESPONSABLE, SgsiTeams.SPECIALIST)
                .output("Aceptación")
                .field(VERIFICATION_FIELD)
                .loop("observar", of("Devolver al encargado con observaciones", "Return to the owner with"
                        + " observations"), "4")
                .decide("evento", of("Se presenta un evento inesperado", "An unexpected event occurs"), "6")
                .decide("aceptar", of("Aceptar los cambios", "Accept the changes"), "10").then()
            .step("6", of("Identificar la fuente del evento inesperado y comunicarlo al personal de la OGTIE",
                    "Identify the source of the unexpected event and report it to the OGTIE staff")).byRequester()
                .output("Reporte del evento")
                .field(EVENT_FIELD).next("7")
            .step("7", of("Actuar y corregir la documentación: identificar y validar el origen del evento",
                    "Act and correct the documentation: identify and validate the event's origin"))
                .byChosen(Roles.RESPONSABLE, TEAM, TEAMS).output("Documentación corregida")
                .field(CORRECTIONS_FIELD).next("8")
            .step("8", of("Comunicar al Jefe(a) de la OGTIE el resultado del evento y las acciones realizadas",
                    "Report the event's outcome and the actions taken to the Jefe(a)"))
                .by(Roles.RESPONSABLE, SgsiTeams.SPECIALIST).output("Informe")
                .field(EVENT_REPORT_FIELD).next("9")
            .step("9", of("Tomar conocimiento", "Take note")).by(Roles.JEFE, CHIEF)
                .end("conocimiento", of("Tomar conocimiento", "Take note"), "SOLVED").then()
            .step("10", of("Comunicar al responsable de la coordinación del equipo la aceptación de los cambios",
                    "Tell the team coordinator the changes are accepted")).by(Roles.RESPONSABLE, SgsiTeams.SPECIALIST)
                .output("Aceptación de los cambios").next("11")
            .step("11", of("Gestionar ante el Jefe(a) de la OGTIE la aprobación de la documentación",
                    "Seek the Jefe(a)'s approval of the documentation")).byChosen(Roles.RESPONSABLE, TEAM, TEAMS)
                .next(APPROVE)
            .step(APPROVE, of("Aprobar y difundir la documentación mediante Memorándum interno",
                    "Approve and distribute the documentation by Memorándum interno")).by(Roles.JEFE, CHIEF)
                .output("Memorándum interno")
                .decide("aprobar", of("Aprobar y difundir", "Approve and distribute"), "13").then()
            .step("13", of("Custodiar la documentación del equipo", "Keep custody of the team's documentation"))
                .byChosen(Roles.RESPONSABLE, TEAM, TEAMS).output("Custodia")
                .end("custodiar", of("Custodiar y cerrar", "Keep custody and close"), "SOLVED").then()
            .onComplete(S04010003::send, List.of("1"), DOCUMENTS_FIELD)
            .onComplete(S04010003::observe, List.of("2"), OBSERVATIONS_FIELD)
            .onComplete(S04010003::agree, List.of("3"), AGREEMENTS_FIELD)
            .onComplete(S04010003::apply, List.of("4"), VERSIONS_FIELD)
            .onComplete(S04010003::verify, List.of(VERIFY), VERIFICATION_FIELD)
            .on(APPROVE, "aprobar", S04010003::approve)
            .on("9", "conocimiento", S04010003::release)
            .build();

    @Inject
    SgsiReviews reviews;

    @Inject
    SgsiMemorandum memorandum;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 1: the team's entries, en revisión. */
    void send(Transition t) {
        reviews.sendForReview(t, reviews.recorded(t.caseId(), TEAM), t.value(DOCUMENTS_FIELD));
    }

    /** Step 2: the Especialista's observations, kept. */
    void observe(Transition t) {
        reviews.note(t, SgsiReviewNote.Kind.OBSERVATION, t.value(OBSERVATIONS_FIELD));
    }

    /** Step 3: the agreed improvements, kept. */
    void agree(Transition t) {
        reviews.note(t, SgsiReviewNote.Kind.AGREEMENT, t.value(AGREEMENTS_FIELD));
    }

    /** Step 4: the new versions, in the register. */
    void apply(Transition t) {
        reviews.applyVersions(t, t.value(VERSIONS_FIELD));
    }

    /** Step 5: a return to the owner says why; every round's observations are kept. */
    void verify(Transition t) {
        String observations = t.value(VERIFICATION_FIELD);
        if (t.took("observar") && (observations == null || observations.isBlank())) {
            throw new WorkflowException("sgsi.verify.observationsRequired", t.caseNumber());
        }
        reviews.note(t, SgsiReviewNote.Kind.OBSERVATION, observations);
    }

    /** Step 9: a review case that ended in the event branch leaves its entries in force as they were. */
    void release(Transition t) {
        reviews.release(t);
    }

    /** Step 12: the Memorándum interno, signed and sent; the entries vigente with its number. */
    void approve(Transition t) {
        reviews.approve(t, memorandum.issue(t, reviews.recorded(t.caseId(), TEAM), reviews.summary(t.caseId())));
    }
}
