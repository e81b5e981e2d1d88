package org.sigti.accounts;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A platform people get accounts on (procedures.md C1, E7): the account side of a catalog system, keyed by the
 * system's code. Life cycle: registered by the Jefe or a Responsable, described again at will, deactivated when it
 * must take no new accounts (the accounts it has keep living until their bajas), deleted only while no account was
 * ever opened on it. {@code name} may be empty on rows older than V19: the system's name stands for it.
 */
@Entity
@Table(name = "account_platform")
public class AccountPlatform implements InstitutionOwned {

    public static final int CODE_MAXLENGTH = 30;
    public static final int NAME_MAXLENGTH = 200;
    public static final int RULE_MAXLENGTH = 1000;

    @Id
    @Column(name = "platform_code", length = CODE_MAXLENGTH)
    private String code;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "license_pool_id")
    private Long licensePoolId;

    @Column(name = "account_rule", length = RULE_MAXLENGTH)
    private String accountRule;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected AccountPlatform() {
        // for JPA
    }

    /** A new active platform on the catalog system {@code code}. */
    public AccountPlatform(String institutionCode, String code, String name, Long licensePoolId, String accountRule) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.code = requireNonNull(code, "code is required.");
        this.active = true;
        describe(name, licensePoolId, accountRule);
    }

    public void describe(String name, Long licensePoolId, String accountRule) {
        this.name = requireNonNull(name, "name is required.");
        this.licensePoolId = licensePoolId;
        this.accountRule = accountRule;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getLicensePoolId() {
        return licensePoolId;
    }

    public String getAccountRule() {
        return accountRule;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
