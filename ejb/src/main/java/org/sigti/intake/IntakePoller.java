package org.sigti.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import org.sigti.db.DatabaseMigration;
import org.sigti.security.Roles;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * The clock of the intake: every {@value #DEFAULT_SECONDS} s ({@code SIGTI_INTAKE_SECONDS}) it reads the unread mails
 * of each configured mailbox ({@link IntakeMailbox}), at most {@value #PER_POLL} a poll, hands each to
 * {@link MailIntake} and marks it read once that committed. A mail read again after a crash between the two is
 * dropped as a duplicate (its Message-ID). A mailbox that cannot be reached is logged once, when it stops answering,
 * with what to check, and once again when it answers; its state is on {@code /health/ready}'s details, not in its
 * status: SIGTI serves its users without its mailboxes.
 *
 * <p>Open on purpose ({@code @PermitAll}): the container calls its timer without a caller, and {@link #states} is
 * read by the readiness probe, which reveals no data. The mails are filed in the sender's name (the kernel checks
 * what that person may file); the calls to the procedures run as a Solicitante ({@code @RunAs}), the role in which
 * anyone files a case.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SOLICITANTE)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a tick that finds the last one still running skips
public class IntakePoller {

    static final long DEFAULT_SECONDS = 60;
    static final int PER_POLL = 50;
    /** The system property (CLI: SIGTI_INTAKE_SECONDS) of the polling interval. */
    public static final String SECONDS_PROPERTY = "sigti.intake.seconds";
    private static final Logger LOG = Logger.getLogger(IntakePoller.class.getName());
    private static final int TIMEOUT_MILLIS = 20_000;

    /** A mailbox's state as the readiness probe shows it. */
    public enum State {
        UP, DOWN, UNKNOWN
    }

    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private List<IntakeMailbox> mailboxes = List.of();

    @Resource
    TimerService timers;

    @EJB
    DatabaseMigration database;

    @Inject
    MailIntake intake;

    @Inject
    Procedures procedures;

    @PostConstruct
    void schedule() {
        try {
            mailboxes = IntakeMailbox.configured(System.getenv(), Attachments.MAX_BYTES);
        } catch (IntakeMailbox.Misconfigured e) {
            LOG.severe("SIGTI reads no mailbox: " + e.getMessage() + ". Fix the SIGTI_INTAKE_* variables and restart"
                    + " (README: Casos por correo)");
            return;
        }
        mailboxes = mailboxes.stream().filter(this::filesCases).toList();
        mailboxes.forEach(box -> states.put(box.name(), State.UNKNOWN));
        long seconds = Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS);
        if (!mailboxes.isEmpty() && seconds > 0) {
            LOG.info("SIGTI reads cases from " + mailboxes + " every " + seconds + " s");
            timers.createIntervalTimer(1000, seconds * 1000, new TimerConfig("sigti-mail-intake", false));
        }
    }

    /** Whether the mailbox's procedure exists and is filed by its requester: else it is left out, and logged. */
    private boolean filesCases(IntakeMailbox box) {
        ProcedureDefinition def = procedures.all().stream().filter(d -> d.code().equals(box.procedure())).findFirst()
                .orElse(null);
        String problem = def == null ? "names no procedure of SIGTI"
                : def.startedBySystemOnly() || !def.start().responsible().isRequester() || !def.starters().isEmpty()
                        ? "names a procedure that any requester does not file (its first step is not the requester's,"
                                + " or only some roles file it)"
                        : null;
        if (problem != null) {
            LOG.severe("SIGTI does not read the mailbox " + box + ": SIGTI_INTAKE_" + box.name().toUpperCase(
                    Locale.ROOT).replace('-', '_') + "_PROCEDURE=" + box.procedure() + " " + problem);
        }
        return problem == null;
    }

    /** Each mailbox's state, by name, in the configured order. */
    public Map<String, State> states() {
        Map<String, State> ordered = new LinkedHashMap<>();
        mailboxes.forEach(box -> ordered.put(box.name(), states.getOrDefault(box.name(), State.UNKNOWN)));
        return ordered;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!database.isReady() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            Set<String> own = ownAddresses();
            mailboxes.forEach(box -> poll(box, own));
        } finally {
            running.set(false);
        }
    }

    private void poll(IntakeMailbox box, Set<String> own) {
        Properties properties = new Properties();
        String p = "mail." + box.protocol() + ".";
        properties.put(p + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put(p + "timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put(p + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        Store store = null;
        try {
            store = Session.getInstance(properties).getStore(box.protocol());
            store.connect(box.host(), box.port(), box.user(), box.password());
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unread.length && i < PER_POLL; i++) {
                    take(box, unread[i], own);
                }
            } finally {
                folder.close(false);
            }
            changeState(box, State.UP, null);
        } catch (MessagingException | IOException e) {
            changeState(box, State.DOWN, e);
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (MessagingException ignored) {
                    // the connection is gone either way
                }
            }
        }
    }

    private void take(IntakeMailbox box, Message message, Set<String> own) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        byte[] bytes = raw.toByteArray();
        try {
            MailIntake.Result result = intake.take(box, bytes, own);
            LOG.fine(() -> "mailbox " + box.name() + ": " + result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI could not file a mail of the mailbox " + box.name() + "; it is recorded as"
                    + " refused and left read in the mailbox: " + e, e);
            intake.failed(box, bytes, String.valueOf(e.getMessage()));
        }
        message.setFlag(Flags.Flag.SEEN, true);
    }

    private void changeState(IntakeMailbox box, State now, Exception cause) {
        State before = states.put(box.name(), now);
        if (now == State.DOWN && before != State.DOWN) {
            LOG.warning("SIGTI cannot read the mailbox " + box + ": " + cause + ". Check the server, the user and"
                    + " SIGTI_INTAKE_" + box.name().toUpperCase(Locale.ROOT).replace('-', '_')
                    + "_PASSWORD_FILE; SIGTI keeps trying every poll and says so again only when it answers");
        } else if (now == State.UP && before == State.DOWN) {
            LOG.info("SIGTI reads the mailbox " + box + " again");
        }
    }

    /** SIGTI's own sender addresses: the mail session's From and the mailboxes' own. */
    private Set<String> ownAddresses() {
        Set<String> own = new HashSet<>();
        mailboxes.forEach(box -> own.add(box.address()));
        String from = System.getenv("SIGTI_MAIL_FROM");
        own.add((from == null || from.isBlank() ? "sigti@localhost" : from.strip()).toLowerCase(Locale.ROOT));
        return own;
    }
}
