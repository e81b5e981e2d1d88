package org.sigti.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A person's account on one platform, with its privileges. Life cycle: granted ACTIVE by a case (an alta or a
 * creation), its privileges changed by a modification, DISABLED when a baja starts, CLOSED when the baja ends (the
 * name is free again). Who granted and closed it, when and by which case stay on the row; every change is also an
 * {@link AccountEvent}.
 */
@Entity
@Table(name = "account")
public class Account implements InstitutionOwned {

    public static final int NAME_MAXLENGTH = 100;
    public static final int PERSON_NAME_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "platform_code", nullable = false, updatable = false, length = 30)
    private String platformCode;

    @Column(name = "account_name", nullable = false, updatable = false, length = NAME_MAXLENGTH)
    private String accountName;

    @Column(name = "live_name", length = NAME_MAXLENGTH)
    private String liveName;

    @Column(name = "person_username", nullable = false, updatable = false, length = 100)
    private String personUsername;

    @Column(name = "person_name", nullable = false, length = PERSON_NAME_MAXLENGTH)
    private String personName;

    @Column(name = "person_unit_code", length = 20)
    private String personUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountStatus status;

    @Column(name = "granted_by", nullable = false, updatable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "grant_case_id", updatable = false)
    private Long grantCaseId;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_case_id")
    private Long closeCaseId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_privilege", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "privilege_code", length = 40)
    private Set<String> privileges = new TreeSet<>();

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** Grants a new active account. */
    public Account(String institutionCode, String platformCode, String accountName, String personUsername, String personName,
            String personUnitCode, Set<String> privileges, String grantedBy, Long grantCaseId, Instant grantedAt) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.platformCode = requireNonNull(platformCode, "platform is required.");
        this.accountName = requireNonNull(accountName, "account name is required.");
        this.liveName = accountName;
        this.personUsername = requireNonNull(personUsername, "person is required.");
        this.personName = requireNonNull(personName, "person name is required.");
        this.personUnitCode = personUnitCode;
        this.privileges.addAll(privileges);
        this.grantedBy = requireNonNull(grantedBy);
        this.grantCaseId = grantCaseId;
        this.grantedAt = requireNonNull(grantedAt);
        this.status = AccountStatus.ACTIVE;
    }

    /** Adds privileges; returns those that were not held yet. */
    public Set<String> grantPrivileges(Set<String> more) {
        requireOpen();
        Set<String> added = new TreeSet<>(more);
        added.removeAll(privileges);
        privileges.addAll(added);
        return added;
    }

    /** Disables the account and removes its privileges (E8 step 2); returns the privileges removed. */
    public Set<String> disable() {
        requireOpen();
        Set<String> removed = new TreeSet<>(privileges);
        privileges.clear();
        status = AccountStatus.DISABLED;
        return removed;
    }

    /** Closes the account for good; its name may be given again. */
    public void close(String by, Long caseId, Instant at) {
        requireOpen();
        privileges.clear();
        status = AccountStatus.CLOSED;
        liveName = null;
        closedBy = requireNonNull(by);
        closeCaseId = caseId;
        closedAt = requireNonNull(at);
    }

    public boolean isOpen() {
        return status != AccountStatus.CLOSED;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("account " + id + " is closed");
        }
    }

    public Long getId() {
        return id;
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getPersonUsername() {
        return personUsername;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonUnitCode() {
        return personUnitCode;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Long getGrantCaseId() {
        return grantCaseId;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getCloseCaseId() {
        return closeCaseId;
    }

    public Set<String> getPrivileges() {
        return Collections.unmodifiableSet(privileges);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
