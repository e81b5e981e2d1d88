package org.sigti.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.db.Prefix;
import org.sigti.people.InstitutionScope;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;
import org.sigti.workflow.NotFoundException;

/**
 * The equipment inventory (procedures.md S2 entity 11; the Inventario de equipos of S04.03.04.03 and SEPREM-DI-006.1):
 * the list, paged in the database, registration, description, custody by hand and state changes. IT staff and the
 * Auditor read; the Jefe, Responsables and Técnicos write; a Solicitante reads only their own equipment
 * ({@link #mine}). Everyone sees and changes only their institution's equipment: another institution's piece,
 * asked for by id, is refused and recorded ({@link InstitutionScope}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class EquipmentRegistry {

    public static final int MAX_PAGE_SIZE = 100;
    /** Counts beyond this show as "1000+". */
    public static final int COUNT_CAP = 1000;

    static final String ROW = "select new org.sigti.inventory.EquipmentRow(e.id, e.version, e.kind, e.serial,"
            + " e.patrimonialCode, e.brand, e.model, e.location, e.custodianUsername, e.custodianName,"
            + " e.custodianUnitCode, e.state, e.warrantyUntil, e.acquiredOn) from Equipment e";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    TrailLedgers ledgers;

    @Resource
    SessionContext context;

    @jakarta.ejb.EJB
    SecurityEvents securityEvents;

    @jakarta.ejb.EJB
    InstitutionScope scope;

    @jakarta.ejb.EJB
    org.sigti.security.SettingsHistory history;

    Clock clock = Clock.systemUTC();

    public List<EquipmentRow> page(EquipmentQuery query, int first, int pageSize) {
        Filter f = filter(scope.caller(), query);
        EquipmentQuery.Sort sort = query.sort() == null ? EquipmentQuery.Sort.CODE : query.sort();
        String dir = query.descending() ? " desc" : " asc";
        // the tie-breaker is the code (unique) so each sort's index also gives the order
        String order = sort == EquipmentQuery.Sort.CODE ? sort.path + dir : sort.path + dir + ", e.patrimonialCode" + dir;
        TypedQuery<EquipmentRow> q = em.createQuery(ROW + f.where + " order by " + order, EquipmentRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)));
        f.params.forEach(q::setParameter);
        return q.getResultList();
    }

    /**
     * How many rows match, up to {@link #COUNT_CAP} + 1. It reads codes, not ids: every list index holds the
     * institution and the code, so the count is an index-only scan of the institution's part.
     */
    public int count(EquipmentQuery query) {
        Filter f = filter(scope.caller(), query);
        TypedQuery<String> q = em.createQuery("select e.patrimonialCode from Equipment e" + f.where, String.class)
                .setMaxResults(COUNT_CAP + 1);
        f.params.forEach(q::setParameter);
        return q.getResultList().size();
    }

    /** "Mis equipos": what the caller holds. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
    public List<EquipmentRow> mine() {
        String me = context.getCallerPrincipal().getName();
        return em.createQuery(ROW + " where e.institutionCode = :institution and e.custodianUsername = :me"
                + " order by e.patrimonialCode", EquipmentRow.class).setParameter("institution", scope.caller())
                .setParameter("me", me).setMaxResults(MAX_PAGE_SIZE).getResultList();
    }

    /** One piece of equipment; a Solicitante may read only what they hold (else recorded and refused). */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
    public EquipmentRow get(long id) {
        scope.owned(em.find(Equipment.class, id), "EquipmentRegistry.get", "equipment", id);
        EquipmentRow row = em.createQuery(ROW + " where e.id = :id", EquipmentRow.class).setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("inventory.equipment.unknown", String.valueOf(id)));
        boolean staff = Roles.IT_STAFF.stream().anyMatch(context::isCallerInRole) || context.isCallerInRole(Roles.AUDITOR);
        if (!staff && !context.getCallerPrincipal().getName().equals(row.custodianUsername())) {
            securityEvents.accessDenied("EquipmentRegistry.get", "equipment", String.valueOf(id), null,
                    "not the custodian");
            throw new AccessDeniedException("equipment " + id);
        }
        return row;
    }

    /** The custody history of one piece of equipment, newest first. */
    public List<CustodyRow> history(long id) {
        scope.owned(em.find(Equipment.class, id), "EquipmentRegistry.history", "equipment", id);
        return em.createNamedQuery("CustodyChange.findByEquipment", CustodyChange.class).setParameter("equipmentId", id)
                .setMaxResults(200).getResultStream()
                .map(c -> new CustodyRow(c.getChangedAt(), c.getFromUsername(), c.getFromName(), c.getToUsername(),
                        c.getToName(), c.getToUnitCode(), c.getState(), c.getChangedBy(), c.getCaseId()))
                .toList();
    }

    /** Registers a piece of equipment, in stock or straight with its custodian; returns its id. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public long register(EquipmentDraft draft) {
        Map<String, String> problems = EquipmentValidation.problems(draft);
        if (!problems.isEmpty()) {
            throw new InventoryException("inventory.invalid", problems);
        }
        String institution = scope.caller();
        unique(institution, draft, null);
        Equipment e = store(em, ledgers, institution, draft, context.getCallerPrincipal().getName(),
                clock.instant());
        return e.getId();
    }

    /** Changes the description (not the custody) of a piece of equipment seen at {@code version}. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public void describe(long id, long version, EquipmentDraft draft) {
        Map<String, String> problems = EquipmentValidation.problems(draft);
        if (!problems.isEmpty()) {
            throw new InventoryException("inventory.invalid", problems);
        }
        Equipment e = locked(id, version);
        EquipmentRow before = get(id);
        e.describe(draft.brand(), draft.model(), draft.location(), draft.acquiredOn(), draft.warrantyUntil(),
                clock.instant());
        em.flush();
        history.changed("EQUIPMENT", before.code() == null ? before.serial() : before.code(), before, get(id), "id",
                "version", "custodianUsername", "custodianName", "custodianUnitCode", "state");
    }

    /** Custody and state changes by hand (no case): assign, return, maintenance, back, retire. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public void change(long id, long version, String action, String custodian, String custodianName, String unit) {
        Equipment e = locked(id, version);
        String me = context.getCallerPrincipal().getName();
        String fromUser = e.getCustodianUsername();
        String fromName = e.getCustodianName();
        Instant now = clock.instant();
        try {
            switch (action == null ? "" : action) {
                case "assign" -> {
                    if (custodian == null || custodian.isBlank()) {
                        throw new InventoryException("inventory.custodian.required");
                    }
                    e.assignTo(custodian.strip().toLowerCase(java.util.Locale.ROOT), blank(custodianName),
                            blank(unit), null, now);
                }
                case "return" -> e.returnToStock(null, now);
                case "maintenance" -> e.sendToMaintenance(null, now);
                case "back" -> e.backFromMaintenance(null, now);
                case "retire" -> e.retire(null, now);
                default -> throw new InventoryException("inventory.equipment.badAction", String.valueOf(action));
            }
        } catch (IllegalStateException wrongState) {
            throw new InventoryException("inventory.equipment.wrongState", e.getPatrimonialCode(),
                    e.getState().name());
        }
        ledgers.persist(TrailTable.EQUIPMENT_CUSTODY, new CustodyChange(e, fromUser, fromName, me, null, now));
    }

    /** Stores a valid draft (shared with the CSV import, inside its transaction). */
    static Equipment store(EntityManager em, TrailLedgers ledgers, String institution, EquipmentDraft d, String by,
            Instant now) {
        Equipment e = new Equipment(institution, d.kind(), d.serial(), d.code(), d.brand(), d.model(), now);
        e.describe(d.brand(), d.model(), d.location(), d.acquiredOn(), d.warrantyUntil(), now);
        em.persist(e);
        em.flush();
        if (d.custodian() != null && !d.custodian().isBlank()) {
            e.assignTo(d.custodian().strip().toLowerCase(java.util.Locale.ROOT), blank(d.custodianName()),
                    blank(d.custodianUnitCode()), null, now);
        }
        ledgers.persist(TrailTable.EQUIPMENT_CUSTODY, new CustodyChange(e, null, null, by, null, now));
        return e;
    }

    /** Refuses a code or kind/brand/serial already taken (by another piece than {@code self}). */
    void unique(String institution, EquipmentDraft d, Long self) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!em.createNamedQuery("Equipment.findByCode", Equipment.class).setParameter("institution", institution)
                .setParameter("code", Equipment.normalizedCode(d.code())).getResultStream().map(Equipment::getId)
                .filter(id -> !id.equals(self)).toList().isEmpty()) {
            problems.put("code", "inventory.code.taken");
        }
        if (!em.createQuery("select e.id from Equipment e where e.institutionCode = :institution and e.kind = :kind"
                + " and e.brand = :brand and e.serial = :serial", Long.class).setParameter("institution", institution)
                .setParameter("kind", d.kind())
                .setParameter("brand", d.brand().strip()).setParameter("serial", Equipment.normalizedCode(d.serial()))
                .getResultStream().filter(id -> !id.equals(self)).toList().isEmpty()) {
            problems.put("serial", "inventory.serial.taken");
        }
        if (!problems.isEmpty()) {
            throw new InventoryException("inventory.invalid", problems);
        }
    }

    private Equipment locked(long id, long version) {
        Equipment e = scope.owned(em.find(Equipment.class, id, LockModeType.PESSIMISTIC_WRITE),
                "EquipmentRegistry.change", "equipment", id);
        if (e == null) {
            throw new InventoryException("inventory.equipment.unknown", String.valueOf(id));
        }
        if (e.getVersion() != version) {
            throw new InventoryException("inventory.stale");
        }
        return e;
    }

    private static Filter filter(String institution, EquipmentQuery query) {
        StringBuilder where = new StringBuilder(" where e.institutionCode = :institution");
        Map<String, Object> params = new HashMap<>();
        params.put("institution", institution);
        Prefix.of(query.code(), true).ifPresent(p -> {
            where.append(p.condition("e.patrimonialCode", "code"));
            p.bind(params, "code");
        });
        Prefix.of(query.serial(), true).ifPresent(p -> {
            where.append(p.condition("e.serial", "serial"));
            p.bind(params, "serial");
        });
        Prefix.of(query.custodian(), false).ifPresent(p -> {
            where.append(p.condition("e.custodianUsername", "custodian"));
            p.bind(params, "custodian");
        });
        if (query.state() != null) {
            where.append(" and e.state = :state");
            params.put("state", query.state());
        }
        return new Filter(where.toString(), params);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Filter(String where, Map<String, Object> params) {
    }
}
