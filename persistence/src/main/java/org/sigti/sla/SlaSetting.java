package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named setting of the service levels (the time zone, once here, is now each institution's). The value
 * column is {@code setting_value}: {@code VALUE} is a reserved word in H2.
 */
@Entity
@Table(name = "sla_setting")
public class SlaSetting {

    public static final int VALUE_MAXLENGTH = 200;

    @Id
    @Column(length = 50)
    private String name;

    @Column(name = "setting_value", nullable = false, length = VALUE_MAXLENGTH)
    private String value;

    @Version
    private long version;

    protected SlaSetting() {
        // for JPA
    }

    public SlaSetting(String name, String value) {
        this.name = requireNonNull(name, "Name is required.");
        change(value);
    }

    public void change(String value) {
        this.value = requireNonNull(value, "Value is required.");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
