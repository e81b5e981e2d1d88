package org.sigti.secplatform;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An administration profile of a security platform (S04.04.00.01 step 2): a name and the functions of the people it
 * is assigned to. Created by a case's step 2; its name is unique on its platform; never changed afterwards.
 */
@Entity
@Table(name = "security_platform_profile")
public class SecurityPlatformProfile {

    public static final int NAME_MAXLENGTH = 100;
    public static final int FUNCTIONS_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false, updatable = false)
    private long platformId;

    @Column(nullable = false, updatable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(nullable = false, updatable = false, length = FUNCTIONS_MAXLENGTH)
    private String functions;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SecurityPlatformProfile() {
        // for JPA
    }

    public SecurityPlatformProfile(long platformId, String name, String functions, long caseId, String createdBy,
            Instant now) {
        this.platformId = platformId;
        this.name = requireNonNull(name, "Name is required.").strip();
        this.functions = requireNonNull(functions, "Functions are required.").strip();
        this.caseId = caseId;
        this.createdBy = requireNonNull(createdBy);
        this.createdAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getPlatformId() {
        return platformId;
    }

    public String getName() {
        return name;
    }

    public String getFunctions() {
        return functions;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
