package org.sigti.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A queue a manual names (UIT, the OGTIE help desk...) bound to the unit whose staff serve it in this institution.
 * Procedures declare queues; the institution decides which of its units (Keycloak groups) serves each.
 */
@Entity
@Table(name = "work_queue")
public class WorkQueue {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_code", nullable = false, length = 20)
    private String unitCode;

    @Version
    private long version;

    protected WorkQueue() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnitCode() {
        return unitCode;
    }
}
