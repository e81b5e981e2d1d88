package org.sigti.workflow;

import java.io.Serializable;

/** A person a step may be given to: user name, name as people know it, and unit. */
public record Assignee(String username, String fullName, String unitCode) implements Serializable {
}
