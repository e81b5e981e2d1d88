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
 * A user created on a security platform with one of its profiles (S04.04.00.01 step 3): the login on the platform,
 * the person who holds it, and whether it is the full-administration user (whose keeping place the platform records).
 * Its login is unique on its platform. No password or key is ever stored.
 */
@Entity
@Table(name = "security_platform_user")
public class SecurityPlatformUser {

    public static final int LOGIN_MAXLENGTH = 100;
    public static final int HOLDER_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false, updatable = false)
    private long platformId;

    @Column(nullable = false, updatable = false, length = LOGIN_MAXLENGTH)
    private String login;

    @Column(nullable = false, updatable = false, length = HOLDER_MAXLENGTH)
    private String holder;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "full_admin", nullable = false, updatable = false)
    private boolean fullAdmin;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SecurityPlatformUser() {
        // for JPA
    }

    public SecurityPlatformUser(long platformId, String login, String holder, long profileId, boolean fullAdmin,
            long caseId, String createdBy, Instant now) {
        this.platformId = platformId;
        this.login = requireNonNull(login, "Login is required.").strip();
        this.holder = requireNonNull(holder, "Holder is required.").strip();
        this.profileId = profileId;
        this.fullAdmin = fullAdmin;
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

    public String getLogin() {
        return login;
    }

    public String getHolder() {
        return holder;
    }

    public long getProfileId() {
        return profileId;
    }

    public boolean isFullAdmin() {
        return fullAdmin;
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
