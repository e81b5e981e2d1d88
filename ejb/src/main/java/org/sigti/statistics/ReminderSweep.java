package org.sigti.statistics;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;

/**
 * The reminders of the submission schedule, to the titular and the alterno of each entity whose table is not accepted
 * yet: once {@value #DAYS_BEFORE} days or less before the due date, and from the day after it, once a week until it
 * is accepted. Each reminder is recorded on the due in the transaction that queues its mails, so a sweep that runs
 * twice a day, or is caught up after a restart, sends nothing twice. Mails are in Spanish, the Sector's language
 * (org/sigti/statistics/mail.properties).
 */
@ApplicationScoped
public class ReminderSweep {

    /** How many days before the due date the reminder goes. */
    public static final int DAYS_BEFORE = 3;
    /** How many days apart the reminders after the due date go. */
    public static final int DAYS_BETWEEN_LATE = 7;
    /** The outbox's source of these mails (they are about no case). */
    public static final String SOURCE = "estadistica";

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    /** Sends the reminders due on {@code today}; answers how many mails were queued. */
    @Transactional
    public int sweep(LocalDate today) {
        int mails = 0;
        List<Object[]> before = em.createQuery("select d, e, t from StatDue d, StatEntity e, StatTemplate t"
                + " where e.id = d.entityId and t.id = d.templateId and d.acceptedVersion is null"
                + " and d.remindedBeforeOn is null and d.dueOn >= :today and d.dueOn <= :limit", Object[].class)
                .setParameter("today", today).setParameter("limit", today.plusDays(DAYS_BEFORE)).getResultList();
        for (Object[] o : before) {
            StatDue due = (StatDue) o[0];
            due.remindedBefore(today);
            mails += mail("before", due, (StatEntity) o[1], (StatTemplate) o[2]);
        }
        List<Object[]> late = em.createQuery("select d, e, t from StatDue d, StatEntity e, StatTemplate t"
                + " where e.id = d.entityId and t.id = d.templateId and d.acceptedVersion is null"
                + " and d.dueOn < :today and (d.remindedAfterOn is null or d.remindedAfterOn <= :again)",
                Object[].class).setParameter("today", today)
                .setParameter("again", today.minusDays(DAYS_BETWEEN_LATE)).getResultList();
        for (Object[] o : late) {
            StatDue due = (StatDue) o[0];
            due.remindedAfter(today);
            mails += mail("late", due, (StatEntity) o[1], (StatTemplate) o[2]);
        }
        return mails;
    }

    private int mail(String template, StatDue due, StatEntity entity, StatTemplate table) {
        int sent = 0;
        String[][] recipients = {{entity.getTitularEmail(), entity.getTitularUser()},
            {entity.getAlternoEmail(), entity.getAlternoUser()}};
        for (String[] r : recipients) {
            if (r[0] == null || r[0].isBlank()) {
                continue;
            }
            outbox.queue(new MailDraft(SOURCE, null, "statistics." + template, r[0], r[1],
                    render(template + ".subject", due, entity, table), render(template + ".body", due, entity,
                    table)));
            sent++;
        }
        return sent;
    }

    /** The text of a template; package-visible for tests. */
    static String render(String key, StatDue due, StatEntity entity, StatTemplate table) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.statistics.mail", SPANISH,
                ReminderSweep.class.getClassLoader());
        String link = System.getProperty("sigti.base-url", "http://localhost:8080/sigti")
                + "/statistics/upload.xhtml?due=" + due.getId();
        return new MessageFormat(bundle.getString(key), SPANISH).format(new Object[] {entity.getName(),
            table.getCode(), table.getName(), due.getPeriod(), DATE.format(due.getDueOn()), link});
    }
}
