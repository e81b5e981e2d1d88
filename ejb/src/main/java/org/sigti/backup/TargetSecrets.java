package org.sigti.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of the server's secrets a backup target may name, and which hosts it may reach (issue 18). A Jefe or a
 * Responsable types a target's password source and host, and "Probar conexión" sends that password to that host:
 * without limits, naming {@code SIGTI_OIDC_CLIENT_SECRET} and a host of one's own would hand SIGTI's secrets to anyone
 * with that role. So:
 * <ul>
 * <li>an environment variable must be named {@code SIGTI_TARGET_*}: the administrator sets those for targets only;
 * SIGTI's own ({@code SIGTI_DB_PASSWORD}, {@code SIGTI_OIDC_CLIENT_SECRET}, the vault's and the seal's) never
 * match;</li>
 * <li>a pgpass file must be a regular file inside the directory {@code SIGTI_PGPASS_DIR} names (none: no pgpass file
 * is accepted), after the path is normalised, so {@code ..} and links out of it do not count;</li>
 * <li>when {@code SIGTI_TARGET_HOSTS} lists hosts (comma separated), a target's host must be one of them.</li>
 * </ul>
 * Checked when a target is saved and again each time it is used, so a target saved before these rules cannot leak.
 */
final class TargetSecrets {

    /** The prefix of the environment variables a target may name. */
    static final String ENV_PREFIX = "SIGTI_TARGET_";
    static final String PGPASS_DIR = "SIGTI_PGPASS_DIR";
    static final String HOSTS = "SIGTI_TARGET_HOSTS";
    private static final Pattern ENV_NAME = Pattern.compile(ENV_PREFIX + "[A-Z0-9_]{1,80}");

    private final Map<String, String> env;

    private TargetSecrets(Map<String, String> env) {
        this.env = env;
    }

    /** The rules of this server, from its environment. */
    static TargetSecrets ofServer() {
        return new TargetSecrets(System.getenv());
    }

    /** The rules for an environment given (tests). */
    static TargetSecrets of(Map<String, String> env) {
        return new TargetSecrets(Map.copyOf(env));
    }

    /** @throws BackupException PASSWORD_REF_NOT_ALLOWED unless the name is a target's variable */
    String envName(String name) {
        if (name == null || !ENV_NAME.matcher(name).matches()) {
            throw new BackupException(BackupProblem.PASSWORD_REF_NOT_ALLOWED, ENV_PREFIX);
        }
        return name;
    }

    /** The variable's value, once its name is allowed; null when the server does not set it. */
    String envValue(String name) {
        return env.get(envName(name));
    }

    /**
     * The pgpass file, normalised, when it lies in the configured directory and is a regular file there.
     *
     * @throws BackupException PGPASS_NOT_ALLOWED otherwise (no directory configured, outside it, not a file)
     */
    Path pgpass(String path) {
        String dir = env.get(PGPASS_DIR);
        if (dir == null || dir.isBlank() || path == null || path.isBlank()) {
            throw new BackupException(BackupProblem.PGPASS_NOT_ALLOWED, String.valueOf(dir));
        }
        try {
            Path root = Path.of(dir).toRealPath();
            Path file = Path.of(path).toAbsolutePath().normalize();
            Path real = Files.exists(file) ? file.toRealPath() : file;
            if (!real.startsWith(root) || real.equals(root) || Files.exists(real) && !Files.isRegularFile(real)) {
                throw new BackupException(BackupProblem.PGPASS_NOT_ALLOWED, root.toString());
            }
            return real;
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            throw new BackupException(BackupProblem.PGPASS_NOT_ALLOWED, dir);
        }
    }

    /** @throws BackupException HOST_NOT_ALLOWED when hosts are listed and this is not one of them */
    String host(String host) {
        Set<String> allowed = Arrays.stream(env.getOrDefault(HOSTS, "").split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!allowed.isEmpty() && (host == null || !allowed.contains(host.strip().toLowerCase(Locale.ROOT)))) {
            throw new BackupException(BackupProblem.HOST_NOT_ALLOWED, String.join(", ", allowed));
        }
        return host;
    }
}
