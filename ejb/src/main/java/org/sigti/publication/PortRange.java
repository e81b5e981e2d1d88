package org.sigti.publication;

import java.io.Serializable;

/** A port (from == to) or a range of ports, 1–65535, of a publication. */
public record PortRange(int from, int to) implements Serializable {

    public static final int MIN = 1;
    public static final int MAX = 65535;

    public PortRange {
        if (from < MIN || to > MAX || from > to) {
            throw new IllegalArgumentException("Bad port range " + from + "-" + to);
        }
    }

    public boolean overlaps(PortRange other) {
        return from <= other.to && other.from <= to;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
