package org.sigti.web.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Shows instants (stored in UTC) in the institution's time zone: {@code SIGTI_TIMEZONE}, through the system
 * property {@code sigti.timezone} that {@code wildfly-config/cli/application.cli} defines.
 */
@Named
@ApplicationScoped
public class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ZoneId zone = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone));
    }

    /** A calendar day (no time zone: it is the day as recorded). */
    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public ZoneId getZone() {
        return zone;
    }
}
