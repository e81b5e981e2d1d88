package org.sigti.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.db.LockWait;
import org.sigti.inventory.CustodyChange;
import org.sigti.inventory.Equipment;
import org.sigti.inventory.EquipmentKind;
import org.sigti.inventory.EquipmentState;
import org.sigti.inventory.InventoryException;
import org.sigti.workflow.WorkCase;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;

/**
 * What the maintenance procedures do to the inventory, inside the transaction of a case's move: link the case to
 * the equipment it names, send the equipment IN_MAINTENANCE, give it back to its custodian (ASSIGNED) or the store
 * (IN_STOCK), and open the annual plan's preventive cases. A refusal is an {@link InventoryException}: the move
 * rolls back whole.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MaintenanceWork {

    /** The kinds the annual preventive plans cover: computers and printers. */
    public static final Set<EquipmentKind> PLANNED_KINDS = Set.of(EquipmentKind.COMPUTER, EquipmentKind.LAPTOP,
            EquipmentKind.PRINTER);
    /** The field the preventive cases carry: the equipment's patrimonial code. */
    public static final String EQUIPMENT_FIELD = "codigo_patrimonial";
    /** The field of S04.03.04.03's preventive cases: the month of the cronograma (1–12). */
    public static final String MONTH_FIELD = "mes_programado";
    /** The months as the cronograma names them. */
    public static final List<String> MONTHS = List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre");

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    TrailLedgers ledgers;

    @Inject
    Event<PreventiveMaintenanceDue> maintenanceDue;

    @Inject
    PlanInstitution planInstitution;

    Clock clock = Clock.systemUTC();

    /**
     * A corrective request: the requester names the equipment by its patrimonial code in the case's title or
     * description; exactly one code of the inventory must appear, of equipment not retired.
     *
     * @throws InventoryException {@code maintenance.equipment.unnamed}, {@code maintenance.equipment.several},
     *         {@code maintenance.equipment.retired}
     */
    public MaintenanceJob openCorrective(long caseId) {
        WorkCase c = em.find(WorkCase.class, caseId);
        String text = c.getTitle() + " " + (c.getDescription() == null ? "" : c.getDescription());
        List<String> words = Arrays.stream(text.split("[\\s,;:()\\[\\]\"'¿?¡!]+"))
                .map(w -> w.replaceAll("\\.+$", "").toUpperCase(Locale.ROOT))
                .filter(w -> !w.isEmpty() && w.length() <= Equipment.CODE_MAXLENGTH).distinct().toList();
        // patrimonial codes are unique in an institution: the case's
        List<Equipment> named = words.isEmpty() ? List.of() : em.createQuery("select e from Equipment e"
                + " where e.institutionCode = :institution and e.patrimonialCode in :codes", Equipment.class)
                .setParameter("institution", c.getInstitutionCode()).setParameter("codes", words).getResultList();
        if (named.isEmpty()) {
            throw new InventoryException("maintenance.equipment.unnamed");
        }
        if (named.size() > 1) {
            throw new InventoryException("maintenance.equipment.several", named.get(0).getPatrimonialCode(),
                    named.get(1).getPatrimonialCode());
        }
        Equipment e = named.get(0);
        if (e.getState() == EquipmentState.RETIRED) {
            throw new InventoryException("maintenance.equipment.retired", e.getPatrimonialCode());
        }
        MaintenanceJob job = MaintenanceJob.corrective(caseId, e.getId(), clock.instant());
        em.persist(job);
        return job;
    }

    /**
     * The technician takes the equipment: IN_MAINTENANCE, custodian kept. A second pass (the supervision returned
     * the work) finds it there already and changes nothing.
     *
     * @throws InventoryException {@code maintenance.equipment.busy} when another case holds it in maintenance,
     *         {@code maintenance.equipment.retired}
     */
    public void start(long caseId, String actor) {
        MaintenanceJob job = job(caseId);
        Equipment e = locked(job);
        if (e.getState() == EquipmentState.IN_MAINTENANCE) {
            if (job.getStartedAt() != null) {
                return;
            }
            throw new InventoryException("maintenance.equipment.busy", e.getPatrimonialCode(),
                    String.valueOf(e.getLastCaseId()));
        }
        if (e.getState() == EquipmentState.RETIRED) {
            throw new InventoryException("maintenance.equipment.retired", e.getPatrimonialCode());
        }
        Instant now = clock.instant();
        e.sendToMaintenance(caseId, now);
        job.start(now);
        ledgers.persist(TrailTable.EQUIPMENT_CUSTODY,
                new CustodyChange(e, e.getCustodianUsername(), e.getCustodianName(), actor, caseId, now));
        em.flush();
    }

    /** The equipment is reinstalled: back to its custodian (ASSIGNED) or to the store (IN_STOCK). */
    public void finish(long caseId, String actor) {
        MaintenanceJob job = job(caseId);
        Equipment e = locked(job);
        if (e.getState() != EquipmentState.IN_MAINTENANCE || job.getStartedAt() == null) {
            throw new InventoryException("maintenance.equipment.notInMaintenance", e.getPatrimonialCode());
        }
        Instant now = clock.instant();
        e.backFromMaintenance(caseId, now);
        job.finish(now);
        ledgers.persist(TrailTable.EQUIPMENT_CUSTODY,
                new CustodyChange(e, e.getCustodianUsername(), e.getCustodianName(), actor, caseId, now));
        em.flush();
    }

    /**
     * Opens the preventive cases of {@code year}'s calendar plan for the computers and printers of its manual's
     * institution ({@link PlanInstitution}) not retired that have none yet, at most {@code cap} in this
     * run (the rest at the next run); returns how many were opened. The unique key (equipment, year) makes a
     * concurrent second run fail whole instead of opening a case twice.
     */
    public int openPlan(int year, String onBehalfOf, int cap) {
        return openPlan(PreventivePlan.CALENDAR, year, onBehalfOf, cap);
    }

    /**
     * Like {@link #openPlan(int, String, int)} for {@code plan}. The cases of the cronograma get a month each
     * (equipment spread evenly over the twelve months, in the order of the inventory). Each case is asked of its
     * procedure by a {@link PreventiveMaintenanceDue}. One preventive case per equipment and year, whichever plan
     * opened it.
     */
    public int openPlan(PreventivePlan plan, int year, String onBehalfOf, int cap) {
        boolean scheduled = plan == PreventivePlan.CRONOGRAMA;
        // the equipment of the institution whose manual the plan is
        String institution = planInstitution.of(plan);
        long already = scheduled ? em.createQuery("select count(j) from MaintenanceJob j where j.planYear = :year"
                + " and exists (select e.id from Equipment e where e.id = j.equipmentId"
                + " and e.institutionCode = :institution)", Long.class).setParameter("year", year)
                .setParameter("institution", institution).getSingleResult() : 0;
        List<Equipment> due = em.createQuery("select e from Equipment e where e.institutionCode = :institution"
                + " and e.kind in :kinds and e.state <> org.sigti.inventory.EquipmentState.RETIRED and not exists"
                + " (select j from MaintenanceJob j where j.equipmentId = e.id and j.planYear = :year) order by e.id",
                Equipment.class).setParameter("institution", institution).setParameter("kinds", PLANNED_KINDS)
                .setParameter("year", year).setMaxResults(cap).getResultList();
        long index = already;
        for (Equipment e : due) {
            int month = (int) (index++ % 12) + 1;
            PreventiveMaintenanceDue request = new PreventiveMaintenanceDue(plan, e, year, scheduled ? month : null,
                    onBehalfOf);
            maintenanceDue.fire(request);
            long caseId = request.openedCase().getId();
            em.persist(scheduled ? MaintenanceJob.scheduled(caseId, e.getId(), year, month, clock.instant())
                    : MaintenanceJob.preventive(caseId, e.getId(), year, clock.instant()));
            em.flush();
        }
        return due.size();
    }

    private MaintenanceJob job(long caseId) {
        return em.createNamedQuery("MaintenanceJob.findByCase", MaintenanceJob.class).setParameter("caseId", caseId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InventoryException("maintenance.job.unknown", String.valueOf(caseId)));
    }

    private Equipment locked(MaintenanceJob job) {
        LockWait.bound(em);
        return em.find(Equipment.class, job.getEquipmentId(), LockModeType.PESSIMISTIC_WRITE);
    }
}
