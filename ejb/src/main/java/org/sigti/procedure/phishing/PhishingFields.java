package org.sigti.procedure.phishing;

import java.util.List;

import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.Text;

/** The values S04.04.00.02 records, by the names its steps, its hooks and the mail intake share. */
final class PhishingFields {

    static final String SPAM = "SPAM";
    static final String PHISHING = "PHISHING";

    /** Step 2: the reporting user, their unit, the sender, the preliminary classification. */
    static final FieldDefinition REPORTER = FieldDefinition.text("usuario_reporta", Text.of("Usuario que realiza el"
            + " reporte", "User who reports"), true);
    static final FieldDefinition UNIT = FieldDefinition.text("unidad_organizacion", Text.of("Unidad de organización",
            "Organizational unit"), true);
    static final FieldDefinition KIND = FieldDefinition.choice("tipo_correo", Text.of("Clasificación preliminar",
            "Preliminary classification"), true, List.of(new Option(SPAM, Text.of("Spam (publicidad)",
                    "Spam (advertising)")), new Option(PHISHING, Text.of("Phishing (correo inválido)",
                    "Phishing (invalid mail)"))));
    /**
     * Steps 2 and 5, filled by the mail intake from the forwarded mail: the original sender. The analysis fields are
     * shown with what the intake (or step 2) recorded, for the performer to check rather than type again.
     */
    static final FieldDefinition SENDER = FieldDefinition.text("remitente", Text.of("Cuenta de correo del remitente"
            + " del spam o phishing", "Sender account of the spam or phishing"), false).prefilledFromCase();
    /** Step 3: the impact. */
    static final FieldDefinition IMPACT = FieldDefinition.text("impacto", Text.of("Impacto: cantidad de usuarios que"
            + " recibieron el correo", "Impact: how many users received the mail"), true);
    static final FieldDefinition INVOLVED = FieldDefinition.longText("usuarios_involucrados", Text.of("Correos de los"
            + " usuarios involucrados (uno por línea)", "Addresses of the users involved (one a line)"), true);
    /** Step 5, filled by the mail intake: what the analysis found. */
    static final FieldDefinition IPS = FieldDefinition.longText("ips_encabezados", Text.of("Direcciones IP de los"
            + " encabezados Received", "IP addresses of the Received headers"), false).prefilledFromCase();
    static final FieldDefinition URLS = FieldDefinition.longText("enlaces", Text.of("Enlaces web de redirección",
            "Redirect links"), false).prefilledFromCase();
    static final FieldDefinition ATTACHMENTS = FieldDefinition.longText("adjuntos", Text.of("Archivos adjuntos (nombre"
            + " y SHA-256)", "Attachments (name and SHA-256)"), false).prefilledFromCase();
    /** Steps 6, 9 and 18: what is blocked, one a line. */
    static final FieldDefinition BLOCK_SENDERS = FieldDefinition.longText("bloquear_cuentas", Text.of("Cuentas de"
            + " remitente a bloquear (una por línea)", "Sender accounts to block (one a line)"), false);
    static final FieldDefinition BLOCK_DOMAINS = FieldDefinition.longText("bloquear_dominios", Text.of("Dominios a"
            + " bloquear (uno por línea)", "Domains to block (one a line)"), false);
    static final FieldDefinition BLOCK_IPS = FieldDefinition.longText("bloquear_ips", Text.of("Direcciones IP públicas"
            + " a bloquear (una por línea)", "Public IP addresses to block (one a line)"), false);
    static final FieldDefinition BLOCK_URLS = FieldDefinition.longText("bloquear_enlaces", Text.of("Enlaces web de"
            + " redirección a bloquear (uno por línea)", "Redirect links to block (one a line)"), false);
    /** Step 11: the compromised users, by network user name. */
    static final FieldDefinition COMPROMISED = FieldDefinition.text("usuarios_comprometidos", Text.of("Usuarios"
            + " comprometidos (usuarios de red, separados por comas)", "Compromised users (network user names,"
            + " comma separated)"), true);
    static final FieldDefinition INSTRUCTIONS = FieldDefinition.longText("instrucciones_infraestructura", Text.of(
            "Acciones que debe ejecutar el equipo de infraestructura", "Actions for the infrastructure team"), true);
    /** Step 14: the mail platform (OWA) whose accounts are blocked, deleted and recreated. */
    static final FieldDefinition PLATFORM = FieldDefinition.text("plataforma_correo", Text.of("Plataforma de correo"
            + " (código, p. ej. OWA)", "Mail platform (code, e.g. OWA)"), true);
    static final FieldDefinition REMEDIATION = FieldDefinition.longText("acciones_remediacion", Text.of("Acciones de"
            + " remediación (bloqueo temporal, acceso OWA, correos eliminados, cambio de contraseña, aviso al"
            + " usuario)", "Remediation (temporary block, OWA access, mails deleted, password change, user told)"),
            true);
    static final FieldDefinition HANDOVER = FieldDefinition.text("entrega_cuenta", Text.of("Entrega de la cuenta y la"
            + " clave al usuario (cómo y cuándo)", "Account and password handed to the user (how and when)"), true);
    static final FieldDefinition MAILBOXES = FieldDefinition.longText("analisis_buzones", Text.of("Análisis de los"
            + " buzones comprometidos", "Analysis of the compromised mailboxes"), true);
    static final FieldDefinition AWARENESS = FieldDefinition.text("charla_concientizacion", Text.of("Charla de"
            + " inducción y concientización (fecha, hora y participantes)", "Induction and awareness talk (date, time"
            + " and attendees)"), true);
    static final FieldDefinition REPORT = FieldDefinition.longText("informe", Text.of("Informe del caso de phishing"
            + " concretado (situación detectada y acciones ejecutadas)", "Report of the successful phishing (what was"
            + " found and done)"), true);
    static final FieldDefinition SISTRADOC = FieldDefinition.text("expediente_sistradoc", Text.of("Número de"
            + " expediente SISTRADOC", "SISTRADOC file number"), true);

    private PhishingFields() {
    }
}
