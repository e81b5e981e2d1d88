package org.sigti.statistics;

import java.time.LocalDate;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;

/**
 * The statistics team sends the schedule's reminders now, without waiting for the daily timer (after a change of the
 * schedule, say): the same sweep, which sends nothing a reminder already sent today.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class StatisticsReminders {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    ReminderSweep sweep;

    /** Sends the reminders due today; answers how many mails were queued. */
    public int remindNow() {
        StatisticsAccess access = new StatisticsAccess(context, em, securityEvents);
        access.requireTeam(access.actor().institutionCode(), "StatisticsReminders.remindNow", "StatDue", null);
        return sweep.sweep(LocalDate.now(StatisticsIntake.ZONE));
    }
}
