package org.sigti.crash;

import java.io.IOException;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.it.procedures.Mailbox;

/**
 * The crash test (issue 18, "Fault survival, tested"): WildFly with SIGTI is killed with SIGKILL at random moments
 * while clients file and move cases ({@value #KILLS} times by default, as in CI), and after each restart no case is
 * half-moved: every step, recorded value and case row belongs to a move complete in the trail and the trail's moves
 * to their rows, the audit chain and ledgers verify, and no mail left for a move that did not commit (what is checked
 * in the database: {@link MoveIntegrity}). The clients ({@link CaseTraffic}) run inside the server, each action in its own
 * transaction, so a kill lands between and inside transactions, in the mail sender's exchange with the SMTP server
 * and in the writing of the audit anchors; a few kills land while WildFly starts (every
 * {@code sigti.crash.boot-kill-every}-th cycle, and once during the first start's schema migration).
 *
 * <p>SIGTI's mail relay is a GreenMail SMTP server in this JVM, which outlives every kill: each mail it got must match
 * a row the outbox committed, and each row the outbox marked sent must have reached it. A kill between the relay's
 * acceptance and the row's SENT leaves the row in a send, which SIGTI gives back after ten minutes and sends again:
 * at least once is the outbox's promise, so a mail received twice is counted in the report, not a failure.
 *
 * <p>Not an integration test of the suite: it needs its own server life cycle, so it runs alone, from
 * {@code tests/src/test/scripts/crash-test.sh} (PostgreSQL, then {@code -Dtest=CrashLoop}); the name matches neither
 * surefire's nor failsafe's patterns. System properties: {@code sigti.crash.kills}, {@code sigti.crash.boot-kill-every}
 * (0: none but the migration's), {@code sigti.crash.clients}, {@code sigti.crash.seed}, {@code sigti.crash.minutes}
 * (the deadline of the whole loop). The report: {@code tests/target/crash-test.md}; the server's base directory and
 * logs stay in {@code tests/target/crash-test/}.
 */
class CrashLoop {

    static final int KILLS = 50;
    private static final int SMTP_PORT = Integer.getInteger("sigti.test.smtp-port", 33025);
    /** How long WildFly may take from its start to SIGTI's readiness before the test fails with its log. */
    private static final Duration READY = Duration.ofSeconds(120);
    /** The clients' own limit: the test kills the server long before, unless it fails first. */
    private static final int CLIENT_SECONDS = 60;

    /** What the test is asked to do. */
    record Settings(int kills, int bootKillEvery, int clients, long seed, Duration deadline) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("sigti.crash.kills", KILLS),
                    Integer.getInteger("sigti.crash.boot-kill-every", 10), Integer.getInteger("sigti.crash.clients", 4),
                    Long.getLong("sigti.crash.seed", System.nanoTime()),
                    Duration.ofMinutes(Integer.getInteger("sigti.crash.minutes", 30)));
        }
    }

    /** The problems found by the checks after one restart, and the database's figures then. */
    record Verified(List<String> problems, Map<String, Long> counts, long mailsReceived, long mailsSentTwice) {
    }

    @Test
    void no_case_is_half_moved_and_no_mail_leaves_for_an_uncommitted_move_after_any_kill() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Random random = new Random(settings.seed());
        List<Integer> ports = new ArrayList<>(CrashServer.PORTS);
        ports.add(SMTP_PORT);
        CrashServer.checkFree(ports);
        Report report = new Report(settings);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(report::smtpSessionEnded);
        Path work = Path.of(System.getProperty("sigti.crash.work", "target/crash-test"));
        try (Mailbox relay = Mailbox.start(); CrashServer server = CrashServer.prepare(jbossHome(), work, ear(work),
                SMTP_PORT)) {
            killDuringTheMigration(server, random, report);
            restart(server, report);
            report.check(verify(server, relay), "after the kill during the schema migration");

            for (int kill = 1; kill <= settings.kills(); kill++) {
                report.withinDeadline(kill);
                long cycle = System.nanoTime();
                server.driver("POST", "/load?threads=" + settings.clients() + "&seconds=" + CLIENT_SECONDS
                        + "&seed=" + random.nextLong(), Duration.ofSeconds(30));
                long acting = 300 + random.nextInt(3_700);
                CrashServer.sleep(Duration.ofMillis(acting));
                server.kill();
                if (settings.bootKillEvery() > 0 && kill % settings.bootKillEvery() == 0) {
                    killDuringAStart(server, random, report);
                }
                restart(server, report);
                long checks = System.nanoTime();
                Verified verified = verify(server, relay);
                report.cycle(kill, acting, Duration.ofNanos(System.nanoTime() - checks),
                        Duration.ofNanos(System.nanoTime() - cycle), verified);
                report.check(verified, "after kill " + kill + " (the clients acted " + acting + " ms)");
            }
            report.clientsActed();
            checksAreNotBlind(server, relay, report);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            report.write(Path.of(System.getProperty("sigti.crash.report", "target/crash-test.md")));
        }
    }

    /**
     * The first start migrates the empty database: killed right when Flyway begins a migration chosen at random, so
     * the next start finds a schema half migrated.
     */
    private static void killDuringTheMigration(CrashServer server, Random random, Report report) throws Exception {
        int migration = 2 + random.nextInt(30);
        report.portsWait(server.start());
        if (!server.awaitLog("Migrating schema", migration, READY)) {
            throw new AssertionError("the first start logged no migration number " + migration + " (Flyway's"
                    + " 'Migrating schema'); the server log ends:\n" + server.serverLogTail());
        }
        server.kill();
        report.bootKill("during the first start's schema migration, at migration number " + migration);
    }

    /**
     * A kill at a random moment of a start, up to as long as the last start took: in the deployment, in the timers'
     * first rounds, in the outbox's first sends.
     */
    private static void killDuringAStart(CrashServer server, Random random, Report report) throws Exception {
        long into = 500 + random.nextInt((int) Math.max(1, report.lastStart().toMillis() - 500));
        report.portsWait(server.start());
        CrashServer.sleep(Duration.ofMillis(into));
        server.kill();
        report.bootKill(String.format("%.1f s into a start", into / 1000.0));
    }

    /**
     * The checks themselves, once: a half-done move planted in the database (a value and a requester's mail with no
     * trail record, {@code /crash-driver/plant}) and a mail the relay gets for no outbox row must each be reported, or
     * a run that found nothing proved nothing.
     */
    private static void checksAreNotBlind(CrashServer server, Mailbox relay, Report report) throws Exception {
        String planted = server.driver("POST", "/plant", Duration.ofSeconds(30)).strip();
        Session smtp = Session.getInstance(new Properties());
        MimeMessage stray = new MimeMessage(smtp);
        stray.setRecipients(Message.RecipientType.TO, "crash.plant@sigti.example");
        stray.setSubject("Correo de un movimiento que no se confirmó", "UTF-8");
        stray.setText("-", "UTF-8");
        stray.setHeader("X-SIGTI-Case", planted);
        Transport transport = smtp.getTransport("smtp");
        transport.connect("127.0.0.1", SMTP_PORT, null, null);
        stray.saveChanges();
        transport.sendMessage(stray, stray.getAllRecipients());
        transport.close();
        List<String> problems = verify(server, relay).problems();
        List<String> missed = Stream.of("a value recorded by no move: " + planted, "mails owed by the moves of "
                + planted, "a mail for a move that did not commit (no outbox row): [" + planted)
                .filter(expected -> problems.stream().noneMatch(p -> p.startsWith(expected))).toList();
        report.blindness(missed);
        if (!missed.isEmpty()) {
            throw new AssertionError("the checks missed a planted half-move on " + planted + ": " + missed
                    + "; they reported " + problems);
        }
    }

    /** Starts the server again and waits until SIGTI is ready. */
    private static void restart(CrashServer server, Report report) throws IOException {
        report.portsWait(server.start());
        report.start(server.awaitReady(READY));
    }

    /**
     * The checks after a restart: the database's ({@link MoveIntegrity}) and the mails'. The outbox is read before
     * and after the relay's mails: a row marked sent before the first read must be among the mails, and every mail
     * must have its row by the second.
     */
    private static Verified verify(CrashServer server, Mailbox relay) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : server.driver("GET", "/verify", Duration.ofMinutes(2)).lines().toList()) {
            if (line.startsWith("problem ")) {
                problems.add(line.substring("problem ".length()));
            } else if (line.startsWith("count ")) {
                int last = line.lastIndexOf(' ');
                counts.put(line.substring("count ".length(), last), Long.parseLong(line.substring(last + 1)));
            }
        }
        Map<List<String>, long[]> sentBefore = outbox(server);
        Map<List<String>, Set<String>> received = new HashMap<>();
        for (Mailbox.Mail mail : relay.all()) {
            received.computeIfAbsent(List.of(String.valueOf(mail.caseNumber()), mail.to(), mail.subject()),
                    k -> new HashSet<>()).add(mail.messageId());
        }
        Map<List<String>, long[]> queued = outbox(server);
        long twice = 0;
        long mails = 0;
        for (Map.Entry<List<String>, Set<String>> mail : received.entrySet()) {
            long[] rows = queued.get(mail.getKey());
            int sendings = mail.getValue().size();
            mails += sendings;
            if (rows == null) {
                problems.add("a mail for a move that did not commit (no outbox row): " + mail.getKey() + ", received "
                        + sendings + " time(s)");
            } else if (sendings > rows[0]) {
                twice += sendings - rows[0];
            }
        }
        sentBefore.forEach((key, rows) -> {
            int sendings = received.getOrDefault(key, Set.of()).size();
            if (rows[1] > sendings) {
                problems.add("SIGTI marked " + rows[1] + " mail(s) sent that the SMTP server did not get (" + sendings
                        + " received): " + key);
            }
        });
        return new Verified(problems, counts, mails, twice);
    }

    /**
     * The outbox's mails by (case, recipient, subject), the case "null" for a mail about none (as the relay reads a
     * mail without X-SIGTI-Case): how many were queued, how many marked sent.
     */
    private static Map<List<String>, long[]> outbox(CrashServer server) throws IOException, InterruptedException {
        Map<List<String>, long[]> rows = new HashMap<>();
        for (String line : server.driver("GET", "/outbox", Duration.ofMinutes(1)).lines().toList()) {
            String[] f = line.split("\t");
            if (f.length == 5) {
                rows.put(List.of(f[0], f[1], f[2]), new long[] {Long.parseLong(f[3]), Long.parseLong(f[4])});
            }
        }
        return rows;
    }

    /**
     * SIGTI's EAR with the crash driver (its WAR, context root /crash-driver, and the role beans it acts through),
     * written next to {@code work} (which each run empties).
     */
    static Path ear(Path work) throws IOException {
        EnterpriseArchive ear = Sigti.earWithFixture(ShrinkWrap.create(WebArchive.class, "crash-driver.war")
                .addClasses(CrashDriver.class, CaseTraffic.class, MoveIntegrity.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
        Path file = Files.createDirectories(work.getParent() == null ? Path.of(".") : work.getParent())
                .resolve("crash-test.ear");
        ear.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static Path jbossHome() {
        Path home = Path.of(System.getProperty("jboss.home", "../wildfly-config/target/wildfly"));
        if (!Files.isExecutable(home.resolve("bin/standalone.sh"))) {
            throw new AssertionError("no configured WildFly at " + home.toAbsolutePath() + ": build wildfly-config"
                    + " first (crash-test.sh does)");
        }
        return home;
    }

    /** The run's figures, and its report: written whether the test passes or fails. */
    static final class Report {

        private final Settings settings;
        private final long begin = System.nanoTime();
        private final List<String> bootKills = new ArrayList<>();
        private final List<Duration> starts = new ArrayList<>();
        private final List<Duration> cycles = new ArrayList<>();
        private final List<Duration> checks = new ArrayList<>();
        private final List<Long> acting = new ArrayList<>();
        private final List<Duration> portWaits = new ArrayList<>();
        private final AtomicInteger smtpCut = new AtomicInteger();
        private Verified last;
        private List<String> blind;
        private int kills;
        private String failure;

        Report(Settings settings) {
            this.settings = settings;
        }

        void bootKill(String when) {
            bootKills.add(when);
        }

        /** A start that first waited for ports the killed JVM's connections held ({@link CrashServer#start}). */
        void portsWait(Duration waited) {
            if (waited.toMillis() >= 250) {
                portWaits.add(waited);
            }
        }

        void start(Duration ready) {
            starts.add(ready);
        }

        Duration lastStart() {
            return starts.isEmpty() ? Duration.ofSeconds(10) : starts.get(starts.size() - 1);
        }

        void cycle(int kill, long actingMillis, Duration checked, Duration cycle, Verified verified) {
            kills = kill;
            acting.add(actingMillis);
            checks.add(checked);
            cycles.add(cycle);
            System.out.printf("crash test: kill %d/%d after %d ms of clients; ready again in %.1f s, checked in %.1f"
                    + " s; %d cases, %d moves, %d mails received%n", kill, settings.kills(), actingMillis,
                    lastStart().toMillis() / 1000.0, checked.toMillis() / 1000.0, verified.counts().get("cases"),
                    verified.counts().get("moves"), verified.mailsReceived());
        }

        /** Fails with the problems found, if any. */
        void check(Verified verified, String when) {
            last = verified;
            if (!verified.problems().isEmpty()) {
                failure = when + ":\n- " + String.join("\n- ", verified.problems());
                throw new AssertionError("half-moved cases or stray mails " + failure);
            }
        }

        /**
         * GreenMail's session threads end with an exception when the server at the other end dies mid-exchange: a
         * kill landed in the outbox's send. Counted for the report; anything else is printed as Java would.
         */
        void smtpSessionEnded(Thread thread, Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof SocketException)) {
                cause = cause.getCause();
            }
            if (thread.getName().startsWith("smtp:") && cause instanceof SocketException) {
                smtpCut.incrementAndGet();
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        }

        /**
         * Fails when the clients moved too little for the kills to have landed among their transactions: at least one
         * move per kill, or the test proved nothing (a kernel that refuses every move would pass the checks).
         */
        void clientsActed() {
            long moves = last == null ? 0 : last.counts().getOrDefault("moves", 0L);
            if (moves < kills) {
                failure = "the clients committed " + moves + " moves in " + kills + " kills";
                throw new AssertionError(failure + ": the kills did not land among moves; see the warnings of"
                        + " CaseTraffic in the server log");
            }
        }

        /** The expected problems the checks did not report on the planted half-move (none: they are not blind). */
        void blindness(List<String> missed) {
            blind = missed;
            if (!missed.isEmpty()) {
                failure = "the checks missed a planted half-move: " + missed;
            }
        }

        void withinDeadline(int kill) {
            Duration spent = Duration.ofNanos(System.nanoTime() - begin);
            if (spent.compareTo(settings.deadline()) > 0) {
                failure = "the deadline of " + settings.deadline().toMinutes() + " min passed before kill " + kill;
                throw new AssertionError("only " + (kill - 1) + " of " + settings.kills() + " kills within "
                        + settings.deadline().toMinutes() + " min (sigti.crash.minutes); each cycle took "
                        + seconds(mean(cycles)) + " s on average");
            }
        }

        void write(Path file) throws IOException {
            Duration total = Duration.ofNanos(System.nanoTime() - begin);
            Map<String, Long> c = last == null ? Map.of() : last.counts();
            StringBuilder md = new StringBuilder();
            md.append("# Crash test, ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm"))).append("\n\n");
            md.append("WildFly with SIGTI on PostgreSQL, killed with SIGKILL while ").append(settings.clients())
                    .append(" clients inside it filed cases of UGAT/AIT-PR01 and moved any open step at random (one"
                            + " transaction each), and killed again at moments of its start; after each restart every"
                            + " case was checked whole and every mail the SMTP server got matched a committed"
                            + " outbox row (`tests/src/test/java/org/sigti/crash/`).\n\n");
            md.append("| | |\n|---|---|\n");
            row(md, "result", failure == null ? (kills == settings.kills() ? "passed" : "stopped") : "**FAILED** "
                    + failure.replace("\n", "<br>"));
            row(md, "kills while the clients acted", kills + " of " + settings.kills() + " (after " + range(acting)
                    + " ms of clients)");
            row(md, "kills while WildFly started", bootKills.size() + ": " + String.join("; ", bootKills));
            row(md, "cases", c.get("cases") + " (" + c.get("closed") + " closed, " + c.get("jumps")
                    + " jumped to PR02 or PR03)");
            row(md, "moves committed", c.get("moves") + " (" + c.get("observations") + " observations to the"
                    + " requester), " + c.get("trail records") + " trail records");
            row(md, "refusals recorded (security events)", String.valueOf(c.get("security events")));
            row(md, "knowledge-base articles written by a move", String.valueOf(c.get("articles")));
            row(md, "mails queued / received by the SMTP server / received twice", c.get("mails queued") + " / "
                    + (last == null ? "-" : last.mailsReceived() + " / " + last.mailsSentTwice()));
            row(md, "SMTP exchanges cut by a kill", String.valueOf(smtpCut.get()));
            row(md, "mails pending (the outbox's sweep sends 50 every 30 s, a server lives about 20 s) / cut in a"
                    + " send by a kill (due again after 10 min)", c.getOrDefault("mails pending", 0L) + " / "
                    + c.getOrDefault("mails sending", 0L));
            row(md, "a half-move planted at the end (a value and a mail of no move, a mail of no outbox row)",
                    blind == null ? "not planted" : blind.isEmpty() ? "reported by the checks" : "**missed**: "
                            + blind);
            row(md, "time per kill cycle (clients, kill, restart, checks)", stats(cycles));
            row(md, "start until SIGTI ready", stats(starts));
            row(md, "starts that waited for a port the killed JVM's connections held (TIME_WAIT)",
                    portWaits.isEmpty() ? "0" : stats(portWaits));
            row(md, "checks after a restart", stats(checks));
            row(md, "total", clock(total));
            row(md, "seed", settings.seed() + " (`-Dsigti.crash.seed=" + settings.seed() + "` repeats the test's"
                    + " choices; the server's timing differs)");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, md);
            System.out.println(md);
        }

        private static void row(StringBuilder md, String name, String value) {
            md.append("| ").append(name).append(" | ").append(value).append(" |\n");
        }

        private static String stats(List<Duration> values) {
            if (values.isEmpty()) {
                return "-";
            }
            return "mean " + seconds(mean(values)) + " s, " + seconds(values.stream().min(Duration::compareTo)
                    .orElseThrow()) + " to " + seconds(values.stream().max(Duration::compareTo).orElseThrow())
                    + " s (" + values.size() + ")";
        }

        private static String range(List<Long> values) {
            return values.isEmpty() ? "-" : values.stream().min(Long::compare).orElseThrow() + " to "
                    + values.stream().max(Long::compare).orElseThrow();
        }

        private static Duration mean(List<Duration> values) {
            return values.isEmpty() ? Duration.ZERO : values.stream().reduce(Duration.ZERO, Duration::plus)
                    .dividedBy(values.size());
        }

        private static String seconds(Duration d) {
            return String.format("%.1f", d.toMillis() / 1000.0);
        }

        private static String clock(Duration d) {
            return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
        }
    }
}
