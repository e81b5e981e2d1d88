package org.sigti.db;

/**
 * Whether a failure comes from the database not answering (stopped, unreachable, the pool unable to connect), as
 * opposed to a defect: a refused or timed-out connection, an SQL state of class 08 (connection exception), or the
 * connection pool's or Hibernate's exception for it, found by name so as not to depend on their classes. The screens'
 * error page and the REST API answer such a failure 503, not 500.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean unavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("jakarta.resource.ResourceException")
                    || name.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
