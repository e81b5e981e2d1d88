package org.sigti.web.admin;

import java.io.Serializable;

import org.sigti.sla.Priority;
import org.sigti.sla.SlaTargets;
import org.sigti.sla.TargetEdit;

/** One priority's targets as typed on the service levels page, in minutes of business time. */
public class TargetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Priority priority;
    private Integer response;
    private Integer resolution;

    TargetRow(Priority priority, SlaTargets targets) {
        this.priority = priority;
        this.response = (int) targets.response().toMinutes();
        this.resolution = (int) targets.resolution().toMinutes();
    }

    TargetEdit edit() {
        return new TargetEdit(priority, response, resolution);
    }

    public Priority getPriority() {
        return priority;
    }

    public Integer getResponse() {
        return response;
    }

    public void setResponse(Integer response) {
        this.response = response;
    }

    public Integer getResolution() {
        return resolution;
    }

    public void setResolution(Integer resolution) {
        this.resolution = resolution;
    }
}
