package org.sigti.security;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.people.InstitutionScope;

/**
 * The history of settings (issue 19, item 12): the services that change a setting (service levels, working hours,
 * holidays, the time zone, backup schedules and targets, systems, equipment) write here, in their own transaction,
 * one row per changed field, with who and when; the Jefe(a) and the Auditor read it, their institution's only, newest
 * first, a page at a time. A setting given as a record (the form's draft) is compared component by component: a new
 * one has every value as "to", a removed one every value as "from"; the components named in {@code ignored} (ids,
 * versions, secrets) are never written. An enum value is kept as {@code Type.VALUE}, the key the screens' bundle
 * words it by.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class SettingsHistory {

    public static final int MAX_PAGE = 100;
    private static final String ROW = "select new org.sigti.security.SettingRow(s.id, s.changedAt, s.changedBy,"
            + " s.objectType, s.objectKey, s.field, s.oldValue, s.newValue) from SettingChange s";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    InstitutionScope scope;

    /** Writes the fields of {@code after} that differ from {@code before} (either may be null: created, removed). */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public void changed(String objectType, String objectKey, Record before, Record after, String... ignored) {
        Record shape = after != null ? after : before;
        if (shape == null) {
            return;
        }
        Set<String> skip = Set.of(ignored);
        for (RecordComponent component : shape.getClass().getRecordComponents()) {
            if (!skip.contains(component.getName())) {
                write(objectType, objectKey, component.getName(), value(component, before), value(component, after));
            }
        }
    }

    /** Writes one field's change, when it changed. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public void changed(String objectType, String objectKey, String field, Object from, Object to) {
        write(objectType, objectKey, field, text(from), text(to));
    }

    /** How many changes the caller's institution has, of one kind of setting when it is given. */
    public long count(String objectType) {
        return filtered("select count(s) from SettingChange s", objectType, "", Long.class).getSingleResult();
    }

    /** A page of the caller's institution's changes, newest first. */
    public List<SettingRow> page(String objectType, int first, int size) {
        return filtered(ROW, objectType, " order by s.changedAt desc, s.id desc", SettingRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList();
    }

    private void write(String objectType, String objectKey, String field, String from, String to) {
        if (Objects.equals(from, to)) {
            return;
        }
        em.persist(new SettingChange(scope.caller(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                context.getCallerPrincipal().getName(), objectType, objectKey, field, from, to));
    }

    private <T> TypedQuery<T> filtered(String select, String objectType, String order, Class<T> type) {
        boolean one = objectType != null && !objectType.isBlank();
        TypedQuery<T> q = em.createQuery(select + " where s.institutionCode = :institution"
                + (one ? " and s.objectType = :type" : "") + order, type).setParameter("institution", scope.caller());
        return one ? q.setParameter("type", objectType) : q;
    }

    private static String value(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return text(component.getAccessor().invoke(record));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> many) {
            return many.isEmpty() ? null : many.stream().map(SettingsHistory::text).sorted()
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return "Boolean." + b; // the screen shows "Sí" or "No"
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name(); // the screen shows its bundle's words
        }
        String s = String.valueOf(value);
        return s.isBlank() ? null : s;
    }
}
