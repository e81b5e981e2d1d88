package org.sigti.procedure.phishing;

import static org.sigti.procedure.phishing.PhishingFields.ATTACHMENTS;
import static org.sigti.procedure.phishing.PhishingFields.AWARENESS;
import static org.sigti.procedure.phishing.PhishingFields.BLOCK_DOMAINS;
import static org.sigti.procedure.phishing.PhishingFields.BLOCK_IPS;
import static org.sigti.procedure.phishing.PhishingFields.BLOCK_SENDERS;
import static org.sigti.procedure.phishing.PhishingFields.BLOCK_URLS;
import static org.sigti.procedure.phishing.PhishingFields.COMPROMISED;
import static org.sigti.procedure.phishing.PhishingFields.HANDOVER;
import static org.sigti.procedure.phishing.PhishingFields.IMPACT;
import static org.sigti.procedure.phishing.PhishingFields.INSTRUCTIONS;
import static org.sigti.procedure.phishing.PhishingFields.INVOLVED;
import static org.sigti.procedure.phishing.PhishingFields.IPS;
import static org.sigti.procedure.phishing.PhishingFields.KIND;
import static org.sigti.procedure.phishing.PhishingFields.MAILBOXES;
import static org.sigti.procedure.phishing.PhishingFields.PLATFORM;
import static org.sigti.procedure.phishing.PhishingFields.REMEDIATION;
import static org.sigti.procedure.phishing.PhishingFields.REPORT;
import static org.sigti.procedure.phishing.PhishingFields.REPORTER;
import static org.sigti.procedure.phishing.PhishingFields.SENDER;
import static org.sigti.procedure.phishing.PhishingFields.SISTRADOC;
import static org.sigti.procedure.phishing.PhishingFields.UNIT;
import static org.sigti.procedure.phishing.PhishingFields.URLS;
import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.04.00.02 (MINDEF, Peru): contención de ataques SPAM y/o PHISHING. Step 1: any employee reports the mail,
 * forwarding it to the alert mailbox (a mailbox bound to this procedure opens the case, and the forwarded mail's
 * analysis fills the sender, IP, link and attachment fields: {@link PhishingMailFields}) or filing it on SIGTI. The
 * help desk (MESA) registers the ticket with the reporting user, their unit and the sender and classifies it (2); the
 * cybersecurity team's Técnico Informático Especialista (CIBER) measures the impact (3), sends the alert from the
 * alert address to the users involved, the Jefe and the Oficial de Seguridad Digital, the people of the SGSI queue (4,
 * {@link PhishingAlerts}), and analyses the mail (5):
 * <ul>
 * <li>spam → 6 blocks the sender account or domain and the public IP (the blocklist, {@link
 * org.sigti.blocklist.Blocklist}) → 7 closes the ticket;</li>
 * <li>phishing → 8: not successful → 9 blocks the sender, the links and the IP → 10 closes; successful → 11 alerts the
 * compromised users, the Jefe and the Oficial → 12 instructs the infrastructure team, and two branches run at once
 * (∥): the help desk's ticket (13) for the Responsable de infraestructura tecnológica (a Técnico of INFRA), who blocks
 * and, for a compromised account, deletes it (14) and creates the new one (15) through the accounts module in the
 * move's transaction ({@link CompromisedAccounts}), the Profesional para la OGTIE (Técnico, INFRA) analyses the
 * mailboxes (16, telling the Oficial de Seguridad by mail, through the SGSI queue) and the Especialista de Seguridad de la Información (Responsable, SGSI) gives the awareness talk (17);
 * and the blocks (18), the closing of the ticket (19) and the cybersecurity coordinator's report to the Jefe through
 * SISTRADOC (20).</li>
 * </ul>
 * The manual ends the branch of 17 there and the case at 21, the Jefe taking note of the report. A case closes once:
 * SIGTI's 21 waits for both branches (∥ join), so the Jefe takes note when the remediation is over too. A value
 * already on the blocklist is reported on the case's trail and counted on its line, never written twice.
 * procedures.md E20.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04040002 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.04.00.02";
    static final String DESK = "MESA";
    static final String CYBER = "CIBER";
    static final String INFRA = "INFRA";
    /** The Especialista de Seguridad de la Información's queue, whose people include the Oficial de Seguridad Digital. */
    static final String SGSI = "SGSI";
    static final String DIRECTION = "JEFATURA";
    static final String JOIN = "21";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04040002.class, CODE, "MINDEF (Perú)",
            Text.of("Contención de ataques SPAM y/o PHISHING", "Containment of spam and phishing attacks"))
            .offeredAs(70, of("Quiero reportar un correo sospechoso (spam o phishing)",
                    "I want to report a suspicious e-mail (spam or phishing)"))
            .mailTemplates("org.sigti.procedure.phishing.mail")
            .step("1", of("Reportar el correo electrónico recibido (reenviarlo a alerta@ o a mesadeayuda@)",
                    "Report the mail received (forward it to alerta@ or mesadeayuda@)")).byRequester()
                .output("Correo de reporte")
                .hint("Reenvíe el correo sospechoso como adjunto a la cuenta de alerta, o descríbalo aquí: remitente,"
                        + " asunto y enlaces. No abra sus enlaces ni adjuntos.", "Forward the suspicious mail as an"
                        + " attachment to the alert mailbox, or describe it here: sender, subject and links. Do not"
                        + " open its links or attachments.")
                .next("2")
            .step("2", of("Registrar y asignar la solicitud: usuario que reporta, unidad de organización y cuenta del"
                    + " remitente; clasificar preliminarmente (spam o phishing)", "Register and assign: reporting"
                    + " user, unit and sender account; classify (spam or phishing)")).by(Roles.OPERADOR, DESK)
                .output("Ticket")
                .hint("Si el caso llegó por correo, la cuenta del remitente ya figura en los valores del caso.",
                        "If the case came by mail, the sender account is already among the case's values.")
                .field(REPORTER).field(UNIT).field(SENDER).field(KIND)
                .next("3")
            .step("3", of("Revisar los datos y determinar el impacto del correo reportado", "Check the data and"
                    + " determine the impact of the reported mail")).by(Roles.TECNICO, CYBER).output("Impacto")
                .field(IMPACT).field(INVOLVED)
                .next("4")
            .step("4", of("Notificar desde alerta@ a los usuarios involucrados, al Jefe(a) de la OGTIE y al Oficial de"
                    + " Seguridad Digital", "Notify from alerta@ the users involved, the Jefe and the Digital"
                    + " Security Officer")).by(Roles.TECNICO, CYBER).output("Correo de alerta")
                .hint("Al completar el paso, SIGTI envía la alerta desde la cuenta de alerta: el correo es phishing"
                        + " (inválido) o spam (publicidad), debe ignorarse y se están ejecutando las acciones.",
                        "Completing the step sends the alert from the alert address: the mail is phishing (invalid) or"
                        + " spam (advertising), is to be ignored, and action is under way.")
                .next("5")
            .step("5", of("Analizar el correo: remitente, enlaces de redirección, adjuntos y direcciones IP públicas",
                    "Analyse the mail: sender, redirect links, attachments and public IP addresses"))
                .by(Roles.TECNICO, CYBER).output("Análisis")
                .field(SENDER).field(IPS).field(URLS).field(ATTACHMENTS)
                .decide("spam", of("Spam", "Spam"), "6")
                .decide("phishing", of("Phishing", "Phishing"), "8").then()
            .step("6", of("Spam: bloquear la cuenta o el dominio del remitente y la IP pública asociada",
                    "Spam: block the sender account or domain and the associated public IP"))
                .by(Roles.TECNICO, CYBER).output("Bloqueos")
                .field(BLOCK_SENDERS).field(BLOCK_DOMAINS).field(BLOCK_IPS)
                .next("7")
            .step("7", of("Verificar el ticket con la solicitud inicial, registrar la acción y cerrar el ticket",
                    "Check the ticket against the report, register the action and close it")).by(Roles.TECNICO, CYBER)
                .output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .step("8", of("Determinar si el phishing se concretó con alguno de los usuarios involucrados",
                    "Determine whether the phishing succeeded with any user involved")).by(Roles.TECNICO, CYBER)
                .decide("concretado", of("Sí, se concretó", "Yes, it succeeded"), "11")
                .decide("no_concretado", of("No se concretó", "It did not succeed"), "9").then()
            .step("9", of("Phishing: bloquear la cuenta o el dominio del remitente, los enlaces de redirección y la IP"
                    + " pública", "Phishing: block the sender account or domain, the redirect links and the public IP"))
                .by(Roles.TECNICO, CYBER).output("Bloqueos")
                .field(BLOCK_SENDERS).field(BLOCK_DOMAINS).field(BLOCK_IPS).field(BLOCK_URLS)
                .next("10")
            .step("10", of("Verificar el ticket, registrar la acción y cerrar el ticket",
                    "Check the ticket, register the action and close it")).by(Roles.TECNICO, CYBER)
                .output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .step("11", of("Notificar desde alerta@ a los usuarios comprometidos, al Jefe(a) y al Oficial de Seguridad"
                    + " Digital la situación y las acciones a ejecutar", "Notify from alerta@ the compromised users, the"
                    + " Jefe and the Digital Security Officer of the situation and the planned actions"))
                .by(Roles.TECNICO, CYBER).output("Correo de alerta")
                .field(COMPROMISED)
                .next("12")
            .step("12", of("Comunicar al equipo de infraestructura las acciones: bloqueo temporal de los usuarios"
                    + " comprometidos, bloqueo del acceso a OWA, análisis de sus buzones y cambio de contraseñas",
                    "Tell the infrastructure team: temporary block of the compromised users, OWA access blocked,"
                    + " mailbox analysis, password change")).by(Roles.TECNICO, CYBER).output("Instrucciones")
                .field(INSTRUCTIONS)
                .fork("comunicar", of("Comunicar y continuar en paralelo (13 y 18)", "Tell them and go on in parallel"
                        + " (13 and 18)"), "13", "18").then()
            .step("13", of("Registrar, categorizar y asignar el ticket al equipo de infraestructura",
                    "Create, categorize and assign the ticket to the infrastructure team")).by(Roles.OPERADOR, DESK)
                .output("Ticket")
                .next("14")
            .step("14", of("Bloquear temporalmente a los usuarios y el acceso a OWA; eliminar la cuenta comprometida"
                    + " o solo los correos comprometidos; cambiar las contraseñas e informar al usuario",
                    "Block the users and OWA access; delete the compromised account or only the compromised mails;"
                    + " change the passwords and tell the user")).by(Roles.TECNICO, INFRA).output("Remediación")
                .hint("Eliminar la cuenta la cierra en el registro de cuentas con este caso; el paso 15 crea la nueva."
                        + " Si solo se eliminan correos, la cuenta se conserva.", "Deleting the account closes it in"
                        + " the accounts register with this case; step 15 creates the new one. If only mails are"
                        + " deleted, the account is kept.")
                .field(PLATFORM).field(REMEDIATION)
                .decide("eliminar_cuenta", of("Cuenta comprometida: eliminarla", "Account compromised: delete it"),
                        "15")
                .decide("conservar_cuenta", of("Conservar la cuenta y eliminar solo los correos comprometidos",
                        "Keep the account, delete only the compromised mails"), "15").then()
            .step("15", of("Crear la cuenta nueva, entregarla al usuario con su clave y cerrar el ticket",
                    "Create the new account, hand it to the user with the password and close the ticket"))
                .by(Roles.TECNICO, INFRA).output("Cuenta nueva")
                .field(HANDOVER)
                .next("16")
            .step("16", of("Analizar los buzones de los usuarios comprometidos, cerrar el ticket y comunicar al"
                    + " Oficial de Seguridad que culminó la remediación", "Analyse the compromised mailboxes, close"
                    + " the ticket, tell the Security Officer the remediation is over")).by(Roles.TECNICO, INFRA)
                .output("Análisis de buzones")
                .field(MAILBOXES)
                .mails("remediationDone", Recipient.role(Roles.RESPONSABLE, SGSI))
                .next("17")
            .step("17", of("Coordinar y dar la charla de inducción y concientización al usuario comprometido",
                    "Arrange and give the induction and awareness talk to the compromised user"))
                .by(Roles.RESPONSABLE, SGSI).output("Charla de concientización")
                .hint("El manual termina aquí esta rama; el caso se cierra cuando el Jefe(a) toma conocimiento del"
                        + " informe (21).", "The manual ends this branch here; the case closes when the Jefe takes"
                        + " note of the report (21).")
                .field(AWARENESS)
                .next(JOIN)
            .step("18", of("Phishing: bloquear la cuenta o el dominio del remitente, los enlaces de redirección y la IP"
                    + " pública", "Phishing: block the sender account or domain, the redirect links and the public"
                    + " IP")).by(Roles.TECNICO, CYBER).output("Bloqueos")
                .field(BLOCK_SENDERS).field(BLOCK_DOMAINS).field(BLOCK_IPS).field(BLOCK_URLS)
                .next("19")
            .step("19", of("Verificar el ticket, registrar la acción y cerrar el ticket",
                    "Check the ticket, register the action and close it")).by(Roles.TECNICO, CYBER)
                .output("Ticket cerrado")
                .next("20")
            .step("20", of("Elaborar el informe del caso de phishing concretado y remitirlo al Jefe(a) por SISTRADOC",
                    "Write the report of the successful phishing and send it to the Jefe through SISTRADOC"))
                .by(Roles.RESPONSABLE, CYBER).output("Informe")
                .hint("Al completar el paso, SIGTI emite el informe como documento oficial firmado por usted, con los"
                        + " usuarios comprometidos y los bloqueos del caso, y lo envía a la Jefatura.", "Completing"
                        + " the step issues the report as an official document you sign, with the compromised users"
                        + " and the case's blocks, and sends it to the Jefatura.")
                .field(REPORT).field(SISTRADOC)
                .next(JOIN)
            .step(JOIN, of("Recibir el informe y tomar conocimiento", "Receive the report and take note"))
                .by(Roles.JEFE, DIRECTION).join()
                .hint("Este paso espera a que terminen ambas ramas: la remediación (13-17) y el informe (18-20).",
                        "This step waits for both branches: the remediation (13-17) and the report (18-20).")
                .end("tomar_conocimiento", of("Tomar conocimiento y cerrar", "Take note and close"), "SOLVED").then()
            .onComplete(S04040002::requireSender, List.of("2"))
            .onComplete(S04040002::alertInvolved, List.of("4"))
            .onComplete(S04040002::block, List.of("6", "9", "18"))
            .onComplete(S04040002::alertCompromised, List.of("11"))
            .onComplete(S04040002::remediate, List.of("14"))
            .onComplete(S04040002::recreate, List.of("15"))
            .onComplete(S04040002::report, List.of("20"))
            .build();

    @Inject
    PhishingAlerts alerts;

    @Inject
    CompromisedAccounts accounts;

    @Inject
    PhishingBlocks blocks;

    @Inject
    PhishingReport report;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 2: the ticket names the sender, typed now or found by the mail intake. */
    void requireSender(Transition t) {
        blocks.requireSender(t);
    }

    /** Step 4: the alert to the users involved, the Jefe and the Oficial de Seguridad Digital. */
    void alertInvolved(Transition t) {
        alerts.alertInvolved(t);
    }

    /** Steps 6, 9 and 18: the blocks, on the blocklist. */
    void block(Transition t) {
        blocks.block(t);
    }

    /** Step 11: the alert to the compromised users, the Jefe and the Oficial de Seguridad Digital. */
    void alertCompromised(Transition t) {
        alerts.alertCompromised(t);
    }

    /** Step 14: a compromised account is deleted in the accounts register. */
    void remediate(Transition t) {
        accounts.remediate(t);
    }

    /** Step 15: the new account of each user whose account step 14 deleted. */
    void recreate(Transition t) {
        accounts.recreate(t);
    }

    /** Step 20: the informe to the Jefe(a), written, signed and sent in the move. */
    void report(Transition t) {
        report.issue(t);
    }
}
