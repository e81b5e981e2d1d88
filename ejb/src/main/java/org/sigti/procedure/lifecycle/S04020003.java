package org.sigti.procedure.lifecycle;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.backup.BackupTargetKind;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.02.00.03 (MINDEF, Peru), Bajas de sistemas de información desarrollados en el MINDEF: procedures.md E6, the
 * manual's section 6.2.3 (seed 004), whose table of activities wins.
 *
 * <p>Performers: the Responsable de la coordinación del equipo de innovación tecnológica = Responsable of INNOV; the
 * Responsable de la coordinación del equipo de infraestructura tecnológica = Responsable of INFRA; the Responsable de
 * infraestructura tecnológica (step 6) = Técnico of INFRA; the Analista programador (step 7) = Técnico of INNOV; the
 * Jefe(a) de la OGTIE = Jefe of JEFATURA; the U.O.'s Director(a)/Jefe(a), owner of its systems, = Director of the
 * U.O. consulted, in their own inbox.
 *
 * <p>As written: 1 the innovation coordinator drafts the oficio asking the U.O. which systems are still used or must be
 * decommissioned, and to name who answers for those in use (an oficio múltiple of the OGTIE); 2 the Jefe(a) sends it
 * (visto bueno and signature number it); 3 the system owner answers by oficio with the reason (only the manual's
 * three), the software's name and version; 4 the Jefe(a) routes it to both coordinators; 5 each assigns the person
 * responsible, and the two branches run in parallel: 6 the infrastructure one backs up the database, removes the
 * software and releases the production resources, 7 the analista backs up the source code, releases the development
 * resources and updates the Matriz de gestión de cambios de sistemas y aplicaciones (formato N°1); 8 each coordinator
 * reports to the Jefe(a) by institutional e-mail; 9 the Jefe(a) takes note and sends the oficio de respuesta that
 * notifies the U.O. of the baja técnica; the system leaves the active catalog, its history kept.
 *
 * <p>SIGTI's names and additions: step "0" is the filing (the manual's input, "necesidad de dar de baja a los sistemas
 * inoperativos"); one case per U.O. consulted, so that its owner answers in their own inbox and its decommissioning
 * runs its own branches; steps 5 and 8, each done by both coordinators, are "5.INNOV"/"5.INFRA" and
 * "8.INNOV"/"8.INFRA", and 9 waits for both branches (∥ join); 2 may return the draft to the coordinator with the
 * reason (↺ 1), as any visto bueno can be refused; the backups of 6 and 7 are copies of the system made or registered
 * through the backup module since the case was opened, and each step refuses to release resources without one.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04020003 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.02.00.03";
    static final String INNOVATION = "INNOV";
    static final String INFRASTRUCTURE = "INFRA";
    static final String CHIEF = "JEFATURA";
    static final String JOIN = "9";
    static final String SEND = "remitir";
    static final String RETURN = "observar";

    /** Step 1: the unit of organization consulted, by its code (DGA, ...). */
    public static final FieldDefinition UNIT = FieldDefinition.text("unidad_organica",
            of("Unidad de organización consultada (código)", "Unit of organization consulted (code)"), true);
    /** Step 3: the system to decommission, by its code in MINDEF's catalog. */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_baja",
            of("Sistema que se dará de baja (código del catálogo)", "System to decommission (catalog code)"), true);
    /** Step 3: the reason, one of the manual's three. */
    public static final FieldDefinition REASON = FieldDefinition.choice("motivo_baja",
            of("Motivo de la baja", "Reason for the decommissioning"), true, List.of(
                    new Option("FIN_VIDA_UTIL", of("Fin de su vida útil", "End of its useful life")),
                    new Option("OBSOLESCENCIA", of("Obsolescencia tecnológica", "Technological obsolescence")),
                    new Option("SEGURIDAD_LEGALIDAD", of("Problemas de seguridad o legalidad",
                            "Security or legal problems"))));
    /** Step 3: the software's version. */
    public static final FieldDefinition VERSION = FieldDefinition.text("version_baja",
            of("Versión del software", "Software version"), true);
    /** Step 6: the database copy, by its number (blank: the newest since the case was opened). */
    public static final FieldDefinition DATABASE_COPY = FieldDefinition.text("copia_base_datos",
            of("N.º de la copia de la base de datos (opcional: si no, la última desde que se abrió el caso)",
                    "No. of the database copy (optional: otherwise the newest since the case was opened)"), false);
    /** Step 6: the production resources released. */
    public static final FieldDefinition PRODUCTION = FieldDefinition.longText("recursos_produccion",
            of("Software dado de baja y recursos del ambiente productivo liberados",
                    "Software removed and production resources released"), true);
    /** Step 7: the source-code copy, by its number (blank: the newest since the case was opened). */
    public static final FieldDefinition SOURCE_COPY = FieldDefinition.text("copia_codigo_fuente",
            of("N.º de la copia del código fuente (opcional: si no, la última desde que se abrió el caso)",
                    "No. of the source-code copy (optional: otherwise the newest since the case was opened)"), false);
    /** Step 7: the development resources released. */
    public static final FieldDefinition DEVELOPMENT = FieldDefinition.longText("recursos_desarrollo",
            of("Recursos del ambiente de desarrollo liberados", "Development resources released"), true);
    /** Step 7: the row of the Matriz de gestión de cambios de sistemas y aplicaciones (formato N°1). */
    public static final FieldDefinition MATRIX = FieldDefinition.longText("matriz_cambios",
            of("Actualización de la Matriz de gestión de cambios de sistemas y aplicaciones (formato N°1)",
                    "Update of the systems and applications change-management matrix (format No. 1)"), true);
    /** Steps 8: what each coordinator reports to the Jefe(a). */
    public static final FieldDefinition REPORT = FieldDefinition.longText("informe_baja",
            of("Acciones de baja realizadas (se envían por correo institucional al Jefe(a) de la OGTIE)",
                    "Decommissioning actions done (mailed to the Jefe(a) de la OGTIE)"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04020003.class, CODE, "MINDEF (Perú)",
            Text.of("Bajas de sistemas de información desarrollados en el MINDEF",
                    "Decommissioning of information systems developed at MINDEF"))
            .mailTemplates("org.sigti.procedure.lifecycle.mail")
            .startedBy(Roles.RESPONSABLE, Roles.JEFE)
            .step("0", of("Registrar la necesidad de dar de baja sistemas inoperativos",
                    "Record the need to decommission systems out of service")).byRequester()
                .output("Necesidad de dar de baja a los sistemas inoperativos").next("1")
            .step("1", of("Proyectar el oficio que solicita a la unidad de organización identificar qué sistemas se"
                    + " usan o deben darse de baja, y designar a los responsables de los que siguen en uso",
                    "Draft the oficio asking the unit of organization which systems are used or must be"
                    + " decommissioned, and to name who answers for those in use")).by(Roles.RESPONSABLE, INNOVATION)
                .output("Oficio (proyecto)")
                .hint("SIGTI redacta el oficio a la unidad indicada y lo pasa al Jefe(a) de la OGTIE para su visto"
                        + " bueno y firma.", "SIGTI drafts the oficio to the unit given and passes it to the"
                        + " Jefe(a) de la OGTIE for the visto bueno and signature.")
                .field(UNIT).onComplete(S04020003::draftConsultation, UNIT).next("2")
            .step("2", of("Remitir a la unidad de organización el oficio que solicita identificar los sistemas que"
                    + " deben darse de baja (SISTRADOC)", "Send the unit of organization the oficio asking which"
                    + " systems must be decommissioned (SISTRADOC)")).by(Roles.JEFE, CHIEF).output("Oficio")
                .decide(SEND, of("Dar visto bueno, firmar y remitir el oficio", "Approve, sign and send the oficio"),
                        "3")
                .loop(RETURN, of("Devolver el proyecto con observaciones", "Return the draft with remarks"), "1")
                .on(SEND, S04020003::sendConsultation)
                .on(RETURN, S04020003::returnConsultation)
                .then()
            .step("3", of("Comunicar los sistemas que se darán de baja: motivo, nombre del software y versión",
                    "Report the systems to decommission: reason, software name and version"))
                .byUnitIn(Roles.DIRECTOR, UNIT.name()).output("Oficio de baja")
                .hint("Su oficio de baja se numera y firma al enviarlo. Los motivos posibles son los del"
                        + " procedimiento: fin de su vida útil, obsolescencia tecnológica, o problemas de seguridad o"
                        + " legalidad.", "Your oficio de baja is numbered and signed when sent. The possible reasons"
                        + " are the procedure's: end of useful life, technological obsolescence, or security or legal"
                        + " problems.")
                .field(SYSTEM).field(REASON).field(VERSION)
                .onComplete(S04020003::reportDecommission, SYSTEM, REASON, VERSION).next("4")
            .step("4", of("Revisar el oficio de baja y derivarlo a los coordinadores de innovación y de"
                    + " infraestructura tecnológica", "Review the oficio de baja and route it to the innovation and"
                    + " infrastructure coordinators")).by(Roles.JEFE, CHIEF).output("Derivación")
                .fork("derivar", of("Derivar a ambos coordinadores", "Route to both coordinators"), "5.INNOV",
                        "5.INFRA")
                .then()
            .step("5.INFRA", of("Revisar y asignar al responsable de la baja en infraestructura tecnológica",
                    "Review and assign who decommissions on the infrastructure side"))
                .by(Roles.RESPONSABLE, INFRASTRUCTURE).output("Asignación")
                .hint("Indique en «Asignar el siguiente paso a» al Responsable de infraestructura tecnológica.",
                        "Name the Responsable de infraestructura tecnológica in «Assign the next step to».")
                .next("6")
            .step("5.INNOV", of("Revisar y asignar al responsable de la baja en innovación tecnológica",
                    "Review and assign who decommissions on the innovation side"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Asignación")
                .hint("Indique en «Asignar el siguiente paso a» al Analista programador.",
                        "Name the Analista programador in «Assign the next step to».")
                .next("7")
            .step("6", of("Realizar el backup de la base de datos, dar de baja el software y liberar los recursos del"
                    + " ambiente productivo", "Back up the database, remove the software and release the production"
                    + " resources")).by(Roles.TECNICO, INFRASTRUCTURE).output("Backup de la base de datos; recursos"
                            + " liberados")
                .hint("Exige una copia de la base de datos del sistema tomada desde que se abrió el caso (Respaldos:"
                        + " la programación del sistema, o la copia registrada).", "Needs a copy of the system's"
                        + " database taken since the case was opened (Backups: the system's schedule, or the copy"
                        + " registered).")
                .field(DATABASE_COPY).field(PRODUCTION)
                .onComplete(S04020003::requireDatabaseCopy, DATABASE_COPY).next("8.INFRA")
            .step("7", of("Realizar el backup del código fuente, liberar los recursos del ambiente de desarrollo y"
                    + " actualizar la Matriz de gestión de cambios (formato N°1)", "Back up the source code, release"
                    + " the development resources and update the change-management matrix (format No. 1)"))
                .by(Roles.TECNICO, INNOVATION).output("Backup del código fuente; matriz actualizada")
                .hint("Exige una copia del código fuente del sistema tomada desde que se abrió el caso.",
                        "Needs a copy of the system's source code taken since the case was opened.")
                .field(SOURCE_COPY).field(DEVELOPMENT).field(MATRIX)
                .onComplete(S04020003::requireSourceCopy, SOURCE_COPY).next("8.INNOV")
            .step("8.INFRA", of("Informar al Jefe(a) de la OGTIE las acciones de baja realizadas en infraestructura",
                    "Report the infrastructure decommissioning actions to the Jefe(a) de la OGTIE"))
                .by(Roles.RESPONSABLE, INFRASTRUCTURE).output("Correo institucional")
                .field(REPORT).mails("decommissionReport", Recipient.role(Roles.JEFE, CHIEF)).next(JOIN)
            .step("8.INNOV", of("Informar al Jefe(a) de la OGTIE las acciones de baja realizadas en innovación",
                    "Report the innovation decommissioning actions to the Jefe(a) de la OGTIE"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Correo institucional")
                .field(REPORT).mails("decommissionReport", Recipient.role(Roles.JEFE, CHIEF)).next(JOIN)
            .step(JOIN, of("Tomar conocimiento y remitir el oficio que notifica a la unidad de organización la baja"
                    + " técnica de su sistema", "Take note and send the oficio notifying the unit of organization of"
                    + " the technical decommissioning of its system")).by(Roles.JEFE, CHIEF).join()
                .output("Oficio de respuesta de baja de sistemas")
                .hint("Espera a las dos ramas. Firmar el oficio de respuesta lo numera y lo envía a la unidad; el"
                        + " sistema sale del catálogo activo y conserva su historial.", "Waits for both branches."
                        + " Signing the reply numbers it and sends it to the unit; the system leaves the active"
                        + " catalog and keeps its history.")
                .end("notificar", of("Firmar y remitir el oficio de respuesta", "Sign and send the reply oficio"),
                        "SOLVED")
                .on("notificar", S04020003::notifyDecommission)
                .then()
            .build();

    @Inject
    Decommissions decommissions;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    void draftConsultation(Transition t) {
        decommissions.draftConsultation(t, decommissions.consultedUnit(t, t.value(UNIT)));
    }

    void sendConsultation(Transition t) {
        decommissions.sendConsultation(t);
    }

    void returnConsultation(Transition t) {
        decommissions.returnConsultation(t);
    }

    void reportDecommission(Transition t) {
        decommissions.reportDecommission(t, decommissions.activeSystem(t, t.value(SYSTEM)), reason(t.value(REASON),
                Locale.forLanguageTag("es")), t.value(VERSION));
    }

    void requireDatabaseCopy(Transition t) {
        decommissions.copyBeforeRelease(t, system(t), BackupTargetKind.DATABASE, t.value(DATABASE_COPY));
    }

    void requireSourceCopy(Transition t) {
        decommissions.copyBeforeRelease(t, system(t), BackupTargetKind.SOURCE_CODE, t.value(SOURCE_COPY));
    }

    void notifyDecommission(Transition t) {
        var v = decommissions.values(t);
        decommissions.notifyDecommission(t, decommissions.activeSystem(t, v.get(SYSTEM.name())),
                decommissions.consultedUnit(t, v.get(UNIT.name())),
                reason(v.get(REASON.name()), Locale.forLanguageTag("es")));
    }

    private org.sigti.inventory.ItSystem system(Transition t) {
        return decommissions.activeSystem(t, decommissions.values(t).get(SYSTEM.name()));
    }

    /** The reason's words, as the manual lists them. */
    static String reason(String value, Locale locale) {
        return REASON.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label().in(locale)).orElse(String.valueOf(value));
    }
}
