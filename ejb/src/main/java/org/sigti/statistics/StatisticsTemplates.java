package org.sigti.statistics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.statistics.StatColumn.Type;
import org.sigti.statistics.StatTemplate.TotalRule;
import org.sigti.statistics.StatisticsRows.CodeListRow;
import org.sigti.statistics.StatisticsRows.ColumnDraft;
import org.sigti.statistics.StatisticsRows.TemplateDraft;
import org.sigti.statistics.StatisticsRows.TemplateRow;
import org.sigti.statistics.TemplateSpec.ColumnSpec;
import org.sigti.workflow.WorkflowException;

/**
 * The statistical table templates and code lists the statistics team defines (the formats of the ETTDE SD, which
 * SIESDEF held): the team writes them, the Auditor reads them, and every representative reads and downloads them to
 * fill them in. A template is immutable once written: a changed format is a new template (its code tells them
 * apart), so the data already stored keeps the shape it was validated against.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR, Roles.REPRESENTANTE})
public class StatisticsTemplates {

    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;
    /** The most columns a template has. */
    public static final int MAX_COLUMNS = 40;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,29}");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    /** How many templates the caller's institution has (a representative: MINDEF's, the Sector's governing body). */
    public long count() {
        return em.createQuery("select count(t) from StatTemplate t where t.institutionCode = :i", Long.class)
                .setParameter("i", institution()).getSingleResult();
    }

    /** A page of the templates, by code. */
    public List<TemplateRow> page(int first, int size) {
        return em.createQuery("select t, (select count(c) from StatColumn c where c.templateId = t.id)"
                + " from StatTemplate t where t.institutionCode = :i order by t.code", Object[].class)
                .setParameter("i", institution()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultStream().map(o -> {
                    StatTemplate t = (StatTemplate) o[0];
                    return new TemplateRow(t.getId(), t.getCode(), t.getName(), t.getTotalRule(),
                            ((Long) o[1]).intValue());
                }).toList();
    }

    /** A template with its columns and codes. */
    public TemplateSpec spec(long templateId) {
        StatTemplate t = em.find(StatTemplate.class, templateId);
        if (t == null || !t.getInstitutionCode().equals(institution())) {
            throw new WorkflowException("statistics.template.unknown");
        }
        return spec(em, t);
    }

    /** The code lists, by code (a handful: the page is capped). */
    public List<CodeListRow> codeLists() {
        return em.createQuery("select l, (select count(c) from StatCode c where c.listId = l.id) from StatCodeList l"
                + " where l.institutionCode = :i order by l.code", Object[].class).setParameter("i", institution())
                .setMaxResults(MAX_PAGE).getResultStream().map(o -> {
                    StatCodeList l = (StatCodeList) o[0];
                    return new CodeListRow(l.getId(), l.getCode(), l.getName(), (Long) o[1]);
                }).toList();
    }

    /** Writes a code list from lines "CODE;Label"; answers its id. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public long createCodeList(String code, String name, String lines) {
        StatisticsAccess access = access();
        String institution = access.actor().institutionCode();
        access.requireTeam(institution, "StatisticsTemplates.createCodeList", "StatCodeList", code);
        Map<String, String> problems = new LinkedHashMap<>();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            problems.put("code", "statistics.input.code");
        } else if (!em.createQuery("select l.id from StatCodeList l where l.institutionCode = :i and l.code = :c",
                Long.class).setParameter("i", institution).setParameter("c", c).getResultList().isEmpty()) {
            problems.put("code", "statistics.input.duplicate");
        }
        String n = text(name, StatCodeList.NAME_MAXLENGTH, "name", problems);
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            String k = parts[0].strip().toUpperCase(java.util.Locale.ROOT);
            String label = parts.length > 1 ? parts[1].strip() : "";
            if (!CODE.matcher(k).matches() || label.isEmpty() || label.length() > StatCode.LABEL_MAXLENGTH
                    || codes.put(k, label) != null) {
                problems.put("codes", "statistics.input.codes");
            }
        }
        if (codes.isEmpty()) {
            problems.putIfAbsent("codes", "statistics.input.codes");
        }
        refuseIf(problems);
        StatCodeList list = new StatCodeList(institution, c, n);
        em.persist(list);
        em.flush();
        codes.forEach((k, label) -> em.persist(new StatCode(list.getId(), k, label)));
        return list.getId();
    }

    /** Writes a template; answers its id. Refused with a message per field when it is not well formed. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public long create(TemplateDraft draft) {
        StatisticsAccess access = access();
        String institution = access.actor().institutionCode();
        access.requireTeam(institution, "StatisticsTemplates.create", "StatTemplate", draft.code());
        Map<String, String> problems = new LinkedHashMap<>();
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            problems.put("code", "statistics.input.code");
        } else if (!em.createQuery("select t.id from StatTemplate t where t.institutionCode = :i and t.code = :c",
                Long.class).setParameter("i", institution).setParameter("c", code).getResultList().isEmpty()) {
            problems.put("code", "statistics.input.duplicate");
        }
        String name = text(draft.name(), StatTemplate.NAME_MAXLENGTH, "name", problems);
        TotalRule rule = draft.totalRule() == null ? TotalRule.NONE : draft.totalRule();
        List<ColumnDraft> columns = draft.columns() == null ? List.of() : draft.columns();
        Long[] lists = new Long[columns.size()];
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            problems.put("columns", "statistics.input.columns");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDraft c = columns.get(i);
            String n = c.name() == null ? "" : IntakeValidator.columnName(c.name());
            if (!COLUMN.matcher(n).matches() || !names.add(n) || c.type() == null) {
                problems.put("columns", "statistics.input.columnName");
                continue;
            }
            if (c.type() == Type.CODE) {
                lists[i] = em.createQuery("select l.id from StatCodeList l where l.institutionCode = :i"
                        + " and l.code = :c", Long.class).setParameter("i", institution)
                        .setParameter("c", c.codeList() == null ? "" : c.codeList().strip()).getResultStream()
                        .findFirst().orElse(null);
                if (lists[i] == null) {
                    problems.put("columns", "statistics.input.codeList");
                }
            }
        }
        if (problems.isEmpty() && rule.column() && !columns.get(columns.size() - 1).type().numeric()) {
            problems.put("totalRule", "statistics.input.totalColumn");
        }
        if (problems.isEmpty() && rule.row() && columns.get(0).type().numeric()) {
            problems.put("totalRule", "statistics.input.totalRow");
        }
        refuseIf(problems);
        StatTemplate t = new StatTemplate(institution, code, name, rule, access.username(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(t);
        em.flush();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDraft c = columns.get(i);
            em.persist(new StatColumn(t.getId(), i + 1, IntakeValidator.columnName(c.name()), c.type(),
                    c.type() == Type.CODE ? lists[i] : null, c.required()));
        }
        return t.getId();
    }

    /** A template as the validator reads it; for the module's services. */
    static TemplateSpec spec(EntityManager em, StatTemplate t) {
        List<StatColumn> columns = em.createQuery("select c from StatColumn c where c.templateId = :t order by c.seq",
                StatColumn.class).setParameter("t", t.getId()).getResultList();
        List<ColumnSpec> specs = columns.stream().map(c -> {
            if (c.getCodeListId() == null) {
                return new ColumnSpec(c.getName(), c.getType(), null, Set.of(), c.isRequired());
            }
            StatCodeList list = em.find(StatCodeList.class, c.getCodeListId());
            Set<String> codes = Set.copyOf(em.createQuery("select s.code from StatCode s where s.listId = :l",
                    String.class).setParameter("l", list.getId()).getResultList());
            return new ColumnSpec(c.getName(), c.getType(), list.getCode(), codes, c.isRequired());
        }).toList();
        return new TemplateSpec(t.getId(), t.getCode(), t.getName(), t.getTotalRule(), specs);
    }

    private String institution() {
        // representatives send to MINDEF, the Sector's governing body (its OGTIE keeps the statistics)
        return context.isCallerInRole(Roles.REPRESENTANTE) && !context.isCallerInRole(Roles.JEFE)
                ? StatisticsIntake.SECTOR_INSTITUTION : access().actor().institutionCode();
    }

    private StatisticsAccess access() {
        return new StatisticsAccess(context, em, securityEvents);
    }

    private static String text(String value, int max, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "statistics.input.required");
            return null;
        }
        if (value.strip().length() > max) {
            problems.put(field, "statistics.input.tooLong");
        }
        return value.strip();
    }

    private static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
    }
}
