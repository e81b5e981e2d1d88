package org.sigti.procedure.pgd;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.01.00.02 (MINDEF, Peru), Seguimiento de la implementación del Plan de Gobierno Digital del MINDEF: procedures.md
 * E2, the manual's section 6.1.2 (seed 004), whose table of 10 activities wins.
 *
 * <p>Performers, as in the sister procedure S04.01.00.01: the Responsable de asistencia y mejora continua de gobierno
 * digital = Responsable of GOBTI (steps 1, 3, 6, 8); the Responsables de las coordinaciones de la OGTIE = the
 * Responsables of INNOV, INFRA and GOBTI (steps 2 and 7); the Jefe(a) de la OGTIE = Jefe of JEFATURA (owner; step 4
 * and 9); the CGD = its member (Comite of CGD) in person (steps 5 and 10).
 *
 * <p>As written: 1 the coordinators are asked by mail for the PGD's progress report; 2 each reports, per project of
 * their team in the portfolio version in force, the percentage done, achievements and difficulties; 3 the informe de
 * seguimiento is drafted from those reports with the recommended changes or updates to the portfolio's projects, the
 * difficulties, achievements and improvement commitments, and sent to the Jefe(a); 4 the Jefe(a) reviews, validates
 * and sends it to the CGD (SISTRADOC); 5 the CGD takes note in session, its members sign the acta approving the
 * changes, if any, and the decision "¿Se actualiza o modifica el portafolio del PGD?"; yes: 6 the coordinators are
 * asked by mail to update the portfolio and its sheets; 7 each sends their updated sheets; 8 the prioritized projects
 * and sheets are consolidated and presented to the Jefe(a); 9 the Jefe(a) sends the updated portfolio to the CGD by
 * oficio; 10 the CGD takes note. No: end.
 *
 * <p>The branch at 5 says "Si: Ir a la actividad 7": SIGTI goes to 6. Activity 6 is the request ("Solicita ... la
 * actualización del portafolio y sus respectivas fichas, en caso corresponda") that activity 7 answers, and nothing
 * else leads to 6: the "7" of the note is read as a slip for 6 (procedures.md E2 reads it the same way).
 *
 * <p>SIGTI's names and additions: step "0" is the opening, by the clock once a year for the plan in force
 * ({@link FollowUpCases}) or filed by the Jefe(a) by hand; it binds the case to the plan in force (approved by its
 * Resolución Ministerial, covering the year) and refuses a second follow-up of the same plan and year. Steps 2 and 7,
 * done by each coordinator in parallel, are "2.INNOV"/"2.INFRA"/"2.GOBTI" and "7.INNOV"/"7.INFRA"/"7.GOBTI" (a fork at
 * 1 and 6, joined at 3 and 8), as S04.01.00.01 does at its steps 9 and 14; the informe de seguimiento is an official
 * INFORME drafted by the Responsable at 3 and given its visto bueno and signature (numbered) by the Jefe(a) at 4, who may
 * instead return it with remarks (↺ 3), as any validation can be refused; step 6 makes the portfolio's next version, a
 * copy of the one in force, which 7 and 8 update and which the CGD's session of step 5 approves once it takes note at
 * 10; the older versions stay as they were.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04010002 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.01.00.02";
    static final String CHIEF = S04010001.CHIEF;
    static final String GOBTI = S04010001.GOBTI;
    static final String INNOVATION = S04010001.INNOVATION;
    static final String INFRASTRUCTURE = S04010001.INFRASTRUCTURE;
    static final String COMMITTEE = S04010001.COMMITTEE;
    static final String ASK = "solicitar";
    static final String SEND = S04010001.SEND;
    static final String RETURN = S04010001.RETURN;
    /** Step 5: the portfolio is updated or modified (→ 6). */
    static final String UPDATE = "actualizar";
    /** Step 5: the portfolio stays as it is (end). */
    static final String NO_CHANGE = "sin_cambios";
    static final String NOTE = "tomar_conocimiento";

    public static final FieldDefinition YEAR = FieldDefinition.text("anio_seguimiento",
            of("Año del seguimiento (AAAA; vacío: el año en curso)", "Year followed (YYYY; empty: this year)"),
            false);
    public static final FieldDefinition PROGRESS = FieldDefinition.longText("avance_proyectos",
            of("Avance de cada proyecto de su equipo en el portafolio vigente: uno por línea, «Código | Avance (%) |"
                    + " Logros | Dificultades»", "Progress of each of your team's projects of the portfolio in force:"
                    + " one a line, «Code | Progress (%) | Achievements | Difficulties»"), true);
    public static final FieldDefinition RECOMMENDATIONS = FieldDefinition.longText("recomendaciones",
            of("Recomendaciones sobre modificaciones o actualizaciones a los proyectos del portafolio",
                    "Recommended changes or updates to the portfolio's projects"), true);
    public static final FieldDefinition DIFFICULTIES = FieldDefinition.longText("dificultades",
            of("Dificultades presentadas", "Difficulties met"), true);
    public static final FieldDefinition ACHIEVEMENTS = FieldDefinition.longText("logros",
            of("Logros obtenidos", "Achievements"), true);
    public static final FieldDefinition COMMITMENTS = FieldDefinition.longText("compromisos",
            of("Compromisos de mejora de actividades o proyectos", "Improvement commitments for activities or"
                    + " projects"), true);
    public static final FieldDefinition SHEETS = FieldDefinition.longText("fichas_actualizadas",
            of("Fichas actualizadas o nuevas de su equipo (opcional; vacío: sin cambios): una por línea, «Código |"
                    + " Nombre | Objetivo | Objetivo PEI | Presupuesto (S/) | Duración (meses) | Indicadores»",
                    "Your team's updated or new sheets (optional; empty: no change): one a line, «Code | Name |"
                    + " Objective | PEI objective | Budget (S/) | Duration (months) | Indicators»"), false);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04010002.class, CODE, "MINDEF (Perú)",
            Text.of("Seguimiento de la implementación del Plan de Gobierno Digital del MINDEF",
                    "Monitoring the implementation of MINDEF's Digital Government Plan"))
            .mailTemplates("org.sigti.procedure.pgd.mail")
            .startedBy(Roles.JEFE)
            .step("0", of("Registrar el seguimiento anual del Plan de Gobierno Digital vigente",
                    "Record the yearly follow-up of the Digital Government Plan in force")).byRequester()
                .output("Seguimiento anual del PGD vigente")
                .hint("SIGTI lo abre cada año para el PGD vigente (aprobado por Resolución Ministerial); un PGD tiene"
                        + " un seguimiento por año.", "SIGTI opens it every year for the PGD in force (approved by"
                        + " Resolución Ministerial); a PGD has one follow-up a year.")
                .field(YEAR).onComplete(S04010002::open, YEAR).next("1")
            .step("1", of("Solicitar reporte de avance del PGD", "Ask for the PGD's progress report"))
                .by(Roles.RESPONSABLE, GOBTI).output("Correo electrónico a los coordinadores")
                .fork(ASK, of("Solicitar a los coordinadores", "Ask the coordinators"), "2.INNOV", "2.INFRA",
                        "2.GOBTI")
                .mailsOn(ASK, "pgdProgressRequest", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.RESPONSABLE, INFRASTRUCTURE), Recipient.role(Roles.RESPONSABLE, GOBTI))
                .then()
            .step("2.INNOV", progressTitle("innovación tecnológica", "technological innovation"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Reporte de avance (correo)").field(PROGRESS)
                .onComplete(S04010002::progress, PROGRESS)
                .mails("pgdProgressReport", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("3")
            .step("2.INFRA", progressTitle("infraestructura tecnológica", "technological infrastructure"))
                .by(Roles.RESPONSABLE, INFRASTRUCTURE).output("Reporte de avance (correo)").field(PROGRESS)
                .onComplete(S04010002::progress, PROGRESS)
                .mails("pgdProgressReport", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("3")
            .step("2.GOBTI", progressTitle("gobierno de TI", "IT governance"))
                .by(Roles.RESPONSABLE, GOBTI).output("Reporte de avance (correo)").field(PROGRESS)
                .onComplete(S04010002::progress, PROGRESS)
                .mails("pgdProgressReport", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("3")
            .step("3", of("Elaborar proyecto de informe de seguimiento del PGD",
                    "Draft the PGD's follow-up report")).by(Roles.RESPONSABLE, GOBTI).join()
                .output("Proyecto de informe de seguimiento del PGD (al Jefe(a))")
                .hint("Espera el reporte de cada coordinador. SIGTI redacta el informe con el avance reportado de cada"
                        + " proyecto y lo que aquí se escriba, para el visto bueno y la firma del Jefe(a).",
                        "Waits for each coordinator's report. SIGTI writes the report with each project's progress"
                        + " and what is written here, for the Jefe(a)'s approval and signature.")
                .field(RECOMMENDATIONS).field(DIFFICULTIES).field(ACHIEVEMENTS).field(COMMITMENTS)
                .onComplete(S04010002::draftReport, RECOMMENDATIONS, DIFFICULTIES, ACHIEVEMENTS, COMMITMENTS)
                .mails("pgdFollowReport", Recipient.role(Roles.JEFE, CHIEF)).next("4")
            .step("4", of("Revisar y remitir el informe de seguimiento del PGD al CGD",
                    "Review and send the PGD's follow-up report to the CGD")).by(Roles.JEFE, CHIEF)
                .output("Informe de seguimiento firmado; remitido al CGD (SISTRADOC)")
                .hint("Remitir da el visto bueno, firma y numera el informe y lo remite al CGD.",
                        "Sending approves, signs and numbers the report and sends it to the CGD.")
                .decide(SEND, of("Validar, firmar y remitir al CGD", "Validate, sign and send to the CGD"), "5")
                .loop(RETURN, of("Devolver el informe con observaciones", "Return the report with remarks"), "3")
                .on(SEND, S04010002::sendReport)
                .on(RETURN, S04010002::returnReport)
                .then()
            .step("5", of("Revisar el informe de seguimiento del PGD", "Review the PGD's follow-up report"))
                .by(Roles.COMITE, COMMITTEE).output("Acta de reunión; informe de seguimiento aprobado (a la OGTIE)")
                .hint("¿Se actualiza o modifica el portafolio del PGD? Sí: la OGTIE actualiza el portafolio y sus"
                        + " fichas. No: fin del procedimiento.", "Is the PGD's portfolio updated or modified? Yes:"
                        + " the OGTIE updates the portfolio and its sheets. No: end of the procedure.")
                .field(S04010001.SESSION).field(S04010001.AGREEMENT)
                .decide(UPDATE, of("Tomar conocimiento; se actualiza o modifica el portafolio", "Take note; the"
                        + " portfolio is updated or modified"), "6")
                .end(NO_CHANGE, of("Tomar conocimiento; el portafolio no se modifica", "Take note; the portfolio"
                        + " is not modified"), "SOLVED")
                .onComplete(S04010002::noteReport, S04010001.SESSION, S04010001.AGREEMENT)
                .then()
            .step("6", of("Solicitar la actualización del portafolio y sus respectivas fichas",
                    "Ask for the portfolio and its sheets to be updated")).by(Roles.RESPONSABLE, GOBTI)
                .output("Correo electrónico a los coordinadores")
                .hint("SIGTI crea la siguiente versión del portafolio; la versión vigente queda como está.",
                        "SIGTI makes the portfolio's next version; the version in force stays as it is.")
                .fork(ASK, of("Solicitar a los coordinadores", "Ask the coordinators"), "7.INNOV", "7.INFRA",
                        "7.GOBTI")
                .on(ASK, S04010002::newVersion)
                .mailsOn(ASK, "pgdUpdateRequest", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.RESPONSABLE, INFRASTRUCTURE), Recipient.role(Roles.RESPONSABLE, GOBTI))
                .then()
            .step("7.INNOV", sheetsTitle("innovación tecnológica", "technological innovation"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Portafolio y fichas actualizados (correo)").field(SHEETS)
                .onComplete(S04010002::sheets, SHEETS)
                .mails("pgdUpdatedSheets", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("8")
            .step("7.INFRA", sheetsTitle("infraestructura tecnológica", "technological infrastructure"))
                .by(Roles.RESPONSABLE, INFRASTRUCTURE).output("Portafolio y fichas actualizados (correo)")
                .field(SHEETS).onComplete(S04010002::sheets, SHEETS)
                .mails("pgdUpdatedSheets", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("8")
            .step("7.GOBTI", sheetsTitle("gobierno de TI", "IT governance"))
                .by(Roles.RESPONSABLE, GOBTI).output("Portafolio y fichas actualizados (correo)").field(SHEETS)
                .onComplete(S04010002::sheets, SHEETS)
                .mails("pgdUpdatedSheets", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("8")
            .step("8", of("Consolidar los proyectos priorizados del portafolio y sus respectivas fichas",
                    "Consolidate the portfolio's prioritized projects and their sheets")).by(Roles.RESPONSABLE, GOBTI)
                .join().output("Portafolio consolidado (correo al Jefe(a))")
                .hint("Espera las fichas de cada coordinador.", "Waits for each coordinator's sheets.")
                .field(S04010001.PRIORITIES).onComplete(S04010002::prioritize, S04010001.PRIORITIES)
                .mails("pgdUpdatedPortfolio", Recipient.role(Roles.JEFE, CHIEF)).next("9")
            .step("9", of("Remitir al CGD el portafolio actualizado y sus fichas respectivas",
                    "Send the updated portfolio and its sheets to the CGD")).by(Roles.JEFE, CHIEF)
                .output("Oficio al CGD (SISTRADOC)")
                .decide(SEND, of("Firmar y remitir el oficio al CGD", "Sign and send the oficio to the CGD"), "10")
                .on(SEND, S04010002::sendPortfolio)
                .then()
            .step("10", of("Tomar conocimiento del portafolio actualizado", "Take note of the updated portfolio"))
                .by(Roles.COMITE, COMMITTEE).output("Portafolio actualizado, con sus fichas")
                .end(NOTE, of("Tomar conocimiento del portafolio actualizado", "Take note of the updated"
                        + " portfolio"), "SOLVED")
                .on(NOTE, S04010002::notePortfolio)
                .then()
            .build();

    @Inject
    FollowUpSteps steps;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    private static Text progressTitle(String es, String en) {
        return of("Remitir el reporte de avance del PGD (" + es + ")", "Send the PGD's progress report (" + en + ")");
    }

    private static Text sheetsTitle(String es, String en) {
        return of("Remitir el portafolio actualizado y las fichas de los proyectos (" + es + ")",
                "Send the updated portfolio and the projects' sheets (" + en + ")");
    }

    void open(Transition t) {
        steps.open(t);
    }

    void progress(Transition t) {
        steps.progress(t);
    }

    void draftReport(Transition t) {
        steps.draftReport(t);
    }

    void sendReport(Transition t) {
        steps.sendReport(t);
    }

    void returnReport(Transition t) {
        steps.returnReport(t);
    }

    void noteReport(Transition t) {
        steps.noteReport(t);
    }

    void newVersion(Transition t) {
        steps.newVersion(t);
    }

    void sheets(Transition t) {
        steps.sheets(t);
    }

    void prioritize(Transition t) {
        steps.prioritize(t);
    }

    void sendPortfolio(Transition t) {
        steps.sendPortfolio(t);
    }

    void notePortfolio(Transition t) {
        steps.notePortfolio(t);
    }
}
