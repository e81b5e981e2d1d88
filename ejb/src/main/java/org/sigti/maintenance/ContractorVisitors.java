package org.sigti.maintenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sigti.workflow.WorkflowException;

/**
 * The people of a contractor's ticket (S04.03.01.03 steps 6 and 9): one per line, name and DNI separated by a comma
 * or a semicolon ("Ana Pérez, 12345678"). Bad input is refused with the message key of what is wrong.
 */
public final class ContractorVisitors {

    /** The largest ticket: one work party in the data center. */
    public static final int MAX = 20;

    /** One person of the ticket. */
    public record Visitor(String name, String dni) implements Serializable {
    }

    private ContractorVisitors() {
    }

    /** The visitors of the text, in its order; a bad line, a bad or repeated DNI refuse the whole list. */
    public static List<Visitor> parse(String text) {
        List<Visitor> visitors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int cut = Math.max(line.lastIndexOf(','), line.lastIndexOf(';'));
            String name = cut < 0 ? "" : line.substring(0, cut).strip();
            String dni = cut < 0 ? "" : line.substring(cut + 1).strip();
            if (name.isEmpty() || dni.isEmpty() || name.length() > DataCenterVisit.NAME_MAXLENGTH) {
                throw new WorkflowException("datacenter.visitors.format", line.strip());
            }
            if (!DataCenterVisit.isDni(dni)) {
                throw new WorkflowException("datacenter.dni.invalid", dni);
            }
            if (!seen.add(dni)) {
                throw new WorkflowException("datacenter.visitors.duplicate", dni);
            }
            visitors.add(new Visitor(name, dni));
        }
        if (visitors.isEmpty()) {
            throw new WorkflowException("datacenter.visitors.format", "");
        }
        if (visitors.size() > MAX) {
            throw new WorkflowException("datacenter.visitors.tooMany", String.valueOf(MAX));
        }
        return List.copyOf(visitors);
    }
}
