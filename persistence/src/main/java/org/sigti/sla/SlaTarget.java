package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The response and resolution targets of one priority, in minutes of business time, as the Jefe set them. One row
 * per priority, created by the schema migration with SIGTI's defaults; rows are changed, never added or removed.
 */
@Entity
@Table(name = "sla_target")
@NamedQuery(name = "SlaTarget.findAll", query = "select t from SlaTarget t order by t.priority")
public class SlaTarget {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Priority priority;

    @Column(name = "response_minutes", nullable = false)
    private int responseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @Version
    private long version;

    protected SlaTarget() {
        // for JPA
    }

    public SlaTarget(Priority priority, int responseMinutes, int resolutionMinutes) {
        this.priority = requireNonNull(priority, "Priority is required.");
        change(responseMinutes, resolutionMinutes);
    }

    /** New targets; the response may not be longer than the resolution and both must be positive. */
    public void change(int responseMinutes, int resolutionMinutes) {
        SlaTargets.ofMinutes(responseMinutes, resolutionMinutes);
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }

    public Priority getPriority() {
        return priority;
    }

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public SlaTargets targets() {
        return SlaTargets.ofMinutes(responseMinutes, resolutionMinutes);
    }
}
