package org.sigti.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach one PostgreSQL database: host, port, database, user and the password, resolved from the target's
 * {@link org.sigti.backup.PasswordSource} at the moment of use and never written anywhere but into the environment
 * of pg_dump/pg_restore ({@code PGPASSWORD}) or its password file ({@code PGPASSFILE}): never a command line.
 */
public final class PgCoordinates {

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Path passFile;

    public PgCoordinates(String host, int port, String database, String user, String password, Path passFile) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.passFile = passFile;
    }

    /**
     * SIGTI's own database from its JDBC URL ({@code jdbc:postgresql://host[:port]/database[?...]}) and account.
     */
    public static PgCoordinates fromJdbcUrl(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new BackupException(BackupProblem.OWN_DATABASE_NOT_POSTGRESQL);
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new PgCoordinates(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), path, user, password, null);
    }

    /** The same server and account, another database (the scratch database of the verification). */
    public PgCoordinates withDatabase(String other) {
        return new PgCoordinates(host, port, other, user, password, passFile);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The password for SIGTI's own JDBC connection, or null (trust, or the server user's ~/.pgpass). */
    String password() {
        if (password != null || passFile == null) {
            return password;
        }
        try {
            return PgPass.lookup(passFile, host, port, database, user).orElse(null);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.PASSWORD_UNAVAILABLE, passFile + ": " + e.getMessage());
        }
    }

    /** Environment of a pg_dump/pg_restore child: how it finds the password. */
    Map<String, String> childEnvironment() {
        Map<String, String> env = new HashMap<>();
        if (passFile != null) {
            env.put("PGPASSFILE", passFile.toString());
        } else if (password != null) {
            env.put("PGPASSWORD", password);
        }
        env.put("PGCONNECT_TIMEOUT", "15");
        env.put("PGAPPNAME", "SIGTI backup");
        return env;
    }

    /** -h -p -U -d and never a password prompt. */
    String[] connectionArguments() {
        return new String[] {"--host=" + host, "--port=" + port, "--username=" + user, "--dbname=" + database,
            "--no-password"};
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** A direct connection through the server's PostgreSQL driver (not a pooled datasource: it is one long use). */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        String secret = password();
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        properties.setProperty("connectTimeout", "15");
        properties.setProperty("ApplicationName", "SIGTI backup");
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + jdbcUrl());
        }
        return connection;
    }

    /** Without the password. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
