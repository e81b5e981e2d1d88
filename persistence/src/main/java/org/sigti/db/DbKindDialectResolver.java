package org.sigti.db;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Chooses the Hibernate dialect from the database kind the administrator configured ({@code SIGTI_DB_KIND}),
 * without opening a connection at deployment time.
 *
 * <p>SIGTI deploys even when its database is down, so that users get a clear "not available" page and
 * {@code /health/ready} reports DOWN instead of the whole application failing to deploy. Hibernate therefore
 * boots with {@code hibernate.boot.allow_jdbc_metadata_access=false}; the persistence unit passes the kind as
 * {@code jakarta.persistence.database-product-name} and this resolver maps it to a dialect.
 */
public class DbKindDialectResolver implements DialectResolver {

    /** The oldest PostgreSQL we support; Debian 12 ships 15. */
    static final DatabaseVersion POSTGRESQL_MINIMUM = DatabaseVersion.make(13);

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String kind = info.getDatabaseName();
        if (kind == null) {
            return null;
        }
        return switch (DbKind.parse(kind)) {
            case H2 -> new H2Dialect();
            case POSTGRESQL -> new PostgreSQLDialect(POSTGRESQL_MINIMUM);
        };
    }
}
