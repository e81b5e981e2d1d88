package org.sigti.procedure.inventory;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.people.InstitutionScope;
import org.sigti.people.Institutions;
import org.sigti.document.AnnualMaintenanceData;
import org.sigti.document.AnnualMaintenancePdf;
import org.sigti.document.InstitutionSeals;
import org.sigti.document.Letterhead;
import org.sigti.inventory.InventoryException;
import org.sigti.maintenance.AnnualPlan;
import org.sigti.maintenance.MaintenancePlan;
import org.sigti.maintenance.MaintenanceWork;
import org.sigti.maintenance.PreventivePlan;
import org.sigti.people.UserProfile;
import org.sigti.security.Roles;

/**
 * The year of S04.03.04.03 outside its tickets (procedures.md E18): the Plan de mantenimiento de equipos de cómputo
 * drawn up by the infrastructure coordinator or the Jefe (step 1; it opens the year's preventive cases, one per
 * computer and printer, through the maintenance module's cronograma plan
 * ({@link MaintenanceWork#openPlan(PreventivePlan, int, String, int)}), answered by {@link PlanCases}; idempotent, and
 * kept complete by the maintenance calendar's January days), taken note of by the Jefe (2), reviewed by the Responsable de soporte técnico (3); the annual
 * Informe técnico de mantenimiento (Formato N°01) with the year's real figures, frozen when written (14), received by
 * the coordinator (15). The Auditor reads. Each step once and in order; a refused step changes nothing. The plan is
 * MINDEF's, whose manual keeps it: the people of another institution are refused every method, each refusal a
 * security event, and the figures count MINDEF's cases only.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class AnnualPlans {

    /** The institution whose manual (S04.03.04.03) keeps this plan: its letterhead and seal are on the PDFs. */
    private static final String MINDEF = "MINDEF";
    /** The kind of record a refusal names in the security events. */
    static final String OBJECT = "annual_plan";

    /** The procedure whose year this is. */
    public static final String PROCEDURE = S04030403.CODE;
    /** The procedure the plan and its report belong to, as their headings name it. */
    static final String SUBTITLE = "Procedimiento " + S04030403.CODE + " Ejecución del mantenimiento preventivo y/o"
            + " correctivo de equipos de cómputo e Impresoras";
    /** The most cronograma lines the plan's PDF prints (the rest are counted). */
    public static final int PDF_LINES = 2000;

    /** The year as the screen shows it: each step's person (full name) and time, the live figures, the months. */
    public record YearView(int year, boolean drawn, String draftedBy, Instant draftedAt, String acknowledgedBy,
            Instant acknowledgedAt, String reviewedBy, Instant reviewedAt, String reportedBy, Instant reportedAt,
            String receivedBy, Instant receivedAt, AnnualPlan.Figures live, AnnualPlan.Figures reported,
            List<MonthRow> months) implements Serializable {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        public boolean reviewed() {
            return reviewedAt != null;
        }

        public boolean isReported() {
            return reportedAt != null;
        }

        public boolean received() {
            return receivedAt != null;
        }
    }

    /** A month of the cronograma: how many preventive cases it schedules and how many are closed. */
    public record MonthRow(int month, String name, long scheduled, long closed) implements Serializable {
    }

    /** A document of the year. */
    public record Document(String fileName, byte[] pdf) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MaintenanceWork work;

    @Inject
    org.sigti.workflow.CaseEngine engine;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @Inject
    AnnualMaintenancePdf pdf;

    @Inject
    InstitutionSeals seals;

    @Inject
    Institutions institutions;

    @EJB
    InstitutionScope scope;

    @Resource
    SessionContext context;

    /** Whether the caller is of the institution that keeps the plan, e.g. to offer the plan's page. */
    public boolean isCallers() {
        return scope.isCaller(institution());
    }

    /** The year as the screen shows it. */
    public YearView view(int year) {
        require("view", year);
        checkYear(year);
        Optional<AnnualPlan> plan = find(year);
        Map<String, String> names = plan.map(this::names).orElseGet(HashMap::new);
        List<MonthRow> months = new ArrayList<>();
        for (Object[] row : em.createQuery("select j.planMonth, count(j), sum(case when c.status ="
                + " org.sigti.workflow.CaseStatus.CLOSED then 1 else 0 end) from MaintenanceJob j, WorkCase c"
                + " where c.id = j.caseId and c.procedureCode = :p and c.institutionCode = :institution"
                + " and j.planYear = :y and j.planMonth is not null group by j.planMonth order by j.planMonth",
                Object[].class).setParameter("p", PROCEDURE).setParameter("institution", institution())
                .setParameter("y", year).getResultList()) {
            int m = ((Number) row[0]).intValue();
            months.add(new MonthRow(m, MaintenanceWork.MONTHS.get(m - 1), ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return plan.map(p -> new YearView(year, true, names.get(p.getDraftedBy()), p.getDraftedAt(),
                names.get(p.getAcknowledgedBy()), p.getAcknowledgedAt(), names.get(p.getReviewedBy()),
                p.getReviewedAt(), names.get(p.getReportedBy()), p.getReportedAt(), names.get(p.getReceivedBy()),
                p.getReceivedAt(), liveFigures(year), p.getFigures(), months))
                .orElseGet(() -> new YearView(year, false, null, null, null, null, null, null, null, null, null, null,
                        liveFigures(year), null, months));
    }

    /**
     * Step 1: draws up {@code year}'s plan if there is none and opens its missing preventive cases (at most
     * {@link MaintenancePlan#CAP} a run); returns how many cases it opened. Run again it opens only what is missing
     * (equipment registered since), never a second plan or a second case for a piece of equipment.
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public int draw(int year) {
        require("draw", year);
        checkYear(year);
        String caller = caller();
        if (find(year).isEmpty()) {
            em.persist(AnnualPlan.drafted(institution(), PROCEDURE, year, caller, now()));
            em.flush();
        }
        return work.openPlan(PreventivePlan.CRONOGRAMA, year, caller, MaintenancePlan.CAP);
    }

    /** Step 2: the Jefe takes note of the plan and sends it to the staff. */
    @RolesAllowed(Roles.JEFE)
    public void acknowledge(int year) {
        require("acknowledge", year);
        AnnualPlan p = locked(year);
        step(p.getAcknowledgedAt() == null, "2", year, p.getAcknowledgedBy());
        p.acknowledge(caller(), now());
    }

    /** Step 3: the Responsable de soporte técnico reviews the cronograma and the inventory. */
    @RolesAllowed(Roles.TECNICO)
    public void review(int year) {
        require("review", year);
        AnnualPlan p = locked(year);
        step(p.getReviewedAt() == null, "3", year, p.getReviewedBy());
        early(p.getAcknowledgedAt() != null, "3", year, "2");
        p.review(caller(), now());
    }

    /** Step 14: the annual report, with the year's figures as they are now (frozen from then on). */
    @RolesAllowed(Roles.TECNICO)
    public AnnualPlan.Figures report(int year) {
        require("report", year);
        AnnualPlan p = locked(year);
        step(p.getReportedAt() == null, "14", year, p.getReportedBy());
        early(p.getReviewedAt() != null, "14", year, "3");
        AnnualPlan.Figures f = liveFigures(year);
        p.report(caller(), f, now());
        return f;
    }

    /** Step 15: the coordinator receives the report and updates the inventory. */
    @RolesAllowed(Roles.RESPONSABLE)
    public void receive(int year) {
        require("receive", year);
        AnnualPlan p = locked(year);
        step(p.getReceivedAt() == null, "15", year, p.getReceivedBy());
        early(p.getReportedAt() != null, "15", year, "14");
        p.receive(caller(), now());
    }

    /**
     * The year's figures from its maintenance cases of S04.03.04.03: preventive cases of the year's plan (closed or
     * not), corrective cases opened in the year (in the institution's zone), the distinct equipment that went into
     * maintenance under either, and the cases still open. MINDEF's cases only.
     */
    public AnnualPlan.Figures figures(int year) {
        require("figures", year);
        return liveFigures(year);
    }

    private AnnualPlan.Figures liveFigures(int year) {
        checkYear(year);
        ZoneId zone = zone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        String ofYear = " from MaintenanceJob j, WorkCase c where c.id = j.caseId and c.procedureCode = :p and"
                + " c.institutionCode = :institution"
                + " and ((j.kind = org.sigti.maintenance.MaintenanceKind.PREVENTIVE and j.planYear = :y) or"
                + " (j.kind = org.sigti.maintenance.MaintenanceKind.CORRECTIVE and j.openedAt >= :from"
                + " and j.openedAt < :to))";
        String closed = " and c.status = org.sigti.workflow.CaseStatus.CLOSED";
        String preventive = " and j.kind = org.sigti.maintenance.MaintenanceKind.PREVENTIVE";
        String corrective = " and j.kind = org.sigti.maintenance.MaintenanceKind.CORRECTIVE";
        return new AnnualPlan.Figures(
                count("select count(j)" + ofYear + preventive, year, from, to),
                count("select count(j)" + ofYear + preventive + closed, year, from, to),
                count("select count(j)" + ofYear + corrective, year, from, to),
                count("select count(j)" + ofYear + corrective + closed, year, from, to),
                count("select count(distinct j.equipmentId)" + ofYear + " and j.startedAt is not null", year, from,
                        to),
                count("select count(j)" + ofYear + " and c.status <> org.sigti.workflow.CaseStatus.CLOSED", year,
                        from, to));
    }

    /** The plan with its cronograma as PDF; refused before step 1. */
    public Document planPdf(int year) {
        require("planPdf", year);
        AnnualPlan p = existing(year);
        List<AnnualMaintenanceData.Line> lines = new ArrayList<>();
        for (Object[] row : em.createQuery("select j.planMonth, e.patrimonialCode, e.kind, e.brand, e.model,"
                + " e.custodianName, c.number, c.status from MaintenanceJob j, WorkCase c, Equipment e"
                + " where c.id = j.caseId and e.id = j.equipmentId and c.procedureCode = :p"
                + " and c.institutionCode = :institution and j.planYear = :y order by j.planMonth, e.patrimonialCode",
                Object[].class).setParameter("p", PROCEDURE).setParameter("institution", institution())
                .setParameter("y", year).setMaxResults(PDF_LINES).getResultList()) {
            lines.add(new AnnualMaintenanceData.Line(row[0] == null ? 0 : ((Number) row[0]).intValue(),
                    (String) row[1], row[2] + " " + row[3] + " " + row[4], (String) row[5], (String) row[6],
                    "CLOSED".equals(String.valueOf(row[7])) ? "Cerrado" : "Abierto"));
        }
        AnnualPlan.Figures live = liveFigures(year);
        return new Document("PMT-" + year + ".pdf", seals.seal(pdf.plan(data(p, lines, live.preventivePlanned(), null),
                SUBTITLE), MINDEF, "Emitido por SIGTI: plan de mantenimiento " + year));
    }

    /** The annual report as PDF; refused before step 14. */
    public Document reportPdf(int year) {
        require("reportPdf", year);
        AnnualPlan p = existing(year);
        if (p.getReportedAt() == null) {
            throw new InventoryException("maintenance.annual.noReport", String.valueOf(year));
        }
        AnnualPlan.Figures f = p.getFigures();
        return new Document("ITM-" + year + ".pdf", seals.seal(pdf.report(data(p, List.of(), 0,
                new AnnualMaintenanceData.Figures(f.preventivePlanned(), f.preventiveClosed(), f.correctiveOpened(),
                        f.correctiveClosed(), f.equipmentServed(), f.pending())), SUBTITLE), MINDEF,
                "Emitido por SIGTI: informe de mantenimiento " + year));
    }

    private AnnualMaintenanceData data(AnnualPlan p, List<AnnualMaintenanceData.Line> lines, int total,
            AnnualMaintenanceData.Figures figures) {
        Map<String, String> names = names(p);
        return new AnnualMaintenanceData(institutions.letterhead(MINDEF), p.getYear(),
                step(names, p.getDraftedBy(), p.getDraftedAt()), step(names, p.getAcknowledgedBy(),
                        p.getAcknowledgedAt()), step(names, p.getReviewedBy(), p.getReviewedAt()),
                step(names, p.getReportedBy(), p.getReportedAt()), step(names, p.getReceivedBy(), p.getReceivedAt()),
                lines, total, figures, now(), zone());
    }

    private static AnnualMaintenanceData.Step step(Map<String, String> names, String by, Instant at) {
        return at == null ? null : new AnnualMaintenanceData.Step(names.getOrDefault(by, by), at);
    }

    private int count(String jpql, int year, Instant from, Instant to) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("p", PROCEDURE)
                .setParameter("institution", institution()).setParameter("y", year)
                .setParameter("from", from).setParameter("to", to);
        return q.getSingleResult().intValue();
    }

    private Optional<AnnualPlan> find(int year) {
        return em.createNamedQuery("AnnualPlan.find", AnnualPlan.class).setParameter("institution", institution())
                .setParameter("procedure", PROCEDURE)
                .setParameter("year", year).getResultStream().findFirst();
    }

    private AnnualPlan existing(int year) {
        checkYear(year);
        return find(year).orElseThrow(() -> new InventoryException("maintenance.annual.none", String.valueOf(year)));
    }

    private AnnualPlan locked(int year) {
        AnnualPlan p = existing(year);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(p);
        return p;
    }

    /** Refuses a step done already: {@code maintenance.annual.done} (step, year, who did it). */
    private void step(boolean notDone, String step, int year, String doneBy) {
        if (!notDone) {
            throw new InventoryException("maintenance.annual.done", step, String.valueOf(year),
                    names(Stream.of(doneBy)).getOrDefault(doneBy, doneBy));
        }
    }

    /** Refuses a step whose previous one is not done: {@code maintenance.annual.early} (step, year, previous). */
    private static void early(boolean ready, String step, int year, String previous) {
        if (!ready) {
            throw new InventoryException("maintenance.annual.early", step, String.valueOf(year), previous);
        }
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2999) {
            throw new InventoryException("maintenance.plan.year", String.valueOf(year));
        }
    }

    /** The full names of the people who did the plan's steps. */
    private Map<String, String> names(AnnualPlan p) {
        return names(Stream.of(p.getDraftedBy(), p.getAcknowledgedBy(), p.getReviewedBy(), p.getReportedBy(),
                p.getReceivedBy()));
    }

    private Map<String, String> names(Stream<String> usernames) {
        Set<String> wanted = usernames.filter(u -> u != null && !u.isEmpty()).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        names.putAll(em.createQuery("select p from UserProfile p where p.username in :u",
                UserProfile.class).setParameter("u", wanted).getResultStream()
                .collect(Collectors.toMap(UserProfile::getUsername, UserProfile::getFullName, (a, b) -> a)));
        wanted.forEach(u -> names.putIfAbsent(u, u));
        return names;
    }

    /** Refuses (recorded) a caller of another institution than the plan's. */
    private void require(String method, int year) {
        scope.require(institution(), "AnnualPlans." + method, OBJECT, year);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static ZoneId zone() {
        return ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
    }

    /** The institution whose manual the plan follows: the plan is that institution's. */
    String institution() {
        return engine.institutionOf(procedures.definition(PROCEDURE));
    }
}
