package org.sigti.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;
import org.sigti.people.UserProfile;
import org.sigti.workflow.flow.MailTemplates;
import org.sigti.workflow.flow.Notification;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.StepDefinition;

/**
 * The mails a step declares ({@code StepBuilder.mails}, {@code mailsOn}), sent when the step is completed: resolves
 * each recipient into addresses, renders the procedure's Spanish template for each with the kernel's arguments and the
 * case's recorded values in its {@code «field»} placeholders, and queues one mail per address in the outbox, inside
 * the move's transaction (sent after the commit, never on a rollback). An address appears once per mail. A recipient
 * without an address does not undo the move: it comes back as a note for the case's trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseNotifications {

    private static final String ADDRESS = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    /** One address a mail goes to, with the name its greeting uses. */
    record Addressee(String address, String name) {
    }

    /**
     * Queues the mails {@code step} sends when left by {@code outcome}; answers the trail notes of the recipients
     * that have no address ("Correo no enviado: no hay dirección de ...").
     *
     * @param unitOf the unit that serves a queue (as the kernel assigns steps)
     */
    public List<String> send(WorkCase c, ProcedureDefinition def, StepDefinition step, String outcome,
            String comment, UnaryOperator<String> unitOf) {
        List<Notification> due = step.notifications().stream().filter(n -> n.sentOn(outcome)).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        MailTemplates templates = def.mailTemplates().orElseThrow();
        Map<String, String> values = recorded(c);
        List<String> notes = new ArrayList<>();
        for (Notification mail : due) {
            Map<String, Addressee> to = new LinkedHashMap<>();
            for (Recipient r : mail.to()) {
                List<Addressee> found = resolve(r, c, values, unitOf);
                if (found.isEmpty()) {
                    notes.add("Correo no enviado: no hay dirección de " + r.describe() + " (" + mail.template() + ")");
                }
                found.forEach(a -> to.putIfAbsent(a.address().toLowerCase(Locale.ROOT), a));
            }
            for (Addressee a : to.values()) {
                CaseNotice notice = new CaseNotice(mail.template(), a.address(), a.name(), c.getId(), c.getNumber(),
                        c.getTitle(), def.code(), step.code(), step.title().es(), comment);
                outbox.queue(new MailDraft(c.getNumber(), c.getId(), mail.template(), a.address(), a.name(),
                        render(templates, mail.template() + ".subject", notice, values),
                        render(templates, mail.template() + ".body", notice, values)));
            }
        }
        return notes;
    }

    /** A template's Spanish text for one recipient; package-visible for tests. */
    static String render(MailTemplates templates, String key, CaseNotice notice, Map<String, String> values) {
        return MailTemplates.fill(CaseMailer.format(templates.spanish(key), notice), values::get);
    }

    private List<Addressee> resolve(Recipient r, WorkCase c, Map<String, String> values,
            UnaryOperator<String> unitOf) {
        List<Addressee> found = new ArrayList<>();
        switch (r.kind()) {
            case REQUESTER -> addIfValid(found, c.getContactEmail(), c.getRequesterName());
            case PERSON_IN -> {
                String username = values.get(r.field());
                if (username != null) {
                    em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                            .setParameter("username", username.strip()).getResultStream().findFirst()
                            .ifPresent(p -> addIfValid(found, p.getEmail(), p.getFullName()));
                }
            }
            case ROLE -> em.createQuery("select p from UserProfile p join p.unit u where u.code = :unit"
                    + " order by p.username", UserProfile.class).setParameter("unit", unitOf.apply(r.queue()))
                    .getResultList().stream().filter(p -> p.getRoles().contains(r.role()))
                    .forEach(p -> addIfValid(found, p.getEmail(), p.getFullName()));
            case LIST -> {
                String list = System.getProperty(Recipient.LIST_PROPERTY + r.list(), "");
                for (String address : list.split(",")) {
                    addIfValid(found, address, r.list());
                }
            }
            case ADDRESS_IN -> addIfValid(found, values.get(r.field()), values.get(r.field()));
        }
        return found;
    }

    private static void addIfValid(List<Addressee> found, String address, String name) {
        String a = address == null ? "" : address.strip();
        if (a.length() <= UserProfile.EMAIL_MAXLENGTH && a.matches(ADDRESS)) {
            found.add(new Addressee(a, name == null || name.isBlank() ? a : name.strip()));
        }
    }

    /** The values the case recorded so far (this move's included: the kernel records them before it mails). */
    private Map<String, String> recorded(WorkCase c) {
        Map<String, String> values = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c", CaseField.class).setParameter("c", c.getId())
                .getResultList().forEach(f -> values.put(f.getName(), f.getValue()));
        return values;
    }
}
