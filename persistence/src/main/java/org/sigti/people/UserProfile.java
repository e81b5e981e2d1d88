package org.sigti.people;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.OrgUnit;

/**
 * What SIGTI knows of a person: a copy of the identity provider's data (name, e-mail, unit, roles), refreshed on
 * every login. SIGTI stores no passwords; Keycloak (and the Active Directory federated into it) is the source of
 * truth, and this profile lets lists, inboxes and the audit trail name people without asking Keycloak.
 */
@Entity
@Table(name = "user_profile")
@NamedQuery(name = "UserProfile.findByUsername", query = "select p from UserProfile p where p.username = :username")
@NamedQuery(name = "UserProfile.findUnitCode",
        query = "select u.code from UserProfile p join p.unit u where p.username = :username")
public class UserProfile {

    public static final int USERNAME_MAXLENGTH = 100;
    public static final int FULL_NAME_MAXLENGTH = 200;
    public static final int EMAIL_MAXLENGTH = 254;
    public static final int ROLES_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAXLENGTH)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAXLENGTH)
    private String fullName;

    @Column(length = EMAIL_MAXLENGTH)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    /** Realm role names, comma separated and sorted, as they were at the last login. */
    @Column(nullable = false, length = ROLES_MAXLENGTH)
    private String roles;

    @Column(name = "first_login_at", nullable = false)
    private Instant firstLoginAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    @Column(name = "previous_login_at")
    private Instant previousLoginAt;

    @Column(name = "login_count", nullable = false)
    private int loginCount;

    @Version
    private long version;

    protected UserProfile() {
        // for JPA
    }

    /** The profile of a person logging in for the first time. */
    public UserProfile(String username, Instant now) {
        this.username = requireNonNull(username, "Username is required.");
        this.firstLoginAt = requireNonNull(now, "Login time is required.");
        this.lastLoginAt = now;
        this.fullName = username;
        this.roles = "";
    }

    /**
     * Records a login: copies what the identity provider says of the person now and moves the login clock.
     */
    public void recordLogin(String fullName, String email, OrgUnit unit, Collection<String> roles, Instant now) {
        requireNonNull(now, "Login time is required.");
        this.fullName = truncate(fullName == null || fullName.isBlank() ? username : fullName.strip(),
                FULL_NAME_MAXLENGTH);
        this.email = email == null || email.isBlank() ? null : truncate(email.strip(), EMAIL_MAXLENGTH);
        this.unit = unit;
        this.roles = truncate(roles.stream().sorted().collect(Collectors.joining(",")), ROLES_MAXLENGTH);
        if (loginCount > 0) {
            this.previousLoginAt = this.lastLoginAt;
        }
        this.lastLoginAt = now;
        this.loginCount++;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public List<String> getRoles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public Instant getFirstLoginAt() {
        return firstLoginAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** The login before the current one, or null on the first. */
    public Instant getPreviousLoginAt() {
        return previousLoginAt;
    }

    public int getLoginCount() {
        return loginCount;
    }
}
