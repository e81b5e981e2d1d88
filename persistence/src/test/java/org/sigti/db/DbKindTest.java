package org.sigti.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class DbKindTest {

    @Test
    void parses_the_kinds_administrators_write() {
        assertEquals(DbKind.H2, DbKind.parse("h2"));
        assertEquals(DbKind.POSTGRESQL, DbKind.parse(" PostgreSQL "));
    }

    @Test
    void an_unknown_kind_names_the_accepted_values() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DbKind.parse("oracle"));
        assertTrue(e.getMessage().contains("'h2'") && e.getMessage().contains("'postgresql'"), e.getMessage());
    }

    @Test
    void a_kind_accepts_only_its_own_urls() {
        assertTrue(DbKind.POSTGRESQL.accepts("jdbc:postgresql://db:5432/sigti"));
        assertFalse(DbKind.POSTGRESQL.accepts("jdbc:h2:file:/tmp/x"));
        assertFalse(DbKind.H2.accepts(null));
    }

    @Test
    void the_resolver_chooses_the_dialect_without_a_connection() {
        DbKindDialectResolver resolver = new DbKindDialectResolver();
        assertInstanceOf(H2Dialect.class, resolver.resolveDialect(info("h2")));
        PostgreSQLDialect postgres = assertInstanceOf(PostgreSQLDialect.class, resolver.resolveDialect(info("postgresql")));
        assertEquals(13, postgres.getVersion().getDatabaseMajorVersion());
        assertNull(resolver.resolveDialect(info(null)));
    }

    private static DialectResolutionInfo info(String name) {
        return new DialectResolutionInfo() {
            @Override
            public String getDatabaseName() {
                return name;
            }

            @Override
            public String getDatabaseVersion() {
                return null;
            }

            @Override
            public String getDriverName() {
                return null;
            }

            @Override
            public int getDriverMajorVersion() {
                return 0;
            }

            @Override
            public int getDriverMinorVersion() {
                return 0;
            }

            @Override
            public String getSQLKeywords() {
                return null;
            }

            @Override
            public int getDatabaseMajorVersion() {
                return 0;
            }

            @Override
            public int getDatabaseMinorVersion() {
                return 0;
            }
        };
    }
}
