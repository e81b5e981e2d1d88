package org.sigti.maintenance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of the Defensoría's register DGP/ESIN-R-6 "Mantenimiento de Sistemas" (DPG/ESIN-PRO-5, Anexo 2): one
 * maintenance request, written when its feasibility is known and concluded by its go-live or by the justification
 * sent when it is not viable. One row per case (the database refuses a second one).
 */
@Entity
@Table(name = "maintenance_record")
public class MaintenanceRecord {

    public static final int OBSERVATIONS_MAXLENGTH = 4000;
    public static final int UNIT_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, length = 20, updatable = false)
    private String institutionCode;

    @Column(name = "record_number", nullable = false, length = 30, updatable = false)
    private String recordNumber;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 30, updatable = false)
    private String caseNumber;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "system_id", nullable = false)
    private Long systemId;

    @Column(name = "requester_unit", length = UNIT_MAXLENGTH)
    private String requesterUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "maintenance_type", nullable = false, length = 20)
    private SystemMaintenanceType maintenanceType;

    @Column(nullable = false)
    private boolean feasible;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "in_production", nullable = false)
    private boolean inProduction;

    @Column(length = OBSERVATIONS_MAXLENGTH)
    private String observations;

    @Version
    private long version;

    protected MaintenanceRecord() {
        // for JPA
    }

    public MaintenanceRecord(String institutionCode, String recordNumber, long caseId, String caseNumber,
            Instant requestedAt, long systemId, String requesterUnit, SystemMaintenanceType type, boolean feasible) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.recordNumber = requireNonNull(recordNumber, "Number is required.");
        this.caseId = caseId;
        this.caseNumber = requireNonNull(caseNumber, "Case number is required.");
        this.requestedAt = requireNonNull(requestedAt, "Request date is required.");
        this.systemId = systemId;
        this.requesterUnit = cut(requesterUnit, UNIT_MAXLENGTH);
        this.maintenanceType = requireNonNull(type, "Maintenance type is required.");
        this.feasible = feasible;
    }

    /** The analysis was done again (after a return): the system, type and feasibility it now says. */
    public void reassess(long systemId, SystemMaintenanceType type, boolean feasible) {
        requireOpen();
        this.systemId = systemId;
        this.maintenanceType = requireNonNull(type, "Maintenance type is required.");
        this.feasible = feasible;
    }

    /** The request ends: in production (go-live) or not (justification), with the register's observations. */
    public void conclude(Instant at, boolean inProduction, String observations) {
        requireOpen();
        this.concludedAt = requireNonNull(at, "Conclusion time is required.");
        this.inProduction = inProduction;
        this.observations = cut(observations, OBSERVATIONS_MAXLENGTH);
    }

    private void requireOpen() {
        if (concludedAt != null) {
            throw new IllegalStateException("Register row " + recordNumber + " is already concluded.");
        }
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getSystemId() {
        return systemId;
    }

    public String getRequesterUnit() {
        return requesterUnit;
    }

    public SystemMaintenanceType getMaintenanceType() {
        return maintenanceType;
    }

    public boolean isFeasible() {
        return feasible;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public boolean isInProduction() {
        return inProduction;
    }

    public String getObservations() {
        return observations;
    }
}
