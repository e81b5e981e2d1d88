package org.sigti.accounts;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A privilege a platform grants to accounts (USUARIO, USB, TELETRABAJO...). Uncommon ones ("privilegios no comunes",
 * E7: social networks, USB, peripherals, remote work VPN) need the Secretario General's signed authorization. A
 * retired privilege (not active) is granted no more; accounts that hold it keep it until changed.
 */
@Entity
@Table(name = "platform_privilege")
@IdClass(PlatformPrivilege.Key.class)
public class PlatformPrivilege {

    public static final int CODE_MAXLENGTH = 40;
    public static final int NAME_MAXLENGTH = 200;

    @Id
    @Column(name = "platform_code", length = AccountPlatform.CODE_MAXLENGTH)
    private String platformCode;

    @Id
    @Column(length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(nullable = false)
    private boolean uncommon;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected PlatformPrivilege() {
        // for JPA
    }

    public PlatformPrivilege(String platformCode, String code, String name, boolean uncommon) {
        this.platformCode = requireNonNull(platformCode, "platform is required.");
        this.code = requireNonNull(code, "code is required.");
        this.active = true;
        describe(name, uncommon);
    }

    public void describe(String name, boolean uncommon) {
        this.name = requireNonNull(name, "name is required.");
        this.uncommon = uncommon;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isUncommon() {
        return uncommon;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    /** The key: platform and privilege code. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String platformCode;
        private String code;

        public Key() {
            // for JPA
        }

        public Key(String platformCode, String code) {
            this.platformCode = platformCode;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(platformCode, k.platformCode) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(platformCode, code);
        }
    }
}
