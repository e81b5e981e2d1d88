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
     * What a mail needs to know of its case: the kernel's arguments, the values the case recorded, and the name of
     * the case's institution, which signs the mail.
     */
    record CaseFacts(long id, String number, String title, String contactEmail, String requesterName,
            Map<String, String> values, String institution) {
    }

    /** Where the recipients' addresses come from: SIGTI's people and the configured distribution lists. */
    interface Directory {

        /** The person with this user name (none or one). */
        List<Addressee> user(String username);

        /** Everyone holding {@code role} in the unit. */
        List<Addressee> withRole(String role, String unitCode);

        /** The addresses of a distribution list, comma separated, or null when it is not configured. */
        String list(String name);
    }

    /** The mails to queue and the trail notes of the recipients without an address. */
    record Composed(List<MailDraft> mails, List<String> notes) {
    }

    /**
     * Queues the mails {@code step} sends when left by {@code outcome}; answers the trail notes of the recipients
     * that have no address ("Correo no enviado: no hay dirección de ...").
     *
     * @param unitOf the unit that serves a queue (as the kernel assigns steps)
     */
    public List<String> send(WorkCase c, ProcedureDefinition def, StepDefinition step, String outcome,
            String comment, UnaryOperator<String> unitOf) {
        if (step.notifications().stream().noneMatch(n -> n.sentOn(outcome))) {
            return List.of();
        }
        CaseFacts facts = new CaseFacts(c.getId(), c.getNumber(), c.getTitle(), c.getContactEmail(),
                c.getRequesterName(), recorded(c),
                em.find(org.sigti.unit.Institution.class, c.getInstitutionCode()).getName());
        Composed composed = compose(facts, def, step, outcome, comment, new People(c.getInstitutionCode()), unitOf);
        composed.mails().forEach(outbox::queue);
        return composed.notes();
    }

    /** The mails of a completed step for its case, one per address and mail; package-visible for tests. */
    static Composed compose(CaseFacts c, ProcedureDefinition def, StepDefinition step, String outcome,
            String comment, Directory directory, UnaryOperator<String> unitOf) {
        List<MailDraft> mails = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Notification mail : step.notifications()) {
            if (!mail.sentOn(outcome)) {
                continue;
            }
            MailTemplates templates = def.mailTemplates().orElseThrow();
            Map<String, Addressee> to = new LinkedHashMap<>();
            for (Recipient r : mail.to()) {
                List<Addressee> found = resolve(r, c, directory, unitOf);
                if (found.isEmpty()) {
                    notes.add("Correo no enviado: no hay dirección " + of(r.describe()) + " (" + mail.template() + ")");
                }
                found.forEach(a -> to.putIfAbsent(a.address().toLowerCase(Locale.ROOT), a));
            }
            Map<String, Addressee> copies = new LinkedHashMap<>();
            for (Recipient r : mail.cc()) {
                List<Addressee> found = resolve(r, c, directory, unitOf);
                if (found.isEmpty()) {
                    notes.add("Copia no enviada: no hay dirección " + of(r.describe()) + " (" + mail.template() + ")");
                }
                found.stream().filter(a -> !to.containsKey(a.address().toLowerCase(Locale.ROOT)))
                        .forEach(a -> copies.putIfAbsent(a.address().toLowerCase(Locale.ROOT), a));
            }
            String cc = copies.isEmpty() ? null : String.join(",", copies.values().stream().map(Addressee::address)
                    .toList());
            for (Addressee a : to.values()) {
                CaseNotice notice = new CaseNotice(mail.template(), a.address(), a.name(), c.id(), c.number(),
                        c.title(), def.code(), step.code(), step.title().es(), comment, c.institution());
                mails.add(new MailDraft(c.number(), c.id(), mail.template(), a.address(), a.name(),
                        render(templates, mail.template() + ".subject", notice, c.values()),
                        render(templates, mail.template() + ".body", notice, c.values()), cc));
            }
        }
        return new Composed(mails, notes);
    }

    /** "de" before who, contracted before "el" ("del solicitante"). */
    private static String of(String who) {
        return who.startsWith("el ") ? "del " + who.substring(3) : "de " + who;
    }

    /** A template's Spanish text for one recipient; package-visible for tests. */
    static String render(MailTemplates templates, String key, CaseNotice notice, Map<String, String> values) {
        return MailTemplates.fill(CaseMailer.format(templates.spanish(key), notice), values::get);
    }

    private static List<Addressee> resolve(Recipient r, CaseFacts c, Directory directory,
            UnaryOperator<String> unitOf) {
        List<Addressee> found = switch (r.kind()) {
            case REQUESTER -> List.of(new Addressee(c.contactEmail(), c.requesterName()));
            case PERSON_IN -> c.values().get(r.field()) == null ? List.of()
                    : directory.user(c.values().get(r.field()).strip());
            case ROLE -> directory.withRole(r.role(), unitOf.apply(r.queue()));
            case LIST -> {
                String list = directory.list(r.list());
                yield list == null ? List.of() : java.util.Arrays.stream(list.split(","))
                        .map(address -> new Addressee(address, r.list())).toList();
            }
            case ADDRESS_IN -> List.of(new Addressee(c.values().get(r.field()), c.values().get(r.field())));
        };
        List<Addressee> valid = new ArrayList<>();
        for (Addressee a : found) {
            String address = a.address() == null ? "" : a.address().strip();
            if (address.length() <= UserProfile.EMAIL_MAXLENGTH && address.matches(ADDRESS)) {
                valid.add(new Addressee(address, a.name() == null || a.name().isBlank() ? address : a.name().strip()));
            }
        }
        return valid;
    }

    /** The case's institution's people as their last login left them, and the lists of system properties {@code sigti.mail.list.*}. */
    private final class People implements Directory {

        private final String institution;

        People(String institution) {
            this.institution = institution;
        }

        @Override
        public List<Addressee> user(String username) {
            return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                    .setParameter("username", username).getResultStream().limit(1)
                    .map(p -> new Addressee(p.getEmail(), p.getFullName())).toList();
        }

        @Override
        public List<Addressee> withRole(String role, String unitCode) {
            return em.createQuery("select p from UserProfile p join p.unit u where u.institutionCode = :institution"
                    + " and u.code = :unit order by p.username", UserProfile.class)
                    .setParameter("institution", institution).setParameter("unit", unitCode).getResultList()
                    .stream().filter(p -> p.getRoles().contains(role))
                    .map(p -> new Addressee(p.getEmail(), p.getFullName())).toList();
        }

        @Override
        public String list(String name) {
            return System.getProperty(Recipient.LIST_PROPERTY + name);
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
