package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One setting of the inventory (the expiry window in days, the hour of the daily sweep, who gets the alerts). */
@Entity
@Table(name = "inventory_setting")
public class InventorySetting {

    public static final String EXPIRY_WINDOW_DAYS = "expiry.window.days";
    public static final String EXPIRY_HOUR = "expiry.hour";
    public static final String EXPIRY_ASSIGNEE = "expiry.assignee";
    public static final String EXPIRY_LAST_RUN = "expiry.last.run";

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "val", nullable = false, length = 200)
    private String value;

    @Version
    private long version;

    protected InventorySetting() {
        // for JPA
    }

    public InventorySetting(String name, String value) {
        this.name = requireNonNull(name);
        this.value = requireNonNull(value);
    }

    public void change(String value) {
        this.value = requireNonNull(value);
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public long getVersion() {
        return version;
    }
}
