package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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
 * The calendar of step 1 of SEPREM-DI-008.2/008.3 and of the Cronograma anual (SGSI-FOR-026) of S04.03.02.01 and
 * S04.03.03.01: what is copied, by which procedure, how often (an EJB calendar expression, in a time zone), by whom
 * and where to. Life cycle: defined by a Responsable of its unit (or the Jefe), edited, disabled and enabled again;
 * never deleted, because its tasks refer to it. While enabled it has exactly one persistent timer.
 */
@Entity
@Table(name = "backup_schedule")
@NamedQuery(name = "BackupSchedule.findEnabled", query = "select s from BackupSchedule s where s.enabled = true"
        + " order by s.id")
public class BackupSchedule implements InstitutionOwned {

    public static final int NAME_MAXLENGTH = 200;
    public static final int TARGET_NAME_MAXLENGTH = 200;
    public static final int EXPRESSION_MAXLENGTH = 200;
    public static final int MAX_OVERDUE_HOURS = 24 * 366;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private BackupTargetKind targetKind;

    @Column(name = "target_name", nullable = false, length = TARGET_NAME_MAXLENGTH)
    private String targetName;

    @Column(name = "system_id")
    private Long systemId;

    /** The registered PostgreSQL target SIGTI copies with pg_dump at each run, or null (the Técnico copies). */
    @Column(name = "pg_target_id")
    private Long pgTargetId;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BackupFrequency frequency;

    @Column(name = "calendar_expression", nullable = false, length = EXPRESSION_MAXLENGTH)
    private String calendarExpression;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "unit_code", nullable = false, length = 20)
    private String unitCode;

    @Column(name = "responsible_tecnico", nullable = false, length = 100)
    private String responsibleTecnico;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    @Column(nullable = false, length = 200)
    private String locations;

    @Column(name = "overdue_hours", nullable = false)
    private int overdueHours;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BackupSchedule() {
        // for JPA
    }

    public BackupSchedule(String institutionCode, String unitCode, String ownerUsername, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.unitCode = requireNonNull(unitCode, "Unit is required.");
        this.ownerUsername = requireNonNull(ownerUsername, "Owner is required.");
        this.createdAt = requireNonNull(now, "Creation time is required.");
        this.updatedAt = now;
        this.enabled = true;
    }

    /** Sets what the schedule copies, how and when; the caller validated the values. */
    public void define(String name, BackupTargetKind targetKind, String targetName, Long systemId, String procedureCode,
            BackupFrequency frequency, String calendarExpression, String timeZone, String responsibleTecnico,
            Set<StorageLocation> locations, int overdueHours, Instant now) {
        this.name = requireNonNull(name, "Name is required.");
        this.targetKind = requireNonNull(targetKind, "Target kind is required.");
        this.targetName = requireNonNull(targetName, "Target name is required.");
        this.systemId = systemId;
        this.procedureCode = requireNonNull(procedureCode, "Procedure is required.");
        this.frequency = requireNonNull(frequency, "Frequency is required.");
        this.calendarExpression = requireNonNull(calendarExpression, "Calendar expression is required.");
        this.timeZone = requireNonNull(timeZone, "Time zone is required.");
        this.responsibleTecnico = requireNonNull(responsibleTecnico, "Responsible technician is required.");
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one storage location is required.");
        }
        this.locations = locations.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        if (overdueHours <= 0 || overdueHours > MAX_OVERDUE_HOURS) {
            throw new IllegalArgumentException("Overdue delay out of range: " + overdueHours);
        }
        this.overdueHours = overdueHours;
        this.updatedAt = requireNonNull(now);
    }

    public void enable(Instant now) {
        this.enabled = true;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BackupTargetKind getTargetKind() {
        return targetKind;
    }

    public String getTargetName() {
        return targetName;
    }

    public Long getPgTargetId() {
        return pgTargetId;
    }

    /** Sets the target SIGTI copies with pg_dump at each run (null: none); the caller validated it. */
    public void copyWith(Long pgTargetId) {
        this.pgTargetId = pgTargetId;
    }

    public Long getSystemId() {
        return systemId;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public BackupFrequency getFrequency() {
        return frequency;
    }

    public String getCalendarExpression() {
        return calendarExpression;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getResponsibleTecnico() {
        return responsibleTecnico;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    /** The locations SIGTI knows; a value written to the table by other means than SIGTI is left out. */
    public Set<StorageLocation> getLocations() {
        Set<StorageLocation> set = EnumSet.noneOf(StorageLocation.class);
        for (String name : locations.split(",")) {
            Arrays.stream(StorageLocation.values()).filter(l -> l.name().equals(name.strip())).forEach(set::add);
        }
        return set;
    }

    public int getOverdueHours() {
        return overdueHours;
    }

    public boolean isEnabled() {
        return enabled;
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
