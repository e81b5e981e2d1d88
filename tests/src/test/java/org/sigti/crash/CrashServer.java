package org.sigti.crash;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The WildFly the crash test kills: the server wildfly-config configured ({@code jboss.home}, used read-only), run
 * with a server base directory of its own (configuration copied, deployments, data, logs) under {@code work}, at port
 * offset {@value #OFFSET}, with the environment SIGTI reads. {@link #kill()} sends SIGKILL to WildFly's JVM (the
 * child of standalone.sh, which does not exec it), nothing else: no shutdown hook, no deployment stop, no flush.
 */
final class CrashServer implements AutoCloseable {

    static final int OFFSET = 30_000;
    static final int HTTP_PORT = 8080 + OFFSET;
    /** WildFly's management HTTP interface, the one socket WildFly binds without SO_REUSEADDR. */
    static final int MANAGEMENT_PORT = 9990 + OFFSET;
    /** The sockets SIGTI's WildFly listens on, at the offset: HTTP, HTTPS, management. */
    static final List<Integer> PORTS = List.of(HTTP_PORT, 8443 + OFFSET, MANAGEMENT_PORT);
    static final String BASE_URL = "http://127.0.0.1:" + HTTP_PORT;
    /** Longer than Linux keeps a closed connection in TIME_WAIT (60 s). */
    private static final Duration PORTS_BACK = Duration.ofSeconds(90);

    /**
     * WildFly's JVM options as standalone.conf sets them, plus C1 only: the JIT's second tier spends the two cores on
     * start-up code that runs once, and the test restarts the server dozens of times (a start took 11-14 s instead of
     * 21-25 s on a 2-core machine). It changes how fast the code runs, not what it does.
     */
    private static final String JAVA_OPTS = "-Xms256m -Xmx768m -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true"
            + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jbossHome;
    private final Path work;
    private final Path base;
    private final Map<String, String> environment;
    private Process script;
    private volatile ProcessHandle java;
    /** When this life's WildFly was launched (System.nanoTime()). */
    private long startedAt;
    /** Where this life's lines begin in server.log, which WildFly appends to across starts. */
    private long logStart;

    private CrashServer(Path jbossHome, Path work, Map<String, String> environment) {
        this.jbossHome = jbossHome;
        this.work = work;
        this.base = work.resolve("standalone");
        this.environment = environment;
        // a test JVM that ends without closing this (interrupted, timed out) leaves no WildFly running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (java != null) {
                java.destroyForcibly();
            }
        }, "crash-test: kill WildFly"));
    }

    /**
     * A fresh server base in {@code work} (what an earlier run left is stopped and removed) with {@code ear} to
     * deploy, new keys for the audit trail and the vault, and the environment SIGTI needs besides the database's
     * (SIGTI_DB_*, inherited): the audit key and anchor file, the vault key, the SMTP relay, an identity provider
     * that does not answer (SIGTI deploys without it; nothing here logs in).
     */
    static CrashServer prepare(Path jbossHome, Path workDir, Path ear, int smtpPort) throws IOException {
        Path work = workDir.toAbsolutePath();
        stopLeftover(work);
        delete(work);
        Path base = work.resolve("standalone");
        Files.createDirectories(base.resolve("deployments"));
        copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.copy(ear, base.resolve("deployments").resolve("sigti.ear"));
        Path auditKey = key(work.resolve("audit.key"));
        Path vaultKey = key(work.resolve("vault.key"));
        Map<String, String> env = Map.ofEntries(Map.entry("JAVA_OPTS", JAVA_OPTS),
                Map.entry("SIGTI_AUDIT_KEY_FILE", auditKey.toString()),
                Map.entry("SIGTI_AUDIT_ANCHOR_FILE", work.resolve("audit-anchors.tsv").toString()),
                Map.entry("SIGTI_VAULT_KEY_FILE", vaultKey.toString()),
                Map.entry("SIGTI_SMTP_HOST", "127.0.0.1"), Map.entry("SIGTI_SMTP_PORT", Integer.toString(smtpPort)),
                Map.entry("SIGTI_OIDC_PROVIDER_URL", "http://127.0.0.1:9/realms/sigti"),
                Map.entry("SIGTI_OIDC_CLIENT_SECRET", "crash-test-no-login"),
                Map.entry("SIGTI_BASE_URL", BASE_URL + "/sigti"), Map.entry("SIGTI_DEMO_DATA", "false"));
        return new CrashServer(jbossHome, work, env);
    }

    /** Fails naming the first of {@code ports} a program on 127.0.0.1 holds (listens on, or is connected from). */
    static void checkFree(List<Integer> ports) {
        for (int port : ports) {
            if (!bindable(port, true)) {
                throw new AssertionError("port " + port + " on 127.0.0.1 is in use; the crash test needs it. Is an"
                        + " earlier crash test still running? Stop it (or the program on that port: ss -tanp"
                        + " 'sport = :" + port + "').");
            }
        }
    }

    /**
     * Waits until WildFly can bind its ports again, and answers how long that took. At offset {@value #OFFSET} they lie
     * in Linux's ephemeral range (32768-60999): a connection the killed JVM had opened (to PostgreSQL, to the SMTP
     * server) may have had one of them as its local port, and stays in TIME_WAIT for 60 s after the kill. Undertow's
     * listeners bind over that (SO_REUSEADDR); the management interface does not, and WildFly's whole boot then fails
     * (WFLYSRV0056), as the crash test's first 50-kill run found after its 26th kill.
     */
    private static Duration awaitPortsBindable() {
        long start = System.nanoTime();
        while (true) {
            List<Integer> taken = PORTS.stream().filter(port -> !bindable(port, port != MANAGEMENT_PORT)).toList();
            if (taken.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() - start > PORTS_BACK.toNanos()) {
                throw new AssertionError("ports " + taken + " on 127.0.0.1 stayed in use " + PORTS_BACK.toSeconds()
                        + " s after WildFly's kill (ss -tanp 'sport = :" + taken.get(0) + "')");
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /** Whether a listening socket could bind the port now, with or without SO_REUSEADDR. */
    private static boolean bindable(int port, boolean reuseAddress) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(reuseAddress);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts WildFly. The deployment scanner's markers of the previous life go first: a kill during the deployment
     * leaves {@code .isdeploying} or {@code .failed}, and the scanner would not deploy the EAR again after a
     * {@code .failed}. Answers how long it waited for the ports ({@link #awaitPortsBindable}).
     */
    Duration start() throws IOException {
        Duration portsWait = awaitPortsBindable();
        startedAt = System.nanoTime();
        try (Stream<Path> files = Files.list(base.resolve("deployments"))) {
            for (Path marker : files.filter(f -> !f.getFileName().toString().endsWith(".ear")).toList()) {
                Files.delete(marker);
            }
        }
        Path log = base.resolve("log/server.log");
        logStart = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        builder.environment().putAll(environment);
        script = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        java = null;
        while (java == null) {
            // the server's JVM, not the "java -version" standalone.sh runs first to probe the JVM's options
            java = script.descendants().filter(p -> p.info().arguments().map(List::of).orElse(List.of())
                    .contains("-D[Standalone]")).findFirst().orElse(null);
            if (java == null) {
                if (!script.isAlive() || System.nanoTime() > until) {
                    throw new AssertionError("standalone.sh started no JVM; its output ends:\n" + tail(console(), 30));
                }
                sleep(Duration.ofMillis(20));
            }
        }
        Files.writeString(work.resolve("wildfly.pid"), Long.toString(java.pid()));
        return portsWait;
    }

    /**
     * Waits until SIGTI answers ready ({@code /sigti/health/ready}: deployed, database reachable and migrated), and
     * answers how long that took since WildFly was launched; fails with the server log's tail when WildFly dies, the
     * deployment fails or {@code timeout} passes.
     */
    Duration awaitReady(Duration timeout) {
        long until = startedAt + timeout.toNanos();
        while (true) {
            if (status("/sigti/health/ready") == 200) {
                return Duration.ofNanos(System.nanoTime() - startedAt);
            }
            if (!java.isAlive()) {
                throw new AssertionError("WildFly died while starting; its server log ends:\n" + serverLogTail());
            }
            if (Files.exists(base.resolve("deployments/sigti.ear.failed"))) {
                throw new AssertionError("SIGTI failed to deploy; the server log ends:\n" + serverLogTail());
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("SIGTI was not ready " + timeout.toSeconds() + " s after the start; the"
                        + " server log ends:\n" + serverLogTail());
            }
            sleep(Duration.ofMillis(100));
        }
    }

    /**
     * Waits until this life's server log (what WildFly wrote to server.log since {@link #start}) holds {@code count}
     * lines containing {@code text}; false when WildFly died first, or after {@code timeout}.
     */
    boolean awaitLog(String text, int count, Duration timeout) throws IOException {
        long until = System.nanoTime() + timeout.toNanos();
        Path log = base.resolve("log/server.log");
        while (System.nanoTime() < until && java.isAlive()) {
            if (Files.exists(log)) {
                byte[] all = Files.readAllBytes(log);
                String life = new String(all, (int) Math.min(logStart, all.length),
                        (int) Math.max(0, all.length - logStart), StandardCharsets.UTF_8);
                if (life.lines().filter(line -> line.contains(text)).count() >= count) {
                    return true;
                }
            }
            sleep(Duration.ofMillis(10));
        }
        return false;
    }

    /** SIGKILL to WildFly's JVM; returns when it and standalone.sh are gone. */
    void kill() throws InterruptedException {
        if (java != null && java.isAlive()) {
            java.destroyForcibly(); // SIGKILL on Linux
            try {
                java.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("WildFly's JVM " + java.pid() + " outlived SIGKILL by 30 s", e);
            }
        }
        if (script != null) {
            // whatever else standalone.sh started, then the script: nothing of this life outlives the kill
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            if (!script.waitFor(30, TimeUnit.SECONDS)) {
                script.destroyForcibly();
            }
        }
    }

    /** The answer of SIGTI's test-only driver at {@code path}, which must be 200. */
    String driver(String method, String path, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/crash-driver" + path)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " /crash-driver" + path + " answered " + response.statusCode() + ": "
                    + cause(response.body()) + "\nthe server log ends:\n" + serverLogTail());
        }
        return response.body();
    }

    /** What an error page says went wrong: the first line of Undertow's stack trace, else the page's start. */
    private static String cause(String page) {
        int trace = page.indexOf("<pre>");
        String text = trace < 0 ? page : page.substring(trace + "<pre>".length());
        return text.lines().findFirst().map(line -> line.length() > 500 ? line.substring(0, 500) : line).orElse("");
    }

    String serverLogTail() {
        Path log = base.resolve("log/server.log");
        return tail(Files.exists(log) ? log : console(), 60);
    }

    /** The directory of this run: the server's base, its console output, keys, anchors. */
    Path work() {
        return work;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private Path console() {
        return work.resolve("console.log");
    }

    private static int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A WildFly an aborted run left running (its JVM's pid in work/wildfly.pid, started from work): killed. */
    private static void stopLeftover(Path work) throws IOException {
        Path pid = work.resolve("wildfly.pid");
        if (!Files.exists(pid)) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        leftover.filter(p -> p.info().arguments().map(List::of).orElse(List.of()).stream()
                .anyMatch(a -> a.contains(work.toString()))).ifPresent(p -> {
                    p.destroyForcibly();
                    p.onExit().join();
                });
    }

    /** 32 random bytes in Base64, readable by this account only, as SIGTI's key files are. */
    private static Path key(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String tail(Path file, int lines) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - 200L * lines);
            in.seek(start);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.readFully(bytes);
            List<String> all = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
