package org.sigti.procedure.phishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.intake.IntakeMailbox;
import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;
import org.sigti.people.UserProfile;
import org.sigti.security.Roles;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The alert mails of S04.04.00.02 (steps 4 and 11), sent "desde la cuenta alerta@mindef.gob.pe": from the alert
 * address, which is {@value #ALERT_ADDRESS} when set, else the address of the intake mailbox bound to this procedure
 * (SIGTI_INTAKE_&lt;NAME&gt;_ADDRESS), else SIGTI's own sender. One mail to each of: the users involved (step 4, the
 * addresses step 3 recorded) or the compromised users (step 11, their SIGTI profiles), the Jefe(a) of the OGTIE, and
 * the people of the SGSI queue (the Especialista de Seguridad de la Información and the Oficial de Seguridad Digital).
 * They are queued in the outbox with the move, so a refused move sends nothing; the case's trail names the recipients.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PhishingAlerts {

    /** The variable that names the alert address explicitly. */
    static final String ALERT_ADDRESS = "SIGTI_ALERT_ADDRESS";
    static final String TEMPLATE = "phishingAlert";
    private static final String TRAIL_ACTION = "MAIL";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    CaseValues values;

    @Inject
    CaseEngine engine;

    /** Step 4: the mail is phishing (invalid) or spam (advertising), to be ignored; action is under way. */
    void alertInvolved(Transition t) {
        Map<String, String> to = new LinkedHashMap<>();
        for (String address : values.items(t, PhishingFields.INVOLVED)) {
            if (!ADDRESS.matcher(address).matches() || address.length() > UserProfile.EMAIL_MAXLENGTH) {
                throw new WorkflowException("phishing.alert.address", address);
            }
            to.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
        }
        boolean phishing = PhishingFields.PHISHING.equals(values.value(t, PhishingFields.KIND));
        String sender = values.value(t, PhishingFields.SENDER);
        String subject = "Alerta de seguridad: correo " + (phishing ? "de phishing (inválido)" : "spam (publicidad)")
                + " de " + sender;
        String body = "Estimado(a) usuario(a):\n\nEl correo recibido de " + sender + " corresponde a "
                + (phishing ? "un phishing (correo inválido)" : "un spam (publicidad)") + ". Haga caso omiso de él: no"
                + " abra sus enlaces ni sus archivos adjuntos, y no responda.\n\nLa Oficina General de Tecnologías de la"
                + " Información y Estadística está ejecutando las acciones pertinentes (caso " + t.caseNumber()
                + ").\n\nAlerta MINDEF";
        send(t, to, List.of(), subject, body);
    }

    /** Step 11: the situation detected and the actions planned, to the compromised users. */
    void alertCompromised(Transition t) {
        Map<String, String> to = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (String username : values.items(t, PhishingFields.COMPROMISED)) {
            UserProfile p = em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                    .setParameter("username", username).getResultStream().findFirst().orElse(null);
            if (p == null || p.getEmail() == null || p.getEmail().isBlank()) {
                without.add("el usuario comprometido " + username);
            } else {
                to.putIfAbsent(p.getEmail().toLowerCase(Locale.ROOT), p.getEmail());
            }
        }
        String subject = "Alerta de seguridad: cuenta comprometida por phishing (caso " + t.caseNumber() + ")";
        String body = "Estimado(a) usuario(a):\n\nSe detectó que el correo de phishing de "
                + values.value(t, PhishingFields.SENDER) + " se concretó con su cuenta. Se ejecutarán las siguientes"
                + " acciones: bloqueo temporal de su usuario y del acceso al portal OWA, análisis de su buzón y cambio"
                + " de su contraseña. El equipo de infraestructura le informará de las acciones realizadas.\n\nAlerta"
                + " MINDEF";
        send(t, to, without, subject, body);
    }

    private void send(Transition t, Map<String, String> users, List<String> without, String subject, String body) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Map<String, String> to = new LinkedHashMap<>(users);
        List<String> missing = new ArrayList<>(without);
        addPeople(to, missing, c.getInstitutionCode(), S04040002.DIRECTION, Roles.JEFE, "el Jefe(a) de la OGTIE");
        addPeople(to, missing, c.getInstitutionCode(), S04040002.SGSI, null, "el Oficial de Seguridad Digital");
        String from = alertAddress(System.getenv());
        to.values().forEach(address -> outbox.queue(new MailDraft(c.getNumber(), c.getId(), TEMPLATE, address, null,
                subject, body, null, from)));
        String note = "Alerta enviada desde " + (from == null ? "la cuenta de SIGTI" : from) + " a: "
                + String.join(", ", to.values()) + (missing.isEmpty() ? "" : ". Sin dirección: "
                + String.join(", ", missing)) + ".";
        engine.note(c, t.actor(), TRAIL_ACTION, note, null);
    }

    /** The people of the unit serving {@code queue} ({@code role} among them; null: all), by address. */
    private void addPeople(Map<String, String> to, List<String> missing, String institution, String queue,
            String role, String who) {
        String unit = engine.unitOf(institution, queue);
        List<UserProfile> people = em.createQuery("select p from UserProfile p join p.unit u where"
                + " u.institutionCode = :institution and u.code = :unit order by p.username", UserProfile.class)
                .setParameter("institution", institution).setParameter("unit", unit).getResultList().stream()
                .filter(p -> role == null || p.getRoles().contains(role))
                .filter(p -> p.getEmail() != null && ADDRESS.matcher(p.getEmail()).matches()).toList();
        if (people.isEmpty()) {
            missing.add(who);
        }
        people.forEach(p -> to.putIfAbsent(p.getEmail().toLowerCase(Locale.ROOT), p.getEmail()));
    }

    /**
     * The alert address: {@value #ALERT_ADDRESS}, else the address of the intake mailbox bound to S04.04.00.02, else
     * null (SIGTI's own sender).
     */
    static String alertAddress(Map<String, String> env) {
        String explicit = env.get(ALERT_ADDRESS);
        if (explicit != null && !explicit.isBlank()) {
            return explicit.strip();
        }
        try {
            return IntakeMailbox.configured(env, Integer.MAX_VALUE).stream()
                    .filter(box -> S04040002.CODE.equals(box.procedure())).map(IntakeMailbox::address).findFirst()
                    .orElse(null);
        } catch (IntakeMailbox.Misconfigured unreadable) {
            return null; // the intake reports its own configuration; the alert still goes, from SIGTI's address
        }
    }
}
