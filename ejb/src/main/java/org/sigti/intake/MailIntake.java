package org.sigti.intake;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;
import org.sigti.people.UserProfile;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.CaseFiles;
import org.sigti.workflow.CaseStatus;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.Upload;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkItem;
import org.sigti.workflow.WorkItemStatus;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * What SIGTI does with one mail of an intake mailbox, in a transaction of its own (the mail's case, its file, its
 * trail and the record of the mail commit together or not at all):
 * <ul>
 * <li>a mail already read (same mailbox and Message-ID) is dropped;</li>
 * <li>a mail a machine sent (auto-reply, bulk, list, SIGTI's own notifications) or one from the mailbox's or SIGTI's
 * own address (a loop) is recorded and left alone;</li>
 * <li>a mail larger than the mailbox takes is refused, and its sender told so by mail;</li>
 * <li>a mail whose subject names an open case of the institution, from its requester (the person filed as requester,
 * or the case's contact address), is added to that case: it answers the observation the requester was asked, or
 * is noted on the trail; the original mail is attached;</li>
 * <li>any other mail opens a case of the mailbox's procedure, filed by its sender when SIGTI knows them in the
 * procedure's institution (their profile's address), else by the mailbox in the name of the sender (an external
 * reporter: name and address kept as the contact), through the channel "Correo electrónico"; the original mail is
 * attached, and a forwarded suspicious mail's findings ({@link ForwardedMail}) head the description and fill the
 * fields the procedure names for them ({@link ForwardedMailFields}).</li>
 * </ul>
 * The From address is taken as the mail server delivered it: authenticating senders (SPF, DKIM, DMARC) is the mail
 * server's work.
 */
@ApplicationScoped
public class MailIntake {

    /** What became of a mail. */
    public enum Result {
        OPENED, ADDED, IGNORED, REFUSED, DUPLICATE
    }

    /** The trail action of a mail added to a case. */
    static final String TRAIL_ACTION = "MAIL_IN";
    private static final String NO_TEXT = "(correo sin texto: ver el archivo adjunto)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @Inject
    CaseFiles files;

    @Inject
    MailOutbox outbox;

    @Inject
    @Any
    Instance<ForwardedMailFields> findingsFields;

    /**
     * Acts on one raw mail of the mailbox; {@code ownAddresses}: SIGTI's sender addresses, lower case, whose mails
     * are never filed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result take(IntakeMailbox box, byte[] raw, Set<String> ownAddresses) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        InboundMail mail;
        try {
            mail = InboundMail.read(raw);
        } catch (MessagingException | IOException | RuntimeException e) {
            String id = "sha256:" + InboundMail.sha256(raw);
            if (known(box, id)) {
                return Result.DUPLICATE;
            }
            return record(box, id, now, null, null, IntakeMessage.Outcome.REFUSED, null, "ilegible: " + e);
        }
        if (known(box, mail.messageId())) {
            return Result.DUPLICATE;
        }
        if (mail.automatic() != null) {
            return record(box, mail, now, IntakeMessage.Outcome.IGNORED, null, "enviado por una máquina: "
                    + mail.automatic());
        }
        if (mail.sender() == null) {
            return record(box, mail, now, IntakeMessage.Outcome.REFUSED, null, "sin remitente legible");
        }
        if (mail.sender().equals(box.address()) || ownAddresses.contains(mail.sender())) {
            return record(box, mail, now, IntakeMessage.Outcome.IGNORED, null, "enviado desde una dirección de SIGTI"
                    + " (un bucle)");
        }
        if (mail.size() > box.maxBytes()) {
            outbox.queue(new MailDraft("correo:" + box.name(), null, "intake.tooLarge", mail.sender(),
                    mail.senderName(), "Su correo no fue registrado: supera el tamaño permitido",
                    "Su correo \"" + mail.subject() + "\" a " + box.address() + " pesa " + kib(mail.size())
                            + " KiB y SIGTI registra correos de hasta " + kib(box.maxBytes()) + " KiB, con sus"
                            + " adjuntos.\n\nEnvíelo de nuevo con archivos más pequeños, o registre su solicitud"
                            + " en SIGTI (Nueva solicitud) y adjunte los archivos allí.\n\nEste es un mensaje"
                            + " automático de SIGTI."));
            return record(box, mail, now, IntakeMessage.Outcome.REFUSED, null, "demasiado grande: " + mail.size()
                    + " B, límite " + box.maxBytes() + " B; se avisó al remitente");
        }
        ProcedureDefinition def = procedures.definition(box.procedure());
        String institution = engine.institutionOf(def);
        WorkCase named = mail.caseNumber() == null ? null : openCase(mail.caseNumber(), institution);
        Actor requester = named == null ? null : requesterWriting(named, mail.sender(), box, institution);
        if (requester != null) {
            add(named, requester, mail, raw);
            return record(box, mail, now, IntakeMessage.Outcome.ADDED, named.getId(), "añadido a "
                    + named.getNumber());
        }
        WorkCase c = open(box, def, institution, mail, raw);
        return record(box, mail, now, IntakeMessage.Outcome.OPENED, c.getId(), "registrado como " + c.getNumber()
                + (mail.caseNumber() == null ? "" : "; el asunto nombra " + mail.caseNumber()
                        + ", que no es un caso abierto de su remitente"));
    }

    /**
     * Records a mail whose handling failed ({@link #take} rolled back), so that it is not read again and again: the
     * IT office finds it in the mailbox and the log.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(IntakeMailbox box, byte[] raw, String reason) {
        String id;
        String sender = null;
        String subject = null;
        try {
            InboundMail mail = InboundMail.read(raw);
            id = mail.messageId();
            sender = mail.sender();
            subject = mail.subject();
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            id = "sha256:" + InboundMail.sha256(raw);
        }
        if (!known(box, id)) {
            record(box, id, Instant.now().truncatedTo(ChronoUnit.MICROS), sender, subject,
                    IntakeMessage.Outcome.REFUSED, null, "no se pudo registrar: " + reason);
        }
    }

    private WorkCase open(IntakeMailbox box, ProcedureDefinition def, String institution, InboundMail mail,
            byte[] raw) {
        Actor known = person(mail.sender(), institution);
        Actor filer = known != null ? known : mailboxActor(box, institution, "correo." + box.name());
        String title = mail.subject().length() >= 5 ? mail.subject()
                : "Correo de " + (mail.senderName() == null ? mail.sender() : mail.senderName());
        title = cut(title, WorkCase.TITLE_MAXLENGTH);
        String text = mail.text().isBlank() ? NO_TEXT : mail.text();
        if (!mail.forwarded().isEmpty()) {
            // the analysis first, so that a long forward never cuts it off
            text = mail.forwarded().summary() + "\n\n" + text;
        }
        String description = cut(text, WorkCase.DESCRIPTION_MAXLENGTH);
        NewCase draft = known != null
                ? new NewCase(title, description, null, "EMAIL", null, null, null)
                : new NewCase(title, description, null, "EMAIL", mail.sender(), null,
                        cut(mail.senderName() == null ? mail.sender() : mail.senderName(), 200));
        WorkCase c = engine.start(def.code(), filer, draft, procedures.flow(def.code()).orElse(null));
        if (!mail.forwarded().isEmpty()) {
            prefill(c, def, filer, mail.forwarded());
        }
        keep(c, filer, mail, raw);
        return c;
    }

    /**
     * The findings in the procedure's own fields, when it asks for them ({@link ForwardedMailFields}): recorded at
     * its start step, by the filer, as if typed there.
     */
    private void prefill(WorkCase c, ProcedureDefinition def, Actor filer, ForwardedMail findings) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        findingsFields.stream().filter(f -> def.code().equals(f.procedure())).findFirst()
                .ifPresent(f -> f.values(findings).forEach((name, value) -> {
                    if (def.declares(name) && value != null && !value.isBlank()) {
                        CaseField field = new CaseField(c.getId(), name);
                        field.record(cut(value.strip(), CaseField.VALUE_MAXLENGTH), def.start().code(),
                                filer.username(), at);
                        em.persist(field);
                    }
                }));
    }

    private void add(WorkCase c, Actor requester, InboundMail mail, byte[] raw) {
        String text = mail.text().isBlank() ? NO_TEXT : cut(mail.text(), WorkCase.DESCRIPTION_MAXLENGTH);
        WorkItem asked = em.createQuery("select w from WorkItem w where w.workCase = :c and w.status = :open"
                + " and w.roleName = :requester and w.assignee = :username order by w.id", WorkItem.class)
                .setParameter("c", c).setParameter("open", WorkItemStatus.OPEN)
                .setParameter("requester", Roles.SOLICITANTE).setParameter("username", requester.username())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (asked != null) {
            engine.act(requester, Move.of(asked.getId(), asked.getVersion(), CaseEngine.ANSWER, text), null);
        } else {
            engine.note(c, requester, TRAIL_ACTION, text, null);
        }
        keep(c, requester, mail, raw);
    }

    /** The original mail, attached to the case as the sender's {@code .eml}. */
    private void keep(WorkCase c, Actor actor, InboundMail mail, byte[] raw) {
        files.store(c, Attachments.check(new Upload(fileName(mail), "message/rfc822", raw)), actor, null, List.of());
    }

    private static String fileName(InboundMail mail) {
        String name = mail.subject().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return (name.isEmpty() ? "correo" : cut(name, 80)) + ".eml";
    }

    private WorkCase openCase(String number, String institution) {
        return em.createQuery("select c from WorkCase c where c.number = :number", WorkCase.class)
                .setParameter("number", number).getResultStream()
                .filter(c -> c.getStatus() == CaseStatus.OPEN && institution.equals(c.getInstitutionCode()))
                .findFirst().orElse(null);
    }

    /**
     * The requester of the case, acting, when the mail comes from them: the case's contact address, or the
     * address of the requester's profile; else null.
     */
    private Actor requesterWriting(WorkCase c, String sender, IntakeMailbox box, String institution) {
        UserProfile profile = profile(c.getRequesterUsername());
        boolean contact = c.getContactEmail() != null && sender.equalsIgnoreCase(c.getContactEmail().strip());
        boolean own = profile != null && profile.getEmail() != null && sender.equalsIgnoreCase(profile.getEmail());
        if (!contact && !own) {
            return null;
        }
        return profile != null ? actor(profile, institution) : mailboxActor(box, institution,
                c.getRequesterUsername());
    }

    /** The person SIGTI knows by this address in the institution (exactly one), or null. */
    private Actor person(String address, String institution) {
        List<UserProfile> found = em.createQuery("select p from UserProfile p where lower(p.email) = :email",
                UserProfile.class).setParameter("email", address.toLowerCase(Locale.ROOT)).setMaxResults(2)
                .getResultList();
        if (found.size() != 1) {
            return null;
        }
        Actor actor = actor(found.get(0), institution);
        return actor.of(institution) ? actor : null;
    }

    private static Actor actor(UserProfile p, String institution) {
        return p.getUnit() == null ? new Actor(p.getUsername(), p.getFullName(), p.getEmail(), p.getRoles(), null)
                : new Actor(p.getUsername(), p.getFullName(), p.getEmail(), p.getRoles(), p.getUnit().getCode(),
                        p.getUnit().getInstitutionCode());
    }

    /**
     * The mailbox itself, filing for an external reporter as the help desk's operators do for a phone call (the
     * Operador's right to file on someone's behalf), and answering in their name when they write back.
     */
    private static Actor mailboxActor(IntakeMailbox box, String institution, String username) {
        return new Actor(username, "Buzón " + box.address(), box.address(), List.of(Roles.OPERADOR), null,
                institution);
    }

    private UserProfile profile(String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean known(IntakeMailbox box, String messageId) {
        return em.createNamedQuery("IntakeMessage.known", Long.class).setParameter("mailbox", box.name())
                .setParameter("messageId", cut(messageId, IntakeMessage.MESSAGE_ID_MAXLENGTH)).getSingleResult() > 0;
    }

    private Result record(IntakeMailbox box, InboundMail mail, Instant now, IntakeMessage.Outcome outcome, Long caseId,
            String detail) {
        return record(box, mail.messageId(), now, mail.sender(), mail.subject(), outcome, caseId, detail);
    }

    private Result record(IntakeMailbox box, String messageId, Instant now, String sender, String subject,
            IntakeMessage.Outcome outcome, Long caseId, String detail) {
        em.persist(new IntakeMessage(box.name(), messageId, now, sender, subject, outcome, caseId, detail));
        em.flush();
        return Result.valueOf(outcome.name());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static long kib(int bytes) {
        return (bytes + 1023) / 1024;
    }
}
