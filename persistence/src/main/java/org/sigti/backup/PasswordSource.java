package org.sigti.backup;

/**
 * Where SIGTI finds a target's password, which is never stored in its database: none (trust or the server user's
 * ~/.pgpass), an environment variable of the server (its name is stored), or a pgpass file (its path is stored).
 */
public enum PasswordSource {
    NONE, ENV, PGPASS
}
