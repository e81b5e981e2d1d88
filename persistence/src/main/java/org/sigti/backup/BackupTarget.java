package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A PostgreSQL database SIGTI copies itself with pg_dump: where it is, who connects, where the password comes from
 * (never the password itself, see {@link PasswordSource}), the scratch database the verification restores into and
 * the key tables whose rows it counts. The special target "SIGTI's own database" ({@link #isOwnDatabase()}) keeps no
 * coordinates: they are the server's datasource settings at the time of the copy.
 */
@Entity
@Table(name = "backup_target")
@NamedQuery(name = "BackupTarget.findAll", query = "select t from BackupTarget t where t.institutionCode = :institution"
        + " order by t.name, t.id")
@NamedQuery(name = "BackupTarget.findOwn", query = "select t from BackupTarget t where t.ownDatabase = true")
public class BackupTarget implements InstitutionOwned {

    public static final int NAME_MAXLENGTH = 60;
    public static final int HOST_MAXLENGTH = 200;
    public static final int IDENTIFIER_MAXLENGTH = 63;
    public static final int PASSWORD_REF_MAXLENGTH = 500;
    public static final int KEY_TABLES_MAXLENGTH = 2000;
    public static final int LOCATIONS_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "own_database", nullable = false)
    private boolean ownDatabase;

    @Column(length = HOST_MAXLENGTH)
    private String host;

    private Integer port;

    @Column(name = "database_name", length = IDENTIFIER_MAXLENGTH)
    private String databaseName;

    @Column(name = "user_name", length = IDENTIFIER_MAXLENGTH)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(name = "password_source", nullable = false, length = 10)
    private PasswordSource passwordSource;

    @Column(name = "password_ref", length = PASSWORD_REF_MAXLENGTH)
    private String passwordRef;

    @Column(name = "scratch_database", length = IDENTIFIER_MAXLENGTH)
    private String scratchDatabase;

    @Column(name = "key_tables", length = KEY_TABLES_MAXLENGTH)
    private String keyTables;

    @Column(nullable = false, length = LOCATIONS_MAXLENGTH)
    private String locations;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BackupTarget() {
        // for JPA
    }

    private BackupTarget(String institutionCode, String name, boolean ownDatabase, String createdBy, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.name = requireNonNull(name, "Name is required.");
        this.ownDatabase = ownDatabase;
        this.passwordSource = PasswordSource.NONE;
        this.locations = "disco local";
        this.createdBy = requireNonNull(createdBy, "Creator is required.");
        this.createdAt = requireNonNull(now, "Creation time is required.");
        this.updatedAt = now;
    }

    /** A database elsewhere, reached by host, port, database and user. */
    public static BackupTarget external(String institutionCode, String name, String createdBy, Instant now) {
        return new BackupTarget(institutionCode, name, false, createdBy, now);
    }

    /** SIGTI's own database, with the coordinates of the server's datasource. */
    public static BackupTarget ownDatabase(String institutionCode, String name, String createdBy, Instant now) {
        return new BackupTarget(institutionCode, name, true, createdBy, now);
    }

    /** Sets where the database is; ignored for SIGTI's own database. */
    public void locate(String host, Integer port, String databaseName, String userName, PasswordSource source,
            String passwordRef, Instant now) {
        if (!ownDatabase) {
            this.host = requireNonNull(host, "Host is required.");
            this.port = requireNonNull(port, "Port is required.");
            this.databaseName = requireNonNull(databaseName, "Database is required.");
            this.userName = requireNonNull(userName, "User is required.");
            this.passwordSource = requireNonNull(source, "Password source is required.");
            this.passwordRef = source == PasswordSource.NONE ? null : requireNonNull(passwordRef,
                    "Password reference is required.");
        }
        this.updatedAt = now;
    }

    /** Sets the name, scratch database (null: the default), key tables (null: all) and where copies are kept. */
    public void describe(String name, String scratchDatabase, String keyTables, String locations, Instant now) {
        this.name = requireNonNull(name, "Name is required.");
        this.scratchDatabase = scratchDatabase;
        this.keyTables = keyTables;
        this.locations = requireNonNull(locations, "Locations are required.");
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isOwnDatabase() {
        return ownDatabase;
    }

    public String getHost() {
        return host;
    }

    public Integer getPort() {
        return port;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public String getUserName() {
        return userName;
    }

    public PasswordSource getPasswordSource() {
        return passwordSource;
    }

    public String getPasswordRef() {
        return passwordRef;
    }

    public String getScratchDatabase() {
        return scratchDatabase;
    }

    public String getKeyTables() {
        return keyTables;
    }

    public String getLocations() {
        return locations;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
