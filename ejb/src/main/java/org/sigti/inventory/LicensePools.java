package org.sigti.inventory;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.db.Prefix;
import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.workflow.NotFoundException;

/**
 * The license register of SEPREM-DI-002.1 (procedures.md S2 entity 13): pools listed a page at a time, created
 * and changed by the Jefe, Responsables and Técnicos, read by the Operador and the Auditor. Seats are taken and
 * given back only by {@link InventoryCustody}, inside the cases of altas and bajas. Each institution has its own
 * register: another institution's pool, asked for by id, is refused and recorded.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class LicensePools {

    public static final int MAX_SEATS = 1_000_000;
    /** The sorts the list offers, each with its index. */
    public enum Sort {
        CODE("p.code"), PRODUCT("p.product"), EXPIRY("p.expiresOn");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    static final String ROW = "select new org.sigti.inventory.PoolRow(p.id, p.version, p.code, p.product, p.type,"
            + " p.seatsTotal, p.seatsUsed, p.expiresOn, p.vendor, s.code) from LicensePool p left join p.system s";

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @jakarta.ejb.EJB
    InstitutionScope scope;

    Clock clock = Clock.systemUTC();

    public List<PoolRow> page(String codePrefix, Sort sort, boolean descending, int first, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope.caller(), codePrefix, params);
        Sort s = sort == null ? Sort.CODE : sort;
        String dir = descending ? " desc" : " asc";
        String order = s == Sort.CODE ? "p.code" + dir : s.path + dir + ", p.code" + dir;
        TypedQuery<PoolRow> q = em.createQuery(ROW + where + " order by " + order, PoolRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, EquipmentRegistry.MAX_PAGE_SIZE)));
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    public int count(String codePrefix) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select p.id from LicensePool p"
                + where(scope.caller(), codePrefix, params), Long.class)
                .setMaxResults(EquipmentRegistry.COUNT_CAP + 1);
        params.forEach(q::setParameter);
        return q.getResultList().size();
    }

    public PoolRow get(long id) {
        scope.owned(em.find(LicensePool.class, id), "LicensePools.get", "license_pool", id);
        return em.createQuery(ROW + " where p.id = :id", PoolRow.class).setParameter("id", id).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("inventory.pool.unknown", String.valueOf(id)));
    }

    /** The seats in use of a pool, oldest first (at most a page). */
    public List<SeatRow> seats(long poolId, int first, int pageSize) {
        scope.owned(em.find(LicensePool.class, poolId), "LicensePools.seats", "license_pool", poolId);
        return em.createQuery("select s from LicenseSeat s where s.pool.id = :pool and s.activeHolder is not null"
                + " order by s.assignedAt, s.id", LicenseSeat.class).setParameter("pool", poolId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, EquipmentRegistry.MAX_PAGE_SIZE))).getResultStream()
                .map(s -> new SeatRow(s.getId(), s.getHolderUsername(), s.getAssignedAt(), s.getAssignedBy(),
                        s.getCaseId()))
                .toList();
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public long create(PoolDraft draft) {
        String institution = scope.caller();
        check(institution, draft);
        if (!em.createNamedQuery("LicensePool.findByCode", LicensePool.class).setParameter("institution", institution)
                .setParameter("code", Equipment.normalizedCode(draft.code())).getResultList().isEmpty()) {
            throw new InventoryException("inventory.invalid", Map.of("code", "inventory.code.taken"));
        }
        return store(em, institution, draft, clock.instant()).getId();
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public void change(long id, long version, PoolDraft draft) {
        String institution = scope.caller();
        check(institution, draft);
        LicensePool p = scope.owned(em.find(LicensePool.class, id, LockModeType.PESSIMISTIC_WRITE),
                "LicensePools.change", "license_pool", id);
        if (p == null) {
            throw new InventoryException("inventory.pool.unknown", String.valueOf(id));
        }
        if (p.getVersion() != version) {
            throw new InventoryException("inventory.stale");
        }
        if (draft.seatsTotal() < p.getSeatsUsed()) {
            throw new InventoryException("inventory.invalid", Map.of("seatsTotal", "inventory.seats.belowUsed"));
        }
        p.describe(draft.product(), draft.type(), draft.seatsTotal(), draft.expiresOn(), draft.vendor(),
                platform(em, institution, draft.platform()), clock.instant());
    }

    /** Stores a checked draft (shared with the CSV import, inside its transaction). */
    static LicensePool store(EntityManager em, String institution, PoolDraft d, java.time.Instant now) {
        LicensePool p = new LicensePool(institution, d.code(), d.product(), d.type(), d.seatsTotal(), now);
        p.describe(d.product(), d.type(), d.seatsTotal(), d.expiresOn(), d.vendor(),
                platform(em, institution, d.platform()), now);
        em.persist(p);
        return p;
    }

    static Map<String, String> problems(PoolDraft d) {
        Map<String, String> p = new LinkedHashMap<>();
        EquipmentValidation.text(p, "code", d.code(), LicensePool.CODE_MAXLENGTH, true);
        EquipmentValidation.text(p, "product", d.product(), LicensePool.PRODUCT_MAXLENGTH, true);
        EquipmentValidation.text(p, "vendor", d.vendor(), LicensePool.VENDOR_MAXLENGTH, false);
        if (d.type() == null) {
            p.put("type", "inventory.licenseType.required");
        }
        if (d.seatsTotal() == null) {
            p.put("seatsTotal", "inventory.field.required");
        } else if (d.seatsTotal() < 0 || d.seatsTotal() > MAX_SEATS) {
            p.put("seatsTotal", "inventory.seats.range");
        }
        return p;
    }

    private void check(String institution, PoolDraft draft) {
        Map<String, String> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InventoryException("inventory.invalid", problems);
        }
        platform(em, institution, draft.platform());
    }

    /** The institution's catalog system a pool is for, or null for none. */
    static ItSystem platform(EntityManager em, String institution, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("select s from ItSystem s where s.institutionCode = :institution and s.code = :code",
                ItSystem.class).setParameter("institution", institution)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new InventoryException("inventory.invalid",
                        Map.of("platform", "inventory.platform.notInCatalog")));
    }

    private static String where(String institution, String codePrefix, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where p.institutionCode = :institution");
        params.put("institution", institution);
        Prefix.of(codePrefix, true).ifPresent(p -> {
            where.append(p.condition("p.code", "code"));
            p.bind(params, "code");
        });
        return where.toString();
    }
}
