package org.sigti.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the lists filtered by a system of the catalog and a year share ("Cambios", the register DGP/ESIN-R-6): the
 * two view parameters, and the years a filter may choose, this one and the nine before, in the institution's zone.
 */
public abstract class SystemYearFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long system;
    private Integer year;

    /** The institution's zone, where a year starts. */
    protected abstract ZoneId zone();

    /** The years a filter may choose: this one and the nine before. */
    public List<Integer> getYears() {
        int now = LocalDate.now(zone()).getYear();
        return IntStream.rangeClosed(0, 9).mapToObj(i -> now - i).toList();
    }

    public Long getSystem() {
        return system;
    }

    public void setSystem(Long system) {
        this.system = system;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
