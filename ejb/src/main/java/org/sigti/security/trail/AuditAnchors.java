package org.sigti.security.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.workflow.TrailSeal;

/**
 * Checkpoints of the institutions' ledgers kept outside the database: every {@value #DEFAULT_MINUTES} minutes
 * ({@code SIGTI_AUDIT_ANCHOR_MINUTES}) each ledger that grew gets a line in the anchor file
 * ({@code SIGTI_AUDIT_ANCHOR_FILE}): when, which ledger, its last number and that entry's seal, the key's id, and the
 * line's own seal. Someone who can write the database, even with the key, can remove the latest records and lower the
 * ledger's counter; the anchor still names the number and seal that were there, and {@link AuditChain} reports the
 * difference. Put the file where the database's administrators cannot write (another host's mount, a WORM share).
 */
@Singleton
@Startup
@PermitAll // no business operation: the clock's work and the verifier's reading, no caller identity involved
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // anchor() is synchronized: one writer of the file
public class AuditAnchors {

    public static final String FILE_PROPERTY = "sigti.audit.anchor-file";
    public static final String MINUTES_PROPERTY = "sigti.audit.anchor-minutes";
    static final int DEFAULT_MINUTES = 60;
    private static final Logger LOG = Logger.getLogger(AuditAnchors.class.getName());

    /** One checkpoint: ledger {@code ledger} of {@code institutionCode} had {@code seq} entries, the last sealed so. */
    public record Anchor(Instant at, String ledger, String institutionCode, long seq, String entryMac, String keyId) {

        String canonical() {
            return TrailSeal.canonical(at, ledger, institutionCode, seq, entryMac, keyId);
        }

        String line(TrailSeal seal) {
            return String.join("\t", at.toString(), ledger, institutionCode, Long.toString(seq), entryMac, keyId,
                    seal.mac(canonical()));
        }
    }

    /** What the anchor file says: the latest anchor of each ledger and the lines whose seal does not match. */
    public record Read(Map<String, Anchor> latest, List<Integer> forgedLines) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Resource
    jakarta.ejb.SessionContext context;

    @PostConstruct
    void schedule() {
        long minutes = Long.getLong(MINUTES_PROPERTY, DEFAULT_MINUTES);
        if (minutes > 0) {
            timers.createIntervalTimer(minutes * 60_000, minutes * 60_000, new TimerConfig("sigti-audit-anchor",
                    false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            // through the container, so that the anchoring has a transaction of its own that a failure rolls back
            context.getBusinessObject(AuditAnchors.class).anchor();
        } catch (RuntimeException e) {
            // the database may be down: the next tick tries again
            LOG.log(Level.WARNING, "SIGTI could not anchor the audit trail now: " + e.getMessage(), e);
        }
    }

    /** Writes a line for every ledger that grew since its last anchor; returns the lines' anchors. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public synchronized List<Anchor> anchor() {
        TrailSeal seal = AuditKey.installed();
        Map<String, Anchor> latest = read().latest();
        List<Anchor> written = new ArrayList<>();
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("select l.ledger, l.institution_code, l.last_seq, e.mac"
                + " from trail_ledger l join trail_entry e on e.ledger = l.ledger"
                + " and e.institution_code = l.institution_code and e.seq = l.last_seq"
                + " order by l.ledger, l.institution_code").getResultList();
        for (Object[] head : heads) {
            Anchor anchor = new Anchor(now, (String) head[0], (String) head[1], ((Number) head[2]).longValue(),
                    (String) head[3], seal.keyId());
            Anchor before = latest.get(key(anchor.ledger(), anchor.institutionCode()));
            if (before == null || before.seq() != anchor.seq() || !before.entryMac().equals(anchor.entryMac())) {
                written.add(anchor);
            }
        }
        if (!written.isEmpty()) {
            append(written.stream().map(a -> a.line(seal) + "\n").reduce("", String::concat));
        }
        return written;
    }

    /** The anchor file as it stands. */
    public Read read() {
        Path file = file();
        Map<String, Anchor> latest = new LinkedHashMap<>();
        List<Integer> forged = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Read(latest, forged);
        }
        TrailSeal seal = AuditKey.installed();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit anchor file " + file + " cannot be read", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Anchor anchor = parse(lines.get(i), seal);
            if (anchor == null) {
                forged.add(i + 1);
            } else {
                latest.put(key(anchor.ledger(), anchor.institutionCode()), anchor);
            }
        }
        return new Read(latest, forged);
    }

    /** The anchor of {@code line} when its seal matches under {@code seal}, else null. */
    static Anchor parse(String line, TrailSeal seal) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            return null;
        }
        try {
            Anchor anchor = new Anchor(Instant.parse(f[0]), f[1], f[2], Long.parseLong(f[3]), f[4], f[5]);
            return seal.mac(anchor.canonical()).equals(f[6]) ? anchor : null;
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    public static String key(String ledger, String institutionCode) {
        return ledger + "/" + institutionCode;
    }

    private static void append(String lines) {
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the audit anchor file " + file + " cannot be written", e);
        }
    }

    static Path file() {
        String configured = System.getProperty(FILE_PROPERTY, "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "sigti", "audit-anchors.tsv");
    }
}
