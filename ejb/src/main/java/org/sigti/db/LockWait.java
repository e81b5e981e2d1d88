package org.sigti.db;

import jakarta.persistence.EntityManager;

/**
 * Bounds how long a transaction waits for a row another transaction holds. H2 gives up after its lock timeout;
 * PostgreSQL waits forever unless told, so before taking pessimistic locks a service calls {@link #bound} and the
 * rest of its transaction gives up after {@value #SECONDS} seconds with a lock error (SQLSTATE 55P03), which rolls
 * the whole move back and reaches the user as "someone else is changing this, try again".
 */
public final class LockWait {

    public static final int SECONDS = 5;

    private static final boolean POSTGRESQL = isPostgresql();

    private LockWait() {
    }

    /** Sets the lock timeout of the current transaction (PostgreSQL: SET LOCAL; H2: its own timeout applies). */
    public static void bound(EntityManager em) {
        if (POSTGRESQL) {
            em.createNativeQuery("set local lock_timeout = '" + SECONDS + "s'").executeUpdate();
        }
    }

    private static boolean isPostgresql() {
        DatabaseSettings settings = DatabaseSettings.fromSystem();
        return settings.problem() == null && settings.kind() == DbKind.POSTGRESQL;
    }
}
