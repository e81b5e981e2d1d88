package org.sigti.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * The PostgreSQL databases SIGTI copies (backup_target): the Responsable and the Jefe add and change them, every
 * IT staff member who runs copies lists them and tests a connection. Targets are configuration, a handful per
 * institution: they are listed whole, ordered by name.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class BackupTargets {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");

    @PersistenceContext(unitName = "sigti")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @jakarta.ejb.EJB
    private org.sigti.people.InstitutionScope scope;

    public List<TargetView> list() {
        return em.createNamedQuery("BackupTarget.findAll", BackupTarget.class)
                .setParameter("institution", scope.caller()).getResultStream().map(this::view).toList();
    }

    public TargetView get(long id) {
        return view(find(id));
    }

    /** The scratch database as configured (null: the default), for the edit form. */
    public String configuredScratch(long id) {
        return find(id).getScratchDatabase();
    }

    /**
     * Whether SIGTI runs on PostgreSQL and its own database is not a target yet (of any institution: the
     * installation has one database).
     */
    public boolean ownDatabaseAddable() {
        return TargetCoordinates.ownDatabaseIsPostgresql()
                && em.createNamedQuery("BackupTarget.findOwn", BackupTarget.class).getResultList().isEmpty();
    }

    /** Creates ({@code id} null) or changes a target; returns its id. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long save(TargetEdit edit) {
        String name = required(edit.name(), BackupProblem.NAME_REQUIRED);
        if (name.length() > BackupTarget.NAME_MAXLENGTH) {
            throw new BackupException(BackupProblem.NAME_REQUIRED);
        }
        Instant now = Instant.now();
        BackupTarget target;
        if (edit.id() == null) {
            if (edit.ownDatabase() && !TargetCoordinates.ownDatabaseIsPostgresql()) {
                throw new BackupException(BackupProblem.OWN_DATABASE_NOT_POSTGRESQL);
            }
            if (edit.ownDatabase() && !ownDatabaseAddable()) {
                throw new BackupException(BackupProblem.OWN_DATABASE_EXISTS);
            }
            String by = context.getCallerPrincipal().getName();
            String institution = scope.caller();
            target = edit.ownDatabase() ? BackupTarget.ownDatabase(institution, name, by, now)
                    : BackupTarget.external(institution, name, by, now);
        } else {
            target = find(edit.id());
        }
        boolean taken = em.createQuery("select count(t) from BackupTarget t where t.institutionCode = :institution"
                + " and lower(t.name) = :n and t.id <> :id", Long.class)
                .setParameter("institution", target.getInstitutionCode()).setParameter("n", name.toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", target.getId() == null ? -1L : target.getId()).getSingleResult() > 0;
        if (taken) {
            throw new BackupException(BackupProblem.NAME_TAKEN, name);
        }
        if (!target.isOwnDatabase()) {
            String host = required(edit.host(), BackupProblem.HOST_REQUIRED);
            if (edit.port() == null || edit.port() < 1 || edit.port() > 65535) {
                throw new BackupException(BackupProblem.PORT_INVALID);
            }
            String database = identifier(required(edit.database(), BackupProblem.DATABASE_REQUIRED));
            String user = identifier(required(edit.user(), BackupProblem.USER_REQUIRED));
            PasswordSource source = edit.passwordSource() == null ? PasswordSource.NONE : edit.passwordSource();
            String ref = blankToNull(edit.passwordRef());
            if (source != PasswordSource.NONE && ref == null) {
                throw new BackupException(BackupProblem.PASSWORD_REF_REQUIRED);
            }
            TargetSecrets secrets = TargetSecrets.ofServer();
            if (source == PasswordSource.ENV) {
                secrets.envName(ref);
            } else if (source == PasswordSource.PGPASS) {
                ref = secrets.pgpass(ref).toString();
            }
            secrets.host(host);
            target.locate(host, edit.port(), database, user, source, ref, now);
        }
        String scratch = blankToNull(edit.scratchDatabase());
        if (scratch != null) {
            identifier(scratch);
            String database = target.isOwnDatabase() ? TargetCoordinates.of(target).database()
                    : target.getDatabaseName();
            if (scratch.equals(database)) {
                throw new BackupException(BackupProblem.SCRATCH_IS_DATABASE, scratch);
            }
        }
        String keyTables = blankToNull(edit.keyTables());
        if (keyTables != null && (keyTables.length() > BackupTarget.KEY_TABLES_MAXLENGTH
                || !PgTables.KEY_TABLES.matcher(keyTables).matches())) {
            throw new BackupException(BackupProblem.KEY_TABLES_INVALID);
        }
        String locations = blankToNull(edit.locations());
        target.describe(name, scratch, keyTables, locations == null ? "disco local"
                : locations.substring(0, Math.min(locations.length(), BackupTarget.LOCATIONS_MAXLENGTH)), now);
        if (target.getId() == null) {
            em.persist(target);
            em.flush();
        }
        return target.getId();
    }

    /**
     * Connects to the target as a copy would and answers the server's version.
     *
     * @throws BackupException CONNECTION_FAILED with the driver's reason
     */
    public String testConnection(long id) {
        PgCoordinates coordinates = TargetCoordinates.of(find(id));
        try (Connection c = coordinates.connect()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new BackupException(BackupProblem.CONNECTION_FAILED, coordinates.toString(), e.getMessage());
        }
    }

    private BackupTarget find(long id) {
        BackupTarget target = scope.owned(em.find(BackupTarget.class, id), "BackupTargets.find", "backup_target", id);
        if (target == null) {
            throw new BackupException(BackupProblem.TARGET_NOT_FOUND, id);
        }
        return target;
    }

    private TargetView view(BackupTarget t) {
        if (t.isOwnDatabase()) {
            if (!TargetCoordinates.ownDatabaseIsPostgresql()) {
                return new TargetView(t.getId(), t.getName(), true, null, null, null, null, PasswordSource.ENV,
                        "SIGTI_DB_PASSWORD", t.getScratchDatabase(), t.getKeyTables(), t.getLocations());
            }
            PgCoordinates own = TargetCoordinates.of(t);
            return new TargetView(t.getId(), t.getName(), true, own.host(), own.port(), own.database(), own.user(),
                    PasswordSource.ENV, "SIGTI_DB_PASSWORD", TargetCoordinates.scratch(t, own), t.getKeyTables(),
                    t.getLocations());
        }
        return new TargetView(t.getId(), t.getName(), false, t.getHost(), t.getPort(), t.getDatabaseName(),
                t.getUserName(), t.getPasswordSource(), t.getPasswordRef(),
                TargetCoordinates.scratch(t, new PgCoordinates(t.getHost(), t.getPort(), t.getDatabaseName(),
                        t.getUserName(), null, null)), t.getKeyTables(), t.getLocations());
    }

    private static String identifier(String value) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new BackupException(BackupProblem.IDENTIFIER_INVALID, value);
        }
        return value;
    }

    private static String required(String value, BackupProblem problem) {
        String v = blankToNull(value);
        if (v == null) {
            throw new BackupException(problem);
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
